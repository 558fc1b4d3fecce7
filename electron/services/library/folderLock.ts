// One writer at a time across processes and machines: a lock folder renamed into place, with safe stale-lock recovery.
import { AsyncLocalStorage } from 'node:async_hooks';
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import {
  LockBusyError,
  lockLost,
  OWNER_FILE,
  pidAlive,
  removeGivenBack,
  removeLockLeftovers,
  writeOwner,
  type HeldLock,
  type Owner,
} from './lockFolders';

export { lockLost, lockTakenError, type HeldLock } from './lockFolders';
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
 * - Given back: `.lock` is renamed to `.lock-new-<token>`, its `owner.json` removed (a folder given back holds
 *   no file), and kept as the next take's prepared folder for a moment (saves come every few hundred milliseconds
 *   while a reporter types): taking it again writes `owner.json` anew and renames it into place, instead of making
 *   two folders and, to give it back, removing three things each save.
 */
export const LOCK_FOLDER = '.lock';

export interface LockOptions {
  /** How long an unchanging lock of another process (on another machine) is waited for before it is taken as stale. */
  leaseMs?: number;
  /** How long a writer waits for the lock before it gives up with ELOCKED (a save is then held and retried). */
  waitMs?: number;
  /** How long the lock folder given back is kept for the next take before it is removed (0: removed at once, as a rarely written folder wants). */
  spareMs?: number;
  /**
   * How long the lock is kept after a task for the next one before it is given back (0: given back at once). A
   * reporter's saves come every few hundred milliseconds while she types: kept, they skip taking and giving it back.
   */
  holdMs?: number;
  /** The longest the lock is kept across tasks: then it is given back and left free for a moment, for another program waiting. */
  maxHoldMs?: number;
}

/** Saves come every 150 to 300 ms while a reporter types: a lock folder given back is kept this long for the next. */
const SPARE_MS = 2000;

