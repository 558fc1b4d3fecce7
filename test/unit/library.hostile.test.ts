// A library folder someone else prepared: FIFOs, links to devices and outside folders, huge files, sync tools' files.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newStory, serializeStory, type Story } from '../../shared/index';
import { openDesk, type Desk } from '../../electron/services/desk';

const opened: Desk[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.close().catch(() => undefined);
});

function folders() {
  return {
    library: mkdtempSync(path.join(tmpdir(), 'hostile-')),
    userData: mkdtempSync(path.join(tmpdir(), 'prefs-')),
    outside: mkdtempSync(path.join(tmpdir(), 'outside-')),
  };
}

async function open(library: string, userData: string): Promise<Desk> {
  const desk = await openDesk({ libraryFolder: library, userDataFolder: userData, host: 'browser', version: 'test' });
  opened.push(desk);
  return desk;
}

const storyFile = (id: string, headline: string, body = '正文。'): string =>
  serializeStory(newStory({ headline, body: [{ type: 'paragraph', text: body }] }, { id }));

describe('special files in the library', () => {
  it('lists a FIFO, a link to /dev/zero and a 100 MB file as unreadable with a plain reason, and works on', async () => {
    const { library, userData } = folders();
    execFileSync('mkfifo', [path.join(library, 'x.story.json')]);
    symlinkSync('/dev/zero', path.join(library, 'z.story.json'));
    const big = path.join(library, 'big.story.json');
    writeFileSync(big, '');
    truncateSync(big, 100 * 1024 * 1024); // sparse: 100 MB that take no disk
    writeFileSync(path.join(library, 'ok-1.story.json'), storyFile('ok-1', '完好的稿子'));
    const desk = await open(library, userData);
    const listing = await desk.service['library.list']({});
    expect(listing.stories.map((s) => s.headline)).toEqual(['完好的稿子']);
    const byFile = Object.fromEntries(listing.unreadable.map((u) => [u.file, u]));
    expect(byFile['x.story.json']).toMatchObject({ problem: 'special' });
    expect(byFile['z.story.json']).toMatchObject({ problem: 'link' });
    expect(byFile['z.story.json']?.reason).toMatch(/a link, not a file/);
    expect(byFile['big.story.json']).toMatchObject({ problem: 'too-large', size: 100 * 1024 * 1024 });
    expect(byFile['big.story.json']?.reason).toMatch(/100\.0 MB/);
    // search reads only the stories it can: the huge file is never read
    expect((await desk.service['library.search']({ query: '完好' })).ids).toEqual(['ok-1']);
    const created = await desk.service['story.create']({ fields: { headline: '新稿' } });
    expect((await desk.service['story.read']({ id: created.story.id })).story.headline).toBe('新稿');
    // the catalog keeps why, and a second start lists the same without opening any of them
    await desk.close();
    const again = await open(library, userData);
    const second = await again.service['library.list']({});
    expect(second.unreadable.map((u) => [u.file, u.problem]).sort()).toEqual([
      ['big.story.json', 'too-large'],
      ['x.story.json', 'special'],
      ['z.story.json', 'link'],
    ]);
  });

  it('never reads or quotes a story file that links to a file outside (/etc/passwd)', async () => {
    const { library, userData } = folders();
    symlinkSync('/etc/passwd', path.join(library, 'p.story.json'));
    const desk = await open(library, userData);
    const listing = await desk.service['library.list']({});
    const entry = listing.unreadable.find((u) => u.file === 'p.story.json');
    expect(entry).toMatchObject({ problem: 'link' });
    expect(entry?.reason).not.toMatch(/root/);
    await desk.close();
    expect(readFileSync(path.join(library, '.index.json'), 'utf8')).not.toMatch(/root:/);
  });

  it('refuses to save over a story file that another program replaced with a link', async () => {
    const { library, userData, outside } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '被换成链接' } });
    const target = path.join(outside, 'elsewhere.txt');
    writeFileSync(target, 'not yours');
    const file = path.join(library, created.file);
    execFileSync('rm', [file]);
    symlinkSync(target, file);
    const edit: Story = { ...created.story, headline: '改过' };
    await expect(desk.service['story.save']({ id: created.story.id, story: edit, baseRevision: created.revision })).rejects.toMatchObject({
      code: 'unreadable',
    });
    expect(readFileSync(target, 'utf8')).toBe('not yours');
  });
});

