// The disk fills while a story is typed: a clear message, the text kept in the editor, saved once space is free.
// A small tmpfs where this machine lets us mount one; else the host's file-size limit (prlimit) as the full disk.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, unlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, startHost, test, type Host } from '../e2e/fixtures';
import { bodyText, field, readWhole, storyFiles } from './helpers';
import { fillDisk, mountSmallDisk } from '../unit/helpers/smallDisk';

/** A 1 MiB file system of its own; RELIABILITY_NO_MOUNT tries the write limit on a machine that could mount. */
const mountDisk = (): string | null => (process.env.RELIABILITY_NO_MOUNT ? null : mountSmallDisk('reliability-disk-'));

const FIRST = '县粮食局召开夏粮收购工作推进会。';
const MORE = '在全县十二个收购网点设立售粮专用通道，确保颗粒归仓。'.repeat(40);

test('a full disk during saves: a clear message, the text kept, saved once space is free', async ({ browser }) => {
  const disk = mountDisk();
  let host: Host | undefined;
  try {
    // the write limit where no file system can be mounted: the host's largest file is capped, then uncapped
    const library = disk ?? mkdtempSync(path.join(tmpdir(), 'reliability-limit-'));
    if (disk) mkdirSync(library, { recursive: true });
    host = await startHost({ library });
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(host.url);
    await page.keyboard.press('Control+n');
    await expect(field(page, 'Kicker')).toBeFocused();
    await page.keyboard.press('Enter');
    await page.keyboard.insertText('磁盘满了也不丢稿');
    await field(page, 'Body').click();
    await page.keyboard.insertText(FIRST);
    const status = page.getByRole('status');
    await expect(status).toContainText('Saved');
    const [file] = storyFiles(library);

    let free: () => void;
    if (disk) {
      const filler = fillDisk(disk);
      free = () => unlinkSync(filler);
    } else {
      const pid = String(host.process.pid);
      execFileSync('prlimit', ['--pid', pid, '--fsize=2048:unlimited']);
      free = () => execFileSync('prlimit', ['--pid', pid, '--fsize=unlimited:unlimited']);
    }
    await page.keyboard.insertText(MORE);
    // the reporter is told, in words, and keeps the text in the editor
    await expect(status).toContainText(disk ? 'Not saved: the disk is full; free some space and it will be saved' : 'Not saved', {
      timeout: 15_000,
    });
    await expect(field(page, 'Body')).toHaveText(FIRST + MORE);
    // the file on disk is the last version that fitted, whole
    expect(bodyText(readWhole(library, file as string))).toBe(FIRST);

    free();
    // the held save lands by itself (retries back off to at most 15 s)
    await expect(status).toContainText('Saved', { timeout: 30_000 });
    expect(bodyText(readWhole(library, file as string))).toBe(FIRST + MORE);
    expect(storyFiles(library)).toEqual([file]);
    await context.close();
  } finally {
    await host?.stop();
    if (disk) {
      execFileSync('umount', [disk]);
      rmSync(disk, { recursive: true, force: true });
    }
  }
});
