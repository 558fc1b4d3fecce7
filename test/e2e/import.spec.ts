// Import review as a reporter uses it: open or drop a page (UTF-8 or GB18030), correct what the importer read, write the drafts only on confirm.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import iconv from 'iconv-lite';
import { formatByline, type Story } from '../../shared/index';
import { LIUAN_LINES, TAOWU_LINES } from '../pages';
import { expect, startHost, test } from './fixtures';
import { storiesOnDisk, card, row } from './importPage';
import { isBulletinFile, isStoryFile } from '../../shared/fileNames';

/** A made-up page of three stories in the paper's layout (LAYOUT.md). */
const PAGE = [
  '北沙社区夜市点亮老街烟火气',
  '',
  '本报讯 5月17日晚，北沙社区便民夜市在老街开市，首晚吸引市民两千余人次。',
  '',
  '夜市共设摊位八十个，以本地小吃和手工艺品为主。',
  '',
  '记者 庞雨桐 通讯员 温小溪',
  '',
  ...LIUAN_LINES,
  '',
  ...TAOWU_LINES,
  '',
].join('\n');
const HEADLINES = ['北沙社区夜市点亮老街烟火气', '老旧小区加装电梯签约仪式举行', '秋收农产品展销会开幕'];

const page = (bytes: Buffer | string, name = 'page-3.txt') => ({
  name,
  mimeType: 'text/plain',
  buffer: Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes, 'utf8'),
});

async function waitForStories(library: string, n: number): Promise<Story[]> {
  await expect.poll(() => storiesOnDisk(library).length).toBe(n);
  return storiesOnDisk(library);
}

/** A story's card: “Story 2” in English, “稿件2” in Chinese. */

/** Opens the import review from the toolbar and chooses the page with the file input. */
async function openPage(app: Page, bytes: Buffer | string, name?: string): Promise<void> {
  await app.getByRole('button', { name: 'Import page…' }).click();
  const input = app.getByLabel('Open page…');
  await expect(input).toBeFocused();
  await input.setInputFiles(page(bytes, name));
  await expect(card(app, 1)).toBeVisible();
}

/** A line of a story card by its label (Kicker, Headline, Paragraph 2 …). */

/** Presses Tab (or Shift+Tab) until the element has the focus (keyboard only). */
async function tabTo(app: Page, target: Locator, limit = 120, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el.ownerDocument.activeElement === el)) return;
    await app.keyboard.press(key);
  }
  throw new Error('Tab never reached the control');
}

test('a page of three stories: a correction, then the drafts written only on confirm', async ({ app, host }) => {
  await openPage(app, PAGE);
  await expect(app.getByText('“page-3.txt”, UTF-8: 3 stories found.', { exact: false })).toBeVisible();
  const source = app.getByRole('list', { name: 'Source' });
  await expect(source.getByRole('listitem')).toHaveCount(27);
  const second = card(app, 2);
  await expect(second.getByRole('list', { name: 'What the importer decided' })).toContainText('line 9 taken as the kicker');

  // focusing a story lights its source lines
  await second.getByRole('button', { name: 'Swap kicker and subheadline' }).focus();
  await expect(source.locator('li[aria-current="true"]').first()).toHaveAttribute('data-line', '9');
  await expect(source.locator('li[aria-current="true"]').last()).toHaveAttribute('data-line', '17');

  await second.getByRole('button', { name: 'Swap kicker and subheadline' }).click();
  await expect(row(second, 'Subheadline')).toContainText('柳岸街道');
  await expect(app.getByRole('button', { name: 'Undo last correction' })).toBeEnabled();
  expect(storiesOnDisk(host.library)).toEqual([]); // nothing written before the confirm
  await app.waitForTimeout(500);
  expect(readdirSync(host.library).filter((f) => isStoryFile(f))).toEqual([]);

  await app.getByRole('button', { name: 'Write 3 drafts' }).click();
  const written = await waitForStories(host.library, 3);
  expect(written.map((s) => s.headline)).toEqual(HEADLINES);
  expect(written[1]?.kicker).toBe('');
  expect(written[1]?.subheadline).toBe('柳岸街道');
  expect(written[0]?.byline).toEqual([
    { role: '记者', names: ['庞雨桐'], credit: '' },
    { role: '通讯员', names: ['温小溪'], credit: '' },
  ]);
  expect(written.every((s) => s.status === 'draft')).toBe(true);
  await expect(app.getByRole('main', { name: 'Import page' })).toHaveCount(0);
});

