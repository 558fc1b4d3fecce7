// One writer at a time across processes and machines: a lock folder renamed into place, with safe stale-lock recovery.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { lstatQuiet, readRegularFile } from './safeRead';

/**
 * The lock of a folder is a folder `.lock` holding one folder named by its holder's token, which holds `owner.json`
 * (host, pid, time) and the holder's temp files. See docs/DESIGN.md, "One writer at a time", for why it is safe:
 *
 * - Taking it: the holder prepares `.lock-new-<token>/<token>/owner.json`, then renames that folder to `.lock`.
 *   A rename onto a folder that is not empty fails, on local disks, NFS and SMB alike: one holder at a time.
 * - Fencing: every write made under the lock is a rename (or link) of a temp file from `.lock/<token>/`. When the
 *   lock was taken away from a holder (judged stale while it was only slow), `.lock/<token>/` no longer exists
 *   and its write fails; it can never land after another holder read the file.
 * - Stale: the owner is on this host and its process is gone, or `owner.json` (touched every second by a live
 *   holder) has not changed for `leaseMs` of this process's own clock (no clocks of two machines are compared).
 *   A stale lock is renamed away whole and removed; whoever held it is fenced out.
 */
export const LOCK_FOLDER = '.lock';
const OWNER_FILE = 'owner.json';
const LEFTOVER = /^\.lock-(new|gone)-[0-9a-f]+$/;

export interface LockOptions {
  /** How long an unchanging lock of another process (on another machine) is waited for before it is taken as stale. */
  leaseMs?: number;
  /** How long a writer waits for the lock before it gives up with ELOCKED (a save is then held and retried). */
  waitMs?: number;
}

interface Owner {
  host: string;
  pid: number;
  token: string;
  at: string;
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

class LockBusyError extends Error {
  readonly code = 'ELOCKED';
  constructor(readonly owner: Partial<Owner> | undefined) {
    super(`another program${owner?.host ? ` (${owner.host}, process ${owner.pid})` : ''} is writing to the library`);
    this.name = 'LockBusyError';
  }
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** The tokens this process holds now (every FolderLock of it): a lock of this process is stale only when none holds it. */
const heldHere = new Set<string>();

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
const token = () => randomBytes(8).toString('hex');

export class FolderLock {
  private readonly held = new AsyncLocalStorage<HeldLock>();
  private tail: Promise<unknown> = Promise.resolve();
  /** The lock as this process holds it now (a timer set inside a task inherits its context after it ended). */
  private holding: HeldLock | undefined;
  private readonly leaseMs: number;
  private readonly waitMs: number;
  /** The lock of another process as first seen, to tell a live one (owner.json touched) from a stale one. */
  private seen: { key: string; since: number } | undefined;

  constructor(
    readonly folder: string,
    options: LockOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 5000;
    this.waitMs = options.waitMs ?? 10_000;
  }

  private get lockPath(): string {
    return path.join(this.folder, LOCK_FOLDER);
  }

  /** The lock when the task running here holds it now; undefined otherwise (a task that waits for the lock would wait for this one). */
  heldHere(): HeldLock | undefined {
    const mine = this.held.getStore();
    return mine !== undefined && mine === this.holding ? mine : undefined;
  }

  /** Runs `task` holding the lock (at once when this task already holds it); one task of this process at a time. */
  run<T>(task: (held: HeldLock) => Promise<T>, options: { waitMs?: number } = {}): Promise<T> {
    const mine = this.heldHere();
    if (mine) return task(mine);
    const run = async () => {
      const held = await this.acquire(options.waitMs ?? this.waitMs);
      this.holding = held;
      const heartbeat = setInterval(
        () => void fs.utimes(path.join(held.tempFolder, OWNER_FILE), new Date(), new Date()).catch(() => undefined),
        Math.max(50, this.leaseMs / 5),
      );
      heartbeat.unref?.();
      try {
        return await this.held.run(held, () => task(held));
      } finally {
        this.holding = undefined;
        clearInterval(heartbeat);
        await this.release(held);
      }
    };
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => undefined);
    return next;
  }

