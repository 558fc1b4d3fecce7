// A story's history as a reporter uses it, keyboard only: snapshots on a timeline, per-character marks, restore.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { newStory, readStoryFile, serializeStory, type Story } from '../../shared/index';
import { expect, startHost, test } from './fixtures';
import { isStoryFile } from '../../shared/fileNames';
import { field } from './storyForm';

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el.ownerDocument.activeElement === el || el.contains(el.ownerDocument.activeElement));
}

/** Presses Tab (or Shift+Tab) until the target has the focus. */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 40; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tab never reached the target');
}

function storyOnDisk(library: string): Story {
  const [file] = readdirSync(library).filter((f) => isStoryFile(f));
  const r = readStoryFile(readFileSync(path.join(library, file as string), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const FIRST = '县粮食局召开夏粮收购工作推进会。';
const ADDED = '记者走访了三个收购网点𠀀。';

test('a snapshot taken at a status change is compared per character and restored, keyboard only', async ({ app, host }) => {
  // write a story
  await app.keyboard.press('Control+n');
  await expect(field(app, 'Kicker')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(field(app, 'Headline')).toBeFocused();
  await app.keyboard.type('夏粮收购');
  await tabTo(app, field(app, 'Body'));
  await app.keyboard.type(FIRST);
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });

  // change its status (a snapshot), then write more
  const status = app.getByRole('combobox', { name: 'Status', exact: true }).last();
  await tabTo(app, status, 'Shift+Tab');
  await app.keyboard.press('ArrowDown');
  await expect(status).toHaveValue('ready');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  await tabTo(app, field(app, 'Body'));
  await app.keyboard.press('Control+End');
  await app.keyboard.type(ADDED);
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });

  // open History from the toolbar
  const historyButton = app.getByRole('button', { name: 'History', exact: true });
  await historyButton.focus();
  await app.keyboard.press('Enter');
  const timeline = app.getByRole('listbox', { name: 'Snapshots' });
  const statusSnapshot = timeline.getByRole('option', { name: /Status changed/ });
  await expect(statusSnapshot).toBeFocused();
  await expect(statusSnapshot).toHaveAttribute('aria-selected', 'true');
  await expect(statusSnapshot).toContainText('夏粮收购');
  await expect(statusSnapshot).toContainText(/\d+ characters/);
  // the arrow keys move through the timeline and back
  await app.keyboard.press('ArrowDown');
  await expect(statusSnapshot).toHaveAttribute('aria-selected', 'false');
  await app.keyboard.press('Home');
  await expect(statusSnapshot).toHaveAttribute('aria-selected', 'true');
  await expect(statusSnapshot).toBeFocused();

  // side by side, the added characters marked in the current text, unchanged fields collapsed
  const compare = app.getByRole('table', { name: 'Comparison' });
  await expect(compare.getByRole('columnheader', { name: 'Current text' })).toBeVisible();
  await expect(compare.getByRole('columnheader', { name: /^Snapshot of / })).toBeVisible();
  const body = compare.getByRole('row', { name: /^Body/ });
  await expect(body.locator('ins')).toHaveText(ADDED);
  await expect(body.locator('del')).toHaveCount(0);
  await expect(body.getByRole('cell').first()).toHaveText(FIRST);
  await expect(compare.getByRole('row', { name: /^Headline/ })).toContainText('unchanged');
  await expect(compare.getByRole('row', { name: /^Status/ })).toHaveCount(0);

  // restore, after confirming
  const restore = app.getByRole('button', { name: 'Restore this version' });
  await tabTo(app, restore);
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: /Restore the snapshot of/ });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(restore).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.keyboard.press('Tab');
  await expect(dialog.getByRole('button', { name: 'Restore', exact: true })).toBeFocused();
  await app.keyboard.press('Enter');

  // the story again, with the snapshot's text, in the editor and on disk
  await expect(field(app, 'Body')).toHaveText(FIRST);
  await expect(field(app, 'Headline')).toHaveText('夏粮收购');
  await expect(app.getByRole('button', { name: 'Reload theirs' })).toHaveCount(0);
  await expect.poll(() => storyOnDisk(host.library).body.map((b) => b.text)).toEqual([FIRST]);
  expect(storyOnDisk(host.library).status).toBe('ready');
  await expect(historyButton).toBeFocused();

  // the text before the restore is kept as a snapshot
  await app.keyboard.press('Enter');
  const beforeRestore = timeline.getByRole('option', { name: /Before a restore/ });
  await expect(beforeRestore).toBeVisible();
  await expect(timeline.getByRole('option').first()).toContainText('Before a restore');
  await app.keyboard.press('Home');
  await expect(compare.getByRole('row', { name: /^Body/ }).locator('del')).toHaveText(ADDED);
  // the first snapshot was a draft: the status is compared too, and the confirm says it changes
  await app.keyboard.press('End');
  const statusRow = compare.getByRole('row', { name: /^Status/ });
  await expect(statusRow.locator('del')).toHaveText('Draft');
  await expect(statusRow.locator('ins')).toHaveText('Ready');
  await tabTo(app, restore);
  await app.keyboard.press('Enter');
  await expect(app.getByRole('dialog')).toContainText('Its status becomes “Draft” again.');
  await app.keyboard.press('Escape');
  await expect(app.getByRole('dialog')).toHaveCount(0);

  // and typing goes on from the restored text
  await app.getByRole('button', { name: 'Back to the story' }).focus();
  await app.keyboard.press('Enter');
  await tabTo(app, field(app, 'Body'));
  await app.keyboard.press('Control+End');
  await app.keyboard.type('又一句。');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  expect(storyOnDisk(host.library).body.map((b) => b.text)).toEqual([`${FIRST}又一句。`]);
});

