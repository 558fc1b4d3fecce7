// Story files of version 1 in a library of version 2: read as version 2, never rewritten by opening, listing or searching; written as 2 by the next save.
import { mkdtempSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { newStory, serializeStory, type Photo, type Story } from '../../shared/index';
import { Library } from '../../electron/services/library/library';
import { SearchIndex } from '../../electron/services/library/search';
import { INDEX_FILE } from '../../electron/services/library/catalogEntries';

const cleanups: Array<() => Promise<void> | void> = [];
afterEach(async () => {
  for (const c of cleanups.splice(0).reverse()) await c();
});

function tempFolder(): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'version2-'));
  cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
  return folder;
}

async function opened(folder: string): Promise<Library> {
  const library = new Library(folder);
  await library.open();
  cleanups.push(() => library.lock.close());
  return library;
}

/** A story file as the version 1 app wrote it: no photos. */
function version1Text(story: Story): string {
  const doc = JSON.parse(serializeStory(story)) as Record<string, unknown>;
  doc.version = 1;
  delete doc.photos;
  return `${JSON.stringify(doc, null, 2)}\n`;
}

const photo = (n: number, caption: string, credit = '记者 李明 摄'): Photo => ({
  file: `${String(n).repeat(64)}.jpg`,
  caption,
  credit,
  width: 4000,
  height: 3000,
});

/** A file's bytes and modification time, to see that nothing wrote it. */
function fingerprint(file: string): { bytes: string; mtimeMs: number } {
  return { bytes: readFileSync(file, 'utf8'), mtimeMs: statSync(file).mtimeMs };
}

describe('a version 1 story in the library', () => {
  it('is opened, listed, searched and put in history as version 2 without its file changing; the next save writes version 2', async () => {
    const folder = tempFolder();
    const old = newStory({ headline: '夏粮收购', body: [{ type: 'paragraph', text: '县粮食局开辟绿色通道' }] }, { id: 'farm-0001' });
    const file = path.join(folder, 'farm-0001.story.json');
    writeFileSync(file, version1Text(old));
    // an old time, so that any write would show
    utimesSync(file, new Date('2024-05-08T08:00:00Z'), new Date('2024-05-08T08:00:00Z'));
    const before = fingerprint(file);

    const library = await opened(folder);
    const listed = await library.list();
    expect(listed.stories.map((s) => s.id)).toEqual(['farm-0001']);
    const read = await library.read('farm-0001');
    expect(read.story.version).toBe(2);
    expect(read.story.photos).toEqual([]);
    expect(await new SearchIndex(library, 0).search('绿色通道')).toEqual(['farm-0001']);
    await library.history.take(read.story, 'manual');
    await library.persistIndex();
    // a second start, from the catalog on disk
    const again = await opened(folder);
    await again.list();
    await again.read('farm-0001');
    expect(fingerprint(file)).toEqual(before);

    const saved = await again.save('farm-0001', { ...read.story, photos: [photo(1, '收购现场')] }, read.revision);
    const onDisk = JSON.parse(readFileSync(file, 'utf8')) as Story;
    expect(onDisk.version).toBe(2);
    expect(onDisk.photos).toEqual([photo(1, '收购现场')]);
    expect(saved.revision).not.toBe(read.revision);
  });

  it('refuses a version 3 file as newer and never writes it', async () => {
    const folder = tempFolder();
    const doc = JSON.parse(serializeStory(newStory({ headline: '未来' }, { id: 'future-1' }))) as Record<string, unknown>;
    doc.version = 3;
    const file = path.join(folder, 'future-1.story.json');
    writeFileSync(file, `${JSON.stringify(doc, null, 2)}\n`);
    const before = fingerprint(file);
    const library = await opened(folder);
    const listed = await library.list();
    expect(listed.stories).toEqual([]);
    expect(listed.unreadable).toMatchObject([{ file: 'future-1.story.json', newer: true, problem: 'newer', version: 3 }]);
    await expect(library.read('future-1')).rejects.toMatchObject({ code: 'not-found' });
    expect(fingerprint(file)).toEqual(before);
  });

  it('reads again a file an older app listed as newer in the catalog (a version 2 story), instead of trusting that row', async () => {
    const folder = tempFolder();
    const story = newStory({ headline: '新版稿件', photos: [photo(2, '图片说明')] }, { id: 'new-1' });
    const file = path.join(folder, 'new-1.story.json');
    writeFileSync(file, serializeStory(story));
    const { size, mtimeMs } = statSync(file);
    // the catalog as the version 1 app left it: this very file (same size and time) unreadable as newer
    const row = ['new-1.story.json', size, mtimeMs, 'made by a newer Bulletin Desk, version 2', true, 'newer'];
    writeFileSync(
      path.join(folder, INDEX_FILE),
      JSON.stringify({ format: 'bulletin-desk/index', version: 2, stories: [], bulletins: [], unreadable: [row] }),
    );
    const listed = await (await opened(folder)).list();
    expect(listed.unreadable).toEqual([]);
    expect(listed.stories.map((s) => s.headline)).toEqual(['新版稿件']);
  });
});

describe('photos in the listing', () => {
  it('lists how many photos a story carries, also from the catalog kept on disk after a restart', async () => {
    const folder = tempFolder();
    const library = await opened(folder);
    await library.add(newStory({ headline: '有图', photos: [photo(6, '一'), photo(7, '二')] }));
    await library.add(newStory({ headline: '无图' }));
    const counts = (l: Awaited<ReturnType<Library['list']>>) => Object.fromEntries(l.stories.map((s) => [s.headline, s.photos]));
    expect(counts(await library.list())).toEqual({ 有图: 2, 无图: undefined });
    await library.persistIndex();
    const index = JSON.parse(readFileSync(path.join(folder, INDEX_FILE), 'utf8')) as { stories: unknown[][] };
    expect(index.stories.map((row) => row.length).sort()).toEqual([11, 12]);
    const again = await opened(folder);
    expect(counts(await again.list())).toEqual({ 有图: 2, 无图: undefined });
  });
});

describe('photos in history and search', () => {
  it('keeps the photos in a snapshot, referring to the same files', async () => {
    const folder = tempFolder();
    const library = await opened(folder);
    const created = await library.add(newStory({ headline: '消防开放日', photos: [photo(3, '消防员演示'), photo(4, '')] }));
    const snapshotId = await library.history.take(created.story, 'manual');
    const back = await library.history.read(created.story.id, snapshotId);
    expect(back.photos).toEqual(created.story.photos);
  });

  it('finds a story by a word of a caption or of a credit', async () => {
    const folder = tempFolder();
    const library = await opened(folder);
    const created = await library.add(newStory({ headline: '夏粮收购', photos: [photo(5, '农户在收购点排队售粮', '通讯员 王芳 摄')] }));
    await library.add(newStory({ headline: '消防开放日' }));
    const search = new SearchIndex(library, 0);
    expect(await search.search('排队售粮')).toEqual([created.story.id]);
    expect(await search.search('王芳')).toEqual([created.story.id]);
  });
});
