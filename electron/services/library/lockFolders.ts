// The lock's folders on disk: its owner file, a folder given back removed, what crashed writers left; who holds it and its errors.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lstatQuiet } from './safeRead';

export const OWNER_FILE = 'owner.json';
const LEFTOVER = /^\.lock-(new|gone)-[0-9a-f]+$/;

export interface Owner {
  host: string;
  pid: number;
  token: string;
  at: string;
}

/** Writes the owner file of token `t` in a prepared lock folder (never over one: a folder not ours fails). */
export async function writeOwner(prepared: string, t: string): Promise<void> {
  const owner: Owner = { host: os.hostname(), pid: process.pid, token: t, at: new Date().toISOString() };
  await fs.writeFile(path.join(prepared, t, OWNER_FILE), JSON.stringify(owner), { flag: 'wx' });
}

/** Removes a lock folder given back: what it holds is known (owner.json), so three calls, not a recursive walk. */
export async function removeGivenBack(folder: string, t: string): Promise<void> {
  try {
    await fs.unlink(path.join(folder, t, OWNER_FILE));
    await fs.rmdir(path.join(folder, t));
    await fs.rmdir(folder);
  } catch {
    // something more in it (a temp file a failed write left): removed whole
    await fs.rm(folder, { recursive: true, force: true }).catch(() => undefined);
  }
}

/**
 * Removes what crashed writers left (prepared, given back or moved-away lock folders) once they are old. A folder
 * given back and taken again keeps its first time; its token's folder, changed at each take, tells its age.
 */
export async function removeLockLeftovers(folder: string, olderThanMs: number): Promise<void> {
  for (const name of await fs.readdir(folder).catch(() => [] as string[])) {
    if (!LEFTOVER.test(name)) continue;
    const stat = lstatQuiet(path.join(folder, name));
    const t = name.replace(/^\.lock-(new|gone)-/, '');
    let inner;
    try {
      inner = lstatQuiet(path.join(folder, name, t));
    } catch {
      // not a folder of ours (ENOTDIR): judged by its own time
    }
    const newest = Math.max(stat?.mtimeMs ?? 0, inner?.mtimeMs ?? 0);
    if (stat && Date.now() - newest > olderThanMs)
      await fs.rm(path.join(folder, name), { recursive: true, force: true }).catch(() => undefined);
  }
}

/** What a writer holds: the folder its temp files go in, so that its writes fail once the lock is taken away. */
export interface HeldLock {
  readonly tempFolder: string;
}

/** True when the lock was taken away from this holder (judged stale): its writes fail, and it says so. */
export function lockLost(held: HeldLock): boolean {
  return !lstatQuiet(held.tempFolder);
}

/** The error a writer whose lock was taken away meets: a fault that may pass (the save is held and tried again). */
export function lockTakenError(): Error {
  return Object.assign(new Error('another program took over the library while this one was slow'), { code: 'ELOCKED' });
}

export class LockBusyError extends Error {
  readonly code = 'ELOCKED';
  constructor(readonly owner: Partial<Owner> | undefined) {
    super(`another program${owner?.host ? ` (${owner.host}, process ${owner.pid})` : ''} is writing to the library`);
    this.name = 'LockBusyError';
  }
}

export function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}
