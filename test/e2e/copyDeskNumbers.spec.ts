// The GB/T 15835 number checks as a reporter sees them in the Copy check panel, in English and Chinese; Fix all mends the certain ones.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { newStory, type Story } from '../../shared/index';
import { expect, ROOT, startHost, test } from './fixtures';
import { openStory, savedBody } from './storyForm';

const SHOTS = path.join(ROOT, '.tmp/shots');

// a percentage range without its first %, a number half in Arabic, half in Chinese numerals, and a date written both ways
const LEAD = '6月21日上午，东湖街道举办旅游推介活动，旅游收入同比增长20～30%，吸引3千5百人参加。';
const SECOND = '六月二十二日，活动闭幕。';

function storyWith(id: string): Story {
  return newStory(
    {
      headline: '东湖街道举办旅游推介活动',
      body: [
        { type: 'paragraph', text: LEAD },
        { type: 'paragraph', text: SECOND },
      ],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id },
  );
}

test('number findings are listed with the standard’s clause; Fix all mends the range and the mixed number, the date stays a warning', async ({
  app,
  host,
}) => {
  const file = await openStory(app, host.library, storyWith('e2e-numbers-1'));
  const panel = app.getByRole('region', { name: 'Copy check' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(
    '“20～30%”: each number of a percentage range keeps its % sign, “20%～30%” (GB/T 15835—2011 5.1.3)',
  );
  await expect(items.nth(1)).toContainText('“3千5百” mixes Arabic and Chinese numerals in one number');
  await expect(items.nth(2)).toContainText('The date “六月二十二日” is written unlike the story’s other dates (“6月21日”)');
  await expect(items.nth(2)).toContainText('Paragraph 2');
  await expect(items.nth(0).getByRole('button', { name: 'Fix' })).toBeVisible();
  await expect(items.nth(2).getByRole('button', { name: 'Fix' })).toHaveCount(0);
  mkdirSync(SHOTS, { recursive: true });
  await app.screenshot({ path: path.join(SHOTS, 'copyDeskNumbers-en.png') });

  await panel.getByRole('button', { name: 'Fix all (2)' }).click();
  await expect(items).toHaveCount(1);
  await expect
    .poll(() => savedBody(file), { timeout: 5000 })
    .toEqual(['6月21日上午，东湖街道举办旅游推介活动，旅游收入同比增长20%～30%，吸引3500人参加。', SECOND]);
});

test('the number findings speak Chinese in the Chinese interface', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const host = await startHost({ lang: 'zh-CN' });
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(host.url);
  await openStory(page, host.library, storyWith('e2e-numbers-2'));
  const panel = page.getByRole('region', { name: '校对' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(0)).toContainText(
    '“20～30%”：表示百分数范围时，前一个数的百分号不能省略，应为“20%～30%”（GB/T 15835—2011 5.1.3）',
  );
  await expect(items.nth(1)).toContainText('“3千5百”在一个数里混用了阿拉伯数字和汉字数字');
  await expect(items.nth(2)).toContainText('日期“六月二十二日”与本稿其他日期（如“6月21日”）写法不一');
  await expect(items.nth(2)).toContainText('第2段');
  await expect(panel.getByRole('button', { name: '全部修正（2）' })).toBeVisible();
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: path.join(SHOTS, 'copyDeskNumbers-zh.png') });
  await host.stop();
});
