// A whole story pasted into a new story (issue 14): the offer to split it into the fields, Alt+Enter, each field filled, undo, Pinyin before and after, saved; no offer in a story already written.
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { newStory, readStoryFile, serializeStory, type Story } from '../../shared/index';
import { LIUAN_LINES, TAOWU_LINES } from '../pages';
import { axeProblems } from './axe';
import { ROOT, expect, startHost, test } from './fixtures';
import { composePinyin } from './ime';
import { isStoryFile } from '../../shared/fileNames';
import { field } from './storyForm';

const SHOTS = path.join(ROOT, '.tmp', 'shots');

type Lang = 'en' | 'zh-CN';
const WORDS = {
  en: {
    kicker: 'Kicker',
    headline: 'Headline',
    subheadline: 'Subheadline',
    dateline: 'Dateline',
    byline: 'Byline',
    body: 'Body',
    notes: 'Notes',
    offer: 'This reads as a whole story: titles, dateline, body and byline.',
    split: 'Split into fields Alt+Enter',
    done: 'Split into the fields; the body has 2 paragraphs.',
    undo: 'Undo Ctrl+Z',
    undone: 'Split undone: the fields are as they were.',
    several: 'This text reads as 2 stories: bring them in with Import page.',
    imported: '“pasted text.txt”, UTF-8: 2 stories found.',
    saved: 'Saved',
  },
  'zh-CN': {
    kicker: '引题',
    headline: '主题',
    subheadline: '副题',
    dateline: '电头',
    byline: '署名',
    body: '正文',
    notes: '备注',
    offer: '这段文字像一篇完整的稿件，含标题、电头、正文和署名。',
    split: '拆分到各栏 Alt+Enter',
    done: '已拆分到各栏，正文共 2 段。',
    undo: '撤销 Ctrl+Z',
    undone: '已撤销拆分，各栏恢复原样。',
    several: '这段文字像是 2 篇稿件，请用导入功能。',
    imported: '“粘贴的文字.txt”',
    saved: '已保存',
  },
} as const;

/** A whole story as a correspondent sends it in a chat: kicker, headline, the 本报讯 lead, a paragraph, the byline. */
const WHOLE_STORY = LIUAN_LINES.join('\n');
/** The same paste as the kicker (a single-line field) holds it: its lines joined by spaces. */
const AS_ONE_LINE = LIUAN_LINES.filter((l) => l !== '').join(' ');
const PARAGRAPHS = ['3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。', '首批六个楼栋的居民代表现场签约。'];

const paragraphs = (page: Page): Locator => page.locator('.body-input p');
const offer = (page: Page): Locator => page.locator('.paste-split[data-kind]');

/** Pastes through the system clipboard: the text is put on it, then Ctrl/⌘+V in the focused field (a real paste event). */
async function paste(page: Page, text: string): Promise<void> {
  await page.evaluate(
    (t) =>
      (globalThis as unknown as { navigator: { clipboard: { writeText(t: string): Promise<void> } } }).navigator.clipboard.writeText(t),
    text,
  );
  await page.keyboard.press('ControlOrMeta+V');
}

/** The one story file of the library, as saved. */
function onDisk(library: string): Story | string {
  const file = readdirSync(library).find((f) => isStoryFile(f));
  if (!file) return 'no story file';
  const read = readStoryFile(readFileSync(path.join(library, file), 'utf8'));
  return read.ok ? read.value : read.error;
}

/** The app in a language, with the clipboard allowed: the test's own host for English, a host started with --lang zh-CN for Chinese. */
function inEach(title: string, body: (page: Page, library: string, lang: Lang) => Promise<void>): void {
  test(`en: ${title}`, async ({ app, host, target }) => {
    test.skip(target === 'electron', 'pastes through the browser’s clipboard permission');
    await app.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url });
    await body(app, host.library, 'en');
  });
  test(`zh-CN: ${title}`, async ({ browser, target }) => {
    test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
    const host = await startHost({ lang: 'zh-CN' });
    const context = await browser.newContext({ locale: 'zh-CN' });
    try {
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: host.url });
      const page = await context.newPage();
      await page.goto(host.url);
      await body(page, host.library, 'zh-CN');
    } finally {
      await context.close();
      await host.stop();
    }
  });
}

const NO_HEADLINE = { en: '(no headline)', 'zh-CN': '（无主题）' } as const;