describe('links that lead outside the library', () => {
  it('refuses to trash into a .trash that links elsewhere, and writes nothing there', async () => {
    const { library, userData, outside } = folders();
    symlinkSync(outside, path.join(library, '.trash'));
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '不该去外面' } });
    await expect(desk.service['story.trash']({ id: created.story.id })).rejects.toMatchObject({ code: 'io', fault: 'unsafe-folder' });
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(path.join(library, created.file))).toBe(true);
    await expect(desk.service['trash.list']({})).rejects.toMatchObject({ fault: 'unsafe-folder' });
  });

  it('refuses a .trash that is a file, and an .unreadable that links elsewhere', async () => {
    const { library, userData, outside } = folders();
    writeFileSync(path.join(library, '.trash'), 'a file');
    symlinkSync(outside, path.join(library, '.unreadable'));
    writeFileSync(path.join(library, 'bad.story.json'), '{ not json');
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '留着' } });
    await expect(desk.service['story.trash']({ id: created.story.id })).rejects.toMatchObject({ fault: 'unsafe-folder' });
    await desk.service['library.list']({});
    await expect(desk.service['unreadable.moveAside']({ file: 'bad.story.json' })).rejects.toMatchObject({ fault: 'unsafe-folder' });
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(path.join(library, 'bad.story.json'))).toBe(true);
  });

  it('never prunes (deletes) snapshot-named files in a .history folder that links elsewhere', async () => {
    const { library, userData, outside } = folders();
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '历史' } });
    // old snapshot-named files outside, and the story's history folder a link to them
    const old = ['20200101T000000000Z-interval.story.json', '20200101T010000000Z-interval.story.json'];
    for (const n of old) writeFileSync(path.join(outside, n), storyFile(created.story.id, '外面的'));
    mkdirSync(path.join(library, '.history'), { recursive: true });
    symlinkSync(outside, path.join(library, '.history', created.story.id));
    await desk.service['story.save']({
      id: created.story.id,
      story: { ...created.story, status: 'ready', body: [{ type: 'paragraph', text: '正文。' }] },
      baseRevision: created.revision,
    });
    expect(readdirSync(outside).sort()).toEqual(old);
    await expect(desk.service['history.list']({ id: created.story.id })).rejects.toMatchObject({ fault: 'unsafe-folder' });
  });

  it('never follows a .history that is itself a link', async () => {
    const { library, userData, outside } = folders();
    symlinkSync(outside, path.join(library, '.history'));
    const desk = await open(library, userData);
    const created = await desk.service['story.create']({ fields: { headline: '历史' } });
    await desk.service['story.save']({
      id: created.story.id,
      story: { ...created.story, status: 'ready' },
      baseRevision: created.revision,
    });
    expect(readdirSync(outside)).toEqual([]);
  });
});

