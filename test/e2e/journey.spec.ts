// A new user's whole way from a page to the paper, keyboard only, in both interface languages: import with a correction, bulletin, reorder, GB18030 + CRLF export, PDF proof.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { LIUAN_LINES, TAOWU_LINES } from '../pages';
import { pdfColumnsText } from './pdfText';
import { expect, startHost, test } from './fixtures';
import { storiesOnDisk } from './importPage';

/** A page typed for the paper: the first story's two title lines are read as headline and subheadline, though the first is its kicker. */
const PAGE = [
  '三项举措护航夏粮收购',
  '',
  '县粮食局压实责任为农户办实事',
  '',
  '本报讯 6月2日，县粮食局召开夏粮收购工作推进会。',
  '',
  '记者 李明',
  '',
  ...LIUAN_LINES,
  '',
  ...TAOWU_LINES,
  '',
].join('\n');

/** The three stories as the paper's layout writes them once the first one's titles are corrected. */
const LAID_OUT = [
  ['三项举措护航夏粮收购', '县粮食局压实责任为农户办实事', '本报讯 6月2日，县粮食局召开夏粮收购工作推进会。', '记者 李明'],
  [
    '柳岸街道',
    '老旧小区加装电梯签约仪式举行',
    '本报讯 3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。',
    '首批六个楼栋的居民代表现场签约。',
    '记者 杜望舒',
  ],
  [
    '桃坞村',
    '秋收农产品展销会开幕',
    '本报4月5日讯 当天，桃坞村秋收农产品展销会在村文化礼堂开幕。',
    '展销会汇集了周边十余家合作社的产品。',
    '实习生 卜一凡',
  ],
].map((blocks) => blocks.join('\n\n'));
const HEADLINES = ['县粮食局压实责任为农户办实事', '老旧小区加装电梯签约仪式举行', '秋收农产品展销会开幕'];
const TITLE = '二七报 6月21日 第3版';

/** What the interface calls each control, in each language. */
const WORDS = {
  en: {
    importPage: 'Import page…',
    open: 'Open page…',
    story: 'Story ',
    headlineTo: 'Move Headline to',
    headlineMove: 'Move Headline',
    subheadlineTo: 'Move Subheadline to',
    subheadlineMove: 'Move Subheadline',
    withBulletin: 'Also make a bulletin in this order',
    bulletinTitle: 'Bulletin title',
    write: 'Write 3 drafts',
    onPage: 'Stories on the page',
    exportPage: 'Export page…',
    exportDialog: 'Export the page',
    encoding: 'Encoding',
    lineEnding: 'Line endings',
    saveAs: 'Save as…',
    proof: 'Proof',
    print: 'Print…',
    kicker: 'Kicker',
    headline: 'Headline',
  },
  'zh-CN': {
    importPage: '导入版面…',
    open: '打开版面…',
    story: '稿件',
    headlineTo: '把主题移到',
    headlineMove: '移动主题',
    subheadlineTo: '把副题移到',
    subheadlineMove: '移动副题',
    withBulletin: '同时按版面顺序建立版面',
    bulletinTitle: '版面标题',
    write: '写入3篇稿件',
    onPage: '本版稿件',
    exportPage: '导出整版…',
    exportDialog: '导出整版',
    encoding: '编码',
    lineEnding: '换行符',
    saveAs: '另存为…',
    proof: '校样',
    print: '打印…',
    kicker: '引题',
    headline: '主题',
  },
} as const;

/** Presses Tab (or Shift+Tab) until the element has the focus: the keyboard alone, whatever lies between. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab', limit = 200): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el.ownerDocument.activeElement === el)) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tab never reached the control');
}

/** Chooses an option of a focused select with the arrow keys, as a keyboard user does. */
async function chooseWithKeys(page: Page, select: Locator, label: string): Promise<void> {
  for (let i = 0; i < 12; i++) {
    if (
      (await select.evaluate(
        (el) => (el as unknown as { selectedOptions: ArrayLike<{ textContent: string | null }> }).selectedOptions[0]?.textContent ?? '',
      )) === label
    )
      return;
    await page.keyboard.press('ArrowDown');
  }
  throw new Error(`the keys never chose “${label}”`);
}

/** The printed proof's text without white space, column after column (the page is set in the house style's columns). */
function pdfText(pdf: Buffer): string {
  return pdfColumnsText(pdf).replace(/\s+/g, '');
}

