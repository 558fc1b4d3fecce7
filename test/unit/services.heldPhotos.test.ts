// A photo the disk cannot take is kept in memory and stored by itself once space is freed, as a story's text is; read from memory meanwhile.
// The disk is a real 1 MiB tmpfs (as the reliability suite's full-disk test mounts one): the system itself answers ENOSPC.
import { mkdtempSync, readFileSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../shared/api';
import { openDesk } from '../../electron/services/desk';
import { PHOTO_FOLDER } from '../../electron/services/library/photoStore';
import { noisy } from './helpers/photoFiles';
import { fillDisk, mountSmallDisk, unmountSmallDisk } from './helpers/smallDisk';

const disk = mountSmallDisk('held-photo-disk-');
if (!disk) console.log('services.heldPhotos: skipped, this machine does not let the tests mount a tmpfs (run as root, as CI does)');

describe.skipIf(!disk)('a photo the disk cannot take', () => {
  const root = disk as string;
  afterAll(() => {
    unmountSmallDisk(root);
  });

  it('is answered all the same, kept in memory (read from there), said to be retrying, and stored by itself once space is freed', async () => {
    const userData = mkdtempSync(path.join(tmpdir(), 'held-photo-user-'));
    const desk = await openDesk({ libraryFolder: path.join(root, 'library'), userDataFolder: userData, host: 'browser', version: 'test' });
    const events: EventPayload<'photo.status'>[] = [];
    desk.subscribe((name, payload) => {
      if (name === 'photo.status') events.push(payload as EventPayload<'photo.status'>);
    });
    const bytes = await noisy(300, 200).jpeg({ quality: 95 }).toBuffer();
    const filler = fillDisk(root);
    const { photo } = await desk.service['photo.store']({ source: { base64: bytes.toString('base64'), fileName: 'IMG_0420.jpg' } });
    expect(photo).toMatchObject({ width: 300, height: 200 });
    expect(events).toEqual([
      expect.objectContaining({
        file: photo.file,
        fileName: 'IMG_0420.jpg',
        state: 'retrying',
        fault: 'disk-full',
        reason: 'photoDiskFull',
      }),
    ]);
    expect(desk.pendingSaves()).toBe(1);
    // shown from memory while it waits for the disk
    const read = await desk.service['photo.read']({ file: photo.file, size: 'original' });
    expect(Buffer.from(read.base64, 'base64').equals(bytes)).toBe(true);

    unlinkSync(filler);
    await expect.poll(() => events.at(-1)?.state, { timeout: 20_000 }).toBe('saved');
    expect(readFileSync(path.join(root, 'library', PHOTO_FOLDER, photo.file)).equals(bytes)).toBe(true);
    expect(desk.pendingSaves()).toBe(0);
    await desk.close();
    rmSync(userData, { recursive: true, force: true });
  }, 30_000);
});
