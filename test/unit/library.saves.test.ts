// The draft library on real temporary folders: index, temp files, unreadable files, faults and held saves.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync, chmodSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../shared/api';
import { newStory, serializeStory, type Story } from '../../shared/index';
import { openDesk, type Desk } from '../../electron/services/desk';
import { History } from '../../electron/services/library/history';
import { isStoryFile } from '../../shared/fileNames';

const opened: Desk[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.close().catch(() => undefined);
});

function folders() {
  return { library: mkdtempSync(path.join(tmpdir(), 'library-')), userData: mkdtempSync(path.join(tmpdir(), 'prefs-')) };
}

async function open(library: string, userData: string): Promise<Desk> {
  const desk = await openDesk({ libraryFolder: library, userDataFolder: userData, host: 'browser', version: 'test' });
  opened.push(desk);
  return desk;
}

function withBody(story: Story, text: string): Story {
  return { ...story, body: [{ type: 'paragraph', text }] };
}

describe('the catalog index', () => {
  it('survives a restart, and is rebuilt when missing or stale', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const a = await desk.service['story.create']({ fields: { headline: '青苔街道举办邻里节' } });
    await desk.service['story.create']({ fields: { headline: '枫溪镇开展义诊' } });
    await desk.close();
    expect(existsSync(path.join(library, '.index.json'))).toBe(true);

    const again = await open(library, userData);
    expect((await again.service['library.list']({})).stories.map((s) => s.headline).sort()).toEqual([
      '枫溪镇开展义诊',
      '青苔街道举办邻里节',
    ]);
    await again.close();

    // changed while the app was closed: the index entry is stale
    const file = path.join(library, a.file);
    writeFileSync(file, serializeStory({ ...a.story, headline: '关着的时候改的' }));
    rmSync(path.join(library, '.index.json'), { force: true });
    const third = await open(library, userData);
    expect((await third.service['library.list']({})).stories.map((s) => s.headline)).toContain('关着的时候改的');
  });

  it('cleans temp files left by a crash and never lists them; another program’s write on its way is left alone', async () => {
    const { library, userData } = folders();
    const crashed = path.join(library, '.abc.story.json.0123456789ab.tmp');
    writeFileSync(crashed, '{"half": ');
    const longAgo = new Date(Date.now() - 10 * 60_000);
    utimesSync(crashed, longAgo, longAgo);
    // a temp file of this very moment: the other program sharing the library is writing it
    const onItsWay = path.join(library, '.def.story.json.ba9876543210.tmp');
    writeFileSync(onItsWay, '{"half": ');
    writeFileSync(path.join(library, 'ok.story.json'), serializeStory(newStory({ headline: '完好的稿子' }, { id: 'ok-1' })));
    const desk = await open(library, userData);
    const listing = await desk.service['library.list']({});
    expect(listing.stories.map((s) => s.headline)).toEqual(['完好的稿子']);
    expect(listing.unreadable).toEqual([]);
    expect(existsSync(crashed)).toBe(false);
    expect(existsSync(onItsWay)).toBe(true);
  });

  it('names files after the headline at creation and keeps the name when the headline changes', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '举办社区消防安全开放日' } });
    expect(created.file).toMatch(/^举办社区消防安全开放日-[0-9a-f]{8}\.bstory$/);
    const saved = await desk.service['story.save']({
      id: created.story.id,
      story: { ...created.story, headline: '新标题' },
      baseRevision: created.revision,
    });
    expect(saved.file).toBe(created.file);
  });
});

