// The host killed with SIGKILL at random moments while a story is typed, 200 times: at most the last second of
// typing lost, never a broken file, never a lock left that holds the next start; the library opens afterwards with
// every story in it.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, startHost, test } from '../e2e/fixtures';
import { bodyText, field, readWhole, sleep, storyFiles } from './helpers';

const ROUNDS = 200;
const PHRASE = '县粮食局召开夏粮收购工作推进会，要求各收购网点开辟绿色通道，确保颗粒归仓。';
/** What may be lost: the typing of the last second before the kill. */
const LOSS_MS = 1000;

test(`the host killed ${ROUNDS} times while a story is typed loses at most the last second, never a file`, async ({ browser }) => {
  test.setTimeout(ROUNDS * 20_000);
  const library = mkdtempSync(path.join(tmpdir(), 'reliability-kill-'));
  const userData = mkdtempSync(path.join(tmpdir(), 'reliability-kill-prefs-'));
  const seen = new Map<string, string>(); // file → headline of the round that made it
  for (let round = 0; round < ROUNDS; round++) {
    const host = await startHost({ library, userData });
    const context = await browser.newContext({ locale: 'en-US' });
    const page = await context.newPage();
    await page.goto(host.url);
    const before = new Set(storyFiles(library));
    await page.keyboard.press('Control+n');
    await expect(field(page, 'Kicker')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(field(page, 'Headline')).toBeFocused();
    const headline = `第${round + 1}轮断电测试`;
    await page.keyboard.insertText(headline);
    await field(page, 'Body').click();
    await expect(page.getByRole('status')).toContainText('Saved');

    // a reporter typing a character every 30 ms or so, until the host is killed at a random moment
    const typed: Array<{ at: number; length: number }> = [];
    let text = '';
    let killedAt = 0;
    const killer = (async () => {
      await sleep(300 + Math.random() * 1500);
      killedAt = Date.now();
      await host.stop('SIGKILL');
    })();
    const headlineAt = Date.now();
    for (let i = 0; killedAt === 0; i++) {
      const ch = PHRASE[i % PHRASE.length] as string;
      await page.keyboard.insertText(ch);
      text += ch;
      typed.push({ at: Date.now(), length: text.length });
      await sleep(20 + Math.random() * 20);
    }
    await killer;
    await context.close();

    // every file whole, every earlier round's story still there
    const files = storyFiles(library);
    for (const f of files) readWhole(library, f);
    for (const [file, h] of seen) expect(readWhole(library, file).headline, `${file} after round ${round + 1}`).toBe(h);
    const made = files.filter((f) => !before.has(f));
    expect(made, `round ${round + 1} made one story file`).toHaveLength(1);
    const story = readWhole(library, made[0] as string);
    const onDisk = bodyText(story);
    // what is on disk is what was typed, up to some point: never a mix, never foreign text
    expect(text.startsWith(onDisk), `round ${round + 1}: the body on disk is not what was typed: ${onDisk}`).toBe(true);
    const mustHave = typed.filter((t) => t.at <= killedAt - LOSS_MS).at(-1)?.length ?? 0;
    expect(
      onDisk.length,
      `round ${round + 1}: ${text.length - onDisk.length} characters lost, more than the last second's`,
    ).toBeGreaterThanOrEqual(mustHave);
    if (killedAt - headlineAt > LOSS_MS) expect(story.headline).toBe(headline);
    if (story.headline === headline) seen.set(made[0] as string, headline);
  }

  // the library opens after the last kill, and lists every story
  const host = await startHost({ library, userData });
  const context = await browser.newContext({ locale: 'en-US' });
  const page = await context.newPage();
  await page.goto(host.url);
  // the list is windowed: each row tells the size of the whole
  await expect(page.getByRole('listbox', { name: 'Stories' }).getByRole('option').first()).toHaveAttribute('aria-setsize', String(ROUNDS));
  await context.close();
  await host.stop();
  rmSync(library, { recursive: true, force: true });
  rmSync(userData, { recursive: true, force: true });
});
