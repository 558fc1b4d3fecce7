// Whether a folder can become the library: a whole path, a folder (made when missing), writable, none of a library's own folders.
import { constants, promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { FolderProblem } from '../../shared/api';
import { LOCK_FOLDER } from './library/folderLock';
import { HISTORY_FOLDER } from './library/history';
import { UNREADABLE_FOLDER } from './library/library';
import { TRASH_FOLDER } from './library/trash';

/** The folders the app keeps inside a library (and its lock): never a library of their own. */
const KEPT_FOLDERS = new Set([TRASH_FOLDER, HISTORY_FOLDER, UNREADABLE_FOLDER, LOCK_FOLDER]);

export type FolderCheck = { ok: true; folder: string } | { ok: false; folder: string; problem: FolderProblem; detail?: string };

/** The path as typed, `~` read as the home folder; relative paths are left relative (and refused by the check). */
export function expandHome(typed: string, home = os.homedir()): string {
  const trimmed = typed.trim();
  if (trimmed === '~') return home;
  if (trimmed.startsWith('~/') || trimmed.startsWith('~\\')) return path.join(home, trimmed.slice(2));
  return trimmed;
}

/** The pure part of the check: a whole path, none of whose parts is one of a library's own folders. */
export function folderProblemOfPath(folder: string): FolderProblem | undefined {
  if (!path.isAbsolute(folder)) return 'not-absolute';
  const parts = path.resolve(folder).split(/[\\/]+/);
  if (parts.some((part) => KEPT_FOLDERS.has(part))) return 'inside-kept-folder';
  return undefined;
}

/**
 * Checks a folder typed or chosen by the reporter and makes it when missing. Answers the resolved path, or why it
 * cannot be used (nothing is made then, except the missing folders of a path that is otherwise fine).
 */
export async function prepareLibraryFolder(typed: string, current: string): Promise<FolderCheck> {
  const expanded = expandHome(typed);
  const problem = folderProblemOfPath(expanded);
  if (problem) return { ok: false, folder: expanded, problem };
  const folder = path.resolve(expanded);
  if (samePath(folder, current)) return { ok: false, folder, problem: 'same-folder' };
  const stat = await fs.stat(folder).catch((e: NodeJS.ErrnoException) => e);
  if (stat instanceof Error) {
    if (stat.code === 'ENOTDIR') return { ok: false, folder, problem: 'not-a-folder' };
    if (stat.code !== 'ENOENT') return refusedBy(stat, folder);
    try {
      await fs.mkdir(folder, { recursive: true });
    } catch (e) {
      return refusedBy(e as NodeJS.ErrnoException, folder);
    }
  } else if (!stat.isDirectory()) {
    return { ok: false, folder, problem: 'not-a-folder' };
  }
  try {
    await fs.access(folder, constants.R_OK | constants.W_OK | constants.X_OK);
  } catch (e) {
    return refusedBy(e as NodeJS.ErrnoException, folder);
  }
  // the real path too: a link to one of a library's own folders is refused like the folder itself
  const real = await fs.realpath(folder).catch(() => folder);
  if (folderProblemOfPath(real)) return { ok: false, folder, problem: 'inside-kept-folder' };
  if (samePath(real, current)) return { ok: false, folder, problem: 'same-folder' };
  return { ok: true, folder };
}

function refusedBy(e: NodeJS.ErrnoException, folder: string): FolderCheck {
  if (e.code === 'ENOTDIR' || e.code === 'EEXIST') return { ok: false, folder, problem: 'not-a-folder' };
  if (e.code === 'EACCES' || e.code === 'EPERM' || e.code === 'EROFS') return { ok: false, folder, problem: 'not-writable' };
  return { ok: false, folder, problem: 'cannot-open', detail: e.message };
}

function samePath(a: string, b: string): boolean {
  const norm = (p: string) => (process.platform === 'win32' || process.platform === 'darwin' ? p.toLowerCase() : p);
  return norm(path.resolve(a)) === norm(path.resolve(b));
}