describe('unreadable files', () => {
  it('are listed with the reason, and the rest of the library works', async () => {
    const { library, userData } = folders();
    writeFileSync(path.join(library, 'garbage.story.json'), 'not json at all');
    writeFileSync(path.join(library, 'newer.story.json'), JSON.stringify({ format: 'bulletin-desk/story', version: 3 }));
    writeFileSync(
      path.join(library, 'bad-field.story.json'),
      JSON.stringify({ ...newStory({}, { id: 'bad-1' }), byline: [{ role: '记者', names: '李明', credit: '' }] }),
    );
    const desk = await open(library, userData);
    const { unreadable, stories } = await desk.service['library.list']({});
    const reasons = Object.fromEntries(unreadable.map((u) => [u.file, u]));
    expect(reasons['garbage.story.json']?.reason).toMatch(/not valid JSON/);
    expect(reasons['newer.story.json']?.reason).toMatch(/made by a newer Bulletin Desk, version 3/);
    expect(reasons['newer.story.json']?.newer).toBe(true);
    expect(reasons['bad-field.story.json']?.reason).toMatch(/^byline\[0\]\.names:/);
    // what is wrong, for the interface to say in the reporter's language
    expect(reasons['garbage.story.json']?.problem).toBe('not-json');
    expect(reasons['newer.story.json']).toMatchObject({ problem: 'newer', version: 3 });
    expect(reasons['bad-field.story.json']?.problem).toBe('damaged');
    expect(stories).toEqual([]);
    const created = await desk.service['story.create']({ fields: { headline: '照常工作' } });
    expect(created.story.headline).toBe('照常工作');
    expect(readFileSync(path.join(library, 'garbage.story.json'), 'utf8')).toBe('not json at all');
  });

  it('a story whose file turns unreadable is never saved over', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '会被弄坏的稿子' } });
    writeFileSync(path.join(library, created.file), '{ broken');
    await expect(
      desk.service['story.save']({ id: created.story.id, story: created.story, baseRevision: created.revision }),
    ).rejects.toMatchObject({ code: 'unreadable' });
    expect(readFileSync(path.join(library, created.file), 'utf8')).toBe('{ broken');
  });
});

describe('faults', () => {
  it('keeps the edit when the library folder is gone, retries, and saves once it is back', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '拔掉U盘的时候' } });
    const events: EventPayload<'save.status'>[] = [];
    desk.subscribe((name, payload) => {
      if (name === 'save.status') events.push(payload as EventPayload<'save.status'>);
    });
    const away = `${library}-unplugged`;
    renameSync(library, away);
    const edit = withBody(created.story, '这段文字在拔掉U盘时写下。');
    await expect(desk.service['story.save']({ id: created.story.id, story: edit, baseRevision: created.revision })).rejects.toMatchObject({
      code: 'io',
      retrying: true,
      message: expect.stringMatching(/library folder is not there/),
    });
    expect(desk.pendingSaves()).toBe(1);
    renameSync(away, library);
    await desk.flush();
    expect(desk.pendingSaves()).toBe(0);
    expect(events.at(-1)).toMatchObject({ id: created.story.id, state: 'saved' });
    expect(JSON.parse(readFileSync(path.join(library, created.file), 'utf8')).body[0].text).toBe('这段文字在拔掉U盘时写下。');
  });

  it('says "permission denied" for a folder it may not write, and keeps the edit', async (ctx) => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '只读的文件夹' } });
    const root = process.getuid?.() === 0;
    try {
      if (root) execFileSync('chattr', ['+i', library], { stdio: 'ignore' });
      else chmodSync(library, 0o555);
    } catch {
      ctx.skip(); // no way to make a folder read-only here (root without chattr): nothing to test
    }
    try {
      await expect(
        desk.service['story.save']({ id: created.story.id, story: withBody(created.story, '写不进去。'), baseRevision: created.revision }),
      ).rejects.toMatchObject({ code: 'io', retrying: true, message: expect.stringMatching(/permission denied/) });
      expect(desk.pendingSaves()).toBe(1);
    } finally {
      if (root) execFileSync('chattr', ['-i', library], { stdio: 'ignore' });
      else chmodSync(library, 0o755);
    }
    await desk.flush();
    expect(JSON.parse(readFileSync(path.join(library, created.file), 'utf8')).body[0].text).toBe('写不进去。');
  });
});

