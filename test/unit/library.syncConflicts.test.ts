// Sync conflicts: the desk's conflict.read/resolve on a temp library and the sidebar's model of them.
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { SyncConflict } from '../../shared/api';
import { newStory, type Story } from '../../shared/story';
import { readStoryFile, serializeStory } from '../../shared/storyFile';
import { storyFileName } from '../../electron/services/storyFiles';
import { conflictOriginal } from '../../electron/services/library/syncFiles';
import type { Desk } from '../../electron/services/deskTypes';
import { fromListing, removeConflict, upsertConflict } from '../../renderer/src/library/libraryModel';
import { openTestDesk } from './helpers/hostHarness';

const folders: string[] = [];
const desks: Desk[] = [];
afterEach(async () => {
  for (const d of desks.splice(0)) await d.close();
  for (const f of folders.splice(0)) rmSync(f, { recursive: true, force: true });
});

const temp = (name: string) => {
  const f = mkdtempSync(path.join(tmpdir(), name));
  folders.push(f);
  return f;
};

const body = (text: string): Story['body'] => [{ type: 'paragraph', text }];

/** A library holding a story and a Syncthing conflict copy of it (same id, other text), and a desk open on it. */
async function conflictedLibrary() {
  const library = temp('sync-conflict-lib-');
  const story = newStory({ headline: '夏粮收购', body: body('这台电脑写的。') });
  const file = storyFileName(story);
  writeFileSync(path.join(library, file), serializeStory(story));
  // Syncthing puts its mark before the last extension (a new story's file: 夏粮收购-….bstory)
  const copy = file.replace(/(\.[^.]+)$/, '.sync-conflict-20261205-101010-ABCDEF2$1');
  writeFileSync(
    path.join(library, copy),
    serializeStory({ ...story, body: body('另一台电脑写的。'), updatedAt: '2026-12-05T02:10:00.000Z' }),
  );
  const desk = await openTestDesk(library, temp('sync-conflict-prefs-'));
  desks.push(desk);
  return { library, story, file, copy, api: desk.service };
}

const textOf = (library: string, name: string) => {
  const r = readStoryFile(readFileSync(path.join(library, name), 'utf8'));
  if (!r.ok) throw new Error(r.error);
  return r.value.body.map((b) => b.text).join('\n');
};

describe('the desk and a conflict copy', () => {
  it('lists the copy as a conflict of its story, never as a second story, and reads both sides', async () => {
    const { story, file, copy, api } = await conflictedLibrary();
    const listing = await api['library.list']({});
    expect(listing.stories.map((s) => s.id)).toEqual([story.id]);
    expect(listing.unreadable).toEqual([]);
    expect(listing.conflicts).toMatchObject([{ file: copy, original: file, tool: 'syncthing', id: story.id, headline: '夏粮收购' }]);
    const both = await api['conflict.read']({ file: copy });
    expect(both.original?.story.body[0]?.text).toBe('这台电脑写的。');
    expect(both.copy.story.body[0]?.text).toBe('另一台电脑写的。');
  });

  it('keeps the other side: its text in the story (the old text in the history), the copy in the trash', async () => {
    const { library, story, file, copy, api } = await conflictedLibrary();
    const both = await api['conflict.read']({ file: copy });
    const answer = await api['conflict.resolve']({
      file: copy,
      keep: 'copy',
      copyRevision: both.copy.revision,
      originalRevision: both.original?.revision,
    });
    expect(answer.story?.story.id).toBe(story.id);
    expect(answer.story?.story.updatedAt).not.toBe(both.copy.story.updatedAt); // the time the save stamped
    expect(textOf(library, file)).toBe('另一台电脑写的。');
    expect(existsSync(path.join(library, copy))).toBe(false);
    expect(readdirSync(path.join(library, '.trash'))).toEqual([answer.trashId]);
    const snapshots = await api['history.list']({ id: story.id });
    const kept = await Promise.all(snapshots.snapshots.map((s) => api['history.read']({ id: story.id, snapshotId: s.snapshotId })));
    expect(kept.some((k) => k.story.body[0]?.text === '这台电脑写的。')).toBe(true);
    const listing = await api['library.list']({});
    expect(listing.conflicts).toEqual([]);
    expect(listing.stories).toHaveLength(1);
  });

  it('keeps both as two stories, or this side alone; a copy changed since it was read is refused', async () => {
    const { library, copy, api } = await conflictedLibrary();
    const both = await api['conflict.read']({ file: copy });
    await expect(api['conflict.resolve']({ file: copy, keep: 'both', copyRevision: '0'.repeat(16) })).rejects.toMatchObject({
      code: 'conflict',
    });
    const answer = await api['conflict.resolve']({ file: copy, keep: 'both', copyRevision: both.copy.revision });
    const listing = await api['library.list']({});
    expect(listing.conflicts).toEqual([]);
    expect(listing.stories.map((s) => textOf(library, s.file)).sort()).toEqual(['另一台电脑写的。', '这台电脑写的。'].sort());
    expect(answer.story?.story.id).not.toBe(both.copy.story.id);

    const again = await conflictedLibrary();
    const read = await again.api['conflict.read']({ file: again.copy });
    expect(
      await again.api['conflict.resolve']({ file: again.copy, keep: 'original', copyRevision: read.copy.revision }),
    ).not.toHaveProperty('story');
    expect(textOf(again.library, again.file)).toBe('这台电脑写的。');
    expect((await again.api['library.list']({})).conflicts).toEqual([]);
  });
});

describe('conflict copies by name', () => {
  it('knows Syncthing, Nextcloud and Dropbox names and never takes a story for one', () => {
    expect(conflictOriginal('a-1.story.sync-conflict-20261205-101010-ABCDEF2.json')).toEqual({
      original: 'a-1.story.json',
      tool: 'syncthing',
    });
    expect(conflictOriginal('a-1.story (conflicted copy 2026-12-05 101010).json')).toEqual({
      original: 'a-1.story.json',
      tool: 'nextcloud',
    });
    expect(conflictOriginal("a-1.story (Zhang Ming's conflicted copy 2026-12-05).json")).toEqual({
      original: 'a-1.story.json',
      tool: 'dropbox',
    });
    expect(conflictOriginal('a-1.story.json')).toBeNull();
    expect(conflictOriginal('同步冲突-1a2b3c4d.story.json')).toBeNull();
  });
});

describe('the sidebar model of conflicts', () => {
  const conflict = (file: string, revision = '1'): SyncConflict => ({
    file,
    original: 'a.story.json',
    tool: 'syncthing',
    id: 'a',
    headline: 'A',
    updatedAt: '2026-12-05T00:00:00Z',
    revision,
  });
  it('lists each copy once, by its file, and drops it when gone', () => {
    const base = fromListing({ folder: '/l', stories: [], unreadable: [], conflicts: [conflict('b.json'), conflict('a.json')] });
    expect(base.conflicts.map((c) => c.file)).toEqual(['a.json', 'b.json']);
    const changed = upsertConflict(base, conflict('a.json', '2'));
    expect(changed.conflicts.map((c) => [c.file, c.revision])).toEqual([
      ['a.json', '2'],
      ['b.json', '1'],
    ]);
    expect(removeConflict(changed, 'a.json').conflicts.map((c) => c.file)).toEqual(['b.json']);
    expect(removeConflict(changed, 'zzz.json')).toBe(changed);
  });
});
