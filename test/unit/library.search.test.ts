// The search's texts kept in `.search.json`: a restart finds stories at once, and never by words a story no longer holds.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, symlinkSync, truncateSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newStory, serializeStory, type Story } from '../../shared/index';
import { openDesk } from '../../electron/services/desk';
import { Library } from '../../electron/services/library/library';
import { SearchIndex } from '../../electron/services/library/search';
import { loadSearchTexts, SEARCH_FILE } from '../../electron/services/library/searchFile';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'search-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

/** Writes a story file as another program would (not through the library). */
function writeStory(folder: string, story: Story): void {
  writeFileSync(path.join(folder, `${story.id}.story.json`), serializeStory(story));
}

const farm = newStory({ headline: '夏粮收购', body: [{ type: 'paragraph', text: '县粮食局开辟绿色通道' }] }, { id: 'farm-0001' });
const fire = newStory({ headline: '消防开放日', notes: '联系人王芳' }, { id: 'fire-0002' });

/** A library opened as the app opens it after a restart: the catalog on disk, the first listing, then a search index. */
async function restarted(folder: string): Promise<{ library: Library; search: SearchIndex }> {
  const library = new Library(folder);
  await library.open();
  await library.list();
  return { library, search: new SearchIndex(library, 0) };
}

describe('the search after a restart', () => {
  it('keeps every story’s text with its revision, so the next start reads no story to search', async () => {
    const folder = tempFolder();
    writeStory(folder, farm);
    writeStory(folder, fire);
    const first = await restarted(folder);
    expect(await first.search.search('绿色通道')).toEqual(['farm-0001']);
    await first.search.persist();

    const kept = await loadSearchTexts(folder);
    const listed = (await first.library.list()).stories;
    expect([...kept.keys()].sort()).toEqual(['farm-0001', 'fire-0002']);
    for (const s of listed) expect(kept.get(s.id)?.revision).toBe(s.revision);

    const again = await restarted(folder);
    expect(await again.search.search('王芳')).toEqual(['fire-0002']);
    expect((await again.library.list()).stories.map((s) => s.headline).sort()).toEqual(['夏粮收购', '消防开放日']);
  });

  it('reads again a story changed, added or removed while the app was closed', async () => {
    const folder = tempFolder();
    writeStory(folder, farm);
    writeStory(folder, fire);
    const first = await restarted(folder);
    await first.search.search('');
    await first.search.persist();

    writeStory(folder, { ...farm, body: [{ type: 'paragraph', text: '小麦收购价格稳定' }] });
    unlinkSync(path.join(folder, `${fire.id}.story.json`));
    writeStory(folder, newStory({ headline: '全民读书节' }, { id: 'read-0003' }));

    const { search } = await restarted(folder);
    expect(await search.search('绿色通道')).toEqual([]);
    expect(await search.search('小麦')).toEqual(['farm-0001']);
    expect(await search.search('王芳')).toEqual([]);
    expect(await search.search('读书节')).toEqual(['read-0003']);
  });

  it('finds a story by what was saved while the index was being built', async () => {
    const folder = tempFolder();
    writeStory(folder, farm);
    const { library, search } = await restarted(folder);
    const building = search.prepare();
    const { revision } = await library.read(farm.id);
    await library.save(farm.id, { ...farm, headline: '秋粮收购' }, revision);
    search.update({ ...farm, headline: '秋粮收购' }, (await library.read(farm.id)).revision);
    await building;
    expect(await search.search('秋粮')).toEqual(['farm-0001']);
  });

  it('reads every story when the kept texts are damaged, of another format, a link, a FIFO or too large', async () => {
    const folder = tempFolder();
    writeStory(folder, farm);
    for (const damage of [
      () => writeFileSync(path.join(folder, SEARCH_FILE), 'not json at all'),
      () => writeFileSync(path.join(folder, SEARCH_FILE), Buffer.from('{"format":"other","version":1,"stories":[]}', 'utf16le')),
      () =>
        writeFileSync(
          path.join(folder, SEARCH_FILE),
          Buffer.from('{"format":"bulletin-desk/search","version":1,"stories":[["farm-0001",7,"x"]]}', 'utf16le'),
        ),
      () => {
        rmSync(path.join(folder, SEARCH_FILE), { force: true });
        symlinkSync('/etc/passwd', path.join(folder, SEARCH_FILE));
      },
      // a FIFO never hangs the start, and a huge file is never read whole
      () => execFileSync('mkfifo', [path.join(folder, SEARCH_FILE)]),
      () => {
        writeFileSync(path.join(folder, SEARCH_FILE), '');
        truncateSync(path.join(folder, SEARCH_FILE), 600 * 1024 * 1024);
      },
    ]) {
      damage();
      const { search } = await restarted(folder);
      expect(await search.search('绿色通道')).toEqual(['farm-0001']);
      expect(await search.search('root')).toEqual([]);
      rmSync(path.join(folder, SEARCH_FILE), { force: true });
    }
  });
});

describe('the desk', () => {
  it('builds the index after the first listing and keeps it when closed; the next start finds at once', async () => {
    const folder = tempFolder();
    const userData = tempFolder();
    writeStory(folder, farm);
    writeStory(folder, fire);
    const open = () => openDesk({ userDataFolder: userData, libraryFolder: folder, host: 'browser', version: 'test', searchFileFrom: 0 });
    const desk = await open();
    expect((await desk.service['library.list']({})).stories).toHaveLength(2);
    expect((await desk.service['library.search']({ query: '消防' })).ids).toEqual(['fire-0002']);
    await desk.close();
    expect((await loadSearchTexts(folder)).size).toBe(2);

    const next = await open();
    cleanups.push(() => next.close());
    await next.service['library.list']({});
    expect((await next.service['library.search']({ query: '粮食局' })).ids).toEqual(['farm-0001']);
    // the kept file is never listed as a story or an unreadable file
    const listing = await next.service['library.list']({});
    expect(listing.unreadable).toEqual([]);
    expect(listing.stories).toHaveLength(2);
  });

  it('writes nothing into a small library: its index is built in milliseconds, and the folder is left as it was', async () => {
    const folder = tempFolder();
    writeStory(folder, farm);
    writeStory(folder, fire);
    const userData = tempFolder();
    const desk = await openDesk({ userDataFolder: userData, libraryFolder: folder, host: 'browser', version: 'test' });
    await desk.service['library.list']({});
    expect((await desk.service['library.search']({ query: '消防' })).ids).toEqual(['fire-0002']);
    await desk.close();
    expect(existsSync(path.join(folder, SEARCH_FILE))).toBe(false);
  });
});
