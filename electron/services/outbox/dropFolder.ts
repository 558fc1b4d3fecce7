// Files delivered into a watched drop folder: each written under a hidden temporary name, then given its name whole; nothing replaced.
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fsyncFolder, removeOldPartials, writeNewSynced } from '../library/storage';

/** `name`, or `name-2.ext`, `name-3.ext`… : the first that is free. */
function candidate(name: string, n: number): string {
  if (n === 1) return name;
  const ext = path.extname(name);
  return `${name.slice(0, name.length - ext.length)}-${n}${ext}`;
}

/**
 * Writes each file into `folder`: first as `.name.<random>.partial` (a watcher ignores hidden names), fsynced, then
 * linked to its name, which must be free (an existing file is never replaced: the next free name is taken, `-2`,
 * `-3`…), and the temporary name removed. Answers the names given. A folder that is gone or not writable throws
 * (the outbox tries again later).
 */
export async function deliverToFolder(folder: string, files: ReadonlyArray<{ name: string; bytes: Uint8Array }>): Promise<string[]> {
  const stat = await fs.stat(folder);
  if (!stat.isDirectory()) throw Object.assign(new Error(`${folder} is not a folder`), { code: 'ENOTDIR' });
  // a file of ours half written when the program was killed is cleared away (only an old one: never a write on its way)
  await removeOldPartials(folder, /^\..+\.[0-9a-f]{8}\.partial$/);
  const given: string[] = [];
  for (const file of files) {
    const temp = path.join(folder, `.${file.name}.${randomBytes(4).toString('hex')}.partial`);
    await writeNewSynced(temp, file.bytes);
    try {
      for (let n = 1; ; n++) {
        const name = candidate(file.name, n);
        try {
          await fs.link(temp, path.join(folder, name));
          given.push(name);
          break;
        } catch (e) {
          const code = (e as NodeJS.ErrnoException).code;
          if (code === 'EEXIST') continue;
          if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EXDEV') throw e;
          // a share without hard links: renamed after checking the name is free (a race there is the share's)
          if (
            await fs.lstat(path.join(folder, name)).then(
              () => true,
              () => false,
            )
          )
            continue;
          await fs.rename(temp, path.join(folder, name));
          given.push(name);
          break;
        }
      }
    } finally {
      await fs.unlink(temp).catch(() => undefined);
    }
  }
  await fsyncFolder(folder).catch(() => undefined);
  return given;
}
