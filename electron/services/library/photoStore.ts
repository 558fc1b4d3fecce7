// The library's photo store: each photo's bytes once, unmodified, in `photos/<sha256>.<ext>`, written atomically and checked by hash when read.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { ApiError } from '../../../shared/api';
import { photoFileName, photoFormatOf, type PhotoFormat } from '../../../shared/photo';
import { ioError, refusal } from './faults';
import type { FolderLock } from './folderLock';
import { keptFolder } from './keptFolders';
import { fileProblemOf, lstatQuiet, readRegularFile } from './safeRead';
import { createFile, moveFile } from './storage';

/** The photos' folder in the library: visible, so that sync tools which leave hidden folders out carry it too. */
export const PHOTO_FOLDER = 'photos';
/** Where a file found at a photo's name with other bytes (or no file at all) is moved, never deleted. */
const SET_ASIDE_FOLDER = '.unreadable';
/** A photo file larger than this is never read (the image service refuses photos far smaller: 60 MB). */
export const MAX_PHOTO_BYTES = 64 * 1024 * 1024;

export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:.]/g, '');
}

/**
 * The photo files of one library. A photo is stored once whatever the stories (and their history and trash) that
 * refer to it; a file is never written over, and never removed by the store (removing a photo from a story leaves
 * its file). Every write holds the library's lock, as a story's save does.
 */
export class PhotoStore {
  constructor(
    private readonly libraryFolder: string,
    private readonly lock?: FolderLock,
  ) {}

  /** `photos/`, checked to be a real folder inside the library (a link or a file there is refused, nothing written). */
  private folder(create: boolean): Promise<string | null> {
    return keptFolder(this.libraryFolder, [PHOTO_FOLDER], create);
  }

  private locked<T>(task: (tempFolder?: string) => Promise<T>): Promise<T> {
    return this.lock ? this.lock.run((held) => task(held.tempFolder)) : task();
  }

  /**
   * Stores a photo's bytes (already checked by the image service: `format` is what they are) and answers its file
   * name. The same bytes stored before are not written again. A full disk refuses with `photoDiskFull` and leaves
   * no part of the file behind.
   */
  async put(bytes: Uint8Array, format: PhotoFormat, fileName = 'the photo'): Promise<string> {
    const name = photoFileName(sha256Hex(bytes), format);
    try {
      return await this.locked(async (tempFolder) => {
        const folder = (await this.folder(true)) as string;
        const target = path.join(folder, name);
        for (let attempt = 0; attempt < 3; attempt++) {
          if (lstatQuiet(target)) {
            if (await this.holds(target, name)) return name;
            await this.setAside(target, name);
          }
          if (await createFile(target, bytes, tempFolder)) return name;
          // another program stored it meanwhile: its file is looked at like any other
        }
        throw Object.assign(new Error(`${name} keeps changing`), { code: 'EBUSY' });
      });
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOSPC' || code === 'EDQUOT')
        throw new ApiError({
          code: 'io',
          message: `the disk is full, so ${fileName} was not copied into the library; free some space and add it again`,
          fault: 'disk-full',
          reason: 'photoDiskFull',
          params: { fileName },
        });
      throw ioError(e, `the photo ${fileName}`);
    }
  }

  /** The bytes of a photo file, checked against the hash its name carries. */
  async read(file: string): Promise<Buffer> {
    if (!photoFormatOf(file)) throw refusal('invalid', 'photoMissing', `“${file}” is not the name of a photo in the library`, { file });
    const folder = await this.folder(false).catch((e: unknown) => {
      throw ioError(e, 'the photos folder');
    });
    let bytes: Buffer;
    try {
      if (!folder) throw Object.assign(new Error('no photos folder'), { code: 'ENOENT' });
      bytes = await readRegularFile(path.join(folder, file), { maxBytes: MAX_PHOTO_BYTES });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw refusal('not-found', 'photoMissing', `the photo ${file} is not in the library’s photos folder`, { file });
      if (fileProblemOf(e))
        throw refusal('unreadable', 'photoAltered', `${file} in the photos folder is not a photo file the app wrote`, { file });
      throw ioError(e, `the photo ${file}`);
    }
    if (`${sha256Hex(bytes)}.${file.split('.')[1] ?? ''}` !== file)
      throw refusal('unreadable', 'photoAltered', `${file} in the photos folder was changed by another program`, { file });
    return bytes;
  }

  /** Whether the photo's file is in the store, whole (read and checked). */
  async has(file: string): Promise<boolean> {
    return this.read(file).then(
      () => true,
      () => false,
    );
  }

  /** Whether the file at `target` is a regular file holding exactly the bytes its name says (never followed, never blocking). */
  private async holds(target: string, name: string): Promise<boolean> {
    try {
      const bytes = await readRegularFile(target, { maxBytes: MAX_PHOTO_BYTES });
      return `${sha256Hex(bytes)}.${name.split('.')[1] ?? ''}` === name;
    } catch (e) {
      if (fileProblemOf(e) || (e as NodeJS.ErrnoException).code === 'ELOOP') return false;
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return false;
      throw e;
    }
  }

  /** Moves whatever is at a photo's name but is not that photo (a link, a pipe, other bytes) into `.unreadable/`. */
  private async setAside(target: string, name: string): Promise<void> {
    const dir = (await keptFolder(this.libraryFolder, [SET_ASIDE_FOLDER])) as string;
    try {
      await moveFile(target, path.join(dir, `${stamp(new Date())}-${PHOTO_FOLDER}-${name}`));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    }
  }
}
