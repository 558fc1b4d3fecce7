// The editor at a second look (issue 13): the copy check beside the form with its marks in context and places in reporter terms, the first field focused, Tab from field to field, a pasted 本报讯（记者 …） lead moved to its fields, 文图 read as the credit.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { newStory, serializeStory, type Story } from '../../shared/index';
import { ROOT, expect, startHost, test } from './fixtures';
import { field } from './storyForm';

const SHOTS = path.join(ROOT, '.tmp', 'shots');

type Lang = 'en' | 'zh-CN';
const WORDS = {
  en: {
    kicker: 'Kicker',
    headline: 'Headline',
    dateline: 'Dateline',
    byline: 'Byline',
    body: 'Body',
    panel: 'Copy check',
    lead: 'Lead',
    third: 'Paragraph 3',
    subheading: 'Subheading 1',
    moved: 'Moved from the lead: “本报讯” to the Dateline field, “记者 张明” to the Byline field.',
    preview: 'Preview',
    credit: 'words and photos',
    readAs: 'Read as',
    moveLead: 'Move to the fields',
    movedAgain: 'Moved from the lead: “本报讯” to the Dateline field, “记者 张明 文图” to the Byline field.',
  },
  'zh-CN': {
    kicker: '引题',
    headline: '主题',
    dateline: '电头',
    byline: '署名',
    body: '正文',
    panel: '校对',
    lead: '导语',
    third: '第3段',
    subheading: '小标题1',
    moved: '已把导语开头的“本报讯”移入电头栏，“记者 张明”移入署名栏。',
    preview: '预览',
    credit: '文字和图片',
    readAs: '识别为',
    moveLead: '移入电头栏和署名栏',
    movedAgain: '已把导语开头的“本报讯”移入电头栏，“记者 张明 文图”移入署名栏。',
  },
} as const;

/** The app in a language: the test's own host for English, a host started with --lang zh-CN for Chinese. */
function inEach(title: string, body: (page: Page, library: string, lang: Lang) => Promise<void>): void {
  test(`en: ${title}`, async ({ app, host }) => body(app, host.library, 'en'));
  test(`zh-CN: ${title}`, async ({ browser, target }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const host = await startHost({ lang: 'zh-CN' });
    const context = await browser.newContext({ locale: 'zh-CN' });
    try {
      const page = await context.newPage();
      await page.goto(host.url);
      await body(page, host.library, 'zh-CN');
    } finally {
      await context.close();
      await host.stop();
    }
  });
}

/** A story with a lead, a second paragraph, a subheading and a third paragraph, each with one half-width comma. */
function longStory(id: string): Story {
  return newStory(
    {
      headline: '东湖街道举办社区消防安全开放日',
      body: [
        { type: 'paragraph', text: '东湖街道的消防开放日活动于周六上午,在社区广场举行。' },
        { type: 'paragraph', text: '消防员演示了灭火器的用法,居民逐一上手练习。' },
        { type: 'subheading', text: '现场,气氛热烈' },
        { type: 'paragraph', text: '活动持续两个小时,共有三百多名居民参加。' },
        ...Array.from({ length: 8 }, (_, i) => ({
          type: 'paragraph' as const,
          text: `补充材料第${i + 1}段，介绍社区的消防设施和志愿者队伍。`,
        })),
      ],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id },
  );
}

async function openStory(page: Page, library: string, story: Story): Promise<void> {
  writeFileSync(path.join(library, `${story.id}.story.json`), serializeStory(story));
  await page.getByText(story.headline).first().click();
  await expect(page.getByRole('textbox').nth(1)).toHaveText(story.headline);
}

