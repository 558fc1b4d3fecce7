// The structured editor as a reporter uses it: keyboard only, Pinyin composition, saving, export, conflicts.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { readStoryFile, serializeStory, newStory, type Story } from '../../shared/index';
import { expect, startHost, test } from './fixtures';
import { composePinyin } from './ime';
import { isStoryFile } from '../../shared/fileNames';
import { field } from './storyForm';

/** Presses Tab until the field with this accessible name has the focus (keyboard only, whatever lies between). */
async function tabTo(page: Page, name: string, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  const target = page
    .getByRole('textbox', { name, exact: true })
    .or(page.getByRole('combobox', { name, exact: true }))
    .first();
  for (let i = 0; i < 12; i++) {
    // a function, not a string: Playwright returns undefined for a string that evaluates to a function
    if (await target.evaluate((el) => el.ownerDocument.activeElement === el || el.contains(el.ownerDocument.activeElement))) return;
    await page.keyboard.press(key);
  }
  throw new Error(`Tab never reached “${name}”`);
}

function storyFiles(library: string): string[] {
  return readdirSync(library).filter((f) => isStoryFile(f));
}

function readOnly(library: string): Story {
  const [file] = storyFiles(library);
  const r = readStoryFile(readFileSync(path.join(library, file as string), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const EXPECTED =
  [
    '东湖街道',
    '三项举措护航夏粮收购 确保颗粒归仓',
    '县粮食局压实责任，为种粮农户办实事',
    '本报讯 6月2日，县粮食局召开夏粮收购工作推进会。',
    '开辟绿色通道',
    '在全县12个收购网点设立售粮专用通道。',
    '记者 李明 通讯员 王芳 文/图',
  ].join('\n\n') + '\n';

test('a new user writes a whole story with the keyboard alone, and it exports byte for byte', async ({ app, host }) => {
  await app.keyboard.press('Control+n');
  await expect(field(app, 'Kicker')).toBeFocused();
  await app.keyboard.type('东湖街道');
  await app.keyboard.press('Enter');
  await expect(field(app, 'Headline')).toBeFocused();
  await app.keyboard.type('三项举措护航夏粮收购 确保颗粒归仓');
  await app.keyboard.press('Enter');
  await app.keyboard.type('县粮食局压实责任，为种粮农户办实事');
  await tabTo(app, 'Byline');
  await app.keyboard.type('记者 李明 通讯员 王芳 文/图');
  await tabTo(app, 'Body');
  await app.keyboard.type('6月2日，县粮食局召开夏粮收购工作推进会。');
  await app.keyboard.press('Enter');
  await app.keyboard.press('Control+Alt+2');
  await app.keyboard.type('开辟绿色通道');
  await app.keyboard.press('Enter');
  await app.keyboard.type('在全县12个收购网点设立售粮专用通道。');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });

  await app.keyboard.press('Control+e');
  const dialog = app.getByRole('dialog');
  await expect(dialog).toBeVisible();
  const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: /Save as/ }).click()]);
  const bytes = readFileSync((await download.path()) as string);
  expect(bytes.toString('utf8')).toBe(EXPECTED);
  expect(readOnly(host.library).byline).toEqual([
    { role: '记者', names: ['李明'], credit: '' },
    { role: '通讯员', names: ['王芳'], credit: '文/图' },
  ]);
});

test('Pinyin composition works in every field: empty, start of a paragraph, mid-text, after Enter', async ({ app, host }) => {
  await app.keyboard.press('Control+n');
  await field(app, 'Kicker').click();
  await composePinyin(app, 'donghu', '东湖');
  await app.keyboard.type('街道');
  await field(app, 'Headline').click();
  await composePinyin(app, 'juban', '举办');
  await app.keyboard.type('开放日');
  await field(app, 'Body').click();
  await composePinyin(app, 'benbao', '本报');
  await app.keyboard.type('记者从街道获悉。');
  await app.keyboard.press('Enter');
  await composePinyin(app, 'xianchang', '现场');
  await app.keyboard.type('设置了互动区域。');
  // mid-text: between 设置了 and 互动
  for (let i = 0; i < '互动区域。'.length; i++) await app.keyboard.press('ArrowLeft');
  await composePinyin(app, 'sige', '四个');
  await field(app, 'Byline').click();
  await app.keyboard.press('Control+a');
  await composePinyin(app, 'jizhe', '记者');
  await app.keyboard.type(' 李明');

  await expect(field(app, 'Kicker')).toHaveText('东湖街道');
  await expect(field(app, 'Headline')).toHaveText('举办开放日');
  await expect(field(app, 'Byline')).toHaveText('记者 李明');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  const story = readOnly(host.library);
  expect(story.kicker).toBe('东湖街道');
  expect(story.headline).toBe('举办开放日');
  expect(story.body.map((b) => b.text)).toEqual(['本报记者从街道获悉。', '现场设置了四个互动区域。']);
  expect(story.byline).toEqual([{ role: '记者', names: ['李明'], credit: '' }]);
});

test('the host killed with SIGKILL one second after the last key: after a restart the text is all there', async ({ browser, target }) => {
  test.skip(
    target === 'electron',
    'restarts bulletin serve itself; the Electron window is killed the same way by the crash tests of the library',
  );
  const first = await startHost();
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(first.url);
  await page.keyboard.press('Control+n');
  await expect(field(page, 'Kicker')).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(field(page, 'Headline')).toBeFocused();
  await page.keyboard.type('断电之前的标题');
  await field(page, 'Body').click();
  await page.keyboard.type('这是最后一个字之前写下的全部文字。');
  await page.waitForTimeout(1000);
  await first.stop('SIGKILL');
  await context.close();

  const second = await startHost({ library: first.library, userData: first.userData });
  const again = await (await browser.newContext({ locale: 'en-US' })).newPage();
  await again.goto(second.url);
  await again.getByText('断电之前的标题').first().click();
  await expect(field(again, 'Headline')).toHaveText('断电之前的标题');
  await expect(field(again, 'Body')).toHaveText('这是最后一个字之前写下的全部文字。');
  await second.stop();
});

