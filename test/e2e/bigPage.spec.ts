// A 2 MB page of 1,312 made-up stories: its size said first, a review that shows the first stories and the rest as you scroll, Cancel, writing a selection; the old page's marks made full width.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { bigPage } from '../pages';
import { axeProblems } from './axe';
import { expect, ROOT, startHost, test } from './fixtures';
import { storiesOnDisk, card } from './importPage';

const BIG = Buffer.from(bigPage(), 'utf8'); // 2,030,389 bytes: 1.9 MB
const SHOTS = path.join(ROOT, '.tmp/shots');

/** Fewer elements than this in the whole window: the review of 1,312 stories renders only what shows. */
const FEW_ELEMENTS = 4000;

/** How many elements the window holds (in-page code: this file is type-checked without the DOM's types). */
const elements = (app: Page) =>
  app.evaluate(
    () =>
      (globalThis as unknown as { document: { querySelectorAll(s: string): { length: number } } }).document.querySelectorAll('*').length,
  );

/** Scrolls the review's stories, as a reporter would, until story `n` is rendered (the column's height is learnt on the way). */
async function scrollToCard(app: Page, name: string, n: number): Promise<void> {
  const column = app.getByRole('region', { name, exact: true });
  for (let i = 0; i < 40; i++) {
    const done = await column.evaluate((el, wanted) => {
      const shown = [...el.querySelectorAll('.ir-card')].map((c) => Number(c.getAttribute('data-story-index')) + 1);
      if (shown.includes(wanted)) return true;
      const first = Math.min(...shown);
      const last = Math.max(...shown);
      const perCard = el.scrollHeight / 1312;
      el.scrollTop += (wanted < first ? wanted - first : wanted - last) * perCard;
      return false;
    }, n);
    if (done) return;
    await app.waitForTimeout(50);
  }
  throw new Error(`story ${n} never came into view`);
}

async function choosePage(app: Page, open: string, bytes: Buffer, name: string): Promise<void> {
  const input = app.getByLabel(open);
  await expect(input).toBeFocused();
  await input.setInputFiles({ name, mimeType: 'text/plain', buffer: bytes });
}

