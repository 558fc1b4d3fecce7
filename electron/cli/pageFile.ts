// Reading a page file's bytes as text (UTF-8 or GB18030), with messages that name the file.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { decodePage, type DecodedPage } from '../services/encoding';
import { usageError } from './io';

export function describeFsError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file}: no such file or folder`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  if (code === 'EISDIR') return `${file}: is a folder, not a file`;
  return `${file}: cannot be read (${(e as Error).message})`;
}

export async function readBytes(file: string, cwd: string): Promise<Buffer> {
  try {
    return await fs.readFile(path.resolve(cwd, file));
  } catch (e) {
    throw usageError(describeFsError(file, e));
  }
}

/** A plain-text page: UTF-8 or GB18030, detected. */
export async function readPageFile(file: string, cwd: string): Promise<DecodedPage> {
  const bytes = await readBytes(file, cwd);
  try {
    return decodePage(bytes);
  } catch (e) {
    throw usageError(`${file}: ${(e as Error).message}`);
  }
}