test('the newest text is compared, and leaving the history keeps it in the form', async ({ app, host }) => {
  const story = newStory(
    { headline: '原来的标题', body: [{ type: 'paragraph', text: '原文。' }], status: 'draft' },
    { id: 'e2e-history-2' },
  );
  writeFileSync(path.join(host.library, 'history-2.story.json'), serializeStory(story));
  await app.getByText('原来的标题').first().click();
  await expect(field(app, 'Headline')).toHaveText('原来的标题');
  // no snapshot yet: a clear note
  await app.getByRole('button', { name: 'History', exact: true }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByText(/no snapshots yet.*exported.*status changes.*every five minutes/)).toBeVisible();
  await app.getByRole('button', { name: 'Back to the story' }).focus();
  await app.keyboard.press('Enter');
  // the first save takes a snapshot; the edit after it is compared at once
  await tabTo(app, field(app, 'Headline'));
  await app.keyboard.press('End');
  await app.keyboard.type('改了');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  await tabTo(app, field(app, 'Body'));
  await app.keyboard.press('End');
  await app.keyboard.type('补充');
  await app.getByRole('button', { name: 'History', exact: true }).focus();
  await app.keyboard.press('Enter');
  const option = app.getByRole('listbox', { name: 'Snapshots' }).getByRole('option', { name: /Every five minutes/ });
  await expect(option).toBeFocused();
  await expect(app.getByRole('row', { name: /^Body/ }).locator('ins')).toHaveText('补充');
  await app.getByRole('button', { name: 'Back to the story' }).focus();
  await app.keyboard.press('Enter');
  await expect(field(app, 'Body')).toHaveText('原文。补充');
  await expect(field(app, 'Headline')).toHaveText('原来的标题改了');
  // typing on saves the whole newest text, nothing from before the history was opened
  await tabTo(app, field(app, 'Body'));
  await app.keyboard.press('Control+End');
  await app.keyboard.type('！');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  expect(storyOnDisk(host.library)).toMatchObject({ headline: '原来的标题改了', body: [{ type: 'paragraph', text: '原文。补充！' }] });
});