/** A lock kept after a task: given back when no task comes for `holdMs`, or once it has been held `maxHoldMs`. */
const MAX_HOLD_MS = 1000;
/** After a lock held `maxHoldMs` is given back, this process waits this long before taking it again: longer than a waiting program's longest poll (200 ms), so it gets its turn. */
const FAIR_PAUSE_MS = 250;

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
  private readonly spareMs: number;
  /** The lock folder last given back (`.lock-new-<token>`), ready to be renamed into place again. */
  private spare: { token: string; timer: ReturnType<typeof setTimeout> } | undefined;
  private readonly holdMs: number;
  private readonly maxHoldMs: number;
  /** The lock kept after the last task (held, its heartbeat running), and when it was taken. */
  private kept:
    | {
        held: HeldLock & { token: string };
        since: number;
        heartbeat: ReturnType<typeof setInterval>;
        timer?: ReturnType<typeof setTimeout>;
      }
    | undefined;
  /** No take before this time (the lock was given back after `maxHoldMs`). */
  private notBefore = 0;

  constructor(
    readonly folder: string,
    options: LockOptions = {},
  ) {
    this.leaseMs = options.leaseMs ?? 5000;
    this.waitMs = options.waitMs ?? 10_000;
    this.spareMs = options.spareMs ?? SPARE_MS;
    this.holdMs = options.holdMs ?? 0;
    this.maxHoldMs = options.maxHoldMs ?? MAX_HOLD_MS;
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
      const kept = this.resumeKept() ?? (await this.take(options.waitMs ?? this.waitMs));
      const { held } = kept;
      this.holding = held;
      try {
        return await this.held.run(held, () => task(held));
      } finally {
        this.holding = undefined;
        // kept for the next task (answered at once), or given back before the caller is answered
        if (this.holdMs > 0 && Date.now() - kept.since < this.maxHoldMs && !lockLost(held)) this.keep(kept);
        else await this.giveBack(kept, this.holdMs > 0);
      }
    };
    const next = this.tail.then(run, run);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** The lock kept after the last task, if it is still ours (not taken away meanwhile as stale). */
  private resumeKept(): NonNullable<FolderLock['kept']> | undefined {
    const kept = this.kept;
    if (!kept) return undefined;
    clearTimeout(kept.timer);
    this.kept = undefined;
    if (lockLost(kept.held)) {
      clearInterval(kept.heartbeat);
      heldHere.delete(kept.held.token);
      return undefined;
    }
    return kept;
  }

  /** Takes the lock and starts its heartbeat (owner.json touched, so that a waiting program sees it alive). */
  private async take(waitMs: number): Promise<NonNullable<FolderLock['kept']>> {
    const pause = this.notBefore - Date.now();
    if (pause > 0) await sleep(pause);
    const held = await this.acquire(waitMs);
    const heartbeat = setInterval(
      () => void fs.utimes(path.join(held.tempFolder, OWNER_FILE), new Date(), new Date()).catch(() => undefined),
      Math.max(50, this.leaseMs / 5),
    );
    heartbeat.unref?.();
    return { held, since: Date.now(), heartbeat };
  }

  /** Keeps the lock for the next task; given back (in turn with the tasks) when none comes within `holdMs`. */
  private keep(kept: NonNullable<FolderLock['kept']>): void {
    this.kept = kept;
    kept.timer = setTimeout(() => void this.giveBackKept(), this.holdMs);
    kept.timer.unref?.();
  }

  /** Gives back the lock kept after the last task, if no task took it up meanwhile (in turn with the tasks). */
  private giveBackKept(): Promise<void> {
    const idle = async () => {
      const kept = this.kept;
      if (!kept) return;
      this.kept = undefined;
      await this.giveBack(kept, false);
    };
    const next = this.tail.then(idle, idle);
    this.tail = next.catch(() => undefined);
    return next;
  }

  /** Gives the lock back; `fair`: it was held to the end of `maxHoldMs`, so the next take waits a moment. */
  private async giveBack(kept: NonNullable<FolderLock['kept']>, fair: boolean): Promise<void> {
    clearInterval(kept.heartbeat);
    clearTimeout(kept.timer);
    if (fair) this.notBefore = Date.now() + FAIR_PAUSE_MS;
    await this.release(kept.held);
  }

  private async acquire(waitMs: number): Promise<HeldLock & { token: string }> {
    const started = Date.now();
    let pause = 5;
    // prepared once (or given back a moment ago), then renamed into place as often as it takes: waiting costs one rename per try
    const { t, prepared } = (await this.reuseSpare()) ?? (await this.prepare());
    let taken = false;
    try {
      for (;;) {
        try {
          heldHere.add(t);
          await fs.rename(prepared, this.lockPath);
          taken = true;
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
      if (!taken) await fs.rm(prepared, { recursive: true, force: true }).catch(() => undefined);
    }
  }

  /** A new `.lock-new-<token>/<token>/owner.json`. */
  private async prepare(): Promise<{ t: string; prepared: string }> {
    const t = token();
    const prepared = path.join(this.folder, `.lock-new-${t}`);
    // never recursive: a library folder that is gone (an unplugged drive) is not made again here
    await fs.mkdir(prepared);
    try {
      await fs.mkdir(path.join(prepared, t));
      await writeOwner(prepared, t);
    } catch (e) {
      await fs.rm(prepared, { recursive: true, force: true }).catch(() => undefined);
      throw e;
    }
    return { t, prepared };
  }

  /**
   * The folder given back a moment ago with a new `owner.json` (a new time: a program waiting for the lock sees
   * it changed), or undefined when there is none or it is not whole any more.
   */
  private async reuseSpare(): Promise<{ t: string; prepared: string } | undefined> {
    const spare = this.spare;
    if (!spare) return undefined;
    clearTimeout(spare.timer);
    this.spare = undefined;
    const prepared = path.join(this.folder, `.lock-new-${spare.token}`);
    try {
      await writeOwner(prepared, spare.token);
      return { t: spare.token, prepared };
    } catch {
      await fs.rm(prepared, { recursive: true, force: true }).catch(() => undefined);
      return undefined;
    }
  }

  /** Gives back a lock kept after the last task, and removes the folder given back (the library closed). */
  async close(): Promise<void> {
    await this.giveBackKept();
    await this.removeSpare();
  }

  /** Removes the folder given back, if it is still kept (the lock idle for `spareMs`). */
  private async removeSpare(): Promise<void> {
    const spare = this.spare;
    if (!spare) return;
    clearTimeout(spare.timer);
    this.spare = undefined;
    await fs.rm(path.join(this.folder, `.lock-new-${spare.token}`), { recursive: true, force: true }).catch(() => undefined);
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
    if (this.spareMs <= 0) {
      const gone = path.join(this.folder, `.lock-gone-${held.token}`);
      try {
        await fs.rename(this.lockPath, gone);
      } catch {
        return;
      }
      await removeGivenBack(gone, held.token);
      return;
    }
    // given back by one rename, and kept as the next take's prepared folder (see the top of this file)
    const spare = path.join(this.folder, `.lock-new-${held.token}`);
    try {
      await fs.rename(this.lockPath, spare);
    } catch {
      return;
    }
    // emptied before the task's caller is answered: no file of the lock is left in the folder meanwhile
    await fs.unlink(path.join(spare, held.token, OWNER_FILE)).catch(() => undefined);
    const timer = setTimeout(() => void this.removeSpare(), this.spareMs);
    timer.unref?.();
    this.spare = { token: held.token, timer };
  }

  /** Removes what crashed writers left (prepared, given back or moved-away lock folders) once they are old. */
  removeLeftovers(olderThanMs = 60_000): Promise<void> {
    return removeLockLeftovers(this.folder, olderThanMs);
  }
}
