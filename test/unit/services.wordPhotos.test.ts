// A Word file's photos become the photos of the story they sit in on import: checked by the image service, stored once in the photo store, a damaged one named with why while the rest goes on; also from a .docx LibreOffice saved.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../electron/services/desk';
import { CORRESPONDENT, imageDocx, photosDocx } from '../wordFiles';

let dir: string;
let desk: Desk;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'word-photos-'));
  desk = await openDesk({
    libraryFolder: path.join(dir, 'library'),
    userDataFolder: path.join(dir, 'user'),
    host: 'browser',
    version: 'test',
  });
});
afterEach(async () => {
  await desk.close();
  rmSync(dir, { recursive: true, force: true });
});

const parse = (bytes: Uint8Array) => desk.service['import.parse']({ base64: Buffer.from(bytes).toString('base64') });
const photosFolder = () => readdirSync(path.join(dir, 'library', 'photos')).filter((f) => !f.startsWith('.'));

describe('a Word file’s photos on import', () => {
  it('become the photos of their story, stored once, with the credit suggested from its byline; written with the draft', async () => {
    const page = await parse(await imageDocx());
    const [story] = page.stories;
    expect(story?.headline).toBe(CORRESPONDENT.headline);
    expect(story?.photos).toHaveLength(1);
    expect(story?.photos[0]).toMatchObject({ caption: '', width: 2, height: 2 });
    expect(story?.photos[0]?.credit).toMatch(/摄$/);
    const image = page.word?.find((e) => e.kind === 'image');
    expect(image).toMatchObject({ name: '志愿者合影.png', photo: story?.photos[0]?.file });
    // nothing is written while the reporter reviews
    expect(existsSync(path.join(dir, 'library', 'photos'))).toBe(false);
    // the review writes the story with its photo, stored then; read twice and written twice: still one photo file
    await parse(await imageDocx());
    const written = await desk.service['import.write']({ stories: page.stories });
    await desk.service['import.write']({ stories: page.stories.map((s) => ({ ...s, id: `${s.id}-again` })) });
    expect(photosFolder()).toEqual([story?.photos[0]?.file]);
    const read = await desk.service['story.read']({ id: written.written[0]?.id as string });
    expect(read.story.photos.map((p) => p.file)).toEqual([story?.photos[0]?.file]);
    expect(await desk.service['photo.read']({ file: read.story.photos[0]?.file as string, size: 'original' })).toMatchObject({
      format: 'png',
    });
  });

  it('a damaged photo is refused by name and why, the good one and the text go on', async () => {
    const good = await sharp({ create: { width: 640, height: 480, channels: 3, background: '#c03030' } })
      .jpeg()
      .toBuffer();
    const damaged = good.subarray(0, 300);
    const page = await parse(await photosDocx(good, damaged));
    const [story] = page.stories;
    expect(story?.body.map((b) => b.text)).toContain(CORRESPONDENT.first);
    expect(story?.photos.map((p) => [p.width, p.height])).toEqual([[640, 480]]);
    const images = page.word?.filter((e) => e.kind === 'image') ?? [];
    expect(images.map((e) => e.name)).toEqual(['现场.jpg', '坏图.jpg']);
    expect(images[0]).toMatchObject({ photo: story?.photos[0]?.file });
    expect(images[1]).toMatchObject({ refused: { reason: 'photoDamaged', params: { file: '坏图.jpg' } } });
    await desk.service['import.write']({ stories: page.stories });
    expect(photosFolder()).toEqual([story?.photos[0]?.file]);
  });

  it('a photo no longer held (the app restarted during the review) stops the write before any story is written', async () => {
    const page = await parse(await imageDocx());
    await desk.close();
    desk = await openDesk({
      libraryFolder: path.join(dir, 'library'),
      userDataFolder: path.join(dir, 'user'),
      host: 'browser',
      version: 'test',
    });
    const e = await desk.service['import.write']({ stories: page.stories }).catch((x: unknown) => x as { reason?: string });
    expect(e).toMatchObject({ reason: 'photoMissing' });
    expect((await desk.service['library.list']({})).stories).toEqual([]);
  });
});

const soffice = spawnSync('sh', ['-c', 'command -v soffice']).stdout.toString().trim();

describe.skipIf(!soffice)('a Word file with a photo saved again by LibreOffice', () => {
  it('still gives its story the photo', async () => {
    const work = mkdtempSync(path.join(tmpdir(), 'word-photos-lo-'));
    const source = path.join(work, 'source', '通讯稿.docx');
    execFileSync('mkdir', ['-p', path.dirname(source)]);
    writeFileSync(source, await imageDocx());
    execFileSync(
      soffice,
      [
        `-env:UserInstallation=${pathToFileURL(path.join(work, 'profile')).href}`,
        '--headless',
        '--convert-to',
        'docx:MS Word 2007 XML',
        '--outdir',
        work,
        source,
      ],
      { stdio: 'pipe', timeout: 170_000 },
    );
    const page = await parse(readFileSync(path.join(work, '通讯稿.docx')));
    expect(page.stories[0]?.headline).toBe(CORRESPONDENT.headline);
    expect(page.stories[0]?.photos).toHaveLength(1);
    await desk.service['import.write']({ stories: page.stories });
    expect(photosFolder()).toEqual([page.stories[0]?.photos[0]?.file]);
    rmSync(work, { recursive: true, force: true });
  }, 180_000);
});