test('the history in Chinese', async ({ browser, target }) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const host = await startHost({ lang: 'zh-CN' });
  const story = newStory({ headline: '夜间义诊', body: [{ type: 'paragraph', text: '志愿者为居民测量血压。' }] }, { id: 'e2e-history-zh' });
  writeFileSync(path.join(host.library, 'zh.story.json'), serializeStory(story));
  const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
  await page.goto(host.url);
  await page.getByText('夜间义诊').first().click();
  await expect(field(page, '主题')).toHaveText('夜间义诊');
  await field(page, '主题').click();
  const status = page.getByRole('combobox', { name: '状态', exact: true }).last();
  await tabTo(page, status, 'Shift+Tab');
  await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('status')).toContainText('已保存', { timeout: 5000 });
  await tabTo(page, field(page, '正文'));
  await page.keyboard.press('Control+End');
  await page.keyboard.type('共服务八十余人。');
  await expect(page.getByRole('status')).toContainText('已保存', { timeout: 5000 });

  await page.getByRole('button', { name: '历史版本', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: /状态变更时/ })).toBeFocused();
  const compare = page.getByRole('table', { name: '对照' });
  await expect(compare.getByRole('columnheader', { name: '当前文本' })).toBeVisible();
  await expect(compare.getByRole('columnheader', { name: /的快照$/ })).toBeVisible();
  await expect(compare.getByRole('row', { name: /^主题/ })).toContainText('未改动');
  await expect(compare.getByRole('row', { name: /^正文/ }).locator('ins')).toHaveText('共服务八十余人。');
  await page.getByRole('button', { name: '恢复此版本' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('dialog', { name: /恢复 .* 的快照？/ })).toBeVisible();
  await expect(page.getByRole('dialog').getByRole('button', { name: '取消' })).toBeFocused();
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  await expect(field(page, '正文')).toHaveText('志愿者为居民测量血压。');
  await page.getByRole('button', { name: '历史版本', exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('option', { name: /恢复前/ })).toBeVisible();
  await host.stop();
});

test('a restore refused for a stale revision says so and changes nothing', async ({ app, host }) => {
  const story = newStory({ headline: '两个窗口', body: [{ type: 'paragraph', text: '第一版。' }] }, { id: 'e2e-history-3' });
  writeFileSync(path.join(host.library, 'history-3.story.json'), serializeStory(story));
  await app.getByText('两个窗口').first().click();
  await field(app, 'Body').click();
  await app.keyboard.press('End');
  await app.keyboard.type('第二版。');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  await app.keyboard.type('第三版。');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  // as if another window had saved meanwhile: the restore is asked on a revision the disk no longer has
  await app.route('**/api/call/history.restore', (route) =>
    route.continue({ postData: JSON.stringify({ ...(route.request().postDataJSON() as object), baseRevision: '0123456789abcdef' }) }),
  );
  await app.getByRole('button', { name: 'History', exact: true }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('option', { name: /Every five minutes/ })).toBeFocused();
  const restore = app.getByRole('button', { name: 'Restore this version' });
  // the button is enabled once the chosen snapshot's text is read (a disabled button takes no focus and no Enter)
  await expect(restore).toBeEnabled();
  await restore.focus();
  await app.keyboard.press('Enter');
  // the question opens with the safe answer focused; Tab reaches Restore
  await expect(app.getByRole('dialog').getByRole('button', { name: 'Cancel' })).toBeFocused();
  await app.keyboard.press('Tab');
  await app.keyboard.press('Enter');
  await expect(app.getByRole('alert').filter({ hasText: 'Nothing was restored' })).toContainText('changed on disk');
  await expect(restore).toBeFocused();
  await app.getByRole('button', { name: 'Back to the story' }).focus();
  await app.keyboard.press('Enter');
  await expect(field(app, 'Body')).toHaveText('第一版。第二版。第三版。');
  expect(storyOnDisk(host.library).body.map((b) => b.text)).toEqual(['第一版。第二版。第三版。']);
});
