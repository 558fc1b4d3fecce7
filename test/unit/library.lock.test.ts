// The cross-process lock of a library: one holder, stale locks recovered in seconds, a holder judged stale fenced out.
import { spawn } from 'node:child_process';
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { newStory } from '../../shared/index';
import { FolderLock, LOCK_FOLDER } from '../../electron/services/library/folderLock';
import { Library } from '../../electron/services/library/library';
import { replaceFile } from '../../electron/services/library/storage';
import { ROOT } from './helpers/serveProcess';

const folder = () => mkdtempSync(path.join(tmpdir(), 'lock-'));
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Every file below a folder (folders left out): what a program comparing the library's contents sees. */
const filesBelow = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => !e.isDirectory())
    .map((e) => e.name);

const readOwner = (tempFolder: string) =>
  JSON.parse(readFileSync(path.join(tempFolder, 'owner.json'), 'utf8')) as { token: string; at: string };

/** A lock as another process on another machine would leave it. */
function foreignLock(dir: string, host = 'laptop-of-the-desk', pid = 4242): string {
  const token = 'f0f0f0f0f0f0f0f0';
  mkdirSync(path.join(dir, LOCK_FOLDER, token), { recursive: true });
  const owner = path.join(dir, LOCK_FOLDER, token, 'owner.json');
  writeFileSync(owner, JSON.stringify({ host, pid, token, at: new Date().toISOString() }));
  return owner;
}

