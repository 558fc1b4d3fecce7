// The copy-check gate before export, page export and filing, and the desk's refusals worded in Chinese, as a reporter sees them in both languages.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from '@playwright/test';
import { newStory, readStoryFile, serializeStory, type Story } from '../../shared/index';
import { expect, startHost, test, type Host } from './fixtures';

const byline = (name: string) => [{ role: '记者', names: [name], credit: '' }];

/** A halfwidth comma in the body: one error, at offset 4 of the first paragraph. */
const COMMA = newStory(
  { headline: '枫溪镇开展义诊', body: [{ type: 'paragraph', text: '当天上午,义诊现场人头攒动。' }], byline: byline('李明') },
  { id: 'e2e-gate-comma', now: new Date('2026-06-20T08:00:00Z') },
);
/** A halfwidth exclamation mark at the body's end: one error. */
const BANG = newStory(
  { headline: '读书节开幕', body: [{ type: 'paragraph', text: '活动持续一个月!' }], byline: byline('王芳') },
  { id: 'e2e-gate-bang', now: new Date('2026-06-20T09:00:00Z') },
);
/** Clean copy: no finding. */
const CLEAN = newStory(
  {
    kicker: '东湖街道',
    headline: '举办社区消防安全开放日',
    body: [{ type: 'paragraph', text: '5月8日上午，东湖街道在文化广场举办消防安全开放日活动。' }],
    byline: byline('李明'),
  },
  { id: 'e2e-gate-clean', now: new Date('2026-06-20T10:00:00Z') },
);
const TITLE = '二七报 6月21日 第4版';

/** What the interface says, in each language. */
const WORDS = {
  en: {
    exportTitle: 'Export',
    exportStory: 'This story has 1 error from the copy check.',
    exportPage: 'Export page…',
    exportPageTitle: 'Export the page',
    markFiled: 'Mark filed…',
    markFiledTitle: 'Mark the page filed',
    pageTotal: '2 stories have 2 errors from the copy check between them.',
    storyCount: 'copy check: 1 error',
    review: 'Review',
    exportAnyway: 'Export anyway',
    fileAnyway: 'File anyway',
    close: 'Close',
    cancel: 'Cancel',
    houseStyle: 'House style',
    encoding: 'Encoding',
    saveAs: 'Save as…',
    bulletins: 'Bulletins',
    stories: 'Stories on the page',
    filedOn: /^Filed on /,
    body: 'Body',
  },
  'zh-CN': {
    exportTitle: '导出',
    exportStory: '这篇稿件校对出 1 处错误。',
    exportPage: '导出整版…',
    exportPageTitle: '导出整版',
    markFiled: '标记为已交稿…',
    markFiledTitle: '将本版标记为已交稿',
    pageTotal: '2 篇稿件共有 2 处错误。',
    storyCount: '校对：1 处错误',
    review: '检查',
    exportAnyway: '仍然导出',
    fileAnyway: '仍然标记为已交稿',
    close: '关闭',
    cancel: '取消',
    houseStyle: '版式',
    encoding: '编码',
    saveAs: '另存为…',
    bulletins: '版面',
    stories: '本版稿件',
    filedOn: /^交稿时间：/,
    body: '正文',
  },
} as const;
type Language = keyof typeof WORDS;

function writeStories(library: string, stories: Story[]): void {
  for (const s of stories) writeFileSync(path.join(library, `${s.id}.story.json`), serializeStory(s));
}

