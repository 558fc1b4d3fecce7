// The library lock kept between a reporter's saves: taken once for a burst, given back when idle, fair to another program.
import { lstatSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FolderLock, LOCK_FOLDER } from '../../electron/services/library/folderLock';

const folder = () => mkdtempSync(path.join(tmpdir(), 'lock-kept-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const owner = (tempFolder: string) =>
  JSON.parse(readFileSync(path.join(tempFolder, 'owner.json'), 'utf8')) as { token: string; at: string };

describe('the library lock kept between saves', () => {
  it('is taken once for tasks that follow each other, given back once idle, and gone when closed', async () => {
    const dir = folder();
    const lock = new FolderLock(dir, { holdMs: 300 });
    const seen: { ino: number; at: string }[] = [];
    for (let i = 0; i < 5; i++) {
      await lock.run(async (held) => {
        seen.push({ ino: lstatSync(path.join(dir, LOCK_FOLDER)).ino, at: owner(held.tempFolder).at });
      });
      // between tasks the lock stays in place (a program looking in sees it held, alive)
      expect(readdirSync(dir)).toEqual([LOCK_FOLDER]);
    }
    // one take: the same folder and the same owner file throughout
    expect(new Set(seen.map((s) => `${s.ino} ${s.at}`)).size).toBe(1);
    // idle: given back (its folder kept a moment for the next take, then removed)
    await expect.poll(() => readdirSync(dir).filter((n) => n === LOCK_FOLDER), { timeout: 3000 }).toEqual([]);
    await lock.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('is given back at once when the library closes', async () => {
    const dir = folder();
    const lock = new FolderLock(dir, { holdMs: 60_000 });
    await lock.run(async () => undefined);
    expect(readdirSync(dir)).toEqual([LOCK_FOLDER]);
    await lock.close();
    expect(readdirSync(dir)).toEqual([]);
    // and taken again afterwards as before
    await lock.run(async () => undefined);
    await lock.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('lets another program waiting for it in while this one writes without a pause', async () => {
    const dir = folder();
    const busy = new FolderLock(dir, { holdMs: 400, maxHoldMs: 300 });
    const other = new FolderLock(dir, { spareMs: 0, waitMs: 10_000 });
    let writing = true;
    let tasks = 0;
    const loop = (async () => {
      // saves back to back for a while: a reporter typing without a pause
      for (let i = 0; i < 400 && writing; i++) {
        await busy.run(async () => {
          tasks++;
          await sleep(5);
        });
      }
    })();
    await sleep(50);
    let tasksBefore = -1;
    await other.run(async () => {
      tasksBefore = tasks;
    });
    const stillWriting = writing;
    writing = false;
    await loop;
    await Promise.all([busy.close(), other.close()]);
    // the other program got in while the busy one was still writing, not after it stopped
    expect(stillWriting).toBe(true);
    expect(tasksBefore).toBeGreaterThan(0);
    expect(tasks).toBeGreaterThan(tasksBefore);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('takes a new lock when the one it kept was taken away meanwhile (judged stale by another machine)', async () => {
    const dir = folder();
    const lock = new FolderLock(dir, { holdMs: 60_000 });
    let first = '';
    await lock.run(async (held) => {
      first = held.tempFolder;
    });
    // another machine moved the lock away whole and removed it
    renameSync(path.join(dir, LOCK_FOLDER), path.join(dir, '.lock-gone-0011223344556677'));
    rmSync(path.join(dir, '.lock-gone-0011223344556677'), { recursive: true });
    let second = '';
    await lock.run(async (held) => {
      second = held.tempFolder;
      expect(lstatSync(held.tempFolder).isDirectory()).toBe(true);
    });
    expect(second).not.toBe(first);
    await lock.close();
    expect(readdirSync(dir)).toEqual([]);
  });
});
