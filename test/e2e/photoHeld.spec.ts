// A photo dropped while the disk is full: kept in memory, the strip says so in Chinese, and it is stored by itself once space is freed.
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newStory, serializeStory } from '../../shared/index';
import { noisy } from '../unit/helpers/photoFiles';
import { dropFiles } from './dropFiles';
import { expect, startHost, test } from './fixtures';
import { fillDisk, mountSmallDisk, unmountSmallDisk } from '../unit/helpers/smallDisk';

test('磁盘已满时拖进的照片先暂存在内存里，照样显示；腾出空间后自动存入稿库', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const disk = mountSmallDisk('e2e-held-photo-');
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
    const filler = fillDisk(disk as string);
    const bytes = await noisy(300, 200).jpeg({ quality: 95 }).toBuffer();
    await dropFiles(page, page.locator('.field-body'), [{ name: 'IMG_0420.jpg', type: 'image/jpeg', bytes }]);
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
    unmountSmallDisk(disk as string);
  }
});