function readStory(library: string, id: string): Story {
  const r = readStoryFile(readFileSync(path.join(library, `${id}.story.json`), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** The app in a language, on a host of its own (Chinese) or the fixtures' one (English). */
async function inLanguage(
  language: Language,
  fixtures: { browser: Browser; app: Page; host: Host },
  run: (app: Page, host: Host) => Promise<void>,
): Promise<void> {
  if (language === 'en') return run(fixtures.app, fixtures.host);
  const host = await startHost({ lang: 'zh-CN' });
  const context = await fixtures.browser.newContext({ locale: 'zh-CN' });
  try {
    const page = await context.newPage();
    await page.goto(host.url);
    await run(page, host);
  } finally {
    await context.close();
    await host.stop();
  }
}

/** The text selected in the page. */
async function selection(app: Page): Promise<string> {
  return app.evaluate(() => (globalThis as unknown as { getSelection(): { toString(): string } | null }).getSelection()?.toString() ?? '');
}

/** Review showed the finding: its text selected in the Body field, which has the focus. */
async function expectBodySelected(app: Page, w: (typeof WORDS)[Language], text: string): Promise<void> {
  await expect.poll(() => selection(app)).toBe(text);
  const body = app.getByRole('textbox', { name: w.body, exact: true });
  await expect.poll(() => body.evaluate((el) => el.contains(el.ownerDocument.activeElement))).toBe(true);
}

/** A bulletin of these stories made through the desk's own call, then opened from the sidebar. */
async function openBulletinOf(app: Page, stories: Story[], w: (typeof WORDS)[Language], houseStyle?: string): Promise<void> {
  await app.waitForFunction(() => 'bulletinDesk' in globalThis);
  await app.evaluate(
    ([title, ids, style]) =>
      (globalThis as unknown as { bulletinDesk: { call(n: string, i: unknown): Promise<unknown> } }).bulletinDesk.call('bulletin.create', {
        title,
        date: '2026-06-21',
        stories: ids,
        ...(style ? { houseStyle: style } : {}),
      }),
    [TITLE, stories.map((s) => s.id), houseStyle] as const,
  );
  await app.reload();
  await openBulletin(app, w);
}

async function openBulletin(app: Page, w: (typeof WORDS)[Language]): Promise<void> {
  await app
    .getByRole('list', { name: w.bulletins })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();
  await expect(app.getByRole('heading', { name: TITLE, level: 2 })).toBeVisible();
}

async function expectActions(dialog: ReturnType<Page['getByRole']>, names: string[]): Promise<void> {
  await expect(dialog.locator('.dialog-actions button')).toHaveText(names);
}

for (const language of ['en', 'zh-CN'] as const) {
  const w = WORDS[language];

  test(`${language}: exporting a story with errors shows the count; Review selects the finding; Export anyway exports`, async ({
    browser,
    app,
    host,
  }) => {
    await inLanguage(language, { browser, app, host }, async (page, h) => {
      writeStories(h.library, [COMMA]);
      await page.getByText(COMMA.headline).first().click();
      await expect(page.getByRole('textbox', { name: w.body, exact: true })).toContainText('义诊现场');

      await page.keyboard.press('Control+e');
      const dialog = page.getByRole('dialog', { name: w.exportTitle });
      await expect(dialog.getByText(w.exportStory)).toBeVisible();
      await expectActions(dialog, [w.close, w.review, w.exportAnyway]);
      await dialog.getByRole('button', { name: w.review }).click();
      await expect(dialog).toBeHidden();
      await expectBodySelected(page, w, ',');
      await page.screenshot({ path: `.tmp/shots/gate-story-review-${language}.png` });

      await page.keyboard.press('Control+e');
      await expect(dialog.getByText(w.exportStory)).toBeVisible();
      await page.screenshot({ path: `.tmp/shots/gate-story-export-${language}.png` });
      await dialog.getByRole('button', { name: w.exportAnyway }).click();
      await expect(dialog.getByRole('combobox', { name: w.houseStyle })).toBeFocused();
      await expectActions(dialog, [w.close, language === 'en' ? 'Copy to clipboard' : '复制到剪贴板', w.saveAs]);
      const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: w.saveAs }).click()]);
      expect(readFileSync((await download.path()) as string, 'utf8')).toContain('当天上午,义诊现场人头攒动。');
    });
  });

  test(`${language}: the page shows each story's count and the total; page export and mark filed ask first`, async ({
    browser,
    app,
    host,
  }) => {
    await inLanguage(language, { browser, app, host }, async (page, h) => {
      writeStories(h.library, [COMMA, CLEAN, BANG]);
      await openBulletinOf(page, [COMMA, CLEAN, BANG], w);
      const items = page.getByRole('main').getByRole('list', { name: w.stories }).getByRole('listitem');
      await expect(items).toHaveCount(3);
      await expect(items.nth(0)).toContainText(w.storyCount);
      await expect(items.nth(1)).not.toContainText(w.storyCount);
      await expect(items.nth(2)).toContainText(w.storyCount);
      await expect(page.locator('.bulletin-copy-check p')).toHaveText(w.pageTotal);
      await page.screenshot({ path: `.tmp/shots/gate-bulletin-${language}.png` });

      // page export: the count and the question; Review opens the first story at its finding
      await page.getByRole('button', { name: w.exportPage }).click();
      const exporting = page.getByRole('dialog', { name: w.exportPageTitle });
      await expect(exporting.getByText(w.pageTotal)).toBeVisible();
      await expectActions(exporting, [w.close, w.review, w.exportAnyway]);
      await page.screenshot({ path: `.tmp/shots/gate-page-export-${language}.png` });
      await exporting.getByRole('button', { name: w.review }).click();
      await expect(exporting).toBeHidden();
      await expectBodySelected(page, w, ',');

      // Export anyway: the usual choices, and the page as it is
      await openBulletin(page, w);
      await page.getByRole('button', { name: w.exportPage }).click();
      await exporting.getByRole('button', { name: w.exportAnyway }).click();
      await expect(exporting.getByRole('combobox', { name: w.encoding })).toBeFocused();
      const [download] = await Promise.all([page.waitForEvent('download'), exporting.getByRole('button', { name: w.saveAs }).click()]);
      const text = readFileSync((await download.path()) as string, 'utf8');
      for (const s of [COMMA, CLEAN, BANG]) expect(text).toContain(s.headline);
      await exporting.getByRole('button', { name: w.close }).click();

      // mark filed: the count, Review or File anyway
      await page.getByRole('button', { name: w.markFiled }).click();
      const filing = page.getByRole('dialog', { name: w.markFiledTitle });
      await expect(filing.getByText(w.pageTotal)).toBeVisible();
      await expectActions(filing, [w.cancel, w.review, w.fileAnyway]);
      await page.screenshot({ path: `.tmp/shots/gate-mark-filed-${language}.png` });
      await filing.getByRole('button', { name: w.review }).click();
      await expect(filing).toBeHidden();
      await expectBodySelected(page, w, ',');
      expect(readStory(h.library, COMMA.id).status).toBe('draft');

      await openBulletin(page, w);
      await page.getByRole('button', { name: w.markFiled }).click();
      await filing.getByRole('button', { name: w.fileAnyway }).click();
      await expect(page.getByText(w.filedOn)).toBeVisible();
      for (const s of [COMMA, CLEAN, BANG]) await expect.poll(() => readStory(h.library, s.id).status).toBe('filed');
    });
  });
}