test('a 2 MB page: its number of stories said first, a small windowed review, Cancel closes it', async ({ app }) => {
  await app.getByRole('button', { name: 'Import page…' }).click();
  await choosePage(app, 'Open page…', BIG, 'big-page.txt');
  const notice = app.getByRole('status').filter({ hasText: 'stories found' });
  await expect(notice).toHaveText(
    '1,312 stories found in “big-page.txt” (1.9 MB). The review shows the first stories at once and the rest as you scroll; nothing is written until you confirm.',
  );
  await expect(card(app, 1)).toHaveCount(0); // the review is not built before the reporter goes on
  await expect(app.getByRole('button', { name: 'Review the stories' })).toBeFocused();
  mkdirSync(SHOTS, { recursive: true });
  await app.screenshot({ path: path.join(SHOTS, 'bigPage-notice-en.png') });
  const problems = await axeProblems(app, 'big page notice');
  await app.keyboard.press('Enter');

  await expect(card(app, 1)).toBeFocused();
  await expect(card(app, 1)).toContainText('第1场');
  await expect(app.getByText('“big-page.txt”, UTF-8: 1,312 stories found.', { exact: false })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Write 1,312 drafts' })).toBeVisible();
  expect(await elements(app)).toBeLessThan(FEW_ELEMENTS);
  problems.push(...(await axeProblems(app, 'windowed review')));
  expect(problems).toEqual([]);
  mkdirSync(SHOTS, { recursive: true });
  await app.screenshot({ path: path.join(SHOTS, 'bigPage-review-en.png') });

  // from the keyboard, Tab goes on from story 1 into story 2 (a card taller than the window: the next is there)
  const next = card(app, 2).getByRole('checkbox', { name: 'Write this story' });
  for (let i = 0; i < 80 && !(await next.evaluate((el) => el.ownerDocument.activeElement === el).catch(() => false)); i++)
    await app.keyboard.press('Tab');
  await expect(next).toBeFocused();

  // the last stories come into view as the reporter scrolls there; the window stays small
  await scrollToCard(app, 'Stories', 1312);
  await card(app, 1312).scrollIntoViewIfNeeded();
  await expect(card(app, 1312)).toBeVisible();
  await expect(card(app, 1312)).toContainText('第1312场');
  await expect(card(app, 1)).toHaveCount(0);
  expect(await elements(app)).toBeLessThan(FEW_ELEMENTS);
  // choosing the last story brings its lines into view in the source
  await card(app, 1312).getByRole('heading', { name: 'Story 1312' }).click();
  const source = app.getByRole('list', { name: 'Source' });
  await expect(source.locator('li[aria-current="true"]').first()).toBeVisible();
  await expect(source.locator('li[aria-current="true"]').first()).toHaveAttribute('data-line', '20977'); // 1,311 stories of 16 lines above it
  await expect(source.locator('li[aria-current="true"]').first()).toContainText('桂园街道');
  // the reporter's own scrolling of the source stays where she put it while the lines shown are measured
  await source.evaluate((el) => {
    el.scrollTop = 0;
  });
  await expect(source.locator('li[data-line="1"]')).toBeVisible();
  await app.waitForTimeout(500);
  await expect(source.locator('li[data-line="1"]')).toBeVisible();

  await app.getByRole('button', { name: 'Cancel' }).click();
  await expect(app.getByRole('main', { name: 'Import page' })).toHaveCount(0);
});

test('in Chinese: the count first, a story far down chosen, and drafts written for a selection only', async ({ browser, target }) => {
  test.skip(target === 'electron', 'starts its own Chinese host');
  const host = await startHost({ lang: 'zh-CN' });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const app = await context.newPage();
  try {
    await app.goto(host.url);
    await app.getByRole('button', { name: '导入版面…' }).click();
    await choosePage(app, '打开版面…', BIG, '大版面.txt');
    await expect(app.getByRole('status').filter({ hasText: '本页共找到' })).toHaveText(
      '本页共找到 1,312 篇稿件（“大版面.txt”，1.9 MB）。审阅时先显示前面几篇，其余随滚动显示；确认之前不会写入任何文件。',
    );
    mkdirSync(SHOTS, { recursive: true });
    await app.screenshot({ path: path.join(SHOTS, 'bigPage-notice-zh.png') });
    await app.getByRole('button', { name: '开始审阅' }).click();
    await expect(card(app, 1, '稿件')).toBeFocused();
    expect(await elements(app)).toBeLessThan(FEW_ELEMENTS);

    // none to write, then stories 2 and 700
    await app.getByRole('button', { name: '全部不写' }).click();
    await expect(app.getByRole('button', { name: '写入0篇稿件' })).toBeDisabled();
    await card(app, 2, '稿件').getByRole('checkbox', { name: '写入本篇' }).check();
    const far = card(app, 700, '稿件');
    await scrollToCard(app, '稿件', 700);
    await far.scrollIntoViewIfNeeded();
    await far.getByRole('checkbox', { name: '写入本篇' }).check();
    await expect(app.getByRole('button', { name: '写入2篇稿件' })).toBeEnabled();
    await app.screenshot({ path: path.join(SHOTS, 'bigPage-review-zh.png') });
    await app.getByRole('button', { name: '写入2篇稿件' }).click();
    await expect.poll(() => storiesOnDisk(host.library).length).toBe(2);
    expect(storiesOnDisk(host.library).map((s) => s.headline)).toEqual(['第2场文艺汇演在桂园举行', '第700场读书会在青石举行']);
    await expect(app.getByRole('main', { name: '导入版面' })).toHaveCount(0);
  } finally {
    await context.close();
    await host.stop();
  }
});

/** A made-up story typed with 11 half-width marks (，。：！（） written , . : ! ( )), and a web address that keeps its own. */
const HALF_WIDTH_PAGE = [
  '桂园社区',
  '',
  '“十分钟生活圈”(试点)启动',
  '',
  '本报讯 6月3日上午,桂园社区“十分钟生活圈”试点启动.居民代表说:家门口就能办事,真方便!',
  '',
  '试点涵盖买菜、看病、托育等(共12项)服务,访问 www.example.org/a,b 可查看地图.',
  '',
  '记者 岑子衿',
  '',
].join('\n');

test('the old page’s marks made full width in one go: the count said, the draft written with full-width marks', async ({ app, host }) => {
  await app.getByRole('button', { name: 'Import page…' }).click();
  await choosePage(app, 'Open page…', Buffer.from(HALF_WIDTH_PAGE, 'utf8'), 'old-page.txt');
  await expect(card(app, 1)).toBeFocused();
  await app.getByRole('button', { name: 'Make the old page’s marks full width' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'full width' })).toHaveText(
    '11 half-width marks made full width. Undo takes it back.',
  );
  await expect(card(app, 1)).toContainText('“十分钟生活圈”（试点）启动');
  await app.screenshot({ path: path.join(SHOTS, 'fullWidth-review-en.png') });
  // once more: nothing left to change
  await app.getByRole('button', { name: 'Make the old page’s marks full width' }).click();
  await expect(app.getByRole('status').filter({ hasText: 'nothing changed' })).toHaveText(
    'No half-width marks in Chinese text: nothing changed.',
  );
  await app.getByRole('button', { name: 'Write 1 draft' }).click();
  await expect.poll(() => storiesOnDisk(host.library).length).toBe(1);
  const [story] = storiesOnDisk(host.library);
  expect(story?.headline).toBe('“十分钟生活圈”（试点）启动');
  expect(story?.body.map((b) => b.text)).toEqual([
    '6月3日上午，桂园社区“十分钟生活圈”试点启动。居民代表说：家门口就能办事，真方便！',
    '试点涵盖买菜、看病、托育等（共12项）服务，访问 www.example.org/a,b 可查看地图。',
  ]);
});

test('in Chinese: the marks made full width, the count said, and Undo takes it back', async ({ browser, target }) => {
  test.skip(target === 'electron', 'starts its own Chinese host');
  const host = await startHost({ lang: 'zh-CN' });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const app = await context.newPage();
  try {
    await app.goto(host.url);
    await app.getByRole('button', { name: '导入版面…' }).click();
    await choosePage(app, '打开版面…', Buffer.from(HALF_WIDTH_PAGE, 'utf8'), '旧版面.txt');
    await expect(card(app, 1, '稿件')).toBeFocused();
    await app.getByRole('button', { name: '半角标点改全角' }).click();
    await expect(app.getByRole('status').filter({ hasText: '全角' })).toHaveText('已将 11 处半角标点改为全角，可撤销。');
    await app.screenshot({ path: path.join(SHOTS, 'fullWidth-review-zh.png') });
    await app.getByRole('button', { name: '撤销上一步更正' }).click();
    await expect(card(app, 1, '稿件')).toContainText('“十分钟生活圈”(试点)启动');
  } finally {
    await context.close();
    await host.stop();
  }
});
