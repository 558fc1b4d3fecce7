// Files from the system (argv, open-file) and the quit check that waits for writes and asks before losing an edit.
import { EventEmitter } from 'node:events';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { parse } from 'yaml';
import { APP_ID, identifyApp } from '../../electron/main/appIdentity';
import { OpenFileQueue, openableFilesFromArgv, openableKind, type OpenedFiles } from '../../electron/main/fileAssociations';
import { guardSessionEnd, SaveFailures, settleBeforeQuit, withSaveTracking, type QuitCheck } from '../../electron/main/quitGuard';
import { ApiError, type BulletinDeskService } from '../../shared/api';

describe('files from the system', () => {
  const existing = new Set([
    path.resolve('/home/li/稿件/举办邻里节-1a2b3c4d.story.json'),
    path.resolve('/home/li/稿件/6月21日第3版.bulletin.json'),
    path.resolve('/work/a.story.json'),
    path.resolve('/home/li/稿件/夏粮收购-5f1c2a90.bstory'),
    path.resolve('/home/li/稿件/6月22日第3版-7d0e4c11.bbulletin'),
  ]);
  const isFile = (p: string) => existing.has(p);

  it('knows story and bulletin files by their names', () => {
    expect(openableKind('举办邻里节-1a2b3c4d.story.json')).toBe('story');
    expect(openableKind('PAGE.BULLETIN.JSON')).toBe('bulletin');
    expect(openableKind('.story.json')).toBeNull();
    expect(openableKind('notes.json')).toBeNull();
    expect(openableKind('story.json.exe')).toBeNull();
  });

  it('knows the single extensions Windows and macOS match (.bstory, .bbulletin), in any case', () => {
    expect(openableKind('夏粮收购-5f1c2a90.bstory')).toBe('story');
    expect(openableKind('6月22日第3版-7d0e4c11.bbulletin')).toBe('bulletin');
    // Windows may hand over the name as the file system spells it
    expect(openableKind('XIALIANG.BSTORY')).toBe('story');
    expect(openableKind('.bstory')).toBeNull();
    expect(openableKind('a.bstory.txt')).toBeNull();
    expect(openableKind('a.story')).toBeNull();
  });

  it("takes .bstory and .bbulletin files from a launch's arguments and as file: URLs, beside the older names", () => {
    const story = path.resolve('/home/li/稿件/夏粮收购-5f1c2a90.bstory');
    const page = path.resolve('/home/li/稿件/6月22日第3版-7d0e4c11.bbulletin');
    expect(
      openableFilesFromArgv(
        ['夏粮收购-5f1c2a90.bstory', pathToFileURL(page).href, '/work/a.story.json', 'missing.bstory'],
        '/home/li/稿件',
        isFile,
      ),
    ).toEqual({
      files: [
        { path: story, kind: 'story' },
        { path: page, kind: 'bulletin' },
        { path: path.resolve('/work/a.story.json'), kind: 'story' },
      ],
      unopenable: ['missing.bstory'],
    });
  });

  it("takes existing story and bulletin files from a launch's arguments, relative to its folder, once each", () => {
    const argv = [
      '--no-sandbox',
      '举办邻里节-1a2b3c4d.story.json',
      '/home/li/稿件/6月21日第3版.bulletin.json',
      '--inspect=9229',
      'missing.story.json',
      '举办邻里节-1a2b3c4d.story.json',
      'readme.txt',
    ];
    expect(openableFilesFromArgv(argv, '/home/li/稿件', isFile)).toEqual({
      files: [
        { path: path.resolve('/home/li/稿件/举办邻里节-1a2b3c4d.story.json'), kind: 'story' },
        { path: path.resolve('/home/li/稿件/6月21日第3版.bulletin.json'), kind: 'bulletin' },
      ],
      // said in the window: what was asked for and cannot be opened
      unopenable: ['missing.story.json', 'readme.txt'],
    });
    expect(openableFilesFromArgv(['--flag=/work/a.story.json'], '/work', isFile)).toEqual({ files: [], unopenable: [] });
    expect(openableFilesFromArgv(['a\u0000.story.json'], '/work', isFile).files).toEqual([]);
  });

  it('accepts the file: URLs a Linux desktop entry passes (%U, percent-encoded), and says which URLs it cannot open', () => {
    const url = pathToFileURL(path.resolve('/home/li/稿件/举办邻里节-1a2b3c4d.story.json')).href;
    expect(url).toContain('%E4%B8%BE');
    expect(openableFilesFromArgv([url], '/tmp', isFile)).toEqual({
      files: [{ path: path.resolve('/home/li/稿件/举办邻里节-1a2b3c4d.story.json'), kind: 'story' }],
      unopenable: [],
    });
    const gone = pathToFileURL(path.resolve('/home/li/稿件/已删除.story.json')).href;
    expect(openableFilesFromArgv([gone, 'https://example.com/a.story.json'], '/tmp', isFile)).toEqual({
      files: [],
      unopenable: ['已删除.story.json', 'https://example.com/a.story.json'],
    });
  });

  it('holds files (and the arguments it cannot open) until the page asks, then sends later ones as they come', () => {
    const sent: OpenedFiles[] = [];
    const queue = new OpenFileQueue((batch) => sent.push(batch));
    const a = { path: '/a.story.json', kind: 'story' as const };
    const b = { path: '/b.bulletin.json', kind: 'bulletin' as const };
    // a double-click that started the app, then macOS open-file before the window exists: nobody listens yet
    queue.add({ files: [a], unopenable: [] });
    queue.add({ files: [a, b], unopenable: ['notes.txt'] });
    expect(sent).toEqual([]);
    // the page has its library and asks
    expect(queue.take()).toEqual({ files: [a, b], unopenable: ['notes.txt'] });
    expect(queue.take()).toEqual({ files: [], unopenable: [] });
    // a second launch later: sent at once
    queue.add({ files: [a], unopenable: [] });
    expect(sent).toEqual([{ files: [a], unopenable: [] }]);
    // the page reloads: held again until it asks
    queue.pageGone();
    queue.add({ files: [b], unopenable: [] });
    expect(sent).toHaveLength(1);
    expect(queue.take()).toEqual({ files: [b], unopenable: [] });
  });
});

