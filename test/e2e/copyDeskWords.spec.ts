// The copy desk's word checks as a reporter sees them: a misused word, a word pair and a never-use word added in the house style editor (keyboard only) found in the panel, in English and Chinese.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { newStory, serializeStory } from '../../shared/index';
import { expect, startHost, test } from './fixtures';

const WORDS = {
  en: {
    houseStyles: 'House styles',
    newStyle: 'New',
    addPair: 'Add word pair',
    written: 'Written, pair 1',
    right: 'The paper writes, pair 1',
    addNever: 'Add never-use word',
    never: 'Never-use word 1',
    why: 'Why, word 1',
    neverUse: '“史上最强” is on the never-use list of the house style “Nanhu Daily” (夸大其词): reword the sentence.',
    useAsDefault: 'Use as default',
    close: 'Close',
    panel: 'Copy check',
    body: 'Body',
    fix: 'Fix',
    misused: '“按装” is a common misused word (the built-in list',
    houseWord: '“二七区政府”: the house style “Nanhu Daily” writes “二七区人民政府”',
    styleName: 'Nanhu Daily',
  },
  'zh-CN': {
    houseStyles: '版式',
    newStyle: '新建',
    addPair: '添加规范用语',
    written: '稿件中的写法，第 1 组',
    right: '规范写法，第 1 组',
    addNever: '添加禁用词',
    never: '禁用词，第 1 行',
    why: '原因，第 1 行',
    neverUse: '“史上最强”是版式“南湖日报”的禁用词（夸大其词），请换一种说法。',
    useAsDefault: '设为默认',
    close: '关闭',
    panel: '校对',
    body: '正文',
    fix: '修正',
    misused: '“按装”是常见错别字（内置易错词表',
    houseWord: '“二七区政府”：版式“南湖日报”的用语规定写作“二七区人民政府”。',
    styleName: '南湖日报',
  },
} as const;

/** Presses Tab until the element has the focus (keyboard only, whatever lies between). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 200; i++) {
    if (await target.evaluate((el) => el.ownerDocument.activeElement === el)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

async function wordPairFound(page: Page, library: string, language: keyof typeof WORDS, id: string): Promise<void> {
  const w = WORDS[language];
  const story = newStory(
    {
      headline: '社区活动',
      body: [{ type: 'paragraph', text: '二七区政府为社区按装了史上最强的健身器材。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id },
  );
  writeFileSync(path.join(library, `${id}.story.json`), serializeStory(story));
  await page.getByText(story.headline).first().click();
  const panel = page.getByRole('region', { name: w.panel });
  // the built-in list, before any house style says anything
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem').first()).toContainText(w.misused);

  // a new house style with one word pair, typed from the keyboard
  await page.getByRole('button', { name: w.houseStyles, exact: true }).click();
  const styles = page.getByRole('main', { name: w.houseStyles });
  await styles.getByRole('button', { name: w.newStyle, exact: true }).click();
  await page.keyboard.type(w.styleName);
  await page.keyboard.press('Enter');
  await tabTo(page, styles.getByRole('button', { name: w.addPair }));
  await page.keyboard.press('Enter');
  await expect(styles.getByRole('textbox', { name: w.written })).toBeFocused();
  await page.keyboard.type('二七区政府');
  await page.keyboard.press('Tab');
  await expect(styles.getByRole('textbox', { name: w.right })).toBeFocused();
  await page.keyboard.type('二七区人民政府');
  // and a never-use word with its reason
  await tabTo(page, styles.getByRole('button', { name: w.addNever }));
  await page.keyboard.press('Enter');
  await expect(styles.getByRole('textbox', { name: w.never })).toBeFocused();
  await page.keyboard.type('史上最强');
  await page.keyboard.press('Tab');
  await expect(styles.getByRole('textbox', { name: w.why })).toBeFocused();
  await page.keyboard.type('夸大其词');
  await page.screenshot({ path: `.tmp/shots/words-house-style-${language}.png` });
  await styles.getByRole('button', { name: w.useAsDefault }).click();
  await styles.getByRole('button', { name: w.close, exact: true }).click();

  // each finding names the style; the never-use word has no Fix; Fix writes the pair's right form, which is no finding
  await expect(panel.getByRole('listitem')).toHaveCount(3);
  const never = panel.getByRole('listitem').filter({ hasText: w.neverUse });
  await expect(never).toHaveCount(1);
  await expect(never.getByRole('button', { name: w.fix, exact: true })).toHaveCount(0);
  const pair = panel.getByRole('listitem').filter({ hasText: w.houseWord });
  await expect(pair).toHaveCount(1);
  await pair.getByRole('button', { name: w.fix, exact: true }).click();
  await expect(page.getByRole('textbox', { name: w.body, exact: true })).toHaveText('二七区人民政府为社区按装了史上最强的健身器材。');
  await expect(panel.getByRole('listitem')).toHaveCount(2);
  await expect(panel.getByRole('listitem').first()).toContainText(w.misused);
}

test('a word pair and a never-use word added in the house style editor are found in the panel, naming the style; the pair is fixed', async ({
  app,
  host,
}) => {
  await wordPairFound(app, host.library, 'en', 'e2e-words-en');
  await app.screenshot({ path: '.tmp/shots/words-panel-en.png' });
});

test('the same in the Chinese interface', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const host = await startHost({ lang: 'zh-CN' });
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(host.url);
  await wordPairFound(page, host.library, 'zh-CN', 'e2e-words-zh');
  await page.screenshot({ path: '.tmp/shots/words-panel-zh.png' });
  await host.stop();
});
