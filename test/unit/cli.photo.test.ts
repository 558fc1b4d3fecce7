// `bulletin photo add`, `bulletin photo list` and the captions' 字数 of `bulletin count`, run in-process on real files in temp folders.
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhotoStore } from '../../electron/services/library/photoStore';
import { newStory, serializeStory, type Photo } from '../../shared/index';
import { heicHeader, uprightPhoneJpeg } from './helpers/photoFiles';
import { runCli } from './helpers/cliRun';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-photo-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const run = (...argv: string[]) => runCli(dir, argv);

/** A story with two photos, the first stored in the library beside it, the second's file missing. */
async function storyWithPhotos(): Promise<{ stored: Photo; missing: Photo }> {
  const file = await new PhotoStore(dir).put(Buffer.from('a photo’s bytes'), 'jpeg');
  const stored: Photo = {
    file,
    caption: '农户在收购点排队售粮',
    credit: '记者 李明 摄',
    width: 4000,
    height: 3000,
    taken: '2024-06-02T09:30:00',
  };
  const missing: Photo = { file: `${'e'.repeat(64)}.png`, caption: '', credit: '', width: 800, height: 1200 };
  const story = newStory({ headline: '夏粮收购', photos: [stored, missing] }, { id: 'farm-1' });
  writeFileSync(path.join(dir, 'farm.story.json'), serializeStory(story));
  return { stored, missing };
}

describe('bulletin photo list', () => {
  it('lists a story’s photos in order, with size, caption, credit and whether each file is in the library', async () => {
    const { stored, missing } = await storyWithPhotos();
    const r = await run('photo', 'list', 'farm.story.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      `1  4000×3000  农户在收购点排队售粮  记者 李明 摄\n   ${stored.file}  taken 2024-06-02T09:30:00\n` +
        `2  800×1200  (no caption)\n   ${missing.file}  (the file is not in the library’s photos folder)\n`,
    );
    const json = await run('photo', 'list', 'farm.story.json', '--json');
    expect(JSON.parse(json.stdout)).toEqual({
      story: 'farm-1',
      headline: '夏粮收购',
      photos: [
        { ...stored, present: true },
        { ...missing, present: false },
      ],
    });
  });

  it('says a story has no photos, and exits 2 on bad input', async () => {
    writeFileSync(path.join(dir, 'plain.story.json'), serializeStory(newStory({ headline: '无图' })));
    expect(await run('photo', 'list', 'plain.story.json')).toMatchObject({ status: 0, stdout: 'plain.story.json: no photos\n' });
    expect((await run('photo', 'list', 'gone.story.json')).status).toBe(2);
    expect((await run('photo', 'list')).status).toBe(2);
    expect((await run('photo')).stderr).toContain('bulletin photo needs a subcommand: add, list');
    writeFileSync(path.join(dir, 'bad.story.json'), '{"format": "bulletin-desk/story", "version": 3}');
    const newer = await run('photo', 'list', 'bad.story.json');
    expect(newer.status).toBe(2);
    expect(newer.stderr).toContain('made by a newer Bulletin Desk, version 3');
  });
});

describe('bulletin count', () => {
  it('counts the captions apart, as 图片说明', async () => {
    await storyWithPhotos();
    const r = await run('count', 'farm.story.json');
    expect(r.stdout).toMatch(/captions 图片说明\s+15\n$/);
    expect(JSON.parse((await run('count', 'farm.story.json', '--json')).stdout).stories[0].captions).toBe(15);
  });
});

describe('bulletin photo add', () => {
  it('checks, keeps and adds photos at the story’s end, one file for a photo added twice, the credit from the byline', async () => {
    const story = newStory(
      { headline: '社区义诊进小区', byline: [{ role: '记者', names: ['张明'], credit: '文/图' }] },
      { id: 'clinic-1' },
    );
    writeFileSync(path.join(dir, 'clinic.story.json'), serializeStory(story));
    writeFileSync(path.join(dir, 'IMG_0001.jpg'), await uprightPhoneJpeg(1200, 800));
    const added = await run('photo', 'add', 'clinic.story.json', 'IMG_0001.jpg', 'IMG_0001.jpg', '--caption', 'Zhang Ming 为老人测量血压');
    expect(added).toMatchObject({ status: 0, stderr: 'added 2 photos to clinic.story.json\n' });
    const listed = JSON.parse((await run('photo', 'list', 'clinic.story.json', '--json')).stdout) as {
      photos: Array<Photo & { present: boolean }>;
    };
    // upright as shown (the phone's EXIF orientation 6), the caption given, the credit of the byline's 文/图
    expect(listed.photos.map((p) => [p.width, p.height, p.caption, p.credit, p.present])).toEqual([
      [800, 1200, 'Zhang Ming 为老人测量血压', '记者 张明 摄', true],
      [800, 1200, 'Zhang Ming 为老人测量血压', '记者 张明 摄', true],
    ]);
    expect(listed.photos[0]?.file).toBe(listed.photos[1]?.file);
    expect(readdirSync(path.join(dir, 'photos'))).toEqual([listed.photos[0]?.file]);
  });

  it('exits 2 and adds nothing when one photo is refused, naming the file and its format', async () => {
    writeFileSync(path.join(dir, 'clinic.story.json'), serializeStory(newStory({ headline: '社区义诊' }, { id: 'clinic-2' })));
    writeFileSync(path.join(dir, 'good.jpg'), await uprightPhoneJpeg(300, 200));
    writeFileSync(path.join(dir, 'IMG_0002.jpg'), heicHeader());
    const refused = await run('photo', 'add', 'clinic.story.json', 'good.jpg', 'IMG_0002.jpg');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toMatch(/IMG_0002\.jpg.*HEIC.*no photo was added/);
    expect(JSON.parse((await run('photo', 'list', 'clinic.story.json', '--json')).stdout).photos).toEqual([]);
    expect(existsSync(path.join(dir, 'photos'))).toBe(false);
    expect((await run('photo', 'add', 'clinic.story.json')).status).toBe(2);
  });
});
