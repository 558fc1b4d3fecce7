// Listing the library: every file checked at start, then the watcher trusted, and every file checked again when it cannot be.
import { mkdtempSync, readFileSync, renameSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { newStory, serializeStory } from '../../shared/index';
import { Library } from '../../electron/services/library/library';
import { INDEX_FILE, loadIndex } from '../../electron/services/library/indexFile';
import { FULL_CHECK_EVERY_MS } from '../../electron/services/library/libraryCatalog';
import { keepWatching } from '../../electron/services/library/watcher';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  vi.restoreAllMocks();
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'listing-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Writes a story file as another program would (not through the library). */
function writeStory(folder: string, file: string, headline: string, id: string): void {
  writeFileSync(path.join(folder, file), serializeStory(newStory({ headline }, { id })));
}

async function watchedLibrary(folder: string): Promise<Library> {
  const library = new Library(folder);
  await library.open();
  const watching = await keepWatching(library, () => undefined);
  cleanups.push(() => watching.close());
  return library;
}

const headlines = async (library: Library) => (await library.list()).stories.map((s) => s.headline).sort();

describe('a library with its watcher ready', () => {
  it('checks every file once at start, then lists from its catalog; what another program just wrote is in the next listing', async () => {
    const folder = tempFolder();
    writeStory(folder, 'a.story.json', '开始就有', 'a-1');
    const library = await watchedLibrary(folder);
    expect(library.fullChecks).toBe(1);
    expect(await headlines(library)).toEqual(['开始就有']);

    // written, changed and removed by another program, listed at once: no waiting for the watcher's events
    writeStory(folder, 'b.story.json', '刚写进来', 'b-1');
    expect(await headlines(library)).toEqual(['刚写进来', '开始就有']);
    writeStory(folder, 'a.story.json', '刚改过的', 'a-1');
    expect(await headlines(library)).toEqual(['刚写进来', '刚改过的']);
    unlinkSync(path.join(folder, 'b.story.json'));
    expect(await headlines(library)).toEqual(['刚改过的']);

    // the library's own writes are in the catalog too
    const created = await library.create({ headline: '自己写的' }, { dateline: '本报讯', byline: [] });
    await library.save(created.story.id, { ...created.story, headline: '自己改的' }, created.revision);
    expect(await headlines(library)).toEqual(['刚改过的', '自己改的']);
    expect(library.fullChecks).toBe(1);
  });

  it('checks every file again once its trust is older than FULL_CHECK_EVERY_MS (changes the system never reports)', async () => {
    const folder = tempFolder();
    const library = await watchedLibrary(folder);
    await library.list();
    const now = Date.now();
    vi.spyOn(Date, 'now').mockReturnValue(now + FULL_CHECK_EVERY_MS + 1);
    await library.list();
    expect(library.fullChecks).toBe(2);
    await library.list();
    expect(library.fullChecks).toBe(2);
  });

  it('checks every file when the folder was replaced and the watcher has not noticed yet (a drive plugged back in)', async () => {
    const folder = tempFolder();
    writeStory(folder, 'a.story.json', '拔下之前', 'a-1');
    const library = await watchedLibrary(folder);
    await library.list();
    const away = `${folder}-away`;
    renameSync(folder, away);
    cleanups.push(() => rmSync(away, { recursive: true, force: true }));
    const other = mkdtempSync(path.join(tmpdir(), 'listing-other-'));
    writeStory(other, 'a.story.json', '另一个盘上的', 'a-1');
    writeStory(other, 'c.story.json', '盘上新的', 'c-1');
    renameSync(other, folder);
    // at once, before the watcher's check of the folder (every two seconds) restarts it
    expect(await headlines(library)).toEqual(['另一个盘上的', '盘上新的']);
    expect(library.fullChecks).toBe(2);
  });

  it('a folder gone is an error of the listing, not the catalog of before', async () => {
    const folder = tempFolder();
    const library = await watchedLibrary(folder);
    await library.list();
    const away = `${folder}-away`;
    renameSync(folder, away);
    cleanups.push(() => rmSync(away, { recursive: true, force: true }));
    await expect(library.list()).rejects.toMatchObject({ code: 'io', message: /library folder is not there/ });
  });
});

describe('a library without a watcher', () => {
  it('reads its saved catalog at open and checks every file at each listing', async () => {
    const folder = tempFolder();
    writeStory(folder, 'a.story.json', '第一版', 'a-1');
    const first = new Library(folder);
    await first.open();
    expect(await headlines(first)).toEqual(['第一版']);
    await first.persistIndex();

    // changed while no library was open: the saved catalog is stale, the check at the first listing finds it
    writeStory(folder, 'a.story.json', '关着时改的第二版', 'a-1');
    const again = new Library(folder);
    await again.open();
    expect(again.fullChecks).toBe(0);
    expect(await headlines(again)).toEqual(['关着时改的第二版']);
    writeStory(folder, 'b.story.json', '又一篇', 'b-1');
    expect(await headlines(again)).toEqual(['关着时改的第二版', '又一篇']);
    expect(again.fullChecks).toBe(2);
  });

  it('opens a story right after open, the catalog checked first', async () => {
    const folder = tempFolder();
    writeStory(folder, 'a.story.json', '旧名字', 'a-1');
    const first = new Library(folder);
    await first.open();
    await first.list();
    await first.persistIndex();
    renameSync(path.join(folder, 'a.story.json'), path.join(folder, 'renamed.story.json'));
    const again = new Library(folder);
    await again.open();
    expect((await again.read('a-1')).file).toBe('renamed.story.json');
  });
});

describe('the catalog on disk (.index.json)', () => {
  it('keeps stories, bulletins and unreadable files as rows, and gives them back as they were', async () => {
    const folder = tempFolder();
    writeStory(folder, 'a.story.json', '一篇稿子', 'a-1');
    writeFileSync(path.join(folder, 'broken.story.json'), '{ broken');
    const library = new Library(folder);
    await library.open();
    const listed = await library.list();
    await library.persistIndex();
    const saved = JSON.parse(readFileSync(path.join(folder, INDEX_FILE), 'utf8'));
    expect(saved).toMatchObject({ format: 'bulletin-desk/index', version: 2 });
    expect(saved.stories[0].slice(0, 1)).toEqual(['a.story.json']);
    const again = new Library(folder);
    await again.open();
    expect(await again.list()).toEqual(listed);
    expect(listed.unreadable.map((u) => u.file)).toEqual(['broken.story.json']);
  });

  it('still reads the version 1 index of an earlier release, and drops rows it cannot trust', async () => {
    const folder = tempFolder();
    const summary = {
      id: 'a-1',
      file: 'a.story.json',
      headline: '旧索引',
      kicker: '',
      status: 'draft',
      createdAt: 'x',
      updatedAt: 'x',
      characters: 3,
      revision: 'r',
    };
    writeFileSync(
      path.join(folder, INDEX_FILE),
      JSON.stringify({
        format: 'bulletin-desk/index',
        version: 1,
        files: { 'a.story.json': { kind: 'story', size: 1, mtimeMs: 2, summary } },
      }),
    );
    expect((await loadIndex(folder)).get('a.story.json')).toMatchObject({ kind: 'story', summary });

    const good = ['b.story.json', 1, 2, 'b-1', '好行', '', 'ready', 'x', 'x', 2, 'r'];
    const bad = [
      ['c.story.json', '1', 2, 'c-1', '坏行', '', 'draft', 'x', 'x', 2, 'r'],
      ['d.story.json', 1, 2, 'd-1', '坏状态', '', 'lost', 'x', 'x', 2, 'r'],
      'not a row',
    ];
    writeFileSync(
      path.join(folder, INDEX_FILE),
      JSON.stringify({ format: 'bulletin-desk/index', version: 2, stories: [good, ...bad], bulletins: 'nope' }),
    );
    expect([...(await loadIndex(folder)).keys()]).toEqual(['b.story.json']);
  });
});
