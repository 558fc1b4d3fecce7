// Replacing a file atomically: temp file in the same folder, fsync, rename, fsync the folder.
import writeFileAtomicLib from 'write-file-atomic';
import { promises as fs } from 'node:fs';
import path from 'node:path';

/** Writes `data` to `file` so that a crash leaves either the old file or the new one, never a mix. */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await writeFileAtomicLib(file, typeof data === 'string' ? data : Buffer.from(data), { fsync: true });
  const handle = await fs.open(path.dirname(file), 'r');
  try {
    await handle.sync();
  } catch {
    // a folder that cannot be fsynced (some file systems): the rename is still atomic
  } finally {
    await handle.close();
  }
}
