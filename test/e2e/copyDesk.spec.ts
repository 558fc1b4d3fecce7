// The copy desk as a reporter uses it: findings while writing (never mid-composition), Fix, Ctrl+Z, Fix all, Chinese labels.
import type { Page } from '@playwright/test';
import { newStory, type Story } from '../../shared/index';
import { expect, startHost, test } from './fixtures';
import { composePinyin } from './ime';
import { field, openStory, savedBody } from './storyForm';

const LEAD = '5月8日上午,东湖街道举办活动,出租率达66.3%.';
const FIXED = '5月8日上午，东湖街道举办活动，出租率达66.3%。';

function storyWith(lead: string, id: string): Story {
  return newStory(
    {
      headline: '举办社区消防安全开放日',
      body: [{ type: 'paragraph', text: lead }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id },
  );
}

const marks = (page: Page, name: string) =>
  page.evaluate(
    (n) => (globalThis as unknown as { CSS: { highlights: Map<string, Set<unknown>> } }).CSS.highlights.get(n)?.size ?? 0,
    name,
  );

test('half-width marks are found, marked and fixed one by one; Ctrl+Z undoes a fix; Fix all saves full-width marks', async ({
  app,
  host,
}) => {
  const file = await openStory(app, host.library, storyWith(LEAD, 'e2e-copy-1'));
  const panel = app.getByRole('region', { name: 'Copy check' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.first()).toContainText('Half-width “,” in Chinese text');
  await expect.poll(() => marks(app, 'copy-error')).toBe(3);
  // the tally in the form's bar takes the focus to the panel
  await app.getByRole('button', { name: 'Copy check: Errors: 3 · warnings: 0' }).click();
  await expect(panel.getByRole('heading', { name: 'Copy check' })).toBeFocused();

  // Show puts the cursor on the text in its field
  await items.nth(1).getByRole('button', { name: 'Show' }).click();
  await expect(field(app, 'Body')).toBeFocused();
  expect(
    await app.evaluate(() => (globalThis as unknown as { getSelection(): { toString(): string } | null }).getSelection()?.toString()),
  ).toBe(',');

  // Fix one: the first comma; the focus moves on to the next finding
  await items.first().getByRole('button', { name: 'Fix' }).click();
  await expect(field(app, 'Body')).toHaveText('5月8日上午，东湖街道举办活动,出租率达66.3%.');
  await expect(items).toHaveCount(2);
  await expect(items.first().getByRole('button', { name: 'Fix' })).toBeFocused();
  await expect.poll(() => marks(app, 'copy-error')).toBe(2);

  // Ctrl+Z in the field undoes it
  await field(app, 'Body').click();
  await app.keyboard.press('Control+z');
  await expect(field(app, 'Body')).toHaveText(LEAD);
  await expect(items).toHaveCount(3);

  // Ctrl+Z in the panel undoes a fix too
  await items.nth(1).getByRole('button', { name: 'Fix' }).click();
  await expect(field(app, 'Body')).toHaveText('5月8日上午,东湖街道举办活动，出租率达66.3%.');
  await app.keyboard.press('Control+z');
  await expect(field(app, 'Body')).toHaveText(LEAD);

  // Ignore hides a finding for this story
  await items.last().getByRole('button', { name: 'Ignore' }).click();
  await expect(items).toHaveCount(2);

  await panel.getByRole('button', { name: 'Fix all (2)' }).click();
  await expect(field(app, 'Body')).toHaveText('5月8日上午，东湖街道举办活动，出租率达66.3%.');
  await expect(panel).toContainText('No findings');
  await expect.poll(() => marks(app, 'copy-error')).toBe(0);
  await expect.poll(() => savedBody(file), { timeout: 5000 }).toEqual(['5月8日上午，东湖街道举办活动，出租率达66.3%.']);
});

test('Fix all makes every half-width mark full width and leaves 66.3% as it is', async ({ app, host }) => {
  const file = await openStory(app, host.library, storyWith(LEAD, 'e2e-copy-2'));
  const panel = app.getByRole('region', { name: 'Copy check' });
  await panel.getByRole('button', { name: 'Fix all (3)' }).click();
  await expect(field(app, 'Body')).toHaveText(FIXED);
  await expect.poll(() => savedBody(file), { timeout: 5000 }).toEqual([FIXED]);
});

test('nothing is checked while a Pinyin composition is open; typed text is checked after a pause', async ({ app, host }) => {
  await openStory(app, host.library, storyWith('今天', 'e2e-copy-3'));
  const panel = app.getByRole('region', { name: 'Copy check' });
  await expect(panel).toContainText('No findings');
  await field(app, 'Body').click();
  await app.keyboard.press('End');
  const cdp = await app.context().newCDPSession(app);
  // mid-composition the text holds raw pinyin with a half-width mark after a Han character
  for (const text of ['h', 'ha', 'hao', 'hao.'])
    await cdp.send('Input.imeSetComposition', { text, selectionStart: text.length, selectionEnd: text.length });
  await app.waitForTimeout(900);
  await expect(panel).toContainText('No findings');
  await expect(panel.getByRole('listitem')).toHaveCount(0);
  await cdp.send('Input.insertText', { text: '好' });
  await expect(field(app, 'Body')).toHaveText('今天好');
  await app.keyboard.type(',');
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem')).toContainText('“,”');
  // more words through the IME, and a half-width full stop: found once the composition is over
  await composePinyin(app, 'huodong', '活动');
  await app.keyboard.type('.');
  await expect(field(app, 'Body')).toHaveText('今天好,活动.');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await panel.getByRole('button', { name: 'Fix all (2)' }).click();
  await expect(field(app, 'Body')).toHaveText('今天好，活动。');
});

test('the panel speaks Chinese in the Chinese interface, and counts show 字数', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const host = await startHost({ lang: 'zh-CN' });
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(host.url);
  await openStory(page, host.library, storyWith(LEAD, 'e2e-copy-4'));
  const panel = page.getByRole('region', { name: '校对' });
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  await expect(panel.getByRole('listitem').first()).toContainText('中文里用了半角“,”');
  await expect(panel.getByRole('button', { name: '全部修正（3）' })).toBeVisible();
  await expect(panel.getByRole('button', { name: '修正', exact: true })).toHaveCount(3);
  await expect(panel.getByRole('button', { name: '忽略', exact: true })).toHaveCount(3);
  // 字数 as Word counts: 举办社区消防安全开放日 11, 本报讯 3, 记者 李明 4, the lead 21 (5, 8, each half-width comma and "66.3%." one each)
  await expect(page.getByText('全文 39 字 · 不计空格 44 字符')).toBeVisible();
  await host.stop();
});
