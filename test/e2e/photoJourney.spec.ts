// Issue 16 from end to end, in Chinese: two photos dropped on a story, one captioned in Pinyin, reordered; the page exported with them as a .zip and a folder; the proof's PDF holds them.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import sharp from 'sharp';
import { newStory, readStoryFile, serializeBulletin, serializeStory, type Bulletin, type Story } from '../../shared/index';
import { halves } from '../unit/helpers/photoFiles';
import { dropFiles } from './dropFiles';
import { expect, startHost, test } from './fixtures';
import { composePinyin } from './ime';

const PAGE_NAME = '二七报-第3版-2026-12-05';

function onDisk(file: string): Story {
  const r = readStoryFile(readFileSync(file, 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

test('两张照片拖进稿件、拼音写图片说明、调换顺序，整版连图导出为 .zip 和文件夹，校样 PDF 里有这两张图', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang; Electron asks with its own dialogs');
  const host = await startHost({ lang: 'zh-CN' });
  const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1400, height: 1000 }, acceptDownloads: true });
  try {
    const story = newStory(
      {
        headline: '社区义诊进小区',
        body: [{ type: 'paragraph', text: '6月2日，东湖街道组织医生走进小区，为老人免费测量血压。' }],
        byline: [{ role: '记者', names: ['张明'], credit: '文/图' }],
      },
      { id: 'e2e-journey-story' },
    );
    const file = path.join(host.library, 'journey.story.json');
    writeFileSync(file, serializeStory(story));
    const bulletin: Bulletin = {
      format: 'bulletin-desk/bulletin',
      version: 1,
      id: 'e2e-journey-page',
      title: '二七报 第3版',
      date: '2026-12-05',
      houseStyle: 'default',
      stories: [story.id],
      createdAt: '2026-12-05T08:00:00.000Z',
      updatedAt: '2026-12-05T08:00:00.000Z',
    };
    writeFileSync(path.join(host.library, 'journey.bulletin.json'), serializeBulletin(bulletin));
    const wide = await halves(1600, 1200).jpeg().toBuffer();
    const tall = await halves(900, 1200).png().toBuffer();

    const page = await context.newPage();
    await page.goto(host.url);
    await page.getByRole('listbox').getByText('社区义诊进小区').first().click();
    const strip = page.getByRole('region', { name: '图片', exact: true });
    await dropFiles(page, page.locator('.field-body'), [
      { name: 'yizhen-1.jpg', type: 'image/jpeg', bytes: wide },
      { name: 'yizhen-2.png', type: 'image/png', bytes: tall },
    ]);
    await expect(strip).toContainText('已添加 2 张照片。');
    const cards = page.locator('.photo-card');
    await expect(cards).toHaveCount(2);

    // the first photo's caption in Pinyin, then it goes after the second
    await page.getByRole('textbox', { name: '图片说明 1', exact: true }).click();
    await composePinyin(page, 'yishengceliangxueya', '医生测量血压');
    await page.keyboard.type('。');
    await cards.nth(0).focus();
    await page.keyboard.press('Alt+ArrowRight');
    await expect(page.getByRole('textbox', { name: '图片说明 2', exact: true })).toHaveValue('医生测量血压。');
    await expect.poll(() => onDisk(file).photos.map((p) => p.caption)).toEqual(['', '医生测量血压。']);
    const [first, second] = onDisk(file).photos;

    // the page with its photos, as a .zip: the photos in their new order, the caption after the story
    await page.getByRole('button', { name: /^二七报 第3版/ }).click();
    await page.getByRole('button', { name: /导出整版（含图片）/ }).click();
    const dialog = page.getByRole('dialog');
    const anyway = dialog.getByRole('button', { name: /仍然导出/ });
    if (await anyway.isVisible()) await anyway.click();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      dialog.getByRole('button', { name: '导出', exact: true }).click(),
    ]);
    const zip = unzipSync(readFileSync(await download.path()));
    expect(Object.keys(zip).sort()).toEqual(['01-1.png', '01-2.jpg', 'captions.txt', `${PAGE_NAME}.txt`]);
    expect(await sharp(Buffer.from(zip['01-1.png'] as Uint8Array)).metadata()).toMatchObject({ width: 900, height: 1200 });
    expect(Buffer.from(zip['01-2.jpg'] as Uint8Array).equals(wide)).toBe(true);
    expect(Buffer.from(zip[`${PAGE_NAME}.txt`] as Uint8Array).toString('utf8')).toContain(
      '记者 张明 文/图\n\n记者 张明 摄\n\n医生测量血压。 记者 张明 摄\n',
    );
    expect(first?.file.endsWith('.png') && second?.file.endsWith('.jpg')).toBe(true);

    // and as a folder
    const into = mkdtempSync(path.join(tmpdir(), 'e2e-journey-'));
    await dialog.getByRole('radio', { name: /文件夹/ }).check();
    await dialog.getByRole('textbox').fill(into);
    await dialog.getByRole('button', { name: '导出', exact: true }).click();
    await expect(dialog.locator('.export-outcome')).toContainText(path.join(into, PAGE_NAME), { timeout: 30_000 });
    expect(readdirSync(path.join(into, PAGE_NAME)).sort()).toEqual(['01-1.png', '01-2.jpg', 'captions.txt', `${PAGE_NAME}.txt`]);
    await dialog.getByRole('button', { name: '关闭', exact: true }).click();

    // the proof shows both photos with their captions, and its PDF holds them
    await page.locator('main').getByRole('button', { name: /校样/ }).first().click();
    const photos = page.locator('.proof-photo img');
    await expect(photos).toHaveCount(2);
    await expect
      .poll(() => photos.evaluateAll((imgs) => imgs.every((i) => (i as unknown as { naturalWidth: number }).naturalWidth > 0)))
      .toBe(true);
    const pdfFolder = mkdtempSync(path.join(tmpdir(), 'e2e-journey-pdf-'));
    writeFileSync(path.join(pdfFolder, 'proof.pdf'), await page.pdf({ format: 'A4', preferCSSPageSize: true }));
    const list = execFileSync('pdfimages', ['-list', path.join(pdfFolder, 'proof.pdf')], { encoding: 'utf8' });
    expect(list.split('\n').filter((l) => /^\s*\d+\s+\d+\s+image\b/.test(l))).toHaveLength(2);
  } finally {
    await context.close();
    await host.stop();
  }
});
