// Reading a page file's bytes as text (UTF-8 or GB18030), or a Word file's into stories, with messages that name the file.
import path from 'node:path';
import { fileProblemOf, readRegularFile } from '../services/library/safeRead';
import { decodePage, EncodingError, type DecodedPage } from '../services/encoding';
import { readPage, type ReadPage } from '../services/pageRead';
import { WordFileRefused } from '../services/wordContainer';
import { usageError } from './io';

export function describeFsError(file: string, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return `${file}: no such file or folder`;
  if (code === 'EACCES' || code === 'EPERM') return `${file}: permission denied`;
  if (code === 'EISDIR') return `${file}: is a folder, not a file`;
  const problem = fileProblemOf(e);
  if (problem?.problem === 'special') return `${file}: is not a file (a pipe, socket or device); give a text file`;
  if (problem?.problem === 'folder') return `${file}: is a folder, not a file`;
  if (problem?.problem === 'too-large') return `${file}: ${(e as Error).message.slice((e as Error).message.lastIndexOf(': ') + 2)}`;
  if (problem?.problem === 'link') return `${file}: is a link inside a folder; give the file it points to`;
  return `${file}: cannot be read (${(e as Error).message})`;
}

/** A page or a story named on the command line is read up to this size. */
const PAGE_MAX_BYTES = 64 * 1024 * 1024;

export async function readBytes(file: string, cwd: string): Promise<Buffer> {
  try {
    // a file named on the command line may be a link (the user chose it); never a pipe or device, which would hang
    return await readRegularFile(path.resolve(cwd, file), { followLinks: true, maxBytes: PAGE_MAX_BYTES });
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

/** A page to import: plain text or a Word file (.docx, told by its bytes), read by the importer. */
export async function readImportPage(file: string, cwd: string): Promise<ReadPage> {
  const bytes = await readBytes(file, cwd);
  try {
    return await readPage(bytes);
  } catch (e) {
    if (e instanceof EncodingError || e instanceof WordFileRefused) throw usageError(`${file}: ${e.message}`);
    throw e;
  }
}
