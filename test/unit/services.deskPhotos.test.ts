// The desk's photo calls with the real image service: a phone photo added upright, a HEIC refused by name, thumbnails, captions, order, removal.
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import sharp from 'sharp';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDesk, type Desk } from '../../electron/services/desk';
import { ApiError } from '../../shared/apiError';
import { heicHeader, uprightPhoneJpeg } from './helpers/photoFiles';

let dir: string;
let desk: Desk;
beforeEach(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'desk-photos-'));
  desk = await openDesk({
    libraryFolder: path.join(dir, 'library'),
    userDataFolder: path.join(dir, 'user'),
    host: 'browser',
    version: 'test',
  });
});
afterEach(async () => {
  await desk.close();
});

async function storyWithByline() {
  return desk.service['story.create']({
    fields: { headline: '社区义诊进小区', byline: [{ role: '记者', names: ['张明'], credit: '文/图' }] },
  });
}

describe('photos through the desk', () => {
  it('adds a phone photo upright with the byline’s credit, by path and by bytes (one file), and saves the story', async () => {
    const created = await storyWithByline();
    const photoPath = path.join(dir, 'IMG_0001.jpg');
    writeFileSync(photoPath, await uprightPhoneJpeg(1200, 800));
    const first = await desk.service['photo.add']({
      id: created.story.id,
      baseRevision: created.revision,
      source: { path: photoPath },
      caption: '志愿者为老人测量血压',
    });
    expect(first.photo).toMatchObject({ width: 800, height: 1200, caption: '志愿者为老人测量血压', credit: '记者 张明 摄' });
    const bytes = readFileSync(photoPath).toString('base64');
    const second = await desk.service['photo.add']({
      id: created.story.id,
      baseRevision: first.revision,
      source: { base64: bytes, fileName: 'pasted.jpg' },
    });
    expect(second.photo.file).toBe(first.photo.file);
    expect(readdirSync(path.join(dir, 'library', 'photos'))).toEqual([first.photo.file]);
    const onDisk = JSON.parse(readFileSync(path.join(dir, 'library', created.file), 'utf8')) as { version: number; photos: unknown[] };
    expect(onDisk.version).toBe(2);
    expect(onDisk.photos).toHaveLength(2);

    const thumbnail = await desk.service['photo.read']({ file: first.photo.file, size: 'thumbnail' });
    expect(thumbnail.format).toBe('jpeg');
    expect(await sharp(Buffer.from(thumbnail.base64, 'base64')).metadata()).toMatchObject({ width: 213, height: 320 });

    // caption changed, order changed, one removed: its file stays (history and the trash refer to it)
    const captioned = await desk.service['photo.update']({
      id: created.story.id,
      baseRevision: second.revision,
      photo: { index: 1, file: second.photo.file },
      caption: 'Zhang Ming 在现场',
    });
    const moved = await desk.service['photo.move']({
      id: created.story.id,
      baseRevision: captioned.revision,
      photo: { index: 1, file: second.photo.file },
      to: 0,
    });
    expect(moved.story.photos.map((p) => p.caption)).toEqual(['Zhang Ming 在现场', '志愿者为老人测量血压']);
    const removed = await desk.service['photo.remove']({
      id: created.story.id,
      baseRevision: moved.revision,
      photo: { index: 0, file: second.photo.file },
    });
    expect(removed.story.photos.map((p) => p.caption)).toEqual(['志愿者为老人测量血压']);
    expect(existsSync(path.join(dir, 'library', 'photos', first.photo.file))).toBe(true);
  });

  it('refuses a HEIC named .jpg by its format and a damaged JPEG by its name, and leaves the story as it was', async () => {
    const created = await storyWithByline();
    const heic = path.join(dir, 'IMG_0002.jpg');
    writeFileSync(heic, heicHeader());
    const cut = path.join(dir, 'IMG_0003.jpg');
    const whole = await uprightPhoneJpeg(1200, 800);
    writeFileSync(cut, whole.subarray(0, Math.floor(whole.length / 2)));
    const refused = (await desk.service['photo.add']({
      id: created.story.id,
      baseRevision: created.revision,
      source: { path: heic },
    }).catch((e: unknown) => e)) as ApiError;
    expect(refused).toBeInstanceOf(ApiError);
    expect(refused).toMatchObject({ reason: 'photoFormat', params: { file: 'IMG_0002.jpg', format: 'HEIC', kind: 'heic' } });
    const damaged = (await desk.service['photo.add']({ id: created.story.id, baseRevision: created.revision, source: { path: cut } }).catch(
      (e: unknown) => e,
    )) as ApiError;
    expect(damaged).toMatchObject({ reason: 'photoDamaged', params: { file: 'IMG_0003.jpg' } });
    const read = await desk.service['story.read']({ id: created.story.id });
    expect(read.revision).toBe(created.revision);
    expect(read.story.photos).toEqual([]);
    expect(existsSync(path.join(dir, 'library', 'photos'))).toBe(false);
  });
});
