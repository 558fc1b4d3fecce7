// Reading a library file safely: only regular files, never through a link, never past a size cap, never blocking.
import { constants, lstatSync, promises as fs, type Stats } from 'node:fs';

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
    handle = await fs.open(file, constants.O_RDONLY | NONBLOCK | (options.followLinks ? 0 : NOFOLLOW));
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
      const want = Math.min(Math.max(stat.size - total, 64 * 1024), maxBytes + 1 - total);
      if (want <= 0) break;
      const buffer = Buffer.allocUnsafe(want);
      const { bytesRead } = await handle.read(buffer, 0, want, null);
      if (bytesRead === 0) break;
      chunks.push(buffer.subarray(0, bytesRead));
      total += bytesRead;
    }
    if (total > maxBytes) throw new NotAFileError('too-large', total, file);
    return Buffer.concat(chunks, total);
  } finally {
    await handle.close();
  }
}

/** The problem of a NotAFileError, else undefined. */
export function fileProblemOf(e: unknown): { problem: FileProblem; size: number } | undefined {
  return e instanceof NotAFileError ? { problem: e.problem, size: e.size } : undefined;
}
