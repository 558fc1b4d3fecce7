// The GB/T 15834 form checks as a reporter sees them: a range with a hyphen found and fixed, a quoted two-part name left alone, the range mark a house style setting; in English and Chinese.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { newStory, type Story } from '../../shared/index';
import { expect, ROOT, startHost, test } from './fixtures';
import { field, openStory } from './storyForm';

const SHOTS = path.join(ROOT, '.tmp', 'shots');

const LEAD = '预计5-8月完工，“迎七一 展风采”活动持续3~5天。';
const FIXED = '预计5～8月完工，“迎七一 展风采”活动持续3～5天。';

function story(id: string): Story {
  return newStory(
    {
      headline: '举办社区消防安全开放日',
      body: [{ type: 'paragraph', text: LEAD }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id },
  );
}

const savedStyles = (userData: string) => {
  const file = path.join(userData, 'preferences.json');
  return existsSync(file)
    ? (JSON.parse(readFileSync(file, 'utf8')) as { houseStyles?: Array<{ name: string; rangeMark?: string }> }).houseStyles
    : undefined;
};

test('a range written 5-8月 is a warning citing GB/T 15834, fixed to 5～8月; the quoted two-part name keeps its space', async ({
  app,
  host,
}) => {
  mkdirSync(SHOTS, { recursive: true });
  await openStory(app, host.library, story('e2e-punct-1'));
  const panel = app.getByRole('region', { name: 'Copy check' });
  const items = panel.getByRole('listitem');
  await expect(items).toHaveCount(2);
  await expect(items.first()).toContainText(
    '“5-8” is a range of numbers: it is joined by “～”, the house style’s range mark, not “-” (GB/T 15834—2011 4.13).',
  );
  await expect(items.nth(1)).toContainText('“3~5” is a range of numbers');
  await expect(panel).not.toContainText('space');
  await app.screenshot({ path: path.join(SHOTS, 'punct-findings-en.png') });
  await panel.getByRole('button', { name: 'Fix all (2)' }).click();
  await expect(field(app, 'Body')).toHaveText(FIXED);
  await expect(panel).toContainText('No findings');
});

test('the range mark is a house style setting: the em dash chosen is saved with the style', async ({ app, host }) => {
  await app.getByRole('button', { name: 'House styles', exact: true }).click();
  const styles = app.getByRole('main', { name: 'House styles' });
  await styles.getByRole('button', { name: 'New', exact: true }).click();
  await app.keyboard.type('Dash ranges');
  await app.keyboard.press('Enter');
  const group = styles.getByRole('group', { name: 'Range mark between numbers', exact: true });
  await expect(group.getByRole('radio', { name: 'Wave dash ～ (5～8月)' })).toBeChecked();
  await group.getByRole('radio', { name: 'Em dash — (5—8月)' }).check();
  await expect(styles.getByRole('status')).toHaveText('Saved.');
  await expect.poll(() => savedStyles(host.userData)).toEqual([expect.objectContaining({ name: 'Dash ranges', rangeMark: '—' })]);
  await group.scrollIntoViewIfNeeded();
  await app.screenshot({ path: path.join(SHOTS, 'punct-house-style-en.png') });
});

test('in the Chinese interface the finding and the setting speak Chinese', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const host = await startHost({ lang: 'zh-CN' });
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(host.url);
  await openStory(page, host.library, story('e2e-punct-2'));
  const panel = page.getByRole('region', { name: '校对' });
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByRole('listitem').first()).toContainText(
    '“5-8”表示数值范围，应按本版式用“～”连接，不用“-”（GB/T 15834—2011 第4.13条）。',
  );
  await expect(panel.getByRole('button', { name: '全部修正（2）' })).toBeVisible();
  await page.screenshot({ path: path.join(SHOTS, 'punct-findings-zh.png') });
  await page.getByRole('button', { name: '版式', exact: true }).click();
  const styles = page.getByRole('main', { name: '版式' });
  const group = styles.getByRole('group', { name: '数值范围的连接号', exact: true });
  await expect(group.getByRole('radio', { name: '浪纹线～（5～8月）' })).toBeChecked();
  await expect(group.getByRole('radio', { name: '一字线—（5—8月）' })).toBeVisible();
  await group.scrollIntoViewIfNeeded();
  await page.screenshot({ path: path.join(SHOTS, 'punct-house-style-zh.png') });
  await host.stop();
});
