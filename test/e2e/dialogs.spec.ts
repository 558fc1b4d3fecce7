// Every dialog and in-place question from the keyboard: the focus goes in, Escape closes it, the focus comes back to what opened it.
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import type { JSHandle, Locator, Page } from '@playwright/test';
import { newStory, serializeStory, type Story } from '../../shared/index';
import { LIUAN_LINES, TAOWU_LINES } from '../pages';
import { expect, startHost, test } from './fixtures';
import { field } from './storyForm';

async function isFocused(target: Locator): Promise<boolean> {
  return target.evaluate((el) => el.ownerDocument.activeElement === el || el.contains(el.ownerDocument.activeElement));
}

/** Presses Tab (or Shift+Tab) until the target has the focus (keyboard only). */
async function tabTo(page: Page, target: Locator, key: 'Tab' | 'Shift+Tab' = 'Tab'): Promise<void> {
  for (let i = 0; i < 60; i++) {
    if (await isFocused(target)) return;
    await page.keyboard.press(key);
  }
  throw new Error('Tab never reached the target');
}

/** The modal dialog's action row, in order: Cancel (or Close) first, the main action last. */
async function expectActions(dialog: Locator, names: string[]): Promise<void> {
  await expect(dialog.locator('.dialog-actions > button')).toHaveText(names);
}

/** The focus is inside the dialog, and Tab and Shift+Tab keep it there (the rest of the page is inert). */
async function expectFocusKeptIn(page: Page, dialog: Locator): Promise<void> {
  await expect.poll(() => isFocused(dialog)).toBe(true);
  for (const key of [
    'Tab',
    'Tab',
    'Tab',
    'Tab',
    'Tab',
    'Tab',
    'Shift+Tab',
    'Shift+Tab',
    'Shift+Tab',
    'Shift+Tab',
    'Shift+Tab',
    'Shift+Tab',
    'Shift+Tab',
  ]) {
    await page.keyboard.press(key);
    expect(await isFocused(dialog), `after ${key}`).toBe(true);
  }
}

/** Escape closes it and gives the focus back to the opener. */
async function expectEscapeBackTo(page: Page, dialog: Locator, opener: Locator): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(opener).toBeFocused();
}

const STORIES: Story[] = [
  newStory(
    { headline: '夜间义诊进社区', body: [{ type: 'paragraph', text: '志愿者为居民测量血压。' }] },
    { id: 'e2e-dialog-a', now: new Date('2026-06-20T09:00:00Z') },
  ),
  newStory(
    { headline: '读书节开幕', body: [{ type: 'paragraph', text: '活动持续一个月。' }] },
    { id: 'e2e-dialog-b', now: new Date('2026-06-20T10:00:00Z') },
  ),
];
const TITLE = '二七报 6月22日 第2版';

test('the story export dialog: opened with Ctrl+E and from the toolbar, Escape gives the focus back', async ({ app }) => {
  await app.keyboard.press('Control+n');
  await expect(field(app, 'Kicker')).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(field(app, 'Headline')).toBeFocused();
  await app.keyboard.type('开放日');
  await app.keyboard.press('Control+e');
  const dialog = app.getByRole('dialog', { name: 'Export' });
  await expect(dialog).toBeVisible();
  // no byline and no body: the copy check's warnings first, then the export's choices
  await expectActions(dialog, ['Close', 'Review', 'Export anyway']);
  await tabTo(app, dialog.getByRole('button', { name: 'Export anyway' }));
  await app.keyboard.press('Enter');
  await expect(dialog.getByRole('combobox', { name: 'House style' })).toBeFocused();
  await expectActions(dialog, ['Close', 'Copy to clipboard', 'Save as…']);
  await expectFocusKeptIn(app, dialog);
  await expectEscapeBackTo(app, dialog, field(app, 'Headline'));

  const button = app.getByRole('button', { name: 'Export…' });
  await tabTo(app, button, 'Shift+Tab');
  await app.keyboard.press('Enter');
  await expect.poll(() => isFocused(dialog)).toBe(true);
  await tabTo(app, dialog.getByRole('button', { name: 'Close' }));
  await app.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
});