async function openStory(app: Page, library: string, story: Story): Promise<string> {
  const file = path.join(library, 'outside.story.json');
  writeFileSync(file, serializeStory(story));
  await app.getByText(story.headline).first().click();
  await expect(field(app, 'Headline')).toHaveText(story.headline);
  return file;
}

test('a change on disk reloads the editor when nothing is unsaved, and says so', async ({ app, host }) => {
  const story = newStory({ headline: '原来的标题', body: [{ type: 'paragraph', text: '原文。' }] }, { id: 'e2e-reload-1' });
  const file = await openStory(app, host.library, story);
  writeFileSync(file, serializeStory({ ...story, headline: '别处改过的标题' }));
  await expect(field(app, 'Headline')).toHaveText('别处改过的标题');
  await expect(app.getByRole('status')).toContainText(/changed on disk|reloaded/i);
});

test('a change on disk while edits are unsaved offers Reload theirs, Keep mine, Keep both', async ({ app, host }) => {
  const story = newStory({ headline: '两边都改了', body: [{ type: 'paragraph', text: '原文。' }] }, { id: 'e2e-conflict-1' });
  const file = await openStory(app, host.library, story);
  await field(app, 'Body').click();
  await app.keyboard.press('End');
  await app.keyboard.type('我加的字。');
  writeFileSync(file, serializeStory({ ...story, headline: '别处改的' }));
  await expect(app.getByRole('button', { name: 'Reload theirs' })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Keep mine' })).toBeVisible();
  await app.getByRole('button', { name: 'Keep both' }).click();
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  const texts = storyFiles(host.library).map((f) => readFileSync(path.join(host.library, f), 'utf8'));
  expect(texts.some((t) => t.includes('别处改的'))).toBe(true);
  expect(texts.some((t) => t.includes('原文。我加的字。'))).toBe(true);
});

test('an unreadable file is listed with its reason and not opened for editing', async ({ app, host }) => {
  writeFileSync(path.join(host.library, 'broken.story.json'), '{ this is not a story');
  await expect(app.getByText('broken.story.json')).toBeVisible();
  await expect(app.getByText(/not valid JSON/)).toBeVisible();
});

test('search finds a story by a word from its body', async ({ app, host }) => {
  writeFileSync(
    path.join(host.library, 'a.story.json'),
    serializeStory(
      newStory({ headline: '夜间义诊', body: [{ type: 'paragraph', text: '志愿者为居民测量血压。' }] }, { id: 'e2e-search-1' }),
    ),
  );
  writeFileSync(
    path.join(host.library, 'b.story.json'),
    serializeStory(newStory({ headline: '读书节开幕', body: [{ type: 'paragraph', text: '活动持续一个月。' }] }, { id: 'e2e-search-2' })),
  );
  await expect(app.getByText('读书节开幕')).toBeVisible();
  await app.keyboard.press('Control+f');
  await expect(app.getByRole('searchbox', { name: 'Search' }).or(app.getByRole('textbox', { name: 'Search' }))).toBeFocused();
  await app.keyboard.type('血压');
  await expect(app.getByText('夜间义诊')).toBeVisible();
  await expect(app.getByText('读书节开幕')).toBeHidden();
});

test('the Chinese and the English interface both label every field', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  for (const [lang, labels] of [
    ['en', ['Kicker', 'Headline', 'Subheadline', 'Dateline', 'Byline', 'Body', 'Notes']],
    ['zh-CN', ['引题', '主题', '副题', '电头', '署名', '正文', '备注']],
  ] as const) {
    const host = await startHost({ lang });
    const page = await (await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' })).newPage();
    await page.goto(host.url);
    await page.keyboard.press('Control+n');
    for (const label of labels) await expect(page.getByRole('textbox', { name: label, exact: true })).toBeVisible();
    await host.stop();
  }
});

test('a filed story is locked until it is reopened, which asks first', async ({ app }) => {
  let browserDialogs = 0;
  app.on('dialog', (d) => {
    browserDialogs++;
    void d.dismiss();
  });
  await app.keyboard.press('Control+n');
  await expect(field(app, 'Kicker')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(field(app, 'Headline')).toBeFocused();
  await app.keyboard.type('交了的稿子');
  const status = app.getByRole('combobox', { name: 'Status', exact: true }).last();
  await status.selectOption('filed');
  await expect(field(app, 'Headline')).toHaveAttribute('contenteditable', 'false');
  const question = app.getByRole('dialog', { name: 'Reopen the filed story' });
  await status.selectOption('draft');
  await expect(question).toContainText('This story has been filed. Reopen it for editing?');
  await question.getByRole('button', { name: 'Keep it filed' }).click();
  await expect(question).toBeHidden();
  await expect(status).toHaveValue('filed');
  await expect(field(app, 'Headline')).toHaveAttribute('contenteditable', 'false');
  await status.selectOption('draft');
  await question.getByRole('button', { name: 'Reopen', exact: true }).click();
  await expect(question).toBeHidden();
  await expect(status).toHaveValue('draft');
  await expect(field(app, 'Headline')).toHaveAttribute('contenteditable', 'true');
  expect(browserDialogs).toBe(0);
});
