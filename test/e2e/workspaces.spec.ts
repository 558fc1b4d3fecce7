// Moving between the desk's workspaces never costs a keystroke: back at the story, the form holds the newest text.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readStoryFile } from '../../shared/index';
import { expect, test } from './fixtures';
import { isStoryFile } from '../../shared/fileNames';

function bodyOnDisk(library: string): string {
  const [file] = readdirSync(library).filter((f) => isStoryFile(f));
  if (!file) return '';
  const r = readStoryFile(readFileSync(path.join(library, file), 'utf8'));
  return r.ok ? r.value.body.map((b) => b.text).join('\n') : '';
}

for (const [name, open, leave] of [
  ['House styles', 'House styles', 'Close'],
  ['a proof', 'Proof', 'Back'],
  ['a new bulletin', 'New bulletin', 'Cancel'],
] as const) {
  test(`text typed before and after a visit to ${name} is all kept`, async ({ app, host }) => {
    await app.keyboard.press('Control+n');
    await expect(app.getByRole('textbox', { name: 'Kicker', exact: true })).toBeFocused();
    await app.keyboard.press('Enter');
    await app.keyboard.type('访问前的标题');
    const body = app.getByRole('textbox', { name: 'Body', exact: true });
    await body.click();
    await app.keyboard.type('第一句写在离开之前。');
    await expect.poll(() => bodyOnDisk(host.library)).toBe('第一句写在离开之前。');

    await app.getByRole('button', { name: open, exact: true }).click();
    await expect(body).toBeHidden();
    await app.getByRole('main').getByRole('button', { name: leave, exact: true }).click();

    await expect(body).toHaveText('第一句写在离开之前。');
    await body.click();
    await app.keyboard.press('Control+End');
    await app.keyboard.type('第二句写在回来以后。');
    await expect.poll(() => bodyOnDisk(host.library)).toBe('第一句写在离开之前。第二句写在回来以后。');
  });
}
