// A sync tool's conflict copy as a reporter meets it: listed apart (never a second story), compared side by side, resolved, in English and Chinese.
import { existsSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { newStory, readStoryFile, serializeStory, type Story } from '../../shared/index';
import { storyFileName } from '../../electron/services/storyFiles';
import { expect, startHost, test } from './fixtures';
import { isStoryFile } from '../../shared/fileNames';
import { field } from './storyForm';

/** Writes a file as a sync tool does: whole, under a hidden temporary name first, then renamed into place. */
function writeWhole(folder: string, name: string, text: string): void {
  const temp = path.join(folder, `.syncthing.${name}.tmp`);
  writeFileSync(temp, text);
  renameSync(temp, path.join(folder, name));
}

function story(id: string, headline: string, body: string, updatedAt: string): Story {
  const s = newStory({ headline, body: [{ type: 'paragraph', text: body }] }, { id, now: new Date('2026-12-01T08:00:00Z') });
  return { ...s, updatedAt };
}

/** Syncthing's name for the other side of a conflict: the mark goes before the last extension. */
function syncthingCopy(original: string, device: string): string {
  return original.replace(/(\.[^.]+)$/, `.sync-conflict-20261205-101010-${device}$1`);
}

function readStory(folder: string, name: string): Story {
  const r = readStoryFile(readFileSync(path.join(folder, name), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value;
}

const ID = '5f1c2a90-0d6e-4b5a-9a43-2f1e8c7b6d01';
const HEADLINE = '夏粮收购进度过半';
const MINE = '县粮食局今天召开夏粮收购工作推进会，全县已收购小麦一万吨。';
const THEIRS = '县粮食局今天召开夏粮收购工作推进会，全县已收购小麦九千五百吨。';
const THIRD = '全县二十个收购网点全部开秤，农民排队售粮。';

test('a Syncthing conflict copy is offered beside its story, never as a second story; keep the other, then keep both', async ({
  app,
  host,
}) => {
  const original = story(ID, HEADLINE, MINE, '2026-12-05T02:00:00.000Z');
  const file = storyFileName(original);
  writeWhole(host.library, file, serializeStory(original));
  const stories = app.getByRole('listbox', { name: 'Stories' });
  await expect(stories.getByRole('option')).toHaveCount(1);

  // the story is open in the editor while the other computer's version arrives
  await stories.getByRole('option', { name: new RegExp(HEADLINE) }).click();
  await expect(field(app, 'Body')).toHaveText(MINE);
  const copy = syncthingCopy(file, 'ABCDEF2');
  writeWhole(
    host.library,
    copy,
    serializeStory({ ...original, body: [{ type: 'paragraph', text: THEIRS }], updatedAt: '2026-12-05T02:10:00.000Z' }),
  );

  const conflicts = app.getByRole('region', { name: 'Sync conflicts' });
  await expect(conflicts).toContainText(HEADLINE);
  await expect(conflicts).toContainText('Syncthing, the other version saved');
  await expect(stories.getByRole('option')).toHaveCount(1);
  await expect(stories.getByRole('option')).toContainText('sync conflict');

  // Compare… from the keyboard
  const compare = conflicts.getByRole('button', { name: `Compare the two versions of “${HEADLINE}”` });
  await compare.focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('heading', { name: `Sync conflict of “${HEADLINE}”` })).toBeFocused();
  const table = app.getByRole('table', { name: 'Comparison' });
  await expect(table.getByRole('columnheader', { name: /^This computer’s version/ })).toBeVisible();
  await expect(table.getByRole('columnheader', { name: /^The other computer’s version/ })).toBeVisible();
  const body = table.getByRole('row', { name: /^Body/ });
  await expect(body.locator('del')).toHaveText('一万');
  await expect(body.locator('ins')).toHaveText('九千五百');
  await expect(table.getByRole('row', { name: /^Headline/ })).toContainText('unchanged');

  // keep the other computer's version: Tab to it, Enter
  const keepOther = app.getByRole('button', { name: 'Keep the other version', exact: true });
  for (let i = 0; i < 10 && !(await keepOther.evaluate((el) => el === el.ownerDocument.activeElement)); i++)
    await app.keyboard.press('Tab');
  await expect(keepOther).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('status').filter({ hasText: 'Kept the other computer’s version' })).toBeVisible();
  await expect(conflicts).toHaveCount(0);
  await expect(stories.getByRole('option')).toHaveCount(1);
  await expect(stories.getByRole('option')).not.toContainText('sync conflict');
  expect(readStory(host.library, file).body[0]?.text).toBe(THEIRS);
  expect(existsSync(path.join(host.library, copy))).toBe(false);
  expect(readdirSync(path.join(host.library, '.trash')).some((n) => n.includes('other-copy'))).toBe(true);

  // the open story shows the text kept, without a reload of the page
  const openStory = app.getByRole('button', { name: 'Open the story', exact: true });
  await expect(openStory).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(field(app, 'Body')).toHaveText(THEIRS);

  // a second conflict on the same story: keep both, as two stories
  const second = syncthingCopy(file, 'QRSTUV7');
  writeWhole(
    host.library,
    second,
    serializeStory({ ...original, body: [{ type: 'paragraph', text: THIRD }], updatedAt: '2026-12-05T03:00:00.000Z' }),
  );
  await expect(conflicts).toContainText(HEADLINE);
  await conflicts.getByRole('button', { name: /^Compare the two versions/ }).click();
  const thirdBody = app.getByRole('table', { name: 'Comparison' }).getByRole('row', { name: /^Body/ });
  await expect(thirdBody.getByRole('cell').first()).toContainText(THEIRS);
  await expect(thirdBody.getByRole('cell').last()).toContainText(THIRD);
  await app.getByRole('button', { name: 'Keep both as separate stories', exact: true }).click();
  await expect(
    app.getByRole('status').filter({ hasText: `Kept both: the other computer’s version is now a separate story, “${HEADLINE}”.` }),
  ).toBeVisible();
  await expect(conflicts).toHaveCount(0);
  await expect(stories.getByRole('option', { name: new RegExp(HEADLINE) })).toHaveCount(2);
  await app.getByRole('button', { name: 'Open the other story', exact: true }).click();
  await expect(field(app, 'Body')).toHaveText(THIRD);
  await stories.getByRole('option', { selected: false }).click();
  await expect(field(app, 'Body')).toHaveText(THEIRS);
  const files = readdirSync(host.library).filter((n) => isStoryFile(n));
  expect(files.map((n) => readStory(host.library, n).body[0]?.text).sort()).toEqual([THEIRS, THIRD].sort());
});

test('同步冲突 in Chinese: listed apart, compared, both kept as two stories, then this computer’s version kept', async ({
  browser,
  target,
}) => {
  test.skip(target === 'electron', 'sets the language with bulletin serve --lang');
  const host = await startHost({ lang: 'zh-CN' });
  try {
    const original = story(ID, HEADLINE, MINE, '2026-12-05T02:00:00.000Z');
    const file = storyFileName(original);
    writeWhole(host.library, file, serializeStory(original));
    writeWhole(
      host.library,
      syncthingCopy(file, 'ABCDEF2'),
      serializeStory({ ...original, body: [{ type: 'paragraph', text: THEIRS }], updatedAt: '2026-12-05T02:10:00.000Z' }),
    );
    const page = await (await browser.newContext({ locale: 'zh-CN' })).newPage();
    await page.goto(host.url);

    const stories = page.getByRole('listbox', { name: '稿件列表' });
    const conflicts = page.getByRole('region', { name: '同步冲突' });
    await expect(conflicts).toContainText('同步工具发现这些稿件同时在两台电脑上被修改');
    await expect(conflicts).toContainText(`${HEADLINE}Syncthing，另一版本保存于`);
    await expect(stories.getByRole('option')).toHaveCount(1);
    await expect(stories.getByRole('option')).toContainText('同步冲突');

    await conflicts.getByRole('button', { name: `对照《${HEADLINE}》的两个版本` }).press('Enter');
    await expect(page.getByRole('heading', { name: `同步冲突 《${HEADLINE}》` })).toBeFocused();
    const table = page.getByRole('table', { name: '对照' });
    await expect(table.getByRole('columnheader', { name: /^本机的版本/ })).toContainText('保存于');
    await expect(table.getByRole('columnheader', { name: /^另一台电脑的版本/ })).toBeVisible();
    await expect(page.getByText('删除线：只在本机的版本中有。下划线：只在另一台电脑的版本中有。')).toBeVisible();
    await expect(page.getByRole('group', { name: '保留哪个版本' })).toContainText(
      '保留本机的版本保留另一台电脑的版本两个都保留，作为两篇稿件',
    );

    await page.getByRole('button', { name: '两个都保留，作为两篇稿件' }).press('Enter');
    await expect(
      page.getByRole('status').filter({ hasText: `两个都已保留：另一台电脑的版本现在是另一篇稿件《${HEADLINE}》。` }),
    ).toBeVisible();
    await expect(conflicts).toHaveCount(0);
    await expect(stories.getByRole('option')).toHaveCount(2);
    await expect(stories.getByRole('option').first()).not.toContainText('同步冲突');
    await expect(page.getByRole('button', { name: '打开稿件' })).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(field(page, '正文')).toHaveText(MINE);
    await stories.getByRole('option', { selected: false }).click();
    await expect(field(page, '正文')).toHaveText(THEIRS);

    // another copy of the first story arrives: keep this computer's version (the copy goes to the trash)
    writeWhole(
      host.library,
      syncthingCopy(file, 'QRSTUV7'),
      serializeStory({ ...original, body: [{ type: 'paragraph', text: THIRD }], updatedAt: '2026-12-05T03:00:00.000Z' }),
    );
    await conflicts.getByRole('button', { name: `对照《${HEADLINE}》的两个版本` }).click();
    await page.getByRole('button', { name: '保留本机的版本' }).click();
    await expect(
      page.getByRole('status').filter({ hasText: '已保留本机的版本。另一台电脑的版本已移到稿库的回收站（.trash）。' }),
    ).toBeVisible();
    await expect(conflicts).toHaveCount(0);
    await expect(stories.getByRole('option')).toHaveCount(2);
    expect(readStory(host.library, file).body[0]?.text).toBe(MINE);
    await page.context().close();
  } finally {
    await host.stop();
  }
});