for (const language of ['en', 'zh-CN'] as const) {
  test(`a new user (${language}): a page imported with one decision corrected, made a bulletin, reordered, exported as GB18030 with CRLF and proofed, all from the keyboard`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'starts its own host in each interface language');
    const w = WORDS[language];
    const host = await startHost({ lang: language });
    const context = await browser.newContext({ locale: language === 'en' ? 'en-US' : 'zh-CN', acceptDownloads: true });
    const app = await context.newPage();
    try {
      await app.goto(host.url);
      await expect(app.getByRole('button', { name: w.importPage })).toBeVisible();

      // the page, chosen from the import review (Ctrl+I, then Space on the file button)
      // listening for the file chooser before any key is pressed (Playwright turns on its interception asynchronously)
      const choosing = app.waitForEvent('filechooser');
      await app.keyboard.press('Control+i');
      await expect(app.getByLabel(w.open)).toBeFocused();
      await app.keyboard.press('Space');
      const chooser = await choosing;
      await chooser.setFiles({ name: 'page.txt', mimeType: 'text/plain', buffer: Buffer.from(PAGE, 'utf8') });
      const first = app.getByRole('region', { name: `${w.story}1`, exact: true });
      await expect(first).toBeFocused();
      const row = (label: string) => first.locator('li', { has: app.locator('.ir-label').getByText(label, { exact: true }) });
      await expect(row(w.headline)).toContainText('三项举措护航夏粮收购');

      // the correction: the first title line is the kicker, the second the headline
      const headlineTo = first.getByRole('combobox', { name: w.headlineTo });
      await tabTo(app, headlineTo);
      await chooseWithKeys(app, headlineTo, w.kicker);
      await app.keyboard.press('Tab');
      await expect(first.getByRole('button', { name: w.headlineMove })).toBeFocused();
      await app.keyboard.press('Enter');
      const subheadlineTo = first.getByRole('combobox', { name: w.subheadlineTo });
      await tabTo(app, subheadlineTo);
      await chooseWithKeys(app, subheadlineTo, w.headline);
      await app.keyboard.press('Tab');
      await app.keyboard.press('Enter');
      await expect(row(w.kicker)).toContainText('三项举措护航夏粮收购');
      await expect(row(w.headline)).toContainText('县粮食局压实责任为农户办实事');

      // drafts and a bulletin in the page's order, written only now
      await tabTo(app, app.getByRole('checkbox', { name: w.withBulletin }));
      await app.keyboard.press('Space');
      await tabTo(app, app.getByRole('textbox', { name: w.bulletinTitle }));
      await app.keyboard.press('Control+a');
      await app.keyboard.type(TITLE);
      expect(storiesOnDisk(host.library)).toEqual([]);
      await tabTo(app, app.getByRole('button', { name: w.write }));
      await app.keyboard.press('Enter');
      await expect.poll(() => storiesOnDisk(host.library).length).toBe(3);
      const written = storiesOnDisk(host.library);
      expect(written.map((s) => [s.kicker, s.headline, s.subheadline])).toEqual([
        ['三项举措护航夏粮收购', '县粮食局压实责任为农户办实事', ''],
        ['柳岸街道', '老旧小区加装电梯签约仪式举行', ''],
        ['桃坞村', '秋收农产品展销会开幕', ''],
      ]);

      // the bulletin opens; the second story goes to the top
      await expect(app.getByRole('heading', { name: TITLE, level: 2 })).toBeVisible();
      const items = app.getByRole('main').getByRole('list', { name: w.onPage }).getByRole('listitem');
      await expect(items).toHaveCount(3);
      await tabTo(app, items.nth(1), 'Shift+Tab');
      await app.keyboard.press('Alt+ArrowUp');
      await expect(items.nth(0)).toContainText(HEADLINES[1] as string);
      await expect(items.nth(0)).toBeFocused();

      // the whole page for an older typesetting system: GB18030, CRLF
      await tabTo(app, app.getByRole('button', { name: w.exportPage }));
      await app.keyboard.press('Enter');
      const dialog = app.getByRole('dialog', { name: w.exportDialog });
      const encoding = dialog.getByRole('combobox', { name: w.encoding });
      await tabTo(app, encoding);
      await chooseWithKeys(app, encoding, 'GB18030');
      const lineEnding = dialog.getByRole('combobox', { name: w.lineEnding });
      await tabTo(app, lineEnding);
      await chooseWithKeys(app, lineEnding, await lineEnding.locator('option[value="crlf"]').innerText());
      await tabTo(app, dialog.getByRole('button', { name: w.saveAs }));
      const [download] = await Promise.all([app.waitForEvent('download'), app.keyboard.press('Enter')]);
      const bytes = readFileSync((await download.path()) as string);
      const expected = [LAID_OUT[1], LAID_OUT[0], LAID_OUT[2]].join('\n\n') + '\n';
      expect(iconv.decode(bytes, 'gb18030')).toBe(expected.replace(/\n/g, '\r\n'));
      expect(bytes.equals(iconv.encode(expected.replace(/\n/g, '\r\n'), 'gb18030'))).toBe(true);
      await app.keyboard.press('Escape');
      await expect(dialog).toBeHidden();

      // the proof, printed to PDF: the headlines in the page's new order
      await tabTo(app, app.getByRole('main').getByRole('button', { name: w.proof, exact: true }));
      await app.keyboard.press('Enter');
      await expect(app.getByRole('button', { name: w.print })).toBeFocused();
      await expect(app.getByRole('heading', { level: 3 })).toHaveCount(3);
      await app.emulateMedia({ media: 'print' });
      const printed = pdfText(await app.pdf({ format: 'A4' }));
      const at = [HEADLINES[1], HEADLINES[0], HEADLINES[2]].map((h) => printed.indexOf(h as string));
      expect(at.every((i) => i >= 0)).toBe(true);
      expect([...at].sort((a, b) => a - b)).toEqual(at);
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
