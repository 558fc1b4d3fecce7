// A library holding older .story.json/.bulletin.json files beside new .bstory/.bbulletin ones: listed, read, saved under their own names, watched, trashed and restored, conflicts resolved.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../shared/api';
import { BULLETIN_FORMAT, BULLETIN_VERSION, type Bulletin } from '../../shared/bulletin';
import { newStory, readBulletinFile, readStoryFile, serializeBulletin, serializeStory, type Story } from '../../shared/index';
import { openDesk, type Desk } from '../../electron/services/desk';

const OLD_STORY = '邻里节-aaaa1111.story.json';
const NEW_STORY = '夏粮收购-bbbb2222.bstory';
const OLD_PAGE = '6月21日第3版.bulletin.json';
const NEW_PAGE = '6月22日第3版-cccc3333.bbulletin';
const A = 'aaaa1111-0000-4000-8000-000000000001';
const B = 'bbbb2222-0000-4000-8000-000000000002';

const opened: Desk[] = [];
const made: string[] = [];
afterEach(async () => {
  for (const d of opened.splice(0)) await d.close().catch(() => undefined);
  for (const f of made.splice(0)) rmSync(f, { recursive: true, force: true });
});

const temp = (prefix: string) => {
  const f = mkdtempSync(path.join(tmpdir(), prefix));
  made.push(f);
  return f;
};

const story = (id: string, headline: string, text: string): Story =>
  newStory({ headline, body: [{ type: 'paragraph', text }] }, { id, now: new Date('2026-12-01T08:00:00Z') });

const page = (id: string, title: string, stories: string[]): Bulletin => ({
  format: BULLETIN_FORMAT,
  version: BULLETIN_VERSION,
  id,
  title,
  date: '2026-12-05',
  houseStyle: 'default',
  stories,
  createdAt: '2026-12-01T08:00:00.000Z',
  updatedAt: '2026-12-01T08:00:00.000Z',
});

/** A library with an older story and bulletin beside a new-named story and bulletin, and a desk open on it. */
async function mixedLibrary() {
  const library = temp('both-extensions-');
  writeFileSync(path.join(library, OLD_STORY), serializeStory(story(A, '青苔街道举办邻里节', '旧文件里的稿子。')));
  writeFileSync(path.join(library, NEW_STORY), serializeStory(story(B, '夏粮收购进度过半', '新文件里的稿子。')));
  writeFileSync(path.join(library, OLD_PAGE), serializeBulletin(page('p1', '6月21日第3版', [A])));
  writeFileSync(path.join(library, NEW_PAGE), serializeBulletin(page('p2', '6月22日第3版', [B])));
  const desk = await openDesk({ libraryFolder: library, userDataFolder: temp('both-prefs-'), host: 'browser', version: 'test' });
  opened.push(desk);
  return { library, api: desk.service, desk };
}

const visible = (folder: string) =>
  readdirSync(folder)
    .filter((n) => !n.startsWith('.'))
    .sort();