/** A new story, its cursor in the kicker. */
async function newStoryInKicker(page: Page, lang: Lang): Promise<void> {
  // tall enough for every field and the notice on one screenshot
  await page.setViewportSize({ width: 1280, height: 1200 });
  const stories = page.getByText(NO_HEADLINE[lang]);
  const before = await stories.count();
  await page.keyboard.press('ControlOrMeta+n');
  // the new story is listed and shown (a kicker focused before it came would be the story left behind)
  await expect(stories).toHaveCount(before + 1);
  await expect(field(page, WORDS[lang].kicker)).toHaveText('');
  await expect(field(page, WORDS[lang].kicker)).toBeFocused();
}

async function expectSplit(page: Page, lang: Lang): Promise<void> {
  const w = WORDS[lang];
  await expect(field(page, w.kicker)).toHaveText('柳岸街道');
  await expect(field(page, w.headline)).toHaveText('老旧小区加装电梯签约仪式举行');
  await expect(field(page, w.subheadline)).toHaveText('');
  await expect(field(page, w.dateline)).toHaveText('本报讯');
  await expect(field(page, w.byline)).toHaveText('记者 杜望舒');
  await expect(paragraphs(page)).toHaveText(PARAGRAPHS);
}

inEach(
  'a whole story pasted into a new story is split into its fields with Alt+Enter, and Ctrl+Z puts the paste back',
  async (page, library, lang) => {
    const w = WORDS[lang];
    await newStoryInKicker(page, lang);
    // Pinyin before: 本报讯 composed into the headline, then taken out again, so the story is empty when the paste comes
    await field(page, w.headline).click();
    await composePinyin(page, 'benbaoxun', '本报讯');
    await expect(field(page, w.headline)).toHaveText('本报讯');
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await expect(field(page, w.headline)).toHaveText('');

    await field(page, w.kicker).click();
    await paste(page, WHOLE_STORY);
    // the paste lands where it was pasted, and the offer says what it is, with its key
    await expect(field(page, w.kicker)).toHaveText(AS_ONE_LINE);
    await expect(offer(page)).toContainText(w.offer);
    await expect(page.getByRole('button', { name: w.split })).toBeVisible();
    await expect(field(page, w.kicker)).toBeFocused();
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: path.join(SHOTS, `pasteSplit-offer-${lang}.png`) });
    expect(await axeProblems(page, 'the offer')).toEqual([]);

    await page.keyboard.press('Alt+Enter');
    await expectSplit(page, lang);
    await expect(offer(page)).toContainText(w.done);
    await expect(page.getByRole('button', { name: w.undo })).toBeVisible();
    await page.screenshot({ path: path.join(SHOTS, `pasteSplit-done-${lang}.png`) });
    expect(await axeProblems(page, 'the split done')).toEqual([]);
    // saved like any edit
    await expect(page.getByRole('status').filter({ hasText: w.saved })).toBeVisible({ timeout: 5000 });
    await expect
      .poll(() => {
        const story = onDisk(library);
        return typeof story === 'string'
          ? story
          : [story.kicker, story.headline, story.dateline, story.byline, story.bylinePosition, story.body];
      })
      .toEqual([
        '柳岸街道',
        '老旧小区加装电梯签约仪式举行',
        '本报讯',
        [{ role: '记者', names: ['杜望舒'], credit: '' }],
        'end',
        PARAGRAPHS.map((text) => ({ type: 'paragraph', text })),
      ]);

    // one undo takes the whole split back: the paste stands in the kicker again, every other field as it was
    await page.keyboard.press('ControlOrMeta+z');
    await expect(field(page, w.kicker)).toHaveText(AS_ONE_LINE);
    await expect(field(page, w.headline)).toHaveText('');
    await expect(field(page, w.byline)).toHaveText('');
    await expect(paragraphs(page)).toHaveText(['']);
    await expect(offer(page)).toContainText(w.undone);
    await page.screenshot({ path: path.join(SHOTS, `pasteSplit-undone-${lang}.png`) });
    await expect.poll(() => (typeof onDisk(library) === 'string' ? null : (onDisk(library) as Story).kicker)).toBe(AS_ONE_LINE);
    // and the next undo is the kicker's own: the paste itself
    await page.keyboard.press('ControlOrMeta+z');
    await expect(field(page, w.kicker)).toHaveText('');
  },
);