test('text the importer placed in no story is shown as such and kept in the notes of the story after it', async ({ app, host }) => {
  await openPage(app, ['记者 赵六', '', '', PAGE].join('\n'));
  const loose = app.getByRole('list', { name: 'Source' }).locator('li[data-line="1"]');
  await expect(loose).toContainText('not placed');
  const first = card(app, 1);
  await expect(first.getByRole('list', { name: 'What the importer decided' })).toContainText('kept in this story’s notes');
  await expect(first).toContainText('page-3.txt line 1, not placed by the import:');
  await app.getByRole('button', { name: 'Write 3 drafts' }).click();
  const written = await waitForStories(host.library, 3);
  expect(written[0]?.notes).toBe('page-3.txt line 1, not placed by the import:\n记者 赵六');
});

test('a write that fails says why and keeps the review with its corrections; the next try writes', async ({ app, host }) => {
  await openPage(app, PAGE);
  await card(app, 2).getByRole('button', { name: 'Swap kicker and subheadline' }).click();
  // the host answers the write with a failure in plain text once: worded by the interface (the host's words are for logs)
  await app.route('**/api/call/import.write', (route) =>
    route.fulfill({ status: 500, contentType: 'text/plain', body: 'the disk is full' }),
  );
  await app.getByRole('button', { name: 'Write 3 drafts' }).click();
  await expect(app.getByRole('alert').filter({ hasText: 'could not be written' })).toContainText(
    'The drafts could not be written: the desk answered with an error (500).',
  );
  await expect(row(card(app, 2), 'Subheadline')).toContainText('柳岸街道');
  await app.unroute('**/api/call/import.write');
  await app.getByRole('button', { name: 'Write 3 drafts' }).click();
  const written = await waitForStories(host.library, 3);
  expect(written[1]?.subheadline).toBe('柳岸街道');
});

test('a GB18030 page reads the same as the UTF-8 one', async ({ app, host }) => {
  await openPage(app, iconv.encode(PAGE, 'gb18030'), 'page-gbk.txt');
  await expect(app.getByText('GB18030: 3 stories found', { exact: false })).toBeVisible();
  await expect(app.getByRole('list', { name: 'Source' })).toContainText('本报4月5日讯 当天，桃坞村秋收农产品展销会在村文化礼堂开幕。');
  for (const [i, headline] of HEADLINES.entries()) await expect(row(card(app, i + 1), 'Headline')).toContainText(headline);
  await app.getByRole('button', { name: 'Write 3 drafts' }).click();
  const written = await waitForStories(host.library, 3);
  expect(written.map((s) => s.headline)).toEqual(HEADLINES);
  expect(written[2]?.body.map((b) => b.text)).toEqual([
    '当天，桃坞村秋收农产品展销会在村文化礼堂开幕。',
    '展销会汇集了周边十余家合作社的产品。',
  ]);
});

/** Drops a file on the window as the system would (dragenter, dragover, drop with the page's own DataTransfer). */
async function dropOn(app: Page, name: string, text: string, type: string): Promise<void> {
  const transfer = await app.evaluateHandle(
    ([n, t, m]) => {
      // the page's own DataTransfer and File (this file is type-checked without the DOM's types)
      const w = globalThis as unknown as {
        DataTransfer: new () => { items: { add(f: unknown): void } };
        File: new (parts: string[], name: string, o: { type: string }) => unknown;
      };
      const dt = new w.DataTransfer();
      dt.items.add(new w.File([t as string], n as string, { type: m as string }));
      return dt;
    },
    [name, text, type],
  );
  for (const event of ['dragenter', 'dragover', 'drop']) await app.dispatchEvent('body', event, { dataTransfer: transfer });
}

test('a page dropped on the window opens the review; a file that is no page says so', async ({ app }) => {
  await expect(app.getByRole('button', { name: 'Import page…' })).toBeVisible();
  const drop = (name: string, text: string, type: string) => dropOn(app, name, text, type);
  await drop('dropped.txt', PAGE, 'text/plain');
  await expect(card(app, 3)).toBeVisible();
  await expect(app.getByText('“dropped.txt”, UTF-8: 3 stories found.', { exact: false })).toBeVisible();

  await app.getByRole('button', { name: 'Cancel' }).click();
  await drop('photo.png', '\u0089PNG', 'image/png');
  await expect(app.getByRole('alert').filter({ hasText: 'is not a plain-text page' })).toContainText(
    '“photo.png” is not a plain-text page',
  );
  await drop('empty.txt', '', 'text/plain');
  await expect(app.getByRole('alert').filter({ hasText: 'empty' })).toContainText('“empty.txt” is empty');
  await expect(app.getByRole('region', { name: 'Story 1' })).toHaveCount(0);
});

