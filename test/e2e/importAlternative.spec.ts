// The other reading of two title lines in the import review: one click (or key) away beside the titles, in Chinese and English; the reading flips, Undo takes it back, the drafts and the story list hold the chosen one.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { LIUAN_LINES, QINGSHI_LINES, XIAOXIANG_LINES } from '../pages';
import { axeProblems } from './axe';
import { expect, ROOT, startHost, test } from './fixtures';
import { storiesOnDisk, card, row } from './importPage';

/** Made-up stories: the first two have title lines that read nearly as well either way, the third does not. */
const PAGE = [...QINGSHI_LINES, '', ...XIAOXIANG_LINES, '', ...LIUAN_LINES, ''].join('\n');
const SHOTS = path.join(ROOT, '.tmp/shots');

const WORDS = {
  en: {
    importPage: 'Import page…',
    open: 'Open page…',
    story: 'Story ',
    kicker: 'Kicker',
    headline: 'Headline',
    subheadline: 'Subheadline',
    byline: 'Byline',
    empty: '(empty)',
    decided: 'What the importer decided',
    toHeadlineSubheadline: 'Read as headline + subheadline instead',
    toKickerHeadline: 'Read as kicker + headline instead',
    offered: 'Lines 1, 3 read as kicker + headline; headline + subheadline reads nearly as well (the button under the titles)',
    chosen: 'Lines 1, 3 read as headline + subheadline, as you chose; the importer read them as kicker + headline',
    kickerLine: 'line 1 taken as the kicker',
    credit: 'Role: 记者 · Names: 岑晓岚 · Credit: 摄 (photo)',
    undo: 'Undo last correction',
    write: 'Write 3 drafts',
    stories: 'Stories',
  },
  'zh-CN': {
    importPage: '导入版面…',
    open: '打开版面…',
    story: '稿件',
    kicker: '引题',
    headline: '主题',
    subheadline: '副题',
    byline: '署名',
    empty: '（空）',
    decided: '导入时的判断',
    toHeadlineSubheadline: '改读为“主题＋副题”',
    toKickerHeadline: '改读为“引题＋主题”',
    offered: '第1、3行读作“引题＋主题”；读作“主题＋副题”也说得通，可点标题下方的按钮改读',
    chosen: '第1、3行已按你的选择改读为“主题＋副题”；导入时读作“引题＋主题”',
    kickerLine: '第1行“老街新貌”作为引题',
    credit: '身份：记者 · 姓名：岑晓岚 · 说明：摄（图片）',
    undo: '撤销上一步更正',
    write: '写入3篇稿件',
    stories: '稿件列表',
  },
} as const;

/** Presses Tab until the element has the focus (keyboard only). */
async function tabTo(app: Page, target: Locator, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el.ownerDocument.activeElement === el)) return;
    await app.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

for (const lang of ['en', 'zh-CN'] as const) {
  test(`(${lang}) two title lines read the other way from the keyboard, taken back by Undo, written as chosen`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'starts its own host in the language tested');
    const w = WORDS[lang];
    const host = await startHost({ lang });
    // tall enough that the first story's card shows whole in the screenshots
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN', viewport: { width: 1280, height: 1200 } });
    const app = await context.newPage();
    try {
      await app.goto(host.url);
      await app.getByRole('button', { name: w.importPage }).click();
      await app.getByLabel(w.open).setInputFiles({ name: 'page.txt', mimeType: 'text/plain', buffer: Buffer.from(PAGE, 'utf8') });
      const first = card(app, 1, w.story);
      await expect(first).toBeFocused();

      // the importer's reading, the other one offered beside the titles, and the decisions saying both
      await expect(row(first, w.kicker)).toContainText('老街新貌');
      await expect(row(first, w.headline)).toContainText('青石社区完成雨污分流改造');
      const decided = first.getByRole('list', { name: w.decided });
      await expect(decided).toContainText(w.kickerLine);
      await expect(decided).toContainText(w.offered);
      // the byline as written, its photo credit with what it says
      await expect(row(first, w.byline)).toContainText('记者 岑晓岚 摄');
      await expect(first).toContainText(w.credit);
      // the second story was taken as headline + subheadline: its button offers kicker + headline; the third has none
      await expect(card(app, 2, w.story).getByRole('button', { name: w.toKickerHeadline })).toBeVisible();
      await expect(card(app, 3, w.story).getByRole('button', { name: w.toKickerHeadline })).toHaveCount(0);
      await expect(card(app, 3, w.story).getByRole('button', { name: w.toHeadlineSubheadline })).toHaveCount(0);

      const flip = first.getByRole('button', { name: w.toHeadlineSubheadline });
      await tabTo(app, flip);
      mkdirSync(SHOTS, { recursive: true });
      await app.screenshot({ path: path.join(SHOTS, `importAlternative-offered-${lang}.png`) });
      await app.keyboard.press('Enter');
      await expect(row(first, w.kicker)).toContainText(w.empty);
      await expect(row(first, w.headline)).toContainText('老街新貌');
      await expect(row(first, w.subheadline)).toContainText('青石社区完成雨污分流改造');
      await expect(decided).toContainText(w.chosen);
      // the same button now offers the way back, and keeps the focus
      const back = first.getByRole('button', { name: w.toKickerHeadline });
      await expect(back).toBeFocused();
      await app.screenshot({ path: path.join(SHOTS, `importAlternative-chosen-${lang}.png`) });
      expect(await axeProblems(app, `import review, other reading taken (${lang})`)).toEqual([]);

      // Undo takes it back (Ctrl+Z outside a text box), then the button again from the keyboard
      await app.keyboard.press('Control+z');
      await expect(row(first, w.kicker)).toContainText('老街新貌');
      await expect(row(first, w.headline)).toContainText('青石社区完成雨污分流改造');
      await expect(row(first, w.subheadline)).toContainText(w.empty);
      await expect(decided).toContainText(w.offered);
      await tabTo(app, flip);
      await app.keyboard.press('Enter');
      await expect(row(first, w.headline)).toContainText('老街新貌');
      await expect(app.getByRole('button', { name: w.undo })).toBeEnabled();

      expect(storiesOnDisk(host.library)).toEqual([]);
      await app.getByRole('button', { name: w.write }).click();
      await expect.poll(() => storiesOnDisk(host.library).length).toBe(3);
      const written = storiesOnDisk(host.library);
      expect(written.map((s) => [s.kicker, s.headline, s.subheadline])).toEqual([
        ['', '老街新貌', '青石社区完成雨污分流改造'],
        ['', '小巷焕新颜', '三条背街小巷完成改造，居民出行更方便'],
        ['柳岸街道', '老旧小区加装电梯签约仪式举行', ''],
      ]);
      expect(written[0]?.byline).toEqual([{ role: '记者', names: ['岑晓岚'], credit: '摄' }]);

      // the story list shows the chosen headline, with no kicker before it
      const listed = app.getByRole('listbox', { name: w.stories }).getByRole('option', { name: /老街新貌/ });
      await expect(listed.locator('.story-row-headline')).toHaveText('老街新貌');
      await expect(listed.locator('.story-row-kicker')).toHaveCount(0);
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
