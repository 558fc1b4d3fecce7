// Switching the library folder on real temp folders: the new folder opened (made when missing), the old one untouched, bad folders refused with nothing changed.
import { chmodSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventName, EventPayload } from '../../shared/api';
import type { Desk } from '../../electron/services/deskTypes';
import { expandHome, folderProblemOfPath } from '../../electron/services/libraryFolderCheck';
import { openSwitchableDesk } from '../../electron/services/switchableDesk';

const opened: Desk[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.close().catch(() => undefined);
});

/** A desk whose library comes from preferences (as the app starts), and the events it tells. */
async function deskOnPreferences(options: { forced?: boolean } = {}) {
  const root = mkdtempSync(path.join(tmpdir(), 'switch-'));
  const library = path.join(root, 'old library');
  const userData = path.join(root, 'prefs');
  mkdirSync(userData);
  writeFileSync(path.join(userData, 'preferences.json'), JSON.stringify({ libraryFolder: library }));
  const desk = await openSwitchableDesk({
    userDataFolder: userData,
    host: 'browser',
    version: 'test',
    ...(options.forced ? { libraryFolder: library } : {}),
  });
  opened.push(desk);
  const heard: Array<{ name: EventName; payload: unknown }> = [];
  desk.subscribe((name, payload) => void heard.push({ name, payload }));
  return { root, library, userData, desk, heard };
}

/** Every file below a folder with its bytes, to see that nothing in it changed. */
function contents(folder: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    out[path.relative(folder, file)] = readFileSync(file, 'base64');
  }
  return out;
}

describe('library.switch', () => {
  it('opens the new folder (made when missing), leaves the old one as it was, remembers it and tells every window', async () => {
    const { root, library, userData, desk, heard } = await deskOnPreferences();
    const made = await desk.service['story.create']({ fields: { headline: '青苔街道举办邻里节' } });
    // a save under way as the switch is asked for reaches the old folder first
    const saving = desk.service['story.save']({ id: made.story.id, story: { ...made.story, notes: '改过' }, baseRevision: made.revision });
    const target = path.join(root, '新闻稿', '二版');
    const answer = await desk.service['library.switch']({ folder: target });
    await saving;
    expect(answer).toEqual({ outcome: 'switched', folder: target, previous: library });

    expect((await desk.service['app.info']({})).libraryFolder).toBe(target);
    expect((await desk.service['library.list']({})).stories).toEqual([]);
    const before = contents(library);
    expect(JSON.parse(readFileSync(path.join(library, made.file), 'utf8')).notes).toBe('改过');
    expect(JSON.parse(readFileSync(path.join(userData, 'preferences.json'), 'utf8')).libraryFolder).toBe(target);
    const switched = heard.filter((e) => e.name === 'library.switched').map((e) => e.payload as EventPayload<'library.switched'>);
    expect(switched).toEqual([{ folder: target, previous: library }]);

    // the new library works; the old one is not written again
    await desk.service['story.create']({ fields: { headline: '枫溪镇开展义诊' } });
    expect((await desk.service['library.list']({})).stories.map((s) => s.headline)).toEqual(['枫溪镇开展义诊']);
    expect(contents(library)).toEqual(before);
  });

  it('refuses a file, a library’s own folder, a partial path and the folder in use, changing nothing', async () => {
    const { root, library, userData, desk, heard } = await deskOnPreferences();
    await desk.service['story.create']({ fields: { headline: '青苔街道举办邻里节' } });
    const file = path.join(root, 'page.txt');
    writeFileSync(file, '一个文件');
    const prefsBefore = readFileSync(path.join(userData, 'preferences.json'), 'utf8');
    const cases: Array<[string, string]> = [
      [file, 'not-a-folder'],
      [path.join(file, 'below'), 'not-a-folder'],
      [path.join(library, '.trash'), 'inside-kept-folder'],
      [path.join(root, 'x', '.history', 'y'), 'inside-kept-folder'],
      ['新闻稿', 'not-absolute'],
      [library, 'same-folder'],
    ];
    for (const [folder, problem] of cases) {
      const answer = await desk.service['library.switch']({ folder });
      expect(answer, folder).toMatchObject({ outcome: 'refused', problem });
    }
    expect((await desk.service['app.info']({})).libraryFolder).toBe(library);
    expect((await desk.service['library.list']({})).stories.map((s) => s.headline)).toEqual(['青苔街道举办邻里节']);
    expect(readFileSync(file, 'utf8')).toBe('一个文件');
    expect(readFileSync(path.join(userData, 'preferences.json'), 'utf8')).toBe(prefsBefore);
    expect(readdirSync(root).sort()).toEqual(['old library', 'page.txt', 'prefs']);
    expect(heard.filter((e) => e.name === 'library.switched')).toEqual([]);
  });

  it.skipIf(process.getuid?.() === 0)('refuses a folder it may not write in', async () => {
    const { root, desk } = await deskOnPreferences();
    const locked = path.join(root, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    expect(await desk.service['library.switch']({ folder: locked })).toMatchObject({ outcome: 'refused', problem: 'not-writable' });
    chmodSync(locked, 0o755);
  });

  it('keeps a folder forced for the session (bulletin serve --drafts), and says so in app.info', async () => {
    const { root, library, desk } = await deskOnPreferences({ forced: true });
    expect((await desk.service['app.info']({})).fixed).toEqual({ libraryFolder: true, language: false });
    expect(await desk.service['library.switch']({ folder: path.join(root, 'other') })).toMatchObject({
      outcome: 'refused',
      problem: 'fixed',
    });
    expect((await desk.service['app.info']({})).libraryFolder).toBe(library);
    expect(readdirSync(root)).not.toContain('other');
  });

  it('answers library.chooseFolder from the host’s dialog, and refuses it where there is none', async () => {
    const { desk } = await deskOnPreferences();
    await expect(desk.service['library.chooseFolder']({})).rejects.toMatchObject({ code: 'refused' });
    const root = mkdtempSync(path.join(tmpdir(), 'switch-choose-'));
    writeFileSync(path.join(root, 'preferences.json'), '{}');
    let answer: string | null = '/home/li/新闻稿';
    const electron = await openSwitchableDesk({
      userDataFolder: root,
      libraryFolder: path.join(root, 'lib'),
      host: 'electron',
      version: 'test',
      chooseLibraryFolder: async () => answer,
    });
    opened.push(electron);
    expect(await electron.service['library.chooseFolder']({})).toEqual({ folder: '/home/li/新闻稿', cancelled: false });
    answer = null;
    expect(await electron.service['library.chooseFolder']({})).toEqual({ cancelled: true });
  });
});

describe('the folder check', () => {
  it('reads ~ as the home folder and wants a whole path, none of a library’s own folders', () => {
    expect(expandHome('~/新闻稿', '/home/li')).toBe(path.join('/home/li', '新闻稿'));
    expect(expandHome('  ~ ')).toBe(homedir());
    expect(folderProblemOfPath('/home/li/新闻稿')).toBeUndefined();
    expect(folderProblemOfPath('新闻稿')).toBe('not-absolute');
    expect(folderProblemOfPath('/home/li/Bulletin Desk/.unreadable')).toBe('inside-kept-folder');
    expect(folderProblemOfPath('/home/li/.lock/x')).toBe('inside-kept-folder');
  });
});
