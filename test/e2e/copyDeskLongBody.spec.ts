// The copy check in a 20,000-character body while it is typed: paragraphs not typed in keep their findings, the story-wide ones follow the edits.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newStory, type Story } from '../../shared/index';
import { expect, ROOT, startHost, test } from './fixtures';
import { field, openStory, savedBody } from './storyForm';

const SHOTS = path.join(ROOT, '.tmp/shots');

const LEAD = '6月21日上午，活动开幕。';
const SECOND = '六月二十二日，活动闭幕。';
const FILLER = '县粮食局召开夏粮收购工作推进会，要求各网点开辟绿色通道，确保颗粒归仓。';
/** Paragraph 303, far from where the reporter types: a half-width comma. */
const FAR = '县里新增就业岗位350个,同比增长一成。';
const FAR_INDEX = 302;
const BODY = [LEAD, SECOND, ...Array.from({ length: 560 }, (_, i) => (i === FAR_INDEX - 2 ? FAR : FILLER))];

function longStory(id: string): Story {
  return newStory(
    {
      headline: '夏粮收购进展顺利',
      body: BODY.map((text) => ({ type: 'paragraph' as const, text })),
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id },
  );
}

interface Words {
  panel: string;
  body: string;
  /** The date finding in paragraph 2 (the story writes dates as 6月21日), then in the lead (as 七月一日). */
  secondDate: string;
  leadDate: string;
  halfwidth: string;
  where: (n: number) => string;
  lead: string;
}

async function typeAndSee(page: Page, library: string, id: string, words: Words, shot: string): Promise<void> {
  const file = await openStory(page, library, longStory(id));
  const panel = page.getByRole('region', { name: words.panel });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(words.secondDate);
  await expect(items.nth(0)).toContainText(words.where(2));
  await expect(items.nth(1)).toContainText(words.halfwidth);
  await expect(items.nth(1)).toContainText(words.where(FAR_INDEX + 1));

  // a second Chinese date at the lead's end: the story's form is now Chinese numerals, paragraph 2 (not typed in) is right
  const body = field(page, words.body);
  await body.click();
  await page.keyboard.press('Control+Home');
  await page.keyboard.press('End');
  await page.keyboard.insertText('七月一日再办一场。');
  await expect(items).toHaveCount(2);
  await expect(items.nth(0)).toContainText(words.leadDate);
  await expect(items.nth(0)).toContainText(words.lead);
  await expect(items.nth(1)).toContainText(words.where(FAR_INDEX + 1));

  // a half-width comma typed at the body's end is found; the far paragraph's finding is still listed
  await page.keyboard.press('Control+End');
  await page.keyboard.insertText('收购结束,农民满意。');
  await expect(items).toHaveCount(3);
  await expect(items.nth(2)).toContainText(words.halfwidth);
  await expect(items.nth(2)).toContainText(words.where(BODY.length));
  await expect(items.nth(1)).toContainText(words.where(FAR_INDEX + 1));
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, shot) });

  // everything typed is saved
  const saved = [`${LEAD}七月一日再办一场。`, ...BODY.slice(1, -1), `${FILLER}收购结束,农民满意。`];
  await expect.poll(() => savedBody(file), { timeout: 5000 }).toEqual(saved);
}

test('typing in a long body: the findings of paragraphs not typed in stay listed, a date’s form across the story follows the edit', async ({
  app,
  host,
}) => {
  await typeAndSee(
    app,
    host.library,
    'e2e-long-copy-1',
    {
      panel: 'Copy check',
      body: 'Body',
      secondDate: 'The date “六月二十二日” is written unlike the story’s other dates (“6月21日”)',
      leadDate: 'The date “6月21日” is written unlike the story’s other dates (“七月一日”)',
      halfwidth: 'Half-width “,” in Chinese text',
      where: (n) => `Paragraph ${n}`,
      lead: 'Lead',
    },
    'copyDeskLongBody-en.png',
  );
});

test('typing in a long body, in the Chinese interface', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const host = await startHost({ lang: 'zh-CN' });
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(host.url);
  await typeAndSee(
    page,
    host.library,
    'e2e-long-copy-2',
    {
      panel: '校对',
      body: '正文',
      secondDate: '日期“六月二十二日”与本稿其他日期（如“6月21日”）写法不一',
      leadDate: '日期“6月21日”与本稿其他日期（如“七月一日”）写法不一',
      halfwidth: '中文里用了半角“,”',
      where: (n) => `第${n}段`,
      lead: '导语',
    },
    'copyDeskLongBody-zh.png',
  );
  await host.stop();
});
