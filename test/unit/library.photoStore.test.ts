// The library's photo store: one file per photo named by its hash, written whole or not at all, checked when read; hostile names never followed.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { PHOTO_FILE_PATTERN } from '../../shared/photo';
import { Library } from '../../electron/services/library/library';
import { PHOTO_FOLDER, PhotoStore } from '../../electron/services/library/photoStore';

const cleanups: Array<() => void> = [];
afterEach(() => {
  for (const c of cleanups.splice(0).reverse()) c();
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'photos-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** A photo's bytes as a camera would leave them (the store never looks inside: the image service did). */
function photoBytes(seed: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xd8, 0xff, 0xe0]), Buffer.from(seed.repeat(500), 'utf8'), Buffer.from([0xff, 0xd9])]);
}

const hex = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

async function reasonOf(task: Promise<unknown>): Promise<string | undefined> {
  const e = await task.then(
    () => undefined,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ApiError);
  return (e as ApiError).reason;
}

describe('the photo store', () => {
  it('stores a photo unmodified under the hash of its bytes, and reads it back', async () => {
    const folder = tempFolder();
    const store = new PhotoStore(folder);
    const bytes = photoBytes('田间');
    const file = await store.put(bytes, 'jpeg');
    expect(file).toBe(`${hex(bytes)}.jpg`);
    expect(file).toMatch(PHOTO_FILE_PATTERN);
    expect(readFileSync(path.join(folder, PHOTO_FOLDER, file)).equals(bytes)).toBe(true);
    expect((await store.read(file)).equals(bytes)).toBe(true);
    expect(await store.put(photoBytes('png'), 'png')).toMatch(/\.png$/);
    expect(await store.put(photoBytes('webp'), 'webp')).toMatch(/\.webp$/);
  });

  it('keeps one file for a photo stored twice, and never writes over it', async () => {
    const folder = tempFolder();
    const store = new PhotoStore(folder);
    const bytes = photoBytes('同一张');
    const file = await store.put(bytes, 'jpeg');
    const target = path.join(folder, PHOTO_FOLDER, file);
    const before = statSync(target);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await new PhotoStore(folder).put(Buffer.from(bytes), 'jpeg')).toBe(file);
    const after = statSync(target);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    // no temp file left beside it
    expect(readdirSync(path.join(folder, PHOTO_FOLDER))).toEqual([file]);
  });

  it('refuses a photo whose file another program changed, and sets the changed file aside when the photo is stored again', async () => {
    const folder = tempFolder();
    const store = new PhotoStore(folder);
    const bytes = photoBytes('改过');
    const file = await store.put(bytes, 'jpeg');
    const target = path.join(folder, PHOTO_FOLDER, file);
    writeFileSync(target, Buffer.concat([bytes, Buffer.from('x')]));
    expect(await reasonOf(store.read(file))).toBe('photoAltered');
    // stored again: the changed file is moved into .unreadable (never deleted), the photo written whole
    expect(await store.put(bytes, 'jpeg')).toBe(file);
    expect((await store.read(file)).equals(bytes)).toBe(true);
    const aside = readdirSync(path.join(folder, '.unreadable'));
    expect(aside).toHaveLength(1);
    expect(aside[0]).toMatch(new RegExp(`-photos-${file}$`));
  });

  it('says a photo is missing, and refuses a name that is not a photo file’s (never a path)', async () => {
    const folder = tempFolder();
    const store = new PhotoStore(folder);
    expect(await reasonOf(store.read(`${'a'.repeat(64)}.jpg`))).toBe('photoMissing');
    await store.put(photoBytes('a'), 'jpeg');
    expect(await reasonOf(store.read(`${'a'.repeat(64)}.jpg`))).toBe('photoMissing');
    for (const name of ['../x.story.json', `${'a'.repeat(64)}.gif`, `/etc/${'a'.repeat(64)}.jpg`, `${'A'.repeat(64)}.jpg`])
      expect(await reasonOf(store.read(name))).toBe('photoMissing');
  });

  it('never follows a link, never opens a FIFO, never reads a 100 MB file at a photo’s name', async () => {
    const folder = tempFolder();
    const store = new PhotoStore(folder);
    mkdirSync(path.join(folder, PHOTO_FOLDER));
    const outside = path.join(tempFolder(), 'secret.jpg');
    const linked = photoBytes('链接');
    writeFileSync(outside, linked);
    const piped = photoBytes('管道');
    const huge = photoBytes('很大');
    const at = (bytes: Buffer) => path.join(folder, PHOTO_FOLDER, `${hex(bytes)}.jpg`);
    // a link holding the very bytes its name says is still not followed
    symlinkSync(outside, at(linked));
    execFileSync('mkfifo', [at(piped)]);
    writeFileSync(at(huge), '');
    truncateSync(at(huge), 100 * 1024 * 1024); // sparse: 100 MB that take no disk
    for (const bytes of [linked, piped, huge]) {
      const file = `${hex(bytes)}.jpg`;
      expect(await reasonOf(store.read(file))).toBe('photoAltered');
      // stored: what was there is set aside (the link itself, not its target), the photo written in its place
      expect(await store.put(bytes, 'jpeg')).toBe(file);
      expect(statSync(at(bytes)).isFile()).toBe(true);
      expect((await store.read(file)).equals(bytes)).toBe(true);
    }
    expect(readFileSync(outside).equals(linked)).toBe(true);
    expect(readdirSync(path.join(folder, '.unreadable'))).toHaveLength(3);
  });

  it('refuses a photos folder that is a link, writing nothing through it', async () => {
    const folder = tempFolder();
    const elsewhere = tempFolder();
    symlinkSync(elsewhere, path.join(folder, PHOTO_FOLDER));
    const e = await new PhotoStore(folder).put(photoBytes('外面'), 'jpeg').catch((err: unknown) => err);
    expect(e).toMatchObject({ code: 'io', fault: 'unsafe-folder' });
    expect(readdirSync(elsewhere)).toEqual([]);
  });

  it('is not mistaken for stories: the library lists no photo, and its check leaves the folder alone', async () => {
    const folder = tempFolder();
    const library = new Library(folder);
    await library.open();
    const file = await library.photos.put(photoBytes('列表'), 'jpeg');
    // a photo dropped in the library's top folder by hand is not a story either
    writeFileSync(path.join(folder, 'IMG_0001.jpg'), photoBytes('手放'));
    const listing = await library.list();
    expect(listing.stories).toEqual([]);
    expect(listing.unreadable).toEqual([]);
    expect(listing.conflicts).toEqual([]);
    expect(existsSync(path.join(folder, PHOTO_FOLDER, file))).toBe(true);
    await library.lock.close();
  });
});
