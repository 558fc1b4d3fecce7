// The house-style editor as a reporter uses it: keyboard only, built-ins read-only, names checked, the default for export, Chinese labels.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { newStory, serializeStory } from '../../shared/index';
import { expect, startHost, test } from './fixtures';

/** Presses Tab until the element has the focus (keyboard only, whatever lies between). */
async function tabTo(page: Page, target: Locator): Promise<void> {
  for (let i = 0; i < 80; i++) {
    if (await target.evaluate((el) => el.ownerDocument.activeElement === el)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${target.toString()}`);
}

interface SavedPreferences {
  houseStyles?: Array<Record<string, unknown>>;
  defaultHouseStyle?: string;
}

function savedPreferences(userData: string): SavedPreferences {
  const file = path.join(userData, 'preferences.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as SavedPreferences) : {};
}

const view = (page: Page) => page.getByRole('main', { name: 'House styles' });
const preview = (page: Page) => view(page).getByLabel('Preview', { exact: true });

async function openHouseStyles(page: Page): Promise<Locator> {
  await page.getByRole('button', { name: 'House styles', exact: true }).click();
  await expect(view(page)).toBeVisible();
  return view(page);
}

test('from the keyboard alone: a new style, renamed, indented with CRLF; the preview follows and the preferences hold it', async ({
  app,
  host,
}) => {
  await tabTo(app, app.getByRole('button', { name: 'House styles', exact: true }));
  await app.keyboard.press('Enter');
  const styles = view(app);
  await expect(styles.getByRole('button', { name: /Default \(the paper’s layout\)/ })).toBeFocused();
  await expect.poll(() => preview(app).textContent()).toContain('本报讯 5月8日上午，');

  await tabTo(app, styles.getByRole('button', { name: 'New', exact: true }));
  await app.keyboard.press('Enter');
  const name = styles.getByRole('textbox', { name: 'New name' });
  await expect(name).toBeFocused();
  await expect(name).toHaveValue('New style');
  await app.keyboard.type('Evening paper');
  await app.keyboard.press('Enter');
  await expect(styles.getByRole('button', { name: 'Evening paper' })).toBeFocused();
  await expect(styles.getByRole('heading', { name: 'Settings of “Evening paper”' })).toBeVisible();

  await tabTo(app, styles.getByRole('radio', { name: 'None', exact: true }));
  await app.keyboard.press('ArrowDown');
  await expect(styles.getByRole('radio', { name: 'Two full-width spaces' })).toBeChecked();
  await expect.poll(() => preview(app).textContent()).toContain('\u3000\u3000本报讯 5月8日上午，');

  await tabTo(app, styles.getByRole('radio', { name: 'LF (Linux, macOS)' }));
  await app.keyboard.press('ArrowDown');
  await expect(styles.getByRole('radio', { name: 'CRLF (Windows)' })).toBeChecked();
  await expect.poll(() => preview(app).textContent()).toContain('\u3000\u3000现场设置了灭火器实操、逃生体验等4个互动区域。CR↵');
  await expect(styles.getByText('Line endings: CRLF (Windows)')).toBeVisible();

  await expect(styles.getByRole('status')).toHaveText('Saved.');
  await expect
    .poll(() => savedPreferences(host.userData).houseStyles)
    .toEqual([
      expect.objectContaining({
        name: 'Evening paper',
        paragraphIndent: 'fullwidth2',
        lineEnding: 'crlf',
        encoding: 'utf8',
        bylinePosition: 'keep',
      }),
    ]);

  await app.keyboard.press('Escape');
  await expect(view(app)).toHaveCount(0);
});

test('a built-in style cannot be edited; duplicated, the copy can', async ({ app, host }) => {
  const styles = await openHouseStyles(app);
  await styles.getByRole('button', { name: /Byline at the end/ }).click();
  await expect(styles.getByText('Built-in styles can’t be changed. Duplicate to change.')).toBeVisible();
  await expect(styles.getByRole('radio', { name: 'At the end', exact: true })).toBeChecked();
  await expect(styles.getByRole('radio', { name: 'At the end', exact: true })).toBeDisabled();
  await expect(styles.getByRole('textbox', { name: 'Dateline label' })).toBeDisabled();
  await expect(styles.getByRole('button', { name: 'Rename' })).toBeDisabled();
  await expect(styles.getByRole('button', { name: 'Delete' })).toBeDisabled();

  await styles.getByRole('button', { name: 'Duplicate' }).click();
  await expect(styles.getByRole('textbox', { name: 'New name' })).toHaveValue('Byline at the end copy');
  await app.keyboard.press('Enter');
  await expect(styles.getByText('Built-in styles can’t be changed. Duplicate to change.')).toHaveCount(0);
  await expect(styles.getByRole('radio', { name: 'At the end', exact: true })).toBeEnabled();
  await styles.getByRole('textbox', { name: 'Dateline label' }).fill('本报消息');
  await expect.poll(() => preview(app).textContent()).toContain('本报消息 5月8日上午');
  await expect
    .poll(() => savedPreferences(host.userData).houseStyles)
    .toEqual([expect.objectContaining({ name: 'Byline at the end copy', bylinePosition: 'end', datelineLabel: '本报消息' })]);
  // the built-in one is still there, unchanged
  await styles.getByRole('button', { name: /Byline at the end.*built-in/ }).click();
  await expect(styles.getByRole('textbox', { name: 'Dateline label' })).toHaveValue('本报讯');
});

test('an empty or taken name and an invalid setting are refused with a message, kept on screen, and not saved', async ({ app, host }) => {
  const styles = await openHouseStyles(app);
  await styles.getByRole('button', { name: 'New', exact: true }).click();
  await app.keyboard.press('Enter');
  await expect(styles.getByRole('status')).toContainText('Saved.');
  const before = readFileSync(path.join(host.userData, 'preferences.json'), 'utf8');

  await styles.getByRole('button', { name: 'Rename' }).click();
  const name = styles.getByRole('textbox', { name: 'New name' });
  await name.fill('   ');
  await app.keyboard.press('Enter');
  await expect(styles.getByRole('alert')).toHaveText('A house style needs a name: type one, or press Escape to keep “New style”.');
  await expect(name).toHaveValue('   ');
  await expect(name).toBeFocused();
  await name.fill('Byline at the end');
  await app.keyboard.press('Enter');
  await expect(styles.getByRole('alert')).toHaveText('“Byline at the end” is already taken: choose another name.');
  await expect(name).toHaveValue('Byline at the end');
  await app.keyboard.press('Escape');
  await expect(name).toHaveCount(0);
  await expect(view(app)).toBeVisible();
  await expect(styles.getByRole('button', { name: 'New style' })).toBeVisible();

  const blankLines = styles.getByRole('textbox', { name: 'Blank lines between stories' });
  await blankLines.fill('12');
  await expect(styles.getByRole('status')).toContainText('Blank lines between stories must be a whole number from 1 to 9.');
  await expect(blankLines).toHaveAttribute('aria-invalid', 'true');
  await app.waitForTimeout(800);
  await expect(blankLines).toHaveValue('12');
  expect(readFileSync(path.join(host.userData, 'preferences.json'), 'utf8')).toBe(before);

  // another style chosen meanwhile: the edit waits, marked, and is there on coming back
  await styles.getByRole('button', { name: /Byline at the end/ }).click();
  await expect(styles.getByRole('button', { name: 'New style not saved' })).toBeVisible();
  await styles.getByRole('button', { name: 'New style not saved' }).click();
  await expect(blankLines).toHaveValue('12');

  await blankLines.fill('2');
  await expect.poll(() => savedPreferences(host.userData).houseStyles?.[0]?.blankLinesBetweenStories).toBe(2);
  await expect(styles.getByRole('status')).toHaveText('Saved.');
});

test('Use as default: the next export preselects that style', async ({ app, host }) => {
  const story = newStory({ headline: '默认版式的稿件', body: [{ type: 'paragraph', text: '正文。' }] }, { id: 'e2e-house-style-default' });
  writeFileSync(path.join(host.library, 'default-style.story.json'), serializeStory(story));
  await app.getByText(story.headline).first().click();
  await expect(app.getByRole('textbox', { name: 'Headline', exact: true })).toHaveText(story.headline);

  const styles = await openHouseStyles(app);
  await styles.getByRole('button', { name: /Legacy typesetter/ }).click();
  await styles.getByRole('button', { name: 'Use as default' }).click();
  await expect(styles.getByRole('status')).toContainText('is now the default for new exports');
  await expect(styles.getByRole('button', { name: /Legacy typesetter.*default/ })).toBeVisible();
  await expect.poll(() => savedPreferences(host.userData).defaultHouseStyle).toBe('legacy-typesetter');
  await styles.getByRole('button', { name: 'Close' }).click();

  await app.getByRole('button', { name: /^Export/ }).click();
  const dialog = app.getByRole('dialog');
  // the story has no byline: the copy-check gate asks first
  await dialog.getByRole('button', { name: 'Export anyway' }).click();
  await expect(dialog.getByRole('combobox', { name: 'House style' })).toHaveValue('legacy-typesetter');
  await expect(dialog.getByRole('combobox', { name: 'Encoding' })).toHaveValue('gb18030');
  await expect(dialog.getByRole('combobox', { name: 'Line endings' })).toHaveValue('crlf');
});

test('Delete asks first; deleting the default style makes the paper’s layout the default again', async ({ app, host }) => {
  const styles = await openHouseStyles(app);
  await styles.getByRole('button', { name: 'New', exact: true }).click();
  await app.keyboard.press('Enter');
  await styles.getByRole('button', { name: 'Use as default' }).click();
  await expect.poll(() => savedPreferences(host.userData).defaultHouseStyle).toBe('New style');

  await styles.getByRole('button', { name: 'Delete' }).click();
  await expect(styles.getByRole('alertdialog', { name: 'Delete the house style “New style”? It cannot be brought back.' })).toBeVisible();
  await expect(styles.getByRole('button', { name: 'Keep it' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(styles.getByRole('button', { name: 'Delete' })).toBeFocused();
  await expect(styles.getByRole('button', { name: 'New style default' })).toBeVisible();

  await app.keyboard.press('Enter');
  await styles.getByRole('button', { name: 'Delete', exact: true }).last().click();
  await expect(styles.getByRole('button', { name: /New style/ })).toHaveCount(0);
  await expect(styles.getByRole('button', { name: /Default \(the paper’s layout\) built-in default/ })).toBeFocused();
  await expect.poll(() => savedPreferences(host.userData)).toMatchObject({ houseStyles: [], defaultHouseStyle: 'default' });
});

test('photo captions go where the style says: after the story, or only beside the photos; resizing is a setting', async ({ app, host }) => {
  await app.getByRole('button', { name: 'House styles', exact: true }).click();
  const styles = view(app);
  await styles.getByRole('button', { name: 'New', exact: true }).click();
  await app.keyboard.type('With photos');
  await app.keyboard.press('Enter');
  const caption = '居民在消防员指导下练习使用灭火器。 记者 张伟 摄';
  await expect(styles.getByRole('radio', { name: 'After each story, a line per photo' })).toBeChecked();
  await expect.poll(() => preview(app).textContent()).toContain(`张伟 通讯员 王芳↵\n↵\n${caption}↵`);
  await styles.getByRole('radio', { name: 'Only in captions.txt beside the photos' }).check();
  await expect.poll(() => preview(app).textContent()).not.toContain(caption);
  await styles.getByRole('radio', { name: 'After the headline: 三项举措护航夏粮收购-1.jpg' }).check();
  const longEdge = styles.getByRole('textbox', { name: 'Resize photos for sending (long edge, pixels)' });
  await longEdge.fill('1600');
  await longEdge.press('Tab');
  await expect(styles.getByRole('status')).toHaveText('Saved.');
  await expect
    .poll(() => savedPreferences(host.userData).houseStyles)
    .toEqual([
      expect.objectContaining({
        name: 'With photos',
        captions: 'separateFile',
        photoNames: 'headline',
        photoLongEdge: 1600,
        photoQuality: 85,
      }),
    ]);
});

test('the Chinese interface names every control', async ({ browser, target }) => {
  test.skip(target !== 'browser', 'the loopback host runs in Chinese here');
  const host = await startHost({ lang: 'zh-CN' });
  const context = await browser.newContext({ locale: 'zh-CN' });
  const page = await context.newPage();
  await page.goto(host.url);
  await page.getByRole('button', { name: '版式', exact: true }).click();
  const styles = page.getByRole('main', { name: '版式' });
  for (const button of ['新建', '复制', '重命名', '删除', '设为默认', '关闭'])
    await expect(styles.getByRole('button', { name: button, exact: true })).toBeVisible();
  await expect(styles.getByRole('button', { name: /默认（本报版式）/ })).toBeVisible();
  for (const text of [
    '电头标签',
    '稿件间空行',
    '版面栏数',
    '主题字数目标',
    '稿件字数目标',
    '发送时压缩图片（长边像素）',
    '压缩后的 JPEG 质量',
  ])
    await expect(styles.getByRole('textbox', { name: text, exact: true })).toBeVisible();
  for (const group of ['署名位置', '段首缩进', '换行符', '编码', '排版系统可用字符', '身份用语', '正文中的图片说明', '导出时的图片文件名'])
    await expect(styles.getByRole('group', { name: group, exact: true })).toBeVisible();
  await expect(styles.getByRole('checkbox', { name: '标点全角化' })).toBeVisible();
  await expect(styles.getByLabel('预览', { exact: true })).toContainText('本报讯 5月8日上午');
  // the sample story's photo: its caption and credit after the story, as the paper prints them
  await expect(styles.getByLabel('预览', { exact: true })).toContainText('居民在消防员指导下练习使用灭火器。 记者 张伟 摄');
  await expect(styles.getByText('内置版式不能修改。如需修改，请先复制。')).toBeVisible();
  await context.close();
  await host.stop();
});

test('a copy check turned off in the default style is no longer shown while writing; turned back on, it is', async ({ app, host }) => {
  const story = newStory(
    {
      headline: '社区活动',
      body: [{ type: 'paragraph', text: '活动现场热闹,居民踊跃参加。' }],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id: 'e2e-house-style-checks' },
  );
  writeFileSync(path.join(host.library, 'checks.story.json'), serializeStory(story));
  await app.getByText(story.headline).first().click();
  const panel = app.getByRole('region', { name: 'Copy check' });
  await expect(panel.getByRole('listitem')).toHaveCount(1);
  await expect(panel.getByRole('listitem').first()).toContainText('Half-width “,” in Chinese text');

  const styles = await openHouseStyles(app);
  await styles.getByRole('button', { name: 'New', exact: true }).click();
  await app.keyboard.type('No punctuation check');
  await app.keyboard.press('Enter');
  const check = styles.getByRole('combobox', { name: 'Half-width punctuation in Chinese text' });
  await expect(check).toHaveValue('');
  await check.selectOption('off');
  await styles.getByRole('button', { name: 'Use as default' }).click();
  await expect.poll(() => savedPreferences(host.userData).houseStyles?.[0]?.checks).toEqual({ 'halfwidth-punctuation': 'off' });
  await expect.poll(() => savedPreferences(host.userData).defaultHouseStyle).toBe('No punctuation check');
  await styles.getByRole('button', { name: 'Close' }).click();
  await expect(app.getByRole('textbox', { name: 'Body', exact: true })).toHaveText('活动现场热闹,居民踊跃参加。');
  await expect(panel.getByRole('listitem')).toHaveCount(0);

  const again = await openHouseStyles(app);
  await again.getByRole('button', { name: /No punctuation check/ }).click();
  await again.getByRole('combobox', { name: 'Half-width punctuation in Chinese text' }).selectOption('warning');
  await expect.poll(() => savedPreferences(host.userData).houseStyles?.[0]?.checks).toEqual({ 'halfwidth-punctuation': 'warning' });
  await again.getByRole('button', { name: 'Close' }).click();
  await expect(panel.getByRole('listitem')).toHaveCount(1);
});

test('closing with a setting that is not valid asks first; Keep editing keeps the edit, Close anyway leaves', async ({ app }) => {
  const styles = await openHouseStyles(app);
  await styles.getByRole('button', { name: 'New', exact: true }).click();
  await app.keyboard.press('Enter');
  const blankLines = styles.getByRole('textbox', { name: 'Blank lines between stories' });
  await blankLines.fill('12');
  await app.keyboard.press('Escape');
  const question = styles.getByRole('alertdialog');
  await expect(question).toContainText('Some settings of New style are not valid, so they are not saved');
  await expect(question.getByRole('button', { name: 'Keep editing' })).toBeFocused();
  await app.keyboard.press('Enter');
  await expect(question).toHaveCount(0);
  await expect(blankLines).toHaveValue('12');
  await styles.getByRole('button', { name: 'Close', exact: true }).click();
  await styles.getByRole('alertdialog').getByRole('button', { name: 'Close anyway' }).click();
  await expect(view(app)).toHaveCount(0);
});

test('a renamed style is renamed in the bulletins that use it, so their export keeps its layout', async ({ app, host }) => {
  const styles = await openHouseStyles(app);
  await styles.getByRole('button', { name: 'New', exact: true }).click();
  await app.keyboard.type('Evening paper');
  await app.keyboard.press('Enter');
  await expect.poll(() => savedPreferences(host.userData).houseStyles?.map((s) => s.name)).toEqual(['Evening paper']);
  const made = (await app.evaluate(() =>
    (globalThis as unknown as { bulletinDesk: { call(n: string, i: unknown): Promise<unknown> } }).bulletinDesk.call('bulletin.create', {
      title: '晚报第2版',
      date: '2026-06-21',
      houseStyle: 'Evening paper',
    }),
  )) as { file: string };
  await styles.getByRole('button', { name: 'Rename' }).click();
  await styles.getByRole('textbox', { name: 'New name' }).fill('Night paper');
  await app.keyboard.press('Enter');
  await expect(styles.getByRole('status')).toContainText('Renamed “Night paper”; the bulletin that uses it now names it so.');
  const bulletin = JSON.parse(readFileSync(path.join(host.library, made.file), 'utf8')) as { houseStyle: string };
  expect(bulletin.houseStyle).toBe('Night paper');
});