test('the bulletin’s three dialogs: Add stories, Export the page, Mark the page filed', async ({ app, host }) => {
  for (const s of STORIES) writeFileSync(path.join(host.library, `${s.id}.story.json`), serializeStory(s));
  await app.waitForFunction(() => 'bulletinDesk' in globalThis);
  await app.evaluate(
    ([title, ids]) =>
      (globalThis as unknown as { bulletinDesk: { call(n: string, i: unknown): Promise<unknown> } }).bulletinDesk.call('bulletin.create', {
        title,
        date: '2026-06-22',
        stories: ids,
      }),
    [TITLE, [STORIES[0]?.id]] as const,
  );
  await app.reload();
  await app
    .getByRole('list', { name: 'Bulletins' })
    .getByRole('button', { name: new RegExp(TITLE) })
    .click();
  await expect(app.getByRole('heading', { name: TITLE, level: 2 })).toBeVisible();

  const add = app.getByRole('button', { name: 'Add stories…' });
  await tabTo(app, add);
  await app.keyboard.press('Enter');
  const chooser = app.getByRole('dialog', { name: 'Add stories' });
  const filter = chooser.getByRole('searchbox', { name: 'Filter' });
  await expect(filter).toBeFocused();
  await expectActions(chooser, ['Cancel', 'Add to the page (0)']);
  await app.keyboard.type('读书');
  await app.keyboard.press('Escape'); // clears the filter first
  await expect(filter).toHaveValue('');
  await expect(filter).toBeFocused();
  await expectEscapeBackTo(app, chooser, add);

  const exportPage = app.getByRole('button', { name: 'Export page…' });
  await tabTo(app, exportPage);
  await app.keyboard.press('Enter');
  const exporting = app.getByRole('dialog', { name: 'Export the page' });
  // the story has no byline: the copy check's warning first, then the export's choices
  await expectActions(exporting, ['Close', 'Review', 'Export anyway']);
  await tabTo(app, exporting.getByRole('button', { name: 'Export anyway' }));
  await app.keyboard.press('Enter');
  await expect(exporting.getByRole('combobox', { name: 'Encoding' })).toBeFocused();
  await expectActions(exporting, ['Close', 'Copy to clipboard', 'Save as…']);
  await expectFocusKeptIn(app, exporting);
  await expectEscapeBackTo(app, exporting, exportPage);

  const markFiled = app.getByRole('button', { name: 'Mark filed…' });
  await tabTo(app, markFiled);
  await app.keyboard.press('Enter');
  const filing = app.getByRole('dialog', { name: 'Mark the page filed' });
  await expect(filing).toHaveAccessibleDescription(/Mark the one story of “二七报 6月22日 第2版” filed/);
  // the copy check's warning is told, and Cancel (the safe answer) has the focus
  await expect(filing.getByRole('button', { name: 'Cancel', exact: true })).toBeFocused();
  await expectActions(filing, ['Cancel', 'Review', 'File anyway']);
  await expectEscapeBackTo(app, filing, markFiled);
});

test('the restore question in History: Cancel focused, Escape gives the focus back to Restore this version', async ({ app }) => {
  await app.keyboard.press('Control+n');
  await expect(field(app, 'Kicker')).toBeFocused();
  await app.keyboard.press('Enter');
  await app.keyboard.type('夏粮收购');
  await tabTo(app, field(app, 'Body'));
  await app.keyboard.type('县粮食局召开推进会。');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  const status = app.getByRole('combobox', { name: 'Status', exact: true }).last();
  await tabTo(app, status, 'Shift+Tab');
  await app.keyboard.press('ArrowDown'); // ready: a snapshot
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });
  await tabTo(app, field(app, 'Body'));
  await app.keyboard.press('Control+End');
  await app.keyboard.type('又及。');
  await expect(app.getByRole('status')).toContainText('Saved', { timeout: 5000 });

  await app.getByRole('button', { name: 'History', exact: true }).focus();
  await app.keyboard.press('Enter');
  await expect(app.getByRole('option', { name: /Status changed/ })).toBeFocused();
  const restore = app.getByRole('button', { name: 'Restore this version' });
  await tabTo(app, restore);
  await app.keyboard.press('Enter');
  const dialog = app.getByRole('dialog', { name: /Restore the snapshot of/ });
  await expect(dialog.getByRole('button', { name: 'Cancel' })).toBeFocused();
  await expect(dialog).toHaveAccessibleDescription(/The story will say again what this snapshot says/);
  await expectActions(dialog, ['Cancel', 'Restore']);
  await expectFocusKeptIn(app, dialog);
  await expectEscapeBackTo(app, dialog, restore);
});