const bodyIn = (folder: string, name: string) => {
  const r = readStoryFile(readFileSync(path.join(folder, name), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value.body.map((b) => b.text).join('\n');
};

describe('a library of older and new file names', () => {
  it('lists and reads both, and saves each under its own name (an older story stays .story.json, in the format it had)', async () => {
    const { library, api } = await mixedLibrary();
    const listing = await api['library.list']({});
    expect(listing.stories.map((s) => [s.file, s.id]).sort()).toEqual([
      [NEW_STORY, B],
      [OLD_STORY, A],
    ]);
    expect(listing.bulletins.map((b) => b.file).sort()).toEqual([NEW_PAGE, OLD_PAGE].sort());
    expect(listing.unreadable).toEqual([]);

    const old = await api['story.read']({ id: A });
    expect(old.file).toBe(OLD_STORY);
    const saved = await api['story.save']({
      id: A,
      story: { ...old.story, body: [{ type: 'paragraph', text: '改过的旧稿。' }] },
      baseRevision: old.revision,
    });
    expect(saved.file).toBe(OLD_STORY);
    const fresh = await api['story.read']({ id: B });
    expect(fresh.file).toBe(NEW_STORY);
    expect((await api['story.save']({ id: B, story: { ...fresh.story, notes: '待核实' }, baseRevision: fresh.revision })).file).toBe(
      NEW_STORY,
    );

    const oldPage = await api['bulletin.read']({ id: 'p1' });
    const pageSaved = await api['bulletin.save']({
      id: 'p1',
      bulletin: { ...oldPage.bulletin, title: '6月21日第三版' },
      baseRevision: oldPage.revision,
    });
    expect(pageSaved.file).toBe(OLD_PAGE);

    // nothing renamed, nothing added: the older names hold the saved text, written as the format's own bytes
    expect(visible(library)).toEqual([OLD_STORY, OLD_PAGE, NEW_PAGE, NEW_STORY].sort());
    const oldText = readFileSync(path.join(library, OLD_STORY), 'utf8');
    const read = readStoryFile(oldText);
    expect(read.ok && read.value.body[0]?.text).toBe('改过的旧稿。');
    if (read.ok) expect(serializeStory(read.value)).toBe(oldText);
    expect(JSON.parse(oldText)).toMatchObject({ format: 'bulletin-desk/story' });
    const pageText = readFileSync(path.join(library, OLD_PAGE), 'utf8');
    const pageRead = readBulletinFile(pageText);
    expect(pageRead.ok && pageRead.value.title).toBe('6月21日第三版');
    if (pageRead.ok) expect(serializeBulletin(pageRead.value)).toBe(pageText);
  });

  it('writes a new story, a copy and a new bulletin as .bstory and .bbulletin', async () => {
    const { library, api } = await mixedLibrary();
    const created = await api['story.create']({ fields: { headline: '枫溪镇开展义诊' } });
    expect(created.file).toMatch(/^枫溪镇开展义诊-[0-9a-f]{8}\.bstory$/);
    const copy = await api['story.duplicate']({ id: A });
    expect(copy.file).toMatch(/\.bstory$/);
    const bulletin = await api['bulletin.create']({ title: '6月23日第3版', date: '2026-06-23' });
    expect(bulletin.file).toMatch(/^6月23日第3版-[0-9a-f]{8}\.bbulletin$/);
    expect(existsSync(path.join(library, created.file)) && existsSync(path.join(library, bulletin.file))).toBe(true);
    expect(visible(library).filter((n) => n.endsWith('.json'))).toEqual([OLD_PAGE, OLD_STORY].sort());
  });

  it('hears of a .bstory and a .bbulletin another program adds or removes, as it does of the older names', async () => {
    const { library, api, desk } = await mixedLibrary();
    await api['library.list']({});
    const events: string[] = [];
    desk.subscribe((name, payload) => {
      if (name === 'story.added') events.push(`${name} ${(payload as EventPayload<'story.added'>).summary.file}`);
      if (name === 'bulletin.added') events.push(`${name} ${(payload as EventPayload<'bulletin.added'>).summary.file}`);
      if (name === 'story.removed' || name === 'bulletin.removed')
        events.push(`${name} ${(payload as EventPayload<'story.removed'>).file}`);
    });
    writeFileSync(path.join(library, '另一台电脑-dddd4444.bstory'), serializeStory(story('dddd4444-x', '另一台电脑写的', '同步来的。')));
    writeFileSync(path.join(library, '另一版-eeee5555.bbulletin'), serializeBulletin(page('p3', '另一版', [])));
    writeFileSync(path.join(library, '旧版程序写的-ffff6666.story.json'), serializeStory(story('ffff6666-x', '旧版程序写的', '旧名字。')));
    await expect
      .poll(() => [...events].sort(), { timeout: 8000 })
      .toEqual(
        [
          'story.added 另一台电脑-dddd4444.bstory',
          'bulletin.added 另一版-eeee5555.bbulletin',
          'story.added 旧版程序写的-ffff6666.story.json',
        ].sort(),
      );
    rmSync(path.join(library, NEW_STORY));
    rmSync(path.join(library, NEW_PAGE));
    await expect
      .poll(() => events, { timeout: 8000 })
      .toEqual(expect.arrayContaining([`story.removed ${NEW_STORY}`, `bulletin.removed ${NEW_PAGE}`]));
    const listing = await api['library.list']({});
    expect(listing.stories.map((s) => s.file).sort()).toEqual(
      ['另一台电脑-dddd4444.bstory', '旧版程序写的-ffff6666.story.json', OLD_STORY].sort(),
    );
  });

  it('trashes and restores each story under its own name', async () => {
    const { library, api } = await mixedLibrary();
    const oldTrash = await api['story.trash']({ id: A });
    const newTrash = await api['story.trash']({ id: B });
    expect(oldTrash.trashId).toMatch(new RegExp(`^\\d{8}T\\d{9}Z-${OLD_STORY.replace(/\./g, '\\.')}$`));
    expect(newTrash.trashId).toMatch(new RegExp(`^\\d{8}T\\d{9}Z-${NEW_STORY.replace(/\./g, '\\.')}$`));
    expect(visible(library)).toEqual([OLD_PAGE, NEW_PAGE].sort());
    expect((await api['trash.list']({})).entries.map((e) => e.headline).sort()).toEqual(['夏粮收购进度过半', '青苔街道举办邻里节'].sort());
    expect((await api['trash.restore']({ trashId: oldTrash.trashId })).file).toBe(OLD_STORY);
    expect((await api['trash.restore']({ trashId: newTrash.trashId })).file).toBe(NEW_STORY);
    expect(visible(library)).toEqual([OLD_STORY, OLD_PAGE, NEW_PAGE, NEW_STORY].sort());
    expect((await api['trash.list']({})).entries).toEqual([]);
  });

  it('resolves a Syncthing conflict copy of each: the older name kept, a copy kept beside it as a .bstory', async () => {
    const { library, api } = await mixedLibrary();
    // Syncthing puts its mark before the last extension
    const oldCopy = '邻里节-aaaa1111.story.sync-conflict-20261205-101010-ABCDEF7.json';
    const newCopy = '夏粮收购-bbbb2222.sync-conflict-20261205-101010-ABCDEF7.bstory';
    writeFileSync(path.join(library, oldCopy), serializeStory(story(A, '青苔街道举办邻里节', '另一台电脑的旧稿。')));
    writeFileSync(path.join(library, newCopy), serializeStory(story(B, '夏粮收购进度过半', '另一台电脑的新稿。')));
    const listing = await api['library.list']({});
    expect(listing.stories.map((s) => s.file).sort()).toEqual([NEW_STORY, OLD_STORY].sort());
    expect(listing.conflicts.map((c) => [c.file, c.original, c.tool]).sort()).toEqual(
      [
        [oldCopy, OLD_STORY, 'syncthing'],
        [newCopy, NEW_STORY, 'syncthing'],
      ].sort(),
    );

    const oldBoth = await api['conflict.read']({ file: oldCopy });
    const keptCopy = await api['conflict.resolve']({
      file: oldCopy,
      keep: 'copy',
      copyRevision: oldBoth.copy.revision,
      originalRevision: oldBoth.original?.revision,
    });
    expect(keptCopy.trashId).toMatch(/-邻里节-aaaa1111\.other-copy\.bstory$/);
    expect(bodyIn(library, OLD_STORY)).toBe('另一台电脑的旧稿。');

    const newBoth = await api['conflict.read']({ file: newCopy });
    const keptBoth = await api['conflict.resolve']({ file: newCopy, keep: 'both', copyRevision: newBoth.copy.revision });
    expect(keptBoth.story?.file).toMatch(/\.bstory$/);
    expect(bodyIn(library, keptBoth.story?.file as string)).toBe('另一台电脑的新稿。');
    expect(bodyIn(library, NEW_STORY)).toBe('新文件里的稿子。');

    const after = await api['library.list']({});
    expect(after.conflicts).toEqual([]);
    expect(after.stories.map((s) => s.file)).toEqual(expect.arrayContaining([OLD_STORY, NEW_STORY, keptBoth.story?.file]));
    expect(existsSync(path.join(library, oldCopy)) || existsSync(path.join(library, newCopy))).toBe(false);
  });
});