describe('quitting', () => {
  const noSleep = async () => {};
  function check(overrides: Partial<QuitCheck>): QuitCheck & { confirmQuit: ReturnType<typeof vi.fn> } {
    return {
      idle: async () => {},
      flush: async () => {},
      failedSaves: () => [],
      confirmQuit: vi.fn(async () => false),
      sleep: noSleep,
      ...overrides,
    } as QuitCheck & { confirmQuit: ReturnType<typeof vi.fn> };
  }

  it('quits without asking when every write is on disk, after the calls in flight end', async () => {
    const order: string[] = [];
    const c = check({ idle: async () => void order.push('idle'), flush: async () => void order.push('flush') });
    expect(await settleBeforeQuit(c)).toBe('quit');
    expect(order).toEqual(['idle', 'flush']);
    expect(c.confirmQuit).not.toHaveBeenCalled();
  });

  it('retries a held save, and quits without asking when a retry lands', async () => {
    const flush = vi.fn().mockRejectedValueOnce(new Error('disk full')).mockResolvedValueOnce(undefined);
    const c = check({ flush });
    expect(await settleBeforeQuit(c)).toBe('quit');
    expect(flush).toHaveBeenCalledTimes(2);
    expect(c.confirmQuit).not.toHaveBeenCalled();
  });

  it('asks when a save still fails, and stays unless the user chooses to quit anyway', async () => {
    const c = check({ flush: async () => Promise.reject(new Error('1 story is not saved: disk full')), attempts: 2 });
    expect(await settleBeforeQuit(c)).toBe('stay');
    expect(c.confirmQuit).toHaveBeenCalledWith({ error: '1 story is not saved: disk full', failedStories: [] });
    const yes = check({ failedSaves: () => ['a1b2'], confirmQuit: vi.fn(async () => true) });
    expect(await settleBeforeQuit(yes)).toBe('quit');
    expect(yes.confirmQuit).toHaveBeenCalledWith({ failedStories: ['a1b2'] });
  });

  it('does not wait for ever on a call that never ends', async () => {
    const c = check({ idle: () => new Promise(() => {}), sleep: (ms) => new Promise((r) => setTimeout(r, Math.min(ms, 5))) });
    expect(await settleBeforeQuit(c)).toBe('quit');
  });

  it('remembers failed and conflicting saves until a later save of the story lands', async () => {
    const failures = new SaveFailures();
    failures.note({ id: 'a', state: 'retrying' });
    failures.note({ id: 'b', state: 'failed', message: 'gone' });
    failures.note({ id: 'c', state: 'conflict' });
    expect(failures.list()).toEqual(['b', 'c']);
    failures.note({ id: 'b', state: 'saved', revision: 'abcdef0123456789' });
    expect(failures.list()).toEqual(['c']);

    let outcome: 'ok' | ApiError = new ApiError({ code: 'conflict', message: 'changed on disk' });
    const service = {
      'story.save': async () => {
        if (outcome === 'ok') return { revision: 'r', updatedAt: 't', file: 'f' };
        throw outcome;
      },
    } as unknown as BulletinDeskService;
    const tracked = withSaveTracking(service, failures);
    const input = { id: 'd', story: {} as never, baseRevision: 'abcdef0123456789' };
    await expect(tracked['story.save'](input)).rejects.toThrow('changed on disk');
    expect(failures.list()).toEqual(['c', 'd']);
    outcome = new ApiError({ code: 'io', message: 'disk full', retrying: true });
    await expect(tracked['story.save']({ ...input, id: 'e' })).rejects.toThrow('disk full');
    expect(failures.list()).toEqual(['c', 'd']);
    outcome = 'ok';
    await tracked['story.save'](input);
    expect(failures.list()).toEqual(['c']);
  });
});