test('the house styles’ in-place questions: Delete and Close with settings not valid; Escape is the safe answer', async ({ app }) => {
  const toolbarButton = app.getByRole('button', { name: 'House styles', exact: true });
  await tabTo(app, toolbarButton);
  await app.keyboard.press('Enter');
  const styles = app.getByRole('main', { name: 'House styles' });
  await tabTo(app, styles.getByRole('button', { name: 'New', exact: true }));
  await app.keyboard.press('Enter');
  await app.keyboard.press('Enter'); // the name as offered

  const remove = styles.getByRole('button', { name: 'Delete', exact: true });
  await tabTo(app, remove);
  await app.keyboard.press('Enter');
  const question = styles.getByRole('alertdialog', { name: /Delete the house style “New style”\?/ });
  await expect(question.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await expect(question.getByRole('button')).toHaveText(['Keep it', 'Delete']);
  await expectEscapeBackTo(app, question, remove);
  await expect(styles).toBeVisible();

  const blankLines = styles.getByRole('textbox', { name: 'Blank lines between stories' });
  await tabTo(app, blankLines);
  await blankLines.fill('12');
  await app.keyboard.press('Escape'); // Close: asks first
  const closing = styles.getByRole('alertdialog');
  await expect(closing.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await expect(closing.getByRole('button')).toHaveText(['Keep editing', 'Close anyway']);
  await expectEscapeBackTo(app, closing, blankLines);
  await expect(styles).toBeVisible();
  await expect(blankLines).toHaveValue('12');
});

test('the import review’s question when another page is dropped: Escape keeps the review and the focus', async ({ app }) => {
  await app.getByRole('button', { name: 'Import page…' }).click();
  await app.getByLabel('Open page…').setInputFiles({
    name: 'page-2.txt',
    mimeType: 'text/plain',
    buffer: Buffer.from([...LIUAN_LINES, '', ...TAOWU_LINES, ''].join('\n'), 'utf8'),
  });
  const swap = app.getByRole('region', { name: 'Story 1', exact: true }).getByRole('button', { name: 'Swap kicker and subheadline' });
  await swap.focus();
  await app.keyboard.press('Enter');
  const opener: JSHandle = await app.evaluateHandle(
    () => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement,
  );

  const transfer = await app.evaluateHandle(() => {
    const w = globalThis as unknown as {
      DataTransfer: new () => { items: { add(f: unknown): void } };
      File: new (parts: string[], name: string, o: { type: string }) => unknown;
    };
    const dt = new w.DataTransfer();
    dt.items.add(new w.File(['本报讯 一段。\n'], 'other.txt', { type: 'text/plain' }));
    return dt;
  });
  for (const event of ['dragenter', 'dragover', 'drop']) await app.dispatchEvent('body', event, { dataTransfer: transfer });
  const question = app.getByRole('alertdialog', { name: /Open “other.txt” in place of this review\?/ });
  await expect(question.getByRole('button', { name: 'Keep this review' })).toBeFocused();
  await expect(question.getByRole('button')).toHaveText(['Keep this review', 'Open “other.txt”']);
  await app.keyboard.press('Escape');
  await expect(question).toBeHidden();
  await expect
    .poll(() =>
      app.evaluate((el) => (globalThis as unknown as { document: { activeElement: unknown } }).document.activeElement === el, opener),
    )
    .toBe(true);
  await expect(app.getByRole('button', { name: 'Undo last correction' })).toBeEnabled();
});

const REOPEN = {
  en: {
    status: 'Status',
    question: 'Reopen the filed story',
    keep: 'Keep it filed',
    reopen: 'Reopen',
    text: 'This story has been filed. Reopen it for editing?',
    kicker: 'Kicker',
    headline: 'Headline',
  },
  'zh-CN': {
    status: '状态',
    question: '重新打开已交稿件',
    keep: '保持已交稿',
    reopen: '重新打开',
    text: '这篇稿件已经交稿。要重新打开编辑吗？',
    kicker: '引题',
    headline: '主题',
  },
} as const;

for (const lang of ['en', 'zh-CN'] as const) {
  test(`reopening a filed story asks in the app’s own dialog, never the browser’s (${lang})`, async ({ browser, target }) => {
    test.skip(target !== 'browser', 'the loopback host runs in either language here');
    const w = REOPEN[lang];
    const host = await startHost({ lang });
    const context = await browser.newContext({ locale: lang === 'en' ? 'en-US' : 'zh-CN' });
    try {
      const page = await context.newPage();
      let browserDialogs = 0;
      page.on('dialog', (d) => {
        browserDialogs++;
        void d.dismiss();
      });
      await page.goto(host.url);
      await page.keyboard.press('Control+n');
      await expect(field(page, w.kicker)).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(field(page, w.headline)).toBeFocused();
      await page.keyboard.type('交了的稿子');
      const status = page.getByRole('combobox', { name: w.status, exact: true }).last();
      await tabTo(page, status, 'Shift+Tab');
      await page.keyboard.press('End'); // filed
      await expect(status).toHaveValue('filed');
      await expect(field(page, w.headline)).toHaveAttribute('contenteditable', 'false');

      await page.keyboard.press('ArrowUp');
      const dialog = page.getByRole('dialog', { name: w.question });
      await expect(dialog).toHaveAccessibleDescription(w.text);
      await expect(dialog.getByRole('button', { name: w.keep })).toBeFocused();
      await expectActions(dialog, [w.keep, w.reopen]);
      await expectFocusKeptIn(page, dialog);
      await expectEscapeBackTo(page, dialog, status);
      await expect(status).toHaveValue('filed');
      await expect(field(page, w.headline)).toHaveAttribute('contenteditable', 'false');

      await page.keyboard.press('ArrowUp');
      await expect(dialog.getByRole('button', { name: w.keep })).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(dialog.getByRole('button', { name: w.reopen, exact: true })).toBeFocused();
      await page.keyboard.press('Enter');
      await expect(dialog).toBeHidden();
      await expect(status).toBeFocused();
      await expect(status).toHaveValue('ready');
      await expect(field(page, w.headline)).toHaveAttribute('contenteditable', 'true');
      expect(browserDialogs).toBe(0);
    } finally {
      await context.close();
      await host.stop();
    }
  });
}