test('with the bulletin option, a bulletin holds the stories in the page’s order', async ({ app, host }) => {
  await openPage(app, PAGE);
  await app.getByRole('checkbox', { name: 'Also make a bulletin in this order' }).check();
  await app.getByRole('textbox', { name: 'Bulletin title' }).fill('社区简讯 第12期');
  await app.getByLabel('Date', { exact: true }).fill('2026-05-20');
  await app.getByRole('button', { name: 'Write 3 drafts' }).click();
  const written = await waitForStories(host.library, 3);
  await expect.poll(() => readdirSync(host.library).filter((f) => isBulletinFile(f)).length).toBe(1);
  const file = readdirSync(host.library).find((f) => isBulletinFile(f)) as string;
  const bulletin = JSON.parse(readFileSync(path.join(host.library, file), 'utf8')) as { title: string; date: string; stories: string[] };
  expect(bulletin.title).toBe('社区简讯 第12期');
  expect(bulletin.date).toBe('2026-05-20');
  const byId = new Map(written.map((s) => [s.id, s.headline]));
  expect(bulletin.stories.map((id) => byId.get(id))).toEqual(HEADLINES);
});

test('merge and split do what they say, and Undo takes them back', async ({ app, host }) => {
  await openPage(app, PAGE);
  await card(app, 2).getByRole('button', { name: 'Merge with next story' }).click();
  await expect(card(app, 3)).toHaveCount(0);
  await expect(card(app, 2)).toContainText('桃坞村');
  await expect(card(app, 2)).toBeFocused();
  await app.keyboard.press('Control+z');
  await expect(card(app, 3)).toBeVisible();
  await card(app, 2).getByRole('button', { name: 'Merge with next story' }).click();
  await expect(app.getByRole('button', { name: 'Write 2 drafts' })).toBeVisible();

  // split story 1 before its second paragraph: a new story 2 with no headline, then a line moved to its headline
  await card(app, 1).getByRole('button', { name: 'Split before Paragraph 2' }).click();
  const split = card(app, 2);
  await expect(split).toBeFocused();
  await expect(split).toContainText('No headline yet');
  await split.getByRole('combobox', { name: 'Move Paragraph 1 to' }).selectOption({ label: 'Headline' });
  await split.getByRole('button', { name: 'Move Paragraph 1' }).click();
  await expect(row(split, 'Headline')).toContainText('夜市共设摊位八十个');
  await expect(split).toContainText('No body yet');
  await app.getByRole('button', { name: 'Write 3 drafts' }).click();

  const written = await waitForStories(host.library, 3);
  expect(written.map((s) => s.headline)).toEqual([
    '北沙社区夜市点亮老街烟火气',
    '夜市共设摊位八十个，以本地小吃和手工艺品为主。',
    '老旧小区加装电梯签约仪式举行',
  ]);
  expect(written[0]?.body.map((b) => b.text)).toEqual(['5月17日晚，北沙社区便民夜市在老街开市，首晚吸引市民两千余人次。']);
  expect(formatByline(written[1]?.byline ?? [])).toBe('记者 庞雨桐 通讯员 温小溪'); // the byline stood after the split
  expect(written[2]?.body.map((b) => b.text)).toEqual([
    '3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。',
    '首批六个楼栋的居民代表现场签约。',
    '桃坞村',
    '秋收农产品展销会开幕',
    '本报4月5日讯 当天，桃坞村秋收农产品展销会在村文化礼堂开幕。',
    '展销会汇集了周边十余家合作社的产品。',
  ]);
  expect(formatByline(written[2]?.byline ?? [])).toBe('记者 杜望舒 实习生 卜一凡');
});