describe('the library lock', () => {
  it('lets one task of one process hold it at a time, and leaves nothing behind once closed', async () => {
    const dir = folder();
    const a = new FolderLock(dir);
    const b = new FolderLock(dir); // as a second program would
    let inside = 0;
    let most = 0;
    const work = (lock: FolderLock) =>
      lock.run(async () => {
        inside++;
        most = Math.max(most, inside);
        await sleep(5);
        inside--;
      });
    await Promise.all(Array.from({ length: 20 }, (_, i) => work(i % 2 ? a : b)));
    expect(most).toBe(1);
    // each program keeps the lock folder it gave back, with no file in it, for its next take
    expect(filesBelow(dir)).toEqual([]);
    await Promise.all([a.close(), b.close()]);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('gives the lock back by one rename and takes the same folder again, with a new owner.json; removes it once idle', async () => {
    const dir = folder();
    const lock = new FolderLock(dir, { spareMs: 300 });
    const inPlace = () =>
      lock.run(async (held) => ({ folder: lstatSync(path.join(dir, LOCK_FOLDER)).ino, owner: readOwner(held.tempFolder) }));
    const first = await inPlace();
    const [given] = readdirSync(dir);
    expect(given).toMatch(/^\.lock-new-[0-9a-f]+$/);
    expect(filesBelow(dir)).toEqual([]); // nothing of the library's contents changes while it is kept
    await sleep(20);
    const second = await inPlace();
    expect(second.folder).toBe(first.folder);
    expect(second.owner.token).toBe(first.owner.token);
    expect(Date.parse(second.owner.at)).toBeGreaterThan(Date.parse(first.owner.at));
    await expect.poll(() => readdirSync(dir), { timeout: 3000 }).toEqual([]);
  });

  it('lets another program take the lock while a folder given back is kept', async () => {
    const dir = folder();
    const a = new FolderLock(dir);
    await a.run(async () => undefined);
    const started = Date.now();
    await new FolderLock(dir, { spareMs: 0 }).run(async () => undefined);
    expect(Date.now() - started).toBeLessThan(1000);
    await a.run(async () => undefined); // and takes it again afterwards
    await a.close();
    expect(readdirSync(dir)).toEqual([]);
  });

  it('removes an old folder a crash left, but not one given back and taken a moment ago (judged by its token’s folder)', async () => {
    const dir = folder();
    const lock = new FolderLock(dir);
    await lock.run(async () => undefined);
    const [given] = readdirSync(dir) as [string];
    const old = new Date(Date.now() - 120_000);
    utimesSync(path.join(dir, given), old, old); // the folder made long ago, taken again since
    mkdirSync(path.join(dir, '.lock-new-00112233aabbccdd', '00112233aabbccdd'), { recursive: true });
    utimesSync(path.join(dir, '.lock-new-00112233aabbccdd', '00112233aabbccdd'), old, old);
    utimesSync(path.join(dir, '.lock-new-00112233aabbccdd'), old, old);
    await lock.removeLeftovers();
    expect(readdirSync(dir)).toEqual([given]);
    await lock.run(async () => undefined); // the folder given back is still whole
    await lock.close();
  });

  it('is reentrant within a task, so a save under the lock may take a snapshot under it too', async () => {
    const lock = new FolderLock(folder());
    await expect(lock.run(() => lock.run(async () => 'inner'))).resolves.toBe('inner');
  });

  it('takes over at once a lock whose process on this machine is gone (killed while holding it)', async () => {
    const dir = folder();
    const script = `import { FolderLock } from './electron/services/library/folderLock.ts';
const lock = new FolderLock(${JSON.stringify(dir)});
await lock.run(async () => { console.log('held'); await new Promise(() => setInterval(() => {}, 1000)); });`;
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await new Promise<void>((resolve) => child.stdout.once('data', () => resolve()));
    expect(existsSync(path.join(dir, LOCK_FOLDER))).toBe(true);
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    const started = Date.now();
    await new FolderLock(dir, { leaseMs: 60_000 }).run(async () => undefined);
    expect(Date.now() - started).toBeLessThan(1000);
  }, 30_000);

  it('waits for a live lock of another machine (touched by its holder), and gives up with ELOCKED after its wait', async () => {
    const dir = folder();
    const owner = foreignLock(dir);
    const touch = setInterval(() => utimesSync(owner, new Date(), new Date()), 50);
    try {
      await expect(new FolderLock(dir, { leaseMs: 400, waitMs: 1200 }).run(async () => 'never')).rejects.toMatchObject({ code: 'ELOCKED' });
      expect(existsSync(owner)).toBe(true);
    } finally {
      clearInterval(touch);
    }
  });

  it('takes a lock of another machine that stopped changing for the lease (a crashed laptop) as stale', async () => {
    const dir = folder();
    foreignLock(dir);
    const started = Date.now();
    const lock = new FolderLock(dir, { leaseMs: 300 });
    await lock.run(async () => undefined);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(Date.now() - started).toBeLessThan(3000);
    await lock.close(); // the folder it gave back, kept for its next take
    expect(readdirSync(dir)).toEqual([]);
  });

  it('fences out a holder whose lock was taken away: its write fails and the file keeps the other writer’s text', async () => {
    const dir = folder();
    const target = path.join(dir, 'a.story.json');
    writeFileSync(target, 'first');
    const slow = new FolderLock(dir);
    let release: () => void = () => undefined;
    const paused = new Promise<void>((r) => (release = r));
    let heldOnce: () => void = () => undefined;
    const holding = new Promise<void>((r) => (heldOnce = r));
    const slowWrite = slow.run(async (held) => {
      heldOnce();
      await paused; // frozen (a laptop asleep) while another program judges its lock stale
      await replaceFile(target, 'the slow writer’s stale text', held.tempFolder);
    });
    await holding;
    // another program breaks the lock (as after the lease) and writes
    renameSync(path.join(dir, LOCK_FOLDER), path.join(dir, '.lock-gone-0123456789abcdef'));
    await new FolderLock(dir).run((held) => replaceFile(target, 'the other program’s text', held.tempFolder));
    release();
    await expect(slowWrite).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readFileSync(target, 'utf8')).toBe('the other program’s text');
  });

  it('moves a file or a link named .lock away instead of following it', async () => {
    const dir = folder();
    writeFileSync(path.join(dir, LOCK_FOLDER), 'someone’s file');
    await new FolderLock(dir).run(async () => undefined);
    expect(existsSync(path.join(dir, LOCK_FOLDER))).toBe(false);
  });
});

describe('the catalog written while the lock is held', () => {
  it('never waits for a catalog write queued behind the task that asks (bulletin save, trash, restore)', async () => {
    const library = new Library(folder());
    await library.open();
    await library.add(newStory({ headline: '让目录变脏' })); // the catalog has something to write
    let entered!: () => void;
    const inside = new Promise<void>((resolve) => (entered = resolve));
    const holder = library.lock.run(async () => {
      entered();
      await sleep(50);
      await library.persistIndex(); // waited for the write below, which waits for this very task: a deadlock before
      return 'done';
    });
    await inside;
    const outside = library.persistIndex(); // another moment's write (a timer's), waiting for the lock
    expect(await Promise.race([holder, sleep(5000).then(() => 'stuck')])).toBe('done');
    await outside;
    expect(existsSync(path.join(library.folder, '.index.json'))).toBe(true);
    // a timer set inside a task that ended no longer counts as holding the lock
    expect(library.lock.heldHere()).toBeUndefined();
  });
});
