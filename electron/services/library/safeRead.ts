// Reading a library file safely: only regular files, never through a link, never past a size cap, never blocking.
import { constants, lstatSync, promises as fs, type Stats } from 'node:fs';
import type { FileHandle } from 'node:fs/promises';

/** Story and bulletin files above this are listed as too large, never read whole (a story is a few KiB). */
export const MAX_FILE_BYTES = 20 * 1024 * 1024;

/** Why a name in the library is not a file that can be read. */
export type FileProblem = 'link' | 'special' | 'folder' | 'too-large';

/** A name that is not a regular file of a readable size: an error with `code` 'ENOTREG' and the problem. */
export class NotAFileError extends Error {
  readonly code = 'ENOTREG';
  constructor(
    readonly problem: FileProblem,
    readonly size: number,
    file: string,
  ) {
    super(`${file}: ${describeProblem(problem, size)}`);
    this.name = 'NotAFileError';
  }
}

/** The problem in plain words (the renderer words it again in the interface's language). */
export function describeProblem(problem: FileProblem, size = 0): string {
  switch (problem) {
    case 'link':
      return 'a link, not a file; the app never follows links in the library';
    case 'special':
      return 'not a file (a pipe, socket or device); it is never opened';
    case 'folder':
      return 'a folder, not a file';
    case 'too-large':
      return `too large to be a story (${formatSize(size)}; at most ${formatSize(MAX_FILE_BYTES)})`;
  }
}

function formatSize(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${Math.round(bytes / 1024)} KB`;
  return `${bytes} bytes`;
}

/** What a stat says of a name: null for a regular file within the cap, else the problem. */
export function problemOf(stat: Stats, maxBytes = MAX_FILE_BYTES): FileProblem | null {
  if (stat.isSymbolicLink()) return 'link';
  if (stat.isDirectory()) return 'folder';
  if (!stat.isFile()) return 'special';
  if (stat.size > maxBytes) return 'too-large';
  return null;
}

/** lstat without following a link; undefined when the name is gone. Never opens the file. */
export function lstatQuiet(file: string): Stats | undefined {
  return lstatSync(file, { throwIfNoEntry: false });
}

// O_NOFOLLOW: a link swapped in after the lstat fails to open (ELOOP); O_NONBLOCK: a FIFO swapped in never blocks open.
const NOFOLLOW = constants.O_NOFOLLOW ?? 0;
const NONBLOCK = constants.O_NONBLOCK ?? 0;
// O_NOATIME (Linux): reading a file just written would otherwise stamp its access time, a change of the inode that
// waits for the journal commit under way (a save reads its file while its temp file is being fsynced); only the
// file's owner may ask for it, so it is left out where it was refused once
const NOATIME = constants.O_NOATIME ?? 0;
let noAtime = NOATIME;

/** Opens for reading without touching the access time where the system lets us. */
async function openForReading(file: string, flags: number): Promise<FileHandle> {
  if (noAtime) {
    try {
      return await fs.open(file, flags | noAtime);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EPERM') throw e;
      noAtime = 0;
    }
  }
  return fs.open(file, flags);
}

export interface ReadOptions {
  /** Follow a link the user named on purpose (a command's argument); never inside the library. */
  followLinks?: boolean;
  maxBytes?: number;
}

/**
 * The bytes of a regular file, or a NotAFileError: a link (unless followLinks), a FIFO, socket or device, a
 * folder, or a file over the cap is never read. The open never blocks (O_NONBLOCK) and never follows a link
 * swapped in meanwhile (O_NOFOLLOW); the file's type and size are checked again on the open handle, and no more
 * than the cap is read even when the file grows meanwhile.
 */
export async function readRegularFile(file: string, options: ReadOptions = {}): Promise<Buffer> {
  const maxBytes = options.maxBytes ?? MAX_FILE_BYTES;
  const before = options.followLinks ? await fs.stat(file) : lstatQuiet(file);
  if (!before) throw Object.assign(new Error(`${file}: no such file`), { code: 'ENOENT' });
  const early = problemOf(before, maxBytes);
  if (early) throw new NotAFileError(early, before.size, file);
  let handle;
  try {
    handle = await openForReading(file, constants.O_RDONLY | NONBLOCK | (options.followLinks ? 0 : NOFOLLOW));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ELOOP') throw new NotAFileError('link', 0, file);
    throw e;
  }
  try {
    const stat = await handle.stat();
    const problem = problemOf(stat, maxBytes);
    if (problem) throw new NotAFileError(problem, stat.size, file);
    // read what the file holds, up to one byte past the cap (a file growing past it is refused, not read on)
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // one byte more than the file holds: a read that stops at the size fstat gave is the end (no read to find it)
      const want = Math.min(Math.max(stat.size + 1 - total, 64 * 1024), maxBytes + 1 - total);
      if (want <= 0) break;
      const buffer = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
      if (total === stat.size && bytesRead < want) break;
    }
    if (total > maxBytes) throw new NotAFileError('too-large', total, file);
    // a file read in one piece (as most are) is not copied again
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    await closeDone(handle);
  }
}

/**
 * Closes a handle whose work is done (read whole, or written and fsynced). Where an open file can be renamed and
 * removed (everywhere but Windows) nothing waits for it: one trip to the thread pool less on the way to the answer.
 */
export function closeDone(handle: FileHandle): Promise<void> {
  const closing = handle.close();
  if (process.platform === 'win32') return closing;
  closing.catch(() => undefined);
  return Promise.resolve();
}

/** The problem of a NotAFileError, else undefined. */
export function fileProblemOf(e: unknown): { problem: FileProblem; size: number } | undefined {
  return e instanceof NotAFileError ? { problem: e.problem, size: e.size } : undefined;
}