describe('a library in a sync tool’s folder', () => {
  it('offers conflict copies for resolution against their original, never as a second story, and ignores temp files', async () => {
    const { library, userData } = folders();
    writeFileSync(path.join(library, 'jie-abcd1234.story.json'), storyFile('abcd1234-x', '邻里节', '这台电脑的版本。'));
    const copies = [
      'jie-abcd1234.story.sync-conflict-20261205-101010-ABCDEF7.json',
      'jie-abcd1234.sync-conflict-20261205-101011-ABCDEF7.story.json',
      'jie-abcd1234.story (conflicted copy 2026-12-05 101010).json',
      "jie-abcd1234 (Zhang Ming's conflicted copy 2026-12-05).story.json",
    ];
    for (const c of copies) writeFileSync(path.join(library, c), storyFile('abcd1234-x', '邻里节', '另一台电脑的版本。'));
    for (const t of ['.syncthing.jie.story.json.tmp', '~syncthing~jie.story.json.tmp', '.~lock.jie.story.json#', 'jie.story.json.part'])
      writeFileSync(path.join(library, t), '{');
    const desk = await open(library, userData);
    const listing = await desk.service['library.list']({});
    expect(listing.stories.map((s) => s.file)).toEqual(['jie-abcd1234.story.json']);
    expect(listing.unreadable).toEqual([]);
    expect(listing.conflicts.map((c) => [c.file, c.original, c.tool]).sort()).toEqual(
      [
        [copies[0], 'jie-abcd1234.story.json', 'syncthing'],
        [copies[1], 'jie-abcd1234.story.json', 'syncthing'],
        [copies[2], 'jie-abcd1234.story.json', 'nextcloud'],
        [copies[3], 'jie-abcd1234.story.json', 'dropbox'],
      ].sort(),
    );
    // the story itself is still the original, for reading and search
    expect((await desk.service['story.read']({ id: 'abcd1234-x' })).file).toBe('jie-abcd1234.story.json');

    const both = await desk.service['conflict.read']({ file: copies[0] as string });
    expect(both.original?.story.body[0]?.text).toBe('这台电脑的版本。');
    expect(both.copy.story.body[0]?.text).toBe('另一台电脑的版本。');

    // keep the other version: its text replaces the original's, the copy goes to the trash
    const kept = await desk.service['conflict.resolve']({
      file: copies[0] as string,
      keep: 'copy',
      copyRevision: both.copy.revision,
      originalRevision: both.original?.revision,
    });
    expect((await desk.service['story.read']({ id: 'abcd1234-x' })).story.body[0]?.text).toBe('另一台电脑的版本。');
    // trashed under a plain name, which (a name made new) has the new extension
    expect(kept.trashId).toMatch(/^\d{8}T\d{9}Z-jie-abcd1234\.other-copy\.bstory$/);
    // the original's text is in its history
    expect((await desk.service['history.list']({ id: 'abcd1234-x' })).snapshots.length).toBeGreaterThan(0);

    // keep both: the copy becomes a story of its own
    const second = await desk.service['conflict.read']({ file: copies[2] as string });
    const made = await desk.service['conflict.resolve']({ file: copies[2] as string, keep: 'both', copyRevision: second.copy.revision });
    expect(made.story?.story.id).not.toBe('abcd1234-x');
    const after = await desk.service['library.list']({});
    expect(after.stories).toHaveLength(2);
    expect(after.conflicts.map((c) => c.file).sort()).toEqual([copies[1], copies[3]].sort());
    expect((await desk.service['trash.list']({})).entries).toHaveLength(2);
    // a trashed copy restores as a story of its own (a new id beside the original), never as a conflict again
    const restored = await desk.service['trash.restore']({ trashId: kept.trashId as string });
    expect(restored.story.id).not.toBe('abcd1234-x');
    const afterRestore = await desk.service['library.list']({});
    expect(afterRestore.stories).toHaveLength(3);
    expect(afterRestore.conflicts).toHaveLength(2);
  });

  it('shows a bulletin’s conflict copy as unreadable with the reason, never hides it or takes it for the bulletin', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const made = await desk.service['bulletin.create']({ title: '第3版', date: '2026-12-05' });
    // Syncthing puts its mark before the last extension: 第3版-….sync-conflict-….bbulletin
    expect(made.file).toMatch(/\.bbulletin$/);
    const copy = made.file.replace(/(\.[^.]+)$/, '.sync-conflict-20261205-101010-ABCDEF7$1');
    writeFileSync(path.join(library, copy), readFileSync(path.join(library, made.file)));
    const listing = await desk.service['library.list']({});
    expect(listing.bulletins.map((b) => b.file)).toEqual([made.file]);
    expect(listing.unreadable.find((u) => u.file === copy)?.reason).toMatch(/conflict copy of the bulletin/);
  });

  it('refuses a resolution on a copy that changed since it was compared', async () => {
    const { library, userData } = folders();
    writeFileSync(path.join(library, 'a-11111111.story.json'), storyFile('11111111-a', '甲'));
    const copy = 'a-11111111.story.sync-conflict-20261205-101010-ABCDEF7.json';
    writeFileSync(path.join(library, copy), storyFile('11111111-a', '甲', '副本'));
    const desk = await open(library, userData);
    await desk.service['library.list']({});
    const read = await desk.service['conflict.read']({ file: copy });
    writeFileSync(path.join(library, copy), storyFile('11111111-a', '甲', '副本又改了'));
    await desk.service['library.list']({});
    await expect(
      desk.service['conflict.resolve']({ file: copy, keep: 'original', copyRevision: read.copy.revision }),
    ).rejects.toMatchObject({ code: 'conflict' });
    await expect(desk.service['conflict.read']({ file: '../etc/passwd' })).rejects.toMatchObject({ code: 'invalid' });
  });
});

describe('special files that appear while the app runs', () => {
  it('reports a link or a FIFO added by another program as unreadable, with its problem, never reading it', async () => {
    const { library, userData } = folders();
    const desk = await open(library, userData);
    const events: Array<{ file: string; problem?: string }> = [];
    desk.subscribe((name, payload) => {
      if (name === 'file.unreadable') events.push(payload as { file: string; problem?: string });
    });
    symlinkSync('/dev/zero', path.join(library, 'later-link.story.json'));
    execFileSync('mkfifo', [path.join(library, 'later-pipe.story.json')]);
    await expect
      .poll(() => events.map((e) => [e.file, e.problem]).sort(), { timeout: 8000 })
      .toEqual([
        ['later-link.story.json', 'link'],
        ['later-pipe.story.json', 'special'],
      ]);
  });
});
