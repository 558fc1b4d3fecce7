// Writing library files safely: atomic replace, exclusive create, revisions as content hashes, crash leftovers.
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { closeDone } from './safeRead';

/** Temp files are `.<name>.<random>.tmp` in the same folder: never listed as drafts, cleaned at start. */
const TEMP_PATTERN = /^\..+\.[0-9a-f]{12}\.tmp$/;

/** The revision of a file: the first 32 hex digits of the SHA-256 of its bytes. */
export function revisionOf(bytes: string | Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 32);
}

/**
 * A temp file's path: beside the target, or in the folder of the lock being held (`tempFolder`), so that the
 * write fails once the lock was taken away from this writer (see folderLock.ts).
 */
function tempPathFor(target: string, tempFolder?: string): string {
  return path.join(tempFolder ?? path.dirname(target), `.${path.basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
}

/** fsyncs a folder, so that the names made or renamed in it last. */
export async function fsyncFolder(dir: string): Promise<void> {
  await syncOpenedFolder(fs.open(dir, 'r'));
}

/**
 * fsyncs a folder through a handle opened beforehand (a handle opened before a rename syncs the entry it made);
 * the handle is closed without being waited for: the sync is what makes the rename last.
 */
async function syncOpenedFolder(opening: Promise<FileHandle>): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await opening;
    await handle.sync();
  } catch (e) {
    // some file systems (and Windows) cannot fsync a folder; the rename is still atomic there
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EINVAL' && code !== 'EISDIR' && code !== 'EPERM' && code !== 'EBADF') throw e;
  } finally {
    void handle?.close().catch(() => undefined);
  }
}

/** Creates `file` (it must not exist), writes and fsyncs it; on a failure the half-written file is removed. */
export async function writeNewSynced(file: string, data: string | Uint8Array): Promise<void> {
  const handle = await fs.open(file, 'wx', 0o644);
  try {
    await handle.writeFile(data);
    await handle.sync();
  } catch (e) {
    await handle.close().catch(() => undefined);
    await fs.unlink(file).catch(() => undefined);
    throw e;
  }
  // written and fsynced: the rename that follows need not wait for the close (see closeDone)
  await closeDone(handle);
}

async function writeTemp(target: string, data: string | Uint8Array, tempFolder?: string): Promise<string> {
  const temp = tempPathFor(target, tempFolder);
  await writeNewSynced(temp, data);
  return temp;
}

/** Errors of file systems without hard links (FAT32, exFAT, some network shares). */
const NO_HARD_LINKS = ['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS', 'EXDEV'];

/** Exclusive create where hard links cannot be made: the name is taken first (wx), then written and fsynced. */
async function createWithoutLink(target: string, data: string | Uint8Array): Promise<boolean> {
  try {
    await writeNewSynced(target, data);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw e;
  }
}

/** Replaces (or creates) `target` atomically: temp file in the same folder, fsync, rename, fsync the folder. */
export async function replaceFile(target: string, data: string | Uint8Array, tempFolder?: string): Promise<void> {
  return stageReplace(target, data, tempFolder).commit();
}

/** A replacement of a file under way: its temp file is being written (and fsynced) until it is committed or discarded. */
export interface StagedReplace {
  /** Renames the temp file over the target once it is written and fsynced, then fsyncs the folder. */
  commit(): Promise<void>;
  /** Removes the temp file (the write turned out not to be wanted: a conflict); never throws. */
  discard(): Promise<void>;
}

/**
 * Starts `replaceFile`'s temp file at once, so that a caller can read and compare the file on disk meanwhile
 * (a save's conflict check) and the two waits overlap; nothing reaches `target` before `commit`.
 */
export function stageReplace(target: string, data: string | Uint8Array, tempFolder?: string): StagedReplace {
  const written = writeTemp(target, data, tempFolder);
  // the folder is opened meanwhile too: after the rename, its fsync is the only wait left
  const folder = fs.open(path.dirname(target), 'r');
  // looked at by commit or discard, whichever comes
  written.catch(() => undefined);
  folder.catch(() => undefined);
  return {
    async commit() {
      let temp: string;
      try {
        temp = await written;
      } catch (e) {
        void folder.then((h) => h.close()).catch(() => undefined);
        throw e;
      }
      try {
        await fs.rename(temp, target);
      } catch (e) {
        void folder.then((h) => h.close()).catch(() => undefined);
        await fs.unlink(temp).catch(() => undefined);
        throw e;
      }
      await syncOpenedFolder(folder);
    },
    async discard() {
      void folder.then((h) => h.close()).catch(() => undefined);
      const temp = await written.catch(() => undefined);
      if (temp) await fs.unlink(temp).catch(() => undefined);
    },
  };
}

/** Creates `target` atomically only if no file has that name; false when the name is taken. */
export async function createFile(target: string, data: string | Uint8Array, tempFolder?: string): Promise<boolean> {
  const temp = await writeTemp(target, data, tempFolder);
  try {
    await fs.link(temp, target);
    return true;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'EEXIST') return false;
    if (!NO_HARD_LINKS.includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    return await createWithoutLink(target, data);
  } finally {
    await fs.unlink(temp).catch(() => undefined);
    await fsyncFolder(path.dirname(target)).catch(() => undefined);
  }
}

/** Moves a file to a new name that must be free (in the same file system), never over another file. */
export async function moveFile(from: string, to: string): Promise<void> {
  try {
    await fs.link(from, to);
    await fs.unlink(from);
  } catch (e) {
    if (!NO_HARD_LINKS.includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    // no hard links here (FAT, exFAT, some shares): a rename after checking the name is free
    if (
      await fs.access(to).then(
        () => true,
        () => false,
      )
    )
      throw Object.assign(new Error(`${to} exists`), { code: 'EEXIST' });
    await fs.rename(from, to);
  }
  await fsyncFolder(path.dirname(from));
  if (path.dirname(to) !== path.dirname(from)) await fsyncFolder(path.dirname(to));
}

/**
 * Removes temp files a crash left behind in a folder; returns their names. Only old ones: a temp file younger than
 * `olderThanMs` may be another program's write on its way (the app and `bulletin serve` share a library).
 */
export async function removeLeftovers(dir: string, olderThanMs = 60_000, names?: readonly string[]): Promise<string[]> {
  const removed: string[] = [];
  // `names`: the folder's names when the caller has just read them (the library's first check), not read twice
  for (const name of names ?? (await fs.readdir(dir).catch(() => [] as string[]))) {
    if (!TEMP_PATTERN.test(name)) continue;
    const stat = await fs.lstat(path.join(dir, name)).catch(() => null);
    if (!stat || !stat.isFile() || Date.now() - stat.mtimeMs < olderThanMs) continue;
    await fs.unlink(path.join(dir, name)).catch(() => undefined);
    removed.push(name);
  }
  return removed;
}

/**
 * Removes what a killed program of ours left half written in a folder that is not the library's (a package folder's
 * parent, a drop folder, the outbox): entries whose names match `pattern` (files or folders), only when older than
 * `olderThanMs`, since a younger one may be another program's write on its way.
 */
export async function removeOldPartials(dir: string, pattern: RegExp, olderThanMs = 10 * 60_000): Promise<void> {
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (!pattern.test(name)) continue;
    const at = path.join(dir, name);
    const stat = await fs.lstat(at).catch(() => null);
    if (!stat || stat.isSymbolicLink() || Date.now() - stat.mtimeMs < olderThanMs) continue;
    await fs.rm(at, { recursive: true, force: true }).catch(() => undefined);
  }
}
