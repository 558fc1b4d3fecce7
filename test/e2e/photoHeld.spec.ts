// A photo dropped while the disk is full: kept in memory, the strip says so in Chinese, and it is stored by itself once space is freed.
import { execFileSync } from 'node:child_process';
import { closeSync, mkdirSync, mkdtempSync, openSync, readdirSync, rmSync, unlinkSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { newStory, serializeStory } from '../../shared/index';
import { noisy } from '../unit/helpers/photoFiles';
import { expect, startHost, test } from './fixtures';

/** A 1 MiB file system of its own, or null where this machine does not let the tests mount one (not root). */
function mountSmallDisk(): string | null {
  const dir = mkdtempSync(path.join(tmpdir(), 'e2e-held-photo-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=1m', 'tmpfs', dir], { stdio: 'ignore' });
    return dir;
  } catch {
    rmSync(dir, { recursive: true, force: true });
    return null;
  }
}

/** Fills the file system holding `dir` until it refuses with ENOSPC. */
function fill(dir: string): string {
  const filler = path.join(dir, '.filler');
  const fd = openSync(filler, 'w');
  const chunk = Buffer.alloc(4096, 0x20);
  try {
    for (;;) writeSync(fd, chunk);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
  } finally {
    closeSync(fd);
  }
  return filler;
}

async function dropFile(page: Page, target: Locator, file: { name: string; type: string; bytes: Buffer }): Promise<void> {
  const transfer = await page.evaluateHandle(
    (f) => {
      const w = globalThis as unknown as {
        DataTransfer: new () => { items: { add(f: unknown): void } };
        File: new (parts: Uint8Array[], name: string, o: { type: string }) => unknown;
        atob(text: string): string;
      };
      const dt = new w.DataTransfer();
      dt.items.add(new w.File([Uint8Array.from(w.atob(f.base64), (c) => c.charCodeAt(0))], f.name, { type: f.type }));
      return dt;
    },
    { name: file.name, type: file.type, base64: file.bytes.toString('base64') },
  );
  for (const event of ['dragenter', 'dragover', 'drop']) await target.dispatchEvent(event, { dataTransfer: transfer });
}

test('磁盘已满时拖进的照片先暂存在内存里，照样显示；腾出空间后自动存入稿库', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const disk = mountSmallDisk();
  test.skip(!disk, 'this machine does not let the tests mount a tmpfs (run as root, as CI does)');
  const library = path.join(disk as string, 'library');
  mkdirSync(library);
  const story = newStory({ headline: '社区义诊进小区', byline: [{ role: '记者', names: ['张明'], credit: '文/图' }] }, { id: 'e2e-held' });
  writeFileSync(path.join(library, 'held.story.json'), serializeStory(story));
  const host = await startHost({ lang: 'zh-CN', library });
  const context = await browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('listbox').getByText('社区义诊进小区').first().click();
    const strip = page.getByRole('region', { name: '图片', exact: true });
    await expect(strip).toBeVisible();
    const filler = fill(disk as string);
    await dropFile(page, page.locator('.field-body'), {
      name: 'IMG_0420.jpg',
      type: 'image/jpeg',
      bytes: await noisy(300, 200).jpeg({ quality: 95 }).toBuffer(),
    });
    // on the story, its thumbnail made from memory, and the strip says where it is
    await expect(page.locator('.photo-card')).toHaveCount(1);
    await expect(page.locator('.photo-card img')).toHaveJSProperty('complete', true);
    await expect(strip).toContainText('磁盘已满：照片“IMG_0420.jpg”先暂存在内存里，腾出空间后会自动存入稿库。');
    unlinkSync(filler);
    await expect(strip).toContainText('照片“IMG_0420.jpg”已存入稿库。', { timeout: 30_000 });
    expect(readdirSync(path.join(library, 'photos'))).toHaveLength(1);
  } finally {
    await context.close();
    await host.stop();
    execFileSync('umount', [disk as string]);
    rmSync(disk as string, { recursive: true, force: true });
  }
});
