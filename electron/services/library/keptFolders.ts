// The folders the app keeps inside a library (.trash, .history, .unreadable): real folders inside its real path, or nothing is written.
import { promises as fs, realpathSync } from 'node:fs';
import path from 'node:path';
import { lstatQuiet } from './safeRead';

/** A kept folder that is a link or a file, or leads outside the library: refused with code EUNSAFE, nothing written. */
class UnsafeFolderError extends Error {
  readonly code = 'EUNSAFE';
  constructor(
    readonly folder: string,
    readonly what: 'link' | 'file' | 'outside',
  ) {
    super(
      `${folder} is ${what === 'link' ? 'a link' : what === 'file' ? 'a file' : 'outside the library'}, not a folder inside the library; nothing was written. Move it away and the app makes a new folder`,
    );
    this.name = 'UnsafeFolderError';
  }
}

/**
 * The path of a folder the app keeps inside the library (`parts` below the library folder, e.g. `.history`, an id),
 * each level a real folder (made when missing, unless `create` is false) and no link; its real path inside the
 * library's real path. Throws UnsafeFolderError otherwise; answers null when it is missing and not to be made.
 */
export async function keptFolder(library: string, parts: readonly string[], create = true): Promise<string | null> {
  const root = realpathSync(library);
  let current = library;
  for (const part of parts) {
    if (part === '' || part === '.' || part === '..' || part.includes('/') || part.includes('\\'))
      throw new UnsafeFolderError(path.join(current, part), 'outside');
    current = path.join(current, part);
    let stat = lstatQuiet(current);
    if (!stat) {
      if (!create) return null;
      try {
        await fs.mkdir(current);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      }
      stat = lstatQuiet(current);
    }
    if (!stat) throw Object.assign(new Error(`${current} could not be made`), { code: 'ENOENT' });
    if (stat.isSymbolicLink()) throw new UnsafeFolderError(current, 'link');
    if (!stat.isDirectory()) throw new UnsafeFolderError(current, 'file');
  }
  const real = realpathSync(current);
  if (real !== root && !real.startsWith(root + path.sep)) throw new UnsafeFolderError(current, 'outside');
  return current;
}
