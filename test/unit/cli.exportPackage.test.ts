// `bulletin export --package`: a page with its photos as a .zip or a new folder, run in-process on real files; exit 2 on bad input.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { beforeEach, describe, expect, it } from 'vitest';
import { PhotoStore } from '../../electron/services/library/photoStore';
import { storyFileName } from '../../electron/services/storyFiles';
import { serializeStory } from '../../shared/storyFile';
import { newStory, type Story } from '../../shared/story';
import { halves } from './helpers/photoFiles';
import { runCli } from './helpers/cliRun';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-cli-package-'));
});

const run = (...argv: string[]) => runCli(dir, argv);

/** A library folder with one story and its photo in `photos/`, as the app keeps them; answers the story's file. */
async function libraryWithPhoto(headline = '社区义诊进小区'): Promise<string> {
  const library = path.join(dir, 'drafts');
  mkdirSync(library, { recursive: true });
  const file = await new PhotoStore(library).put(await halves(1600, 1200).jpeg().toBuffer(), 'jpeg');
  const story = {
    ...newStory({
      headline,
      body: [{ type: 'paragraph', text: '社区组织志愿者为老人免费测量血压。' }],
      byline: [{ role: '记者', names: ['张明'], credit: '文/图' }],
    }),
    photos: [{ file, caption: '志愿者为老人测量血压。', credit: '记者 张明 摄', width: 1600, height: 1200 }],
  } as Story;
  const name = storyFileName(story);
  writeFileSync(path.join(library, name), serializeStory(story));
  return path.join('drafts', name);
}

describe('bulletin export --package', () => {
  it('writes the page, its photo and captions.txt into a .zip, and a folder the same', async () => {
    const story = await libraryWithPhoto();
    const zip = await run('export', '--package', 'page.zip', story);
    expect(zip.status).toBe(0);
    expect(zip.stderr).toBe('exported 1 story and 1 photo to page.zip (UTF-8, LF)\n');
    const files = unzipSync(readFileSync(path.join(dir, 'page.zip')));
    expect(Object.keys(files)).toEqual(['社区义诊进小区.txt', '01-1.jpg', 'captions.txt']);
    expect(Buffer.from(files['社区义诊进小区.txt']!).toString('utf8')).toContain(
      '记者 张明 文/图\n\n志愿者为老人测量血压。 记者 张明 摄\n',
    );
    const [stored] = readdirSync(path.join(dir, 'drafts/photos'));
    expect(Buffer.from(files['01-1.jpg']!).equals(readFileSync(path.join(dir, 'drafts/photos', stored!)))).toBe(true);

    const folder = await run('export', '--package', 'page', '--encoding', 'gb18030', story);
    expect(folder.status).toBe(0);
    expect(readdirSync(path.join(dir, 'page')).sort()).toEqual(['01-1.jpg', 'captions.txt', '社区义诊进小区.txt']);
  });

  it('exits 2 and writes nothing over an existing package, or when a photo is missing from the library', async () => {
    const story = await libraryWithPhoto();
    writeFileSync(path.join(dir, 'page.zip'), 'an earlier package');
    const again = await run('export', '--package', 'page.zip', story);
    expect(again.status).toBe(2);
    expect(again.stderr).toContain('page.zip exists already; choose a new name');
    expect(readFileSync(path.join(dir, 'page.zip'), 'utf8')).toBe('an earlier package');

    const { rmSync } = await import('node:fs');
    rmSync(path.join(dir, 'drafts/photos'), { recursive: true });
    const missing = await run('export', '--package', 'other.zip', story);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(
      /photo drafts\/photos\/[0-9a-f]{64}\.jpg cannot be used .*copy the library whole, with its photos folder\n.*Nothing was exported\./,
    );
    expect(readdirSync(dir).sort()).toEqual(['drafts', 'page.zip']);
    expect((await run('export', '--package', 'x.zip', '--out', 'x.txt', story)).status).toBe(2);
  });
});