describe('history', () => {
  it('keeps the last seven days whole and one snapshot a day before that', async () => {
    const library = mkdtempSync(path.join(tmpdir(), 'history-'));
    const history = new History(library);
    const story = newStory({ headline: '历史' }, { id: 'hist-1' });
    const now = new Date('2024-06-30T12:00:00Z');
    const day = 24 * 3600 * 1000;
    // three a day for twelve days
    for (let d = 11; d >= 0; d--)
      for (const h of [1, 5, 9]) await history.take(story, 'interval', new Date(now.getTime() - d * day - h * 3600 * 1000));
    await history.prune(story.id, now);
    const taken = (await history.list(story.id)).map((s) => new Date(s.takenAt).getTime());
    const recent = taken.filter((t) => now.getTime() - t <= 7 * day);
    const older = taken.filter((t) => now.getTime() - t > 7 * day);
    expect(recent.length).toBeGreaterThanOrEqual(20);
    const olderDays = new Set(older.map((t) => new Date(t).toDateString()));
    expect(olderDays.size).toBe(older.length);
  });

  it('snapshots on a status change and at most every five minutes while a story changes', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    let { story, revision } = await desk.service['story.create']({ fields: { headline: '快照' } });
    for (let i = 0; i < 5; i++) {
      story = withBody(story, `第${i}次修改。`);
      revision = (await desk.service['story.save']({ id: story.id, story, baseRevision: revision })).revision;
    }
    expect((await desk.service['history.list']({ id: story.id })).snapshots).toHaveLength(1);
    story = { ...story, status: 'ready' };
    await desk.service['story.save']({ id: story.id, story, baseRevision: revision });
    const reasons = (await desk.service['history.list']({ id: story.id })).snapshots.map((s) => s.reason);
    expect(reasons).toEqual(['status', 'interval']);
  });
});

describe('a copy made outside the app', () => {
  it('is listed as a copy and never taken for the story itself', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '原稿' } });
    writeFileSync(path.join(library, 'copy of 原稿.story.json'), readFileSync(path.join(library, created.file)));
    const listing = await desk.service['library.list']({});
    expect(listing.stories.map((s) => s.file)).toEqual([created.file]);
    expect(listing.unreadable[0]?.reason).toMatch(/a copy of .*the same story id/);
    const saved = await desk.service['story.save']({
      id: created.story.id,
      story: withBody(created.story, '改了原稿。'),
      baseRevision: created.revision,
    });
    expect(saved.file).toBe(created.file);
  });
});

describe('an unplugged drive', () => {
  it('is watched again when the library folder comes back, and what changed meanwhile is told', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '拔插之前' } });
    const events: string[] = [];
    desk.subscribe((name, payload) => {
      if (name === 'story.added' || name === 'story.changed')
        events.push(`${name} ${(payload as EventPayload<'story.added'>).summary.headline}`);
    });
    const away = `${library}-unplugged`;
    renameSync(library, away);
    await new Promise((r) => setTimeout(r, 2500));
    writeFileSync(path.join(away, created.file), serializeStory({ ...created.story, headline: '拔下时改的' }));
    renameSync(away, library);
    await expect.poll(() => events, { timeout: 8000 }).toContain('story.changed 拔下时改的');
    writeFileSync(path.join(library, 'later.story.json'), serializeStory(newStory({ headline: '插回之后新建' }, { id: 'later-1' })));
    await expect.poll(() => events, { timeout: 8000 }).toContain('story.added 插回之后新建');
  }, 20_000);
});

describe('an unplugged drive while a save is held', () => {
  it('keeps retrying the save while the folder is away, and lands it when the folder is back', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '拔下很久' } });
    const removed: string[] = [];
    desk.subscribe((name) => {
      if (name === 'story.removed') removed.push(name);
    });
    const away = `${library}-unplugged`;
    renameSync(library, away);
    const edit = withBody(created.story, '拔下很久时写的字。');
    await expect(desk.service['story.save']({ id: created.story.id, story: edit, baseRevision: created.revision })).rejects.toMatchObject({
      code: 'io',
      retrying: true,
    });
    // the watcher sees the files vanish and the saver retries, all while the drive is out
    await new Promise((r) => setTimeout(r, 3500));
    expect(desk.pendingSaves()).toBe(1);
    expect(removed).toEqual([]);
    renameSync(away, library);
    await desk.flush();
    expect(JSON.parse(readFileSync(path.join(library, created.file), 'utf8')).body[0].text).toBe('拔下很久时写的字。');
  }, 20_000);
});

describe('moving a story to the trash while its save is on its way', () => {
  it('never brings it back', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '马上删掉' } });
    const saving = desk.service['story.save']({
      id: created.story.id,
      story: withBody(created.story, '删前最后一句。'),
      baseRevision: created.revision,
    });
    const trashing = desk.service['story.trash']({ id: created.story.id });
    await Promise.allSettled([saving, trashing]);
    expect(readdirSync(library).filter((f) => isStoryFile(f))).toEqual([]);
    expect((await desk.service['trash.list']({})).entries).toHaveLength(1);
  });
});