describe('Windows logout and shutdown (no before-quit)', () => {
  /** A stand-in for the BrowserWindow's session events. */
  function standInWindow() {
    const emitter = new EventEmitter();
    return { win: { on: (name: string, listener: (event: { preventDefault(): void }) => void) => emitter.on(name, listener) }, emitter };
  }
  const sessionEvent = () => ({ preventDefault: vi.fn() });

  it('holds the session end while writes are pending, and writes them', async () => {
    const { win, emitter } = standInWindow();
    let pending = true;
    const settle = vi.fn(async () => {
      pending = false;
    });
    guardSessionEnd(win, { pending: () => pending, settle });
    const asked = sessionEvent();
    emitter.emit('query-session-end', asked);
    expect(asked.preventDefault).toHaveBeenCalledTimes(1);
    expect(settle).toHaveBeenCalledTimes(1);
    await Promise.resolve();
    // asked again once everything is on disk: the session may end
    const again = sessionEvent();
    emitter.emit('query-session-end', again);
    expect(again.preventDefault).not.toHaveBeenCalled();
  });

  it('lets the session end at once when nothing is pending, and writes what it can when it ends anyway', async () => {
    const { win, emitter } = standInWindow();
    const warn = vi.fn();
    const settle = vi.fn(async () => Promise.reject(new Error('disk full')));
    guardSessionEnd(win, { pending: () => false, settle }, warn);
    const asked = sessionEvent();
    emitter.emit('query-session-end', asked);
    expect(asked.preventDefault).not.toHaveBeenCalled();
    expect(settle).not.toHaveBeenCalled();
    emitter.emit('session-end', sessionEvent());
    expect(settle).toHaveBeenCalledTimes(1);
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('disk full'));
  });
});

describe("the app's identity to the system", () => {
  it('gives Windows the packaged app id for taskbar grouping, and nothing on other systems', () => {
    const config = parse(readFileSync(path.resolve(import.meta.dirname, '../../electron-builder.yml'), 'utf8')) as { appId: string };
    expect(APP_ID).toBe(config.appId);
    const windows = { setAppUserModelId: vi.fn() };
    identifyApp(windows, 'win32');
    expect(windows.setAppUserModelId).toHaveBeenCalledWith('cn.bulletindesk.app');
    const linux = { setAppUserModelId: vi.fn() };
    identifyApp(linux, 'linux');
    identifyApp(linux, 'darwin');
    expect(linux.setAppUserModelId).not.toHaveBeenCalled();
  });
});