inEach(
  'Pinyin after the split lands in the body; the Undo button takes a split back; the split survives a reload',
  async (page, library, lang) => {
    const w = WORDS[lang];
    await newStoryInKicker(page, lang);
    await paste(page, WHOLE_STORY);
    await page.keyboard.press('Alt+Enter');
    await expectSplit(page, lang);
    // the Undo button does what Ctrl+Z does
    await page.getByRole('button', { name: w.undo }).click();
    await expect(field(page, w.kicker)).toHaveText(AS_ONE_LINE);
    await expect(paragraphs(page)).toHaveText(['']);
    await expect(field(page, w.kicker)).toBeFocused();

    // empty again, pasted again, split again
    await page.keyboard.press('ControlOrMeta+a');
    await page.keyboard.press('Backspace');
    await paste(page, WHOLE_STORY);
    await expect(offer(page)).toContainText(w.offer);
    await page.keyboard.press('Alt+Enter');
    await expectSplit(page, lang);

    // Pinyin after: composed at the end of the body's last paragraph
    await paragraphs(page).last().click();
    await page.keyboard.press('End');
    await composePinyin(page, 'xianchang', '现场');
    await page.keyboard.type('气氛热烈。');
    await expect(paragraphs(page)).toHaveText([PARAGRAPHS[0] as string, `${PARAGRAPHS[1]}现场气氛热烈。`]);
    // typed on: the split can no longer be taken back in one step, so its notice has gone
    await expect(offer(page)).toHaveCount(0);
    await expect
      .poll(() => {
        const story = onDisk(library);
        return typeof story === 'string' ? story : story.body.map((b) => b.text);
      })
      .toEqual([PARAGRAPHS[0], `${PARAGRAPHS[1]}现场气氛热烈。`]);

    await page.reload();
    await page.getByText('老旧小区加装电梯签约仪式举行').first().click();
    await expect(field(page, w.kicker)).toHaveText('柳岸街道');
    await expect(field(page, w.byline)).toHaveText('记者 杜望舒');
    await expect(paragraphs(page)).toHaveText([PARAGRAPHS[0] as string, `${PARAGRAPHS[1]}现场气氛热烈。`]);
  },
);

inEach('Pinyin typed while the offer shows goes into the field whole, and the offer goes away', async (page, _library, lang) => {
  const w = WORDS[lang];
  await newStoryInKicker(page, lang);
  await paste(page, WHOLE_STORY);
  await expect(offer(page)).toContainText(w.offer);
  await composePinyin(page, 'nihao', '你好');
  await expect(field(page, w.kicker)).toHaveText(`${AS_ONE_LINE}你好`);
  await expect(offer(page)).toHaveCount(0);
  // Alt+Enter now offers nothing: the fields stay as typed
  await page.keyboard.press('Alt+Enter');
  await expect(field(page, w.headline)).toHaveText('');
  await expect(field(page, w.kicker)).toHaveText(`${AS_ONE_LINE}你好`);
});

inEach('no offer in a story already written, nor for one line; several stories are sent to Import page', async (page, library, lang) => {
  const w = WORDS[lang];
  const written = newStory(
    { headline: '社区开放日', body: [{ type: 'paragraph', text: '5月8日上午，东湖社区举办开放日。' }] },
    { id: `e2e-paste-written-${lang}` },
  );
  writeFileSync(path.join(library, `${written.id}.story.json`), serializeStory(written));
  await page.getByText(written.headline).first().click();
  await expect(field(page, w.headline)).toHaveText(written.headline);
  await paragraphs(page).last().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await paste(page, WHOLE_STORY);
  // the paste is in the body as paragraphs, and nothing is offered
  await expect(paragraphs(page).last()).toHaveText('记者 杜望舒');
  await expect(field(page, w.headline)).toHaveText(written.headline);
  await expect(page.getByText(w.offer)).toHaveCount(0);

  // a new story: one line pasted is just a paste
  await newStoryInKicker(page, lang);
  await paste(page, '柳岸街道');
  await expect(field(page, w.kicker)).toHaveText('柳岸街道');
  await expect(page.getByText(w.offer)).toHaveCount(0);

  // another new story: two stories pasted are said to be two, and Alt+Enter brings them to the import review
  await newStoryInKicker(page, lang);
  await paste(page, [...LIUAN_LINES, '', ...TAOWU_LINES].join('\n'));
  await expect(offer(page)).toContainText(w.several);
  await page.screenshot({ path: path.join(SHOTS, `pasteSplit-several-${lang}.png`) });
  await page.keyboard.press('Alt+Enter');
  await expect(page.getByText(w.imported).first()).toBeVisible();
});
