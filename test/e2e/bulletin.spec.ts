// Bulletins as a reporter uses them: made from the keyboard, reordered by keys and by dragging, exported whole, filed; in Chinese too.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import iconv from 'iconv-lite';
import {
  countStory,
  newStory,
  readBulletinFile,
  readStoryFile,
  serializeBulletin,
  serializeStory,
  type Bulletin,
  type Story,
} from '../../shared/index';
import { expect, startHost, test } from './fixtures';
import { isBulletinFile } from '../../shared/fileNames';

const TITLE = '二七报 6月21日 第3版';

const STORIES: Story[] = [
  newStory(
    {
      kicker: '东湖街道',
      headline: '举办社区消防安全开放日',
      body: [{ type: 'paragraph', text: '5月8日上午，东湖街道在文化广场举办消防安全开放日活动。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id: 'e2e-page-a', now: new Date('2026-06-20T08:00:00Z') },
  ),
  newStory(
    { headline: '夜间义诊进社区', body: [{ type: 'paragraph', text: '志愿者为居民测量血压。' }] },
    { id: 'e2e-page-b', now: new Date('2026-06-20T09:00:00Z') },
  ),
  newStory(
    {
      headline: '读书节开幕',
      body: [
        { type: 'paragraph', text: '活动持续一个月。' },
        { type: 'paragraph', text: '共有20场讲座。' },
      ],
    },
    { id: 'e2e-page-c', now: new Date('2026-06-20T10:00:00Z') },
  ),
];
const [A, B, C] = STORIES as [Story, Story, Story];

/** Each story as the paper's layout writes it (LAYOUT.md), by id. */
const LAID_OUT: Record<string, string> = {
  [A.id]: '东湖街道\n\n举办社区消防安全开放日\n\n本报讯 5月8日上午，东湖街道在文化广场举办消防安全开放日活动。\n\n记者 李明',
  [B.id]: '夜间义诊进社区\n\n本报讯 志愿者为居民测量血压。',
  [C.id]: '读书节开幕\n\n本报讯 活动持续一个月。\n\n共有20场讲座。',
};
const pageText = (order: Story[]) => order.map((s) => LAID_OUT[s.id]).join('\n\n') + '\n';

function writeStories(library: string, stories: Story[] = STORIES): void {
  for (const s of stories) writeFileSync(path.join(library, `${s.id}.story.json`), serializeStory(s));
}

function bulletinFile(library: string): string {
  const [file] = readdirSync(library).filter((f) => isBulletinFile(f));
  if (!file) throw new Error('no bulletin file');
  return file;
}

function readBulletin(library: string): Bulletin {
  const file = bulletinFile(library);
  const r = readBulletinFile(readFileSync(path.join(library, file), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

function readStory(library: string, id: string): Story {
  const r = readStoryFile(readFileSync(path.join(library, `${id}.story.json`), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

/** Presses Tab until this control has the focus (keyboard only, whatever lies between). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await target.evaluate((el) => el.ownerDocument.activeElement === el)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error('Tab never reached the control');
}

/** The stories as the list shows them, in order (their headlines). */
function pageList(page: Page): Locator {
  return page.getByRole('main').getByRole('list', { name: /Stories on the page|本版稿件/ });
}

async function expectOrder(page: Page, library: string, order: Story[]): Promise<void> {
  const items = pageList(page).getByRole('listitem');
  await expect(items).toHaveCount(order.length);
  for (const [i, s] of order.entries()) await expect(items.nth(i)).toContainText(s.headline);
  await expect.poll(() => readBulletin(library).stories, { timeout: 5000 }).toEqual(order.map((s) => s.id));
}

/** A bulletin of these stories made through the desk's own call, then the window read afresh and the bulletin opened from the sidebar. */
async function openBulletinOf(page: Page, stories: Story[], bulletinsName = 'Bulletins'): Promise<void> {
  await page.waitForFunction(() => 'bulletinDesk' in globalThis);
  await page.evaluate(
    ([title, ids]) =>
      (globalThis as unknown as { bulletinDesk: { call(n: string, i: unknown): Promise<unknown> } }).bulletinDesk.call('bulletin.create', {
        title,
        date: '2026-06-21',
        stories: ids,
      }),
    [TITLE, stories.map((s) => s.id)] as const,
  );
  await page.reload();
  await page
    .getByRole('list', { name: bulletinsName })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();
  await expect(page.getByRole('heading', { name: TITLE, level: 2 })).toBeVisible();
}

test('a bulletin of three stories made from the keyboard alone, reordered with Alt+arrows, exports byte for byte', async ({
  app,
  host,
}) => {
  writeStories(host.library);
  await expect(app.getByText(C.headline)).toBeVisible();

  await tabTo(app, app.getByRole('button', { name: 'New bulletin', exact: true }));
  await app.keyboard.press('Enter');
  const title = app.getByRole('textbox', { name: 'Title' });
  await expect(title).toBeFocused();
  await expect(app.getByLabel('Date')).toHaveValue(/^\d{4}-\d{2}-\d{2}$/);
  await app.keyboard.type(TITLE);
  await app.keyboard.press('Enter');

  await expect(app.getByRole('heading', { name: TITLE, level: 2 })).toBeVisible();
  await expect(app.getByRole('button', { name: 'Add stories…' })).toBeFocused();
  await app.keyboard.press('Enter');
  const chooser = app.getByRole('dialog', { name: 'Add stories' });
  await expect(chooser.getByRole('searchbox', { name: 'Filter' })).toBeFocused();
  for (const s of [A, B, C]) {
    await tabTo(app, chooser.getByRole('checkbox', { name: new RegExp(s.headline) }));
    await app.keyboard.press('Space');
  }
  await tabTo(app, chooser.getByRole('button', { name: 'Add to the page (3)' }));
  await app.keyboard.press('Enter');
  await expect(chooser).toBeHidden();
  await expectOrder(app, host.library, [A, B, C]);

  const items = pageList(app).getByRole('listitem');
  await expect(items.nth(0)).toBeFocused();
  await app.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(1)).toContainText(A.headline);
  await expect(items.nth(1)).toBeFocused();
  await app.keyboard.press('Alt+ArrowDown');
  await expect(items.nth(2)).toBeFocused();
  await expect(app.getByText(`“${A.headline}” is now at position 3 of 3.`)).toBeAttached();
  await app.keyboard.press('Alt+ArrowUp');
  await expect(items.nth(1)).toBeFocused();
  await expectOrder(app, host.library, [B, A, C]);

  const preview = app.getByRole('region', { name: 'Page preview' });
  await expect(preview).toHaveText(pageText([B, A, C]));
  const total = STORIES.reduce((n, s) => n + countStory(s).story, 0);
  await expect(app.getByText(`Total: ${total} characters`)).toBeVisible();

  await tabTo(app, app.getByRole('button', { name: 'Export page…' }));
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: 'Export the page' });
  await expect(dialog).toBeVisible();
  // two stories have no byline: the copy check's warnings are told first
  await expect(dialog.getByText('2 stories have 2 warnings from the copy check between them.')).toBeVisible();
  await tabTo(app, dialog.getByRole('button', { name: 'Export anyway' }));
  await app.keyboard.press('Enter');
  await tabTo(app, dialog.getByRole('button', { name: 'Save as…' }));
  const [download] = await Promise.all([app.waitForEvent('download'), app.keyboard.press('Enter')]);
  const bytes = readFileSync((await download.path()) as string);
  expect(bytes.equals(Buffer.from(pageText([B, A, C]), 'utf8'))).toBe(true);
});

test('stories are put in order by dragging them', async ({ app, host }) => {
  writeStories(host.library);
  await openBulletinOf(app, [A, B, C]);
  await expectOrder(app, host.library, [A, B, C]);
  const items = pageList(app).getByRole('listitem');
  await items.nth(2).dragTo(items.nth(0));
  await expectOrder(app, host.library, [C, A, B]);
  await items.nth(1).dragTo(items.nth(2));
  await expectOrder(app, host.library, [C, B, A]);
  await expect(app.getByRole('region', { name: 'Page preview' })).toHaveText(pageText([C, B, A]));
});

test('the page exported as GB18030 with CRLF line endings', async ({ app, host }) => {
  writeStories(host.library);
  await openBulletinOf(app, [C, A, B]);
  await app.getByRole('button', { name: 'Export page…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export the page' });
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  await dialog.getByLabel('Encoding').selectOption('gb18030');
  await dialog.getByLabel('Line endings').selectOption('crlf');
  const [download] = await Promise.all([app.waitForEvent('download'), dialog.getByRole('button', { name: 'Save as…' }).click()]);
  const bytes = readFileSync((await download.path()) as string);
  expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).toThrow();
  expect(iconv.decode(bytes, 'gb18030')).toBe(pageText([C, A, B]).replace(/\n/g, '\r\n'));
  await expect(dialog.getByText(/Downloaded as/)).toBeVisible();
});

test('an export the service refuses says what to fix and writes nothing', async ({ app, host }) => {
  const empty = newStory({ headline: '只有标题' }, { id: 'e2e-page-empty' });
  writeStories(host.library, [A, empty]);
  await openBulletinOf(app, [A, empty]);
  await expect(app.getByText('Story 2 (只有标题) lacks a body')).toBeVisible();
  await app.getByRole('button', { name: 'Export page…' }).click();
  const dialog = app.getByRole('dialog', { name: 'Export the page' });
  let downloads = 0;
  app.on('download', () => downloads++);
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  await dialog.getByRole('button', { name: 'Save as…' }).click();
  await expect(dialog.getByText(/Export refused: .*只有标题.*no body/)).toBeVisible();
  expect(downloads).toBe(0);
});

test('a story missing from the library is shown as missing, kept until the reporter removes it', async ({ app, host }) => {
  writeStories(host.library, [A, B]);
  const gone = { id: 'e2e-page-gone', headline: '' } as Story;
  await openBulletinOf(app, [A, gone, B]);
  const items = pageList(app).getByRole('listitem');
  await expect(items).toHaveCount(3);
  await expect(items.nth(1)).toContainText('Missing from the library');
  await expect(app.getByText('One story of the page is missing from the library: remove it to export.')).toBeVisible();
  await expect(app.getByRole('region', { name: 'Page preview' })).toHaveText(pageText([A, B]));
  expect(readBulletin(host.library).stories).toEqual([A.id, gone.id, B.id]);
  await items.nth(1).getByRole('button', { name: 'Remove from bulletin' }).click();
  await expectOrder(app, host.library, [A, B]);
  await expect(items.nth(1)).toBeFocused();
});

test('marking the page filed files every story and the bulletin with the time', async ({ app, host }) => {
  writeStories(host.library);
  await openBulletinOf(app, [A, B, C]);
  await app.getByRole('button', { name: 'Mark filed…' }).click();
  const confirm = app.getByRole('dialog', { name: 'Mark the page filed' });
  // two stories have no byline: the copy check's warnings are told first, and Cancel (the safe answer) has the focus
  await expect(confirm.getByText('2 stories have 2 warnings from the copy check between them.')).toBeVisible();
  await expect(confirm.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(confirm).toBeHidden();
  expect(readStory(host.library, A.id).status).toBe('draft');

  await app.getByRole('button', { name: 'Mark filed…' }).click();
  await confirm.getByRole('button', { name: 'File anyway', exact: true }).click();
  await expect(app.getByText(/^Filed on /)).toBeVisible();
  await expect(pageList(app).getByText('Filed', { exact: true })).toHaveCount(3);
  for (const s of STORIES) expect(readStory(host.library, s.id).status).toBe('filed');
  const filedAt = readBulletin(host.library).filedAt;
  expect(filedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
});

test('title edits are saved; a bulletin changed by another program is read again and the reporter told', async ({ app, host }) => {
  writeStories(host.library);
  await openBulletinOf(app, [A, B, C]);
  const title = app.getByRole('textbox', { name: 'Title' });
  await title.fill('二七报 6月22日 第3版');
  await title.press('Enter');
  await expect(app.getByRole('heading', { name: '二七报 6月22日 第3版', level: 2 })).toBeVisible();
  await expect.poll(() => readBulletin(host.library).title).toBe('二七报 6月22日 第3版');
  await expect(app.getByRole('list', { name: 'Bulletins' }).getByRole('button', { name: /6月22日/ })).toHaveAttribute(
    'aria-current',
    'true',
  );

  // another program reorders the page and retitles it
  const theirs = { ...readBulletin(host.library), title: '别处改过的版面', stories: [C.id, B.id, A.id] };
  writeFileSync(path.join(host.library, bulletinFile(host.library)), serializeBulletin(theirs));
  await pageList(app).getByRole('listitem').nth(0).getByRole('button', { name: 'Move down' }).click();
  await expect(app.getByText(/changed on disk by another program, so it was read again/)).toBeVisible();
  await expect(app.getByRole('heading', { name: '别处改过的版面', level: 2 })).toBeVisible();
  await expectOrder(app, host.library, [C, B, A]);
});

test('the bulletin view speaks Chinese in the Chinese interface', async ({ browser }) => {
  const zh = await startHost({ lang: 'zh-CN' });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  try {
    writeStories(zh.library);
    await page.goto(zh.url);
    await page.getByRole('button', { name: '新建版面' }).click();
    await expect(page.getByRole('heading', { name: '新建版面' })).toBeVisible();
    await expect(page.getByRole('textbox', { name: '标题' })).toBeFocused();
    await expect(page.getByLabel('日期')).toBeVisible();
    await expect(page.getByRole('button', { name: '创建' })).toBeVisible();

    await openBulletinOf(page, [A, B], '版面');
    const main = page.getByRole('main');
    for (const name of ['添加稿件…', '导出整版…', '标记为已交稿…', '校样', '关闭'])
      await expect(main.getByRole('button', { name, exact: true })).toBeVisible();
    await expect(main.getByRole('button', { name: '上移' })).toHaveCount(2);
    await expect(main.getByRole('button', { name: '下移' })).toHaveCount(2);
    await expect(main.getByRole('button', { name: '移出版面' })).toHaveCount(2);
    await expect(main.getByRole('region', { name: '整版预览' })).toBeVisible();
    await expect(main.getByText(/^字数合计：\d+ 字$/)).toBeVisible();
    await main.getByRole('button', { name: '导出整版…' }).click();
    await expect(page.getByRole('dialog', { name: '导出整版' }).getByText('1 篇稿件共有 1 处提醒。')).toBeVisible();
    await page.getByRole('dialog', { name: '导出整版' }).getByRole('button', { name: '仍然导出' }).click();
    await expect(page.getByRole('dialog', { name: '导出整版' }).getByRole('button', { name: '复制到剪贴板' })).toBeVisible();
  } finally {
    await context.close();
    await zh.stop();
  }
});

test('a change the disk refuses is kept and saved by itself once the disk takes it, even after the view is closed', async ({
  app,
  host,
}) => {
  writeStories(host.library);
  await openBulletinOf(app, [A, B, C]);
  // the host answers the first save with a disk fault
  let refused = 0;
  await app.route('**/api/call/bulletin.save', async (route) => {
    if (refused++ === 0) return route.fulfill({ status: 500, contentType: 'text/plain', body: 'the disk is full' });
    return route.continue();
  });
  await pageList(app).getByRole('listitem').nth(0).getByRole('button', { name: 'Move down' }).click();
  // a plain-text answer of the host is worded by the interface (its own words are kept for logs only)
  await expect(app.getByText(/Not saved yet: .*the desk answered with an error \(500\).*saved by itself/)).toBeVisible();
  expect(readBulletin(host.library).stories).toEqual([A.id, B.id, C.id]);
  await app.getByRole('main').getByRole('button', { name: 'Close', exact: true }).click();
  await expect(app.getByRole('heading', { name: TITLE, level: 2 })).toBeHidden();
  await expect.poll(() => readBulletin(host.library).stories, { timeout: 10_000 }).toEqual([B.id, A.id, C.id]);
  expect(refused).toBe(2);
});

test('a title typed and left by a shortcut is saved all the same', async ({ app, host }) => {
  writeStories(host.library);
  await openBulletinOf(app, [A, B]);
  const title = app.getByRole('textbox', { name: 'Title' });
  await title.fill('二七报 6月23日 第3版');
  await app.keyboard.press('Control+n');
  await expect(app.getByRole('textbox', { name: 'Kicker', exact: true })).toBeFocused();
  await expect.poll(() => readBulletin(host.library).title).toBe('二七报 6月23日 第3版');
});
