// A library of 10,000 stories of which 50 are corrupt: it opens, lists the 50 as unreadable, and the rest work.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/api';
import { readStoryFile, serializeStory } from '../../shared/index';
import { openDesk, type Desk } from '../../electron/services/desk';
import { storyFileName } from '../../electron/services/storyFiles';
import { makeStories } from '../bench/corpus';

const STORIES = 10_000;
const CORRUPT = 50;

/** Ways a file gets broken: a cut write, another program, a bad disk sector, a newer app. */
const BREAKERS: Array<(text: string) => Buffer | string> = [
  (t) => t.slice(0, Math.floor(t.length / 2)), // cut in the middle
  () => '', // empty
  (t) => t.replace('"headline"', '"headline": 3, "x"'), // not JSON any more
  (t) => t.replace(/"body": \[[^\]]*\]/, '"body": "flat text"'), // JSON, wrong shape
  (t) => t.replace(/"version": \d+/, '"version": 99'), // a newer Bulletin Desk
  (t) => Buffer.concat([Buffer.from(t.slice(0, 40)), Buffer.from([0xff, 0xfe, 0x00, 0xc3]), Buffer.from(t.slice(40))]), // not UTF-8
  (t) => Buffer.alloc(t.length, 0), // a sector of zeros
];

let folder: string;
let desk: Desk;
const corrupt = new Set<string>();
const ids: string[] = [];

beforeAll(async () => {
  folder = mkdtempSync(path.join(tmpdir(), 'reliability-corrupt-'));
  const stories = makeStories(STORIES, 5).map((s, i) => ({ ...s, id: `${i.toString(16).padStart(8, '0')}-corrupt-test` }));
  for (const [i, s] of stories.entries()) {
    const name = storyFileName(s);
    let bytes: Buffer | string = serializeStory(s);
    if (i % (STORIES / CORRUPT) === 7) {
      bytes = (BREAKERS[corrupt.size % BREAKERS.length] as (t: string) => Buffer | string)(bytes);
      corrupt.add(name);
    } else ids.push(s.id);
    writeFileSync(path.join(folder, name), bytes);
  }
  const userData = mkdtempSync(path.join(tmpdir(), 'reliability-corrupt-prefs-'));
  desk = await openDesk({ userDataFolder: userData, libraryFolder: folder, host: 'browser', language: 'en', version: 'test' });
}, 180_000);
afterAll(async () => {
  await desk?.close();
  rmSync(folder, { recursive: true, force: true }); // 10,000 files: not left in the temp folder
});

describe(`a library of ${STORIES} stories, ${CORRUPT} of them corrupt`, () => {
  it('opens and lists the corrupt files as unreadable, each with a reason, and the others as stories', async () => {
    const listing = await desk.service['library.list']({});
    expect(new Set(listing.unreadable.map((u) => u.file))).toEqual(corrupt);
    for (const u of listing.unreadable) expect(u.reason).not.toBe('');
    expect(listing.unreadable.filter((u) => u.newer)).not.toHaveLength(0);
    expect(listing.stories).toHaveLength(STORIES - CORRUPT);
  });

  it('opens, saves and finds the readable stories, and never writes over a corrupt one', async () => {
    const before = new Map([...corrupt].map((f) => [f, readFileSync(path.join(folder, f))]));
    for (const id of [ids[0], ids[4321], ids.at(-1)] as string[]) {
      const { story, revision, file } = await desk.service['story.read']({ id });
      const saved = await desk.service['story.save']({ id, story: { ...story, notes: '校对过' }, baseRevision: revision });
      expect(saved.file).toBe(file);
      const back = readStoryFile(readFileSync(path.join(folder, file), 'utf8'));
      expect(back.ok && back.value.notes).toBe('校对过');
    }
    const found = await desk.service['library.search']({ query: '校对过' });
    expect(found.ids).toHaveLength(3);
    for (const [f, bytes] of before) expect(readFileSync(path.join(folder, f)).equals(bytes), f).toBe(true);
  });

  it('moves a corrupt file aside only when asked, and never a readable one', async () => {
    const [file] = [...corrupt];
    await expect(desk.service['unreadable.moveAside']({ file: file as string })).resolves.toMatchObject({
      movedTo: expect.stringContaining(file as string),
    });
    const listing = await desk.service['library.list']({});
    expect(listing.unreadable).toHaveLength(CORRUPT - 1);
    // a readable story cannot be moved aside
    await expect(desk.service['unreadable.moveAside']({ file: listing.stories[0]?.file as string })).rejects.toBeInstanceOf(ApiError);
  });
});
