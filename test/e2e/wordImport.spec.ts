// A correspondent's Word file (.docx, built by the test) through the import review, in English and Chinese; old .doc and password-protected files refused in both.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { CORRESPONDENT, imageDocx, oldWordBytes, passwordDocxBytes } from '../wordFiles';
import { expect, startHost, test } from './fixtures';
import { storiesOnDisk } from './importPage';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const SHOTS = path.join(import.meta.dirname, '../../.tmp/shots');

/** The words each language shows, so that one test body runs in both. */
const WORDS = {
  en: {
    importPage: 'Import page…',
    open: 'Open page…',
    story1: 'Story 1',
    headline: 'Headline',
    kicker: 'Kicker',
    byline: 'Byline text',
    subheading: /^Subheading/,
    summary: '“通讯稿.docx”, Word file: 1 story found.',
    photo: '1 photo added to its story (write a caption for it in the story): 志愿者合影.png (PNG, 1 KB).',
    notes: 'A footnote in the Word file “通讯稿.docx”:',
    write: 'Write 1 draft',
    list: 'Stories',
    oldWord:
      '“旧稿.doc” is an old Word (.doc) or WPS (.wps) file, which Bulletin Desk does not read. Open it in Word or WPS, choose Save As, save it as .docx and choose that file.',
    password:
      '“加密.docx” could not be read: the Word file is protected by a password; open it in Word or WPS, remove the password, save it again as .docx and import that',
    renamedDoc: '“改名.txt” could not be read: the file is an old Word (.doc) or WPS (.wps) file',
  },
  'zh-CN': {
    importPage: '导入版面…',
    open: '打开版面…',
    story1: '稿件1',
    headline: '主题',
    kicker: '引题',
    byline: '署名文字',
    subheading: /^小标题/,
    summary: '“通讯稿.docx”，Word 文件：找到 1 篇稿件。',
    photo: '1 张图片已加到所在稿件（请在稿件里补写图片说明）：志愿者合影.png（PNG，1 KB）。',
    notes: 'Word 文件“通讯稿.docx”中的脚注：',
    write: '写入1篇稿件',
    list: '稿件列表',
    oldWord: '“旧稿.doc”是旧版 Word（.doc）或 WPS（.wps）文件，简讯编辑台读不了。请在 Word 或 WPS 中打开，另存为 .docx，再选择另存的文件。',
    password: '无法读取“加密.docx”：这个 Word 文件设了密码；请在 Word 或 WPS 中打开，取消密码，重新保存为 .docx 后再导入',
    renamedDoc: '无法读取“改名.txt”：这是旧版 Word（.doc）或 WPS（.wps）文件',
  },
} as const;

const file = (name: string, bytes: Uint8Array, mimeType = DOCX) => ({ name, mimeType, buffer: Buffer.from(bytes) });

async function chooseFile(app: Page, w: (typeof WORDS)[keyof typeof WORDS], name: string, bytes: Uint8Array, mimeType?: string) {
  const input = app.getByLabel(w.open);
  if (!(await input.isVisible())) await app.getByRole('button', { name: w.importPage }).click();
  await input.setInputFiles(file(name, bytes, mimeType));
}