  private async acquire(waitMs: number): Promise<HeldLock & { token: string }> {
    const started = Date.now();
    let pause = 5;
    // prepared once, then renamed into place as often as it takes: waiting costs one rename per try
    const t = token();
    const prepared = path.join(this.folder, `.lock-new-${t}`);
    const owner: Owner = { host: os.hostname(), pid: process.pid, token: t, at: new Date().toISOString() };
    // never recursive: a library folder that is gone (an unplugged drive) is not made again here
    await fs.mkdir(prepared);
    try {
      await fs.mkdir(path.join(prepared, t));
      await fs.writeFile(path.join(prepared, t, OWNER_FILE), JSON.stringify(owner));
      for (;;) {
        try {
          heldHere.add(t);
          await fs.rename(prepared, this.lockPath);
          this.seen = undefined;
          return { token: t, tempFolder: path.join(this.lockPath, t) };
        } catch (e) {
          heldHere.delete(t);
          const code = (e as NodeJS.ErrnoException).code;
          if (code !== 'ENOTEMPTY' && code !== 'EEXIST' && code !== 'ENOTDIR' && code !== 'EPERM' && code !== 'EACCES' && code !== 'EBUSY')
            throw e;
          if (code === 'EACCES' && !lstatQuiet(this.lockPath)) throw e; // the folder itself cannot be written
        }
        const current = await this.current();
        if (current.stale) await this.breakLock();
        else if (Date.now() - started > waitMs) throw new LockBusyError(current.owner);
        else {
          await sleep(pause + Math.random() * pause);
          pause = Math.min(pause * 2, 100);
        }
      }
    } finally {
      // renamed into place, it is gone from here; otherwise it is removed
      await fs.rm(prepared, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** Who holds the lock now, and whether that lock is stale. */
  private async current(): Promise<{ stale: boolean; owner?: Partial<Owner> }> {
    const stat = lstatQuiet(this.lockPath);
    if (!stat) return { stale: false };
    // a file or a link named .lock is no lock of ours: moved away (never followed)
    if (!stat.isDirectory() || stat.isSymbolicLink()) return { stale: true };
    const names = await fs.readdir(this.lockPath).catch(() => [] as string[]);
    let owner: Partial<Owner> | undefined;
    let ownerMtime = 0;
    for (const name of names) {
      const file = path.join(this.lockPath, name, OWNER_FILE);
      try {
        owner = JSON.parse((await readRegularFile(file, { maxBytes: 4096 })).toString('utf8')) as Partial<Owner>;
        ownerMtime = lstatQuiet(file)?.mtimeMs ?? 0;
        break;
      } catch {
        // being written or removed: judged by the lease below
      }
    }
    if (owner?.host === os.hostname() && typeof owner.pid === 'number' && owner.pid !== process.pid && !pidAlive(owner.pid))
      return { stale: true, owner };
    // a lock of this very process that none of its tasks holds (left by a failure mid-release): stale
    if (owner?.host === os.hostname() && owner.pid === process.pid && owner.token && !heldHere.has(owner.token))
      return { stale: true, owner };
    const key = `${stat.ino}:${names.join(',')}:${ownerMtime}`;
    const now = Date.now();
    if (this.seen?.key !== key) this.seen = { key, since: now };
    return { stale: now - this.seen.since >= this.leaseMs, ...(owner ? { owner } : {}) };
  }

  /** Moves the lock away whole (whoever held it can no longer write) and removes it. */
  private async breakLock(): Promise<void> {
    this.seen = undefined;
    const gone = path.join(this.folder, `.lock-gone-${token()}`);
    try {
      await fs.rename(this.lockPath, gone);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw e;
    }
    await fs.rm(gone, { recursive: true, force: true }).catch(() => undefined);
  }

  private async release(held: HeldLock & { token: string }): Promise<void> {
    heldHere.delete(held.token);
    if (!lstatQuiet(held.tempFolder)) return; // taken away meanwhile: nothing of ours to release
    const gone = path.join(this.folder, `.lock-gone-${held.token}`);
    try {
      await fs.rename(this.lockPath, gone);
    } catch {
      return;
    }
    await fs.rm(gone, { recursive: true, force: true }).catch(() => undefined);
  }

  /** Removes what crashed writers left (prepared or moved-away lock folders) once they are old. */
  async removeLeftovers(olderThanMs = 60_000): Promise<void> {
    for (const name of await fs.readdir(this.folder).catch(() => [] as string[])) {
      if (!LEFTOVER.test(name)) continue;
      const stat = lstatQuiet(path.join(this.folder, name));
      if (stat && Date.now() - stat.mtimeMs > olderThanMs)
        await fs.rm(path.join(this.folder, name), { recursive: true, force: true }).catch(() => undefined);
    }
  }
}