test('the whole flow from the keyboard alone, in Chinese, with the byline read anew', async ({ browser, target }) => {
  test.skip(target === 'electron', 'starts its own Chinese host');
  const host = await startHost({ lang: 'zh-CN' });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const app = await context.newPage();
  try {
    await app.goto(host.url);
    await expect(app.getByRole('button', { name: '导入版面…' })).toBeVisible();
    // listening for the file chooser before any key is pressed (Playwright turns on its interception asynchronously)
    const choosing = app.waitForEvent('filechooser');
    await app.keyboard.press('Control+i');
    const input = app.getByLabel('打开版面…');
    await expect(input).toBeFocused();
    await app.keyboard.press('Space');
    const chooser = await choosing;
    await chooser.setFiles(page(PAGE.replace('记者 杜望舒', '记者 欧阳明日'), '版面.txt'));
    await expect(card(app, 1, '稿件')).toBeFocused();
    await expect(app.getByRole('main', { name: '导入版面' })).toBeVisible();
    await expect(app.getByRole('list', { name: '原文' })).toBeVisible();
    await expect(app.getByRole('region', { name: '稿件', exact: true })).toBeVisible();
    const second = card(app, 2, '稿件');
    await expect(second.getByRole('list', { name: '导入时的判断' })).toContainText('第9行“柳岸街道”作为引题');
    await expect(second.getByRole('combobox', { name: '把第1段移到' })).toBeVisible();
    await expect(second.getByRole('combobox', { name: '把第1段移到' }).locator('option').first()).toHaveText('移到…');
    await expect(card(app, 1, '稿件').getByRole('button', { name: '在第2段前拆分' })).toHaveText('拆分');

    // swap kicker and subheadline of story 2, from the keyboard
    await tabTo(app, second.getByRole('button', { name: '交换引题与副题' }));
    await app.keyboard.press('Enter');
    await expect(row(second, '副题')).toContainText('柳岸街道');

    // the byline's reading: 欧阳明日 meant as two names
    const byline = second.getByRole('textbox', { name: '署名文字' });
    await tabTo(app, byline);
    await expect(second).toContainText('署名读法');
    await expect(second.getByRole('list').filter({ hasText: '身份' })).toContainText('身份：记者 · 姓名：欧阳明日');
    await app.keyboard.press('Control+a');
    await app.keyboard.type('记者 欧阳 明日');
    await expect(second.getByRole('list').filter({ hasText: '身份' })).toContainText('身份：记者 · 姓名：欧阳、明日');
    await app.keyboard.press('Enter');
    await expect(row(second, '署名')).toContainText('记者 欧阳 明日');

    // merge stories 2 and 3, then undo it, all from the keyboard
    await tabTo(app, second.getByRole('button', { name: '合并下一篇' }), 10, 'Shift+Tab');
    await app.keyboard.press('Enter');
    await expect(app.getByRole('button', { name: '写入2篇稿件' })).toBeVisible();
    await expect(second).toBeFocused();
    await tabTo(app, app.getByRole('button', { name: '撤销上一步更正' }), 120, 'Shift+Tab');
    await app.keyboard.press('Enter');
    const write = app.getByRole('button', { name: '写入3篇稿件' });
    await expect(write).toBeVisible();

    await tabTo(app, app.getByRole('checkbox', { name: '同时按版面顺序建立版面' }), 200);
    await app.keyboard.press('Space');
    await expect(app.getByRole('textbox', { name: '版面标题' })).toHaveValue('版面');
    expect(storiesOnDisk(host.library)).toEqual([]);
    await tabTo(app, write);
    await app.keyboard.press('Enter');
    const written = await waitForStories(host.library, 3);
    expect(written[1]?.subheadline).toBe('柳岸街道');
    expect(written[1]?.byline).toEqual([{ role: '记者', names: ['欧阳', '明日'], credit: '' }]);
    await expect.poll(() => readdirSync(host.library).filter((f) => isBulletinFile(f)).length).toBe(1);
  } finally {
    await context.close();
    await host.stop();
  }
});

test('the review and its corrections wait while the reporter looks elsewhere; another page dropped asks first', async ({ app, host }) => {
  await openPage(app, PAGE);
  await card(app, 2).getByRole('button', { name: 'Swap kicker and subheadline' }).click();
  await expect(row(card(app, 2), 'Subheadline')).toContainText('柳岸街道');

  // a look at the house styles, then back to the review: the correction is there
  await app.getByRole('button', { name: 'House styles', exact: true }).click();
  await expect(app.getByRole('main', { name: 'Import page' })).toHaveCount(0);
  await app.getByRole('button', { name: 'Import page…' }).click();
  await expect(row(card(app, 2), 'Subheadline')).toContainText('柳岸街道');

  // another page dropped: asked first; kept
  await dropOn(app, 'other.txt', PAGE, 'text/plain');
  const question = app.getByRole('alertdialog');
  await expect(question).toContainText('Open “other.txt” in place of this review?');
  await expect(question.getByRole('button', { name: 'Keep this review' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(row(card(app, 2), 'Subheadline')).toContainText('柳岸街道');
  await app.getByRole('button', { name: 'Write 3 drafts' }).click();
  const written = await waitForStories(host.library, 3);
  expect(written[1]?.subheadline).toBe('柳岸街道');
});