/** Pastes plain text into the focused field as the system's clipboard would. */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate((t) => {
    // the page's own DataTransfer and ClipboardEvent (this file is type-checked without the DOM's types)
    const w = globalThis as unknown as {
      DataTransfer: new () => { setData(type: string, data: string): void };
      ClipboardEvent: new (type: string, init: object) => object;
      document: { activeElement: { dispatchEvent(e: object): boolean } | null };
    };
    const data = new w.DataTransfer();
    data.setData('text/plain', t);
    w.document.activeElement?.dispatchEvent(new w.ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, text);
}

inEach(
  'the copy check stands beside the form, with each mark in its context and its place as the reporter says it',
  async (page, library, lang) => {
    const w = WORDS[lang];
    await openStory(page, library, longStory(`e2e-second-${lang}`));
    const panel = page.getByRole('region', { name: w.panel });
    const items = panel.getByRole('listitem');
    await expect(items).toHaveCount(4);

    // places: the lead, paragraph 2, subheading 1, paragraph 3 (the subheading is not counted as a paragraph)
    await expect(items.nth(0).locator('.copy-place')).toHaveText(w.lead);
    await expect(items.nth(1).locator('.copy-place')).toHaveText(lang === 'en' ? 'Paragraph 2' : '第2段');
    await expect(items.nth(2).locator('.copy-place')).toHaveText(w.subheading);
    await expect(items.nth(3).locator('.copy-place')).toHaveText(w.third);
    // a few characters either side, the mark itself highlighted
    await expect(items.nth(0).locator('.copy-context')).toHaveText('…日活动于周六上午,在社区广场举行。');
    await expect(items.nth(0).locator('.copy-context mark')).toHaveText(',');

    // the body at the top of the view: the panel is still in view, to the right of the fields
    const body = field(page, w.body);
    await body.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    const bodyBox = await body.boundingBox();
    const panelBox = await panel.boundingBox();
    const view = page.viewportSize();
    if (!bodyBox || !panelBox || !view) throw new Error('no layout');
    expect(panelBox.x).toBeGreaterThanOrEqual(bodyBox.x + bodyBox.width);
    // in view beside the body (a panel taller than the view shows its end: it scrolls with the page, never by itself)
    expect(panelBox.y).toBeLessThan(bodyBox.y + 50);
    expect(panelBox.y + panelBox.height).toBeGreaterThan(view.height / 2);
    expect(panelBox.y + panelBox.height).toBeLessThanOrEqual(view.height);
    // no scroll area of its own
    expect(
      await panel.evaluate((el) => {
        const style = (e: unknown) =>
          (globalThis as unknown as { getComputedStyle(e: unknown): { overflowY: string } }).getComputedStyle(e);
        return [el, ...el.querySelectorAll('*')].some((e) => e.scrollHeight > e.clientHeight + 1 && style(e).overflowY !== 'visible');
      }),
    ).toBe(false);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `copy-check-beside-${lang}.png`) });

    // clicking a finding's Show still selects its mark in the field
    await items
      .nth(3)
      .getByRole('button', { name: lang === 'en' ? 'Show' : '定位' })
      .click();
    await expect(body).toBeFocused();
    expect(
      await page.evaluate(() => (globalThis as unknown as { getSelection(): { toString(): string } | null }).getSelection()?.toString()),
    ).toBe(',');

    // a narrow window: the panel is docked at the view's bottom with its first finding, the whole list a click away
    await page.setViewportSize({ width: 760, height: 700 });
    await body.evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await expect(items).toHaveCount(1);
    const docked = await panel.boundingBox();
    if (!docked) throw new Error('no panel');
    expect(docked.y + docked.height).toBeLessThanOrEqual(700 + 1);
    expect(docked.y).toBeGreaterThan(0);
    await page.screenshot({ path: path.join(SHOTS, `copy-check-docked-${lang}.png`) });
    await panel.getByRole('button', { name: lang === 'en' ? 'All findings (4)' : '全部问题（4）' }).click();
    await expect(items).toHaveCount(4);
  },
);

inEach(
  'a new story starts in the kicker, Tab goes field to field, a pasted 本报讯（记者 张明） lead moves to its fields, 文图 is the 文/图 credit',
  async (page, _library, lang) => {
    const w = WORDS[lang];
    await expect(page.getByRole('button', { name: lang === 'en' ? 'New story' : '新建稿件' })).toBeVisible();
    await page.keyboard.press('Control+n');
    await expect(field(page, w.kicker)).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(field(page, w.headline)).toBeFocused();
    await page.keyboard.type('社区消防开放日');

    // Tab from the dateline goes to the byline (its forms menu is Alt+↓), from the byline to the body
    await field(page, w.dateline).click();
    await page.keyboard.press('Tab');
    await expect(field(page, w.byline)).toBeFocused();
    await page.keyboard.press('Shift+Tab');
    await expect(field(page, w.dateline)).toBeFocused();
    await page.keyboard.press('Alt+ArrowDown');
    await expect(page.getByRole('list', { name: lang === 'en' ? 'Usual forms' : '常用电头' })).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(field(page, w.dateline)).toBeFocused();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Tab');
    await expect(field(page, w.body)).toBeFocused();

    // a pasted lead with its dateline and byline: they go to their fields, the lead keeps the rest
    await paste(page, '本报讯（记者 张明）5月8日上午，东湖街道举办消防开放日。');
    await expect(field(page, w.body)).toHaveText('5月8日上午，东湖街道举办消防开放日。');
    await expect(field(page, w.dateline)).toHaveText('本报讯');
    await expect(field(page, w.byline)).toHaveText('记者 张明');
    await expect(page.getByText(w.moved)).toBeVisible();
    await page.getByRole('button', { name: w.preview, exact: true }).click();
    const preview = page.locator('.preview-text');
    await expect(preview).toContainText('本报讯（记者 张明）5月8日上午');
    expect(((await preview.textContent()) ?? '').split('本报讯').length - 1).toBe(1);
    // the fields as moved pass the copy check (the dateline and the byline read, the lead clean)
    await expect(page.getByRole('region', { name: w.panel }).getByRole('listitem')).toHaveCount(0);
    await page.screenshot({ path: path.join(SHOTS, `pasted-lead-${lang}.png`) });

    // 文图 after the name is the 文/图 credit, not a piece left unread
    await field(page, w.byline).click();
    await page.keyboard.press('End');
    await page.keyboard.type(' 文图');
    const reading = page.getByRole('list', { name: w.readAs });
    await expect(reading.locator('.contributor-credit')).toHaveText(`文/图${w.credit}`);
    await expect(page.locator('.byline-unread')).toHaveCount(0);
    await page.screenshot({ path: path.join(SHOTS, `byline-credit-${lang}.png`) });

    // a dateline typed by hand at the lead's start: the copy check offers to move it to its fields
    await field(page, w.body).click();
    await page.keyboard.press('Control+Home');
    await page.keyboard.type('本报讯（记者 张明 文图）');
    const finding = page.getByRole('region', { name: w.panel }).getByRole('listitem');
    await expect(finding).toHaveCount(1);
    await finding.getByRole('button', { name: w.moveLead }).click();
    await expect(field(page, w.body)).toHaveText('5月8日上午，东湖街道举办消防开放日。');
    await expect(field(page, w.byline)).toHaveText('记者 张明 文图');
    await expect(page.getByText(w.movedAgain)).toBeVisible();
    await expect(finding).toHaveCount(0);
  },
);
