// A full disk while a photo is copied into the library: refused with photoDiskFull, no part of a file left, the story's earlier photos kept.
// The disk is a real 1 MiB tmpfs (as the reliability suite's full-disk test mounts one): the system itself answers ENOSPC.
import { randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { newStory } from '../../shared/story';
import { Library } from '../../electron/services/library/library';
import { PHOTO_FOLDER } from '../../electron/services/library/photoStore';
import { fillDisk, mountSmallDisk, unmountSmallDisk } from './helpers/smallDisk';

/** Every file under a folder, hidden ones (temp files, the lock's) included. */
function allFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((d) => d.isFile())
    .map((d) => path.relative(dir, path.join(d.parentPath, d.name)))
    .sort();
}

const disk = mountSmallDisk('photo-disk-');
if (!disk) console.log('library.photoDiskFull: skipped, this machine does not let the tests mount a tmpfs (run as root, as CI does)');

describe.skipIf(!disk)('a full disk during a photo copy', () => {
  const root = disk as string;
  const folder = path.join(root, 'library');
  let library: Library;
  beforeAll(async () => {
    mkdirSync(folder);
    library = new Library(folder);
    await library.open();
  });
  afterAll(async () => {
    await library.lock.close().catch(() => undefined);
    unmountSmallDisk(root);
  });

  it('refuses the photo with photoDiskFull, leaves no part of it, and the story keeps its earlier photo; once space is freed it is stored', async () => {
    const first = randomBytes(64 * 1024);
    const firstFile = await library.photos.put(first, 'jpeg', 'IMG_0001.jpg');
    const created = await library.add(
      newStory({
        headline: '夏粮收购',
        photos: [{ file: firstFile, caption: '收购现场', credit: '记者 李明 摄', width: 4000, height: 3000 }],
      }),
    );
    const before = allFiles(folder);

    const filler = fillDisk(root);
    const second = randomBytes(200 * 1024);
    const e = await library.photos.put(second, 'jpeg', 'IMG_0002.jpg').catch((err: unknown) => err);
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ code: 'io', fault: 'disk-full', reason: 'photoDiskFull', params: { fileName: 'IMG_0002.jpg' } });
    // not a byte of it anywhere: no photo file, no temp file (beside it or in the lock's folder)
    expect(allFiles(folder)).toEqual(before);
    expect(readdirSync(path.join(folder, PHOTO_FOLDER))).toEqual([firstFile]);
    const story = await library.read(created.story.id);
    expect(story.story.photos.map((p) => p.file)).toEqual([firstFile]);
    expect(story.revision).toBe(created.revision);

    unlinkSync(filler);
    const secondFile = await library.photos.put(second, 'jpeg', 'IMG_0002.jpg');
    expect((await library.photos.read(secondFile)).equals(second)).toBe(true);
  });
});