for (const lang of ['en', 'zh-CN'] as const) {
  const w = WORDS[lang];

  test(`${lang}: a correspondent’s Word file is reviewed like a page, its photo made the story’s photo, and written as a draft`, async ({
    browser,
    target,
  }) => {
    test.skip(target === 'electron', 'starts its own host in the language');
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    const app = await context.newPage();
    try {
      await app.goto(host.url);
      await chooseFile(app, w, '通讯稿.docx', await imageDocx());
      const story = app.getByRole('region', { name: w.story1, exact: true });
      await expect(story).toBeVisible();
      await expect(app.getByText(w.summary, { exact: false })).toBeVisible();
      const line = (label: string) => story.locator('li', { has: app.locator('.ir-label').getByText(label, { exact: true }) });
      await expect(line(w.kicker)).toContainText(CORRESPONDENT.kicker);
      await expect(line(w.headline)).toContainText(CORRESPONDENT.headline);
      await expect(story.getByRole('textbox', { name: w.byline })).toHaveValue('通讯员 李红 记者 王小明');
      await expect(story.locator('li', { hasText: CORRESPONDENT.subheading }).locator('.ir-label')).toHaveText(w.subheading);
      // the source column shows the Word file's paragraphs as the importer numbered them
      const source = app.locator('.ir-source');
      await expect(source.locator('li[data-line="3"]')).toContainText(CORRESPONDENT.headline);
      await expect(source.locator('li[data-line="7"]')).toContainText(CORRESPONDENT.first);
      // the photo: said in the review and made the story's photo (no note left of it); the footnote kept in the notes
      await expect(app.locator('.ir-word-notice')).toContainText(w.photo);
      await expect(story.locator('.ir-notes')).toContainText(w.notes);
      await expect(story.locator('.ir-notes')).not.toContainText('志愿者合影.png');
      await app.screenshot({ path: path.join(SHOTS, `word-review-${lang}.png`), fullPage: true });

      await app.getByRole('button', { name: w.write }).click();
      await expect.poll(() => storiesOnDisk(host.library).map((s) => s.headline)).toEqual([CORRESPONDENT.headline]);
      const [written] = storiesOnDisk(host.library);
      expect(written?.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph']);
      expect(written?.notes).toContain('志愿者名单见附件');
      expect(written?.photos).toHaveLength(1);
      // stored in the library's photos folder once the draft is written
      expect(readdirSync(path.join(host.library, 'photos'))).toContain(written?.photos[0]?.file);
      await expect(
        app.getByRole('listbox', { name: w.list }).getByRole('option', { name: new RegExp(CORRESPONDENT.headline) }),
      ).toBeVisible();
    } finally {
      await context.close();
      await host.stop();
    }
  });

  test(`${lang}: an old .doc and a password-protected Word file are refused, saying what to do`, async ({ browser, target }) => {
    test.skip(target === 'electron', 'starts its own host in the language');
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    const app = await context.newPage();
    try {
      await app.goto(host.url);
      const alert = app.getByRole('alert');
      await chooseFile(app, w, '旧稿.doc', oldWordBytes(), 'application/msword');
      await expect(alert).toHaveText(w.oldWord);
      await app.screenshot({ path: path.join(SHOTS, `word-refused-${lang}.png`) });
      // told by its bytes, whatever its name says
      await chooseFile(app, w, '加密.docx', passwordDocxBytes());
      await expect(alert).toHaveText(w.password);
      await chooseFile(app, w, '改名.txt', oldWordBytes(), 'text/plain');
      await expect(alert).toContainText(w.renamedDoc);
      expect(storiesOnDisk(host.library)).toEqual([]);
    } finally {
      await context.close();
      await host.stop();
    }
  });
}

test('a Word file dropped on the window opens its review', async ({ app }) => {
  // the window is drawn (and listens for drops) before the file is dropped, as a reporter would see it
  await expect(app.getByRole('button', { name: 'New story' })).toBeVisible();
  const bytes = [...(await imageDocx())];
  const transfer = await app.evaluateHandle(
    ([b, n, m]) => {
      // the page's own DataTransfer and File (this file is type-checked without the DOM's types)
      const w = globalThis as unknown as {
        DataTransfer: new () => { items: { add(f: unknown): void } };
        File: new (parts: Uint8Array[], name: string, o: { type: string }) => unknown;
      };
      const dt = new w.DataTransfer();
      dt.items.add(new w.File([new Uint8Array(b as number[])], n as string, { type: m as string }));
      return dt;
    },
    [bytes, '投稿.docx', DOCX] as const,
  );
  for (const event of ['dragenter', 'dragover', 'drop']) await app.dispatchEvent('body', event, { dataTransfer: transfer });
  await expect(app.getByText('“投稿.docx”, Word file: 1 story found.', { exact: false })).toBeVisible();
  await expect(app.getByRole('region', { name: 'Story 1', exact: true }).getByRole('textbox', { name: 'Byline text' })).toHaveValue(
    '通讯员 李红 记者 王小明',
  );
});