test('en: clean copy goes straight to the export choices and the confirmation, with no extra step', async ({ app, host }) => {
  writeStories(host.library, [CLEAN]);
  await openBulletinOf(app, [CLEAN], WORDS.en);
  await expect(app.locator('.bulletin-copy-check p')).toHaveText('Copy check: no errors or warnings on this page.');
  await app.getByRole('button', { name: 'Export page…' }).click();
  const exporting = app.getByRole('dialog', { name: 'Export the page' });
  await expect(exporting.getByRole('combobox', { name: 'Encoding' })).toBeFocused();
  await expectActions(exporting, ['Close', 'Copy to clipboard', 'Save as…']);
  await app.keyboard.press('Escape');
  await app.getByRole('button', { name: 'Mark filed…' }).click();
  const filing = app.getByRole('dialog', { name: 'Mark the page filed' });
  await expectActions(filing, ['Cancel', 'Mark filed']);
});

/** Latin words of a text once the names it may hold (file names, encodings) are taken out. */
function latinWords(text: string, names: readonly string[] = []): string[] {
  let rest = text;
  for (const name of names) rest = rest.split(name).join(' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((word) => !['UTF', 'GB', 'BOM', 'PDF'].includes(word));
}

test('zh-CN: the desk’s refusals are said in Chinese: no headline, an unreadable page, a house style that is not there', async ({
  browser,
  app,
  host,
}) => {
  await inLanguage('zh-CN', { browser, app, host }, async (page, h) => {
    const w = WORDS['zh-CN'];
    const untitled = newStory(
      { headline: '', body: [{ type: 'paragraph', text: '正文只有一句。' }], byline: byline('李明') },
      { id: 'e2e-gate-untitled', now: new Date('2026-06-20T11:00:00Z') },
    );
    writeStories(h.library, [untitled, CLEAN]);

    // a story with no headline: export refused, and why, in Chinese
    await page.getByRole('complementary').getByText('（无主题）').first().click();
    await expect(page.getByRole('textbox', { name: w.body, exact: true })).toContainText('正文只有一句');
    await page.keyboard.press('Control+e');
    const dialog = page.getByRole('dialog', { name: w.exportTitle });
    await dialog.getByRole('button', { name: w.saveAs }).click();
    const refusal = dialog.locator('.export-outcome');
    await expect(refusal).toHaveText('导出被拒绝：第 1 篇稿件没有主题，补上之后再导出');
    expect(latinWords((await refusal.textContent()) ?? '')).toEqual([]);
    await page.screenshot({ path: '.tmp/shots/refusal-no-headline-zh-CN.png' });
    await dialog.getByRole('button', { name: w.close }).click();

    // a page neither in UTF-8 nor in GB18030: not read, and why, in Chinese
    await page.getByRole('button', { name: '导入版面…' }).click();
    const input = page.getByLabel('打开版面…');
    await input.setInputFiles({
      name: 'page-9.txt',
      mimeType: 'text/plain',
      buffer: Buffer.from([0xb1, 0xbe, 0x81, 0x20, 0xff, 0xff, 0x80, 0x0a]),
    });
    const unreadable = page.getByText(/^无法读取“page-9\.txt”：/);
    await expect(unreadable).toHaveText('无法读取“page-9.txt”：这个文件既不是 UTF-8 也不是 GB18030 文本；请另存为这两种编码之一后再导入');
    expect(latinWords((await unreadable.textContent()) ?? '', ['page-9.txt'])).toEqual([]);
    await page.screenshot({ path: '.tmp/shots/refusal-unreadable-page-zh-CN.png' });

    // a bulletin whose house style is not there any more: the page export refused, in Chinese
    await openBulletinOf(page, [CLEAN], w, '停用的版式');
    await page.getByRole('button', { name: w.exportPage }).click();
    const exporting = page.getByRole('dialog', { name: w.exportPageTitle });
    await exporting.getByRole('button', { name: w.saveAs }).click();
    const refused = exporting.locator('.export-outcome');
    await expect(refused).toHaveText('导出失败：没有名为“停用的版式”的版式；请从现有的版式中选一个');
    expect(latinWords((await refused.textContent()) ?? '')).toEqual([]);
  });
});
