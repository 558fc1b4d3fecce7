// `.index.json`, the catalog kept on disk: one row (an array) per file, so 10,000 entries parse in a third of the time.
import path from 'node:path';
import { STATUSES } from '../../../shared/story';
import type { Entry } from './catalogEntries';
import { readRegularFile } from './safeRead';
import { replaceFile } from './storage';

export const INDEX_FILE = '.index.json';
const INDEX_FORMAT = 'bulletin-desk/index';
/** Version 1 kept an object per file (still read); version 2 keeps rows, half the size and three times as quick to parse. */
const INDEX_VERSION = 2;

type StoryRow = [
  name: string,
  size: number,
  mtimeMs: number,
  id: string,
  headline: string,
  kicker: string,
  status: string,
  createdAt: string,
  updatedAt: string,
  characters: number,
  revision: string,
  photos?: number,
];
type BulletinRow = [
  name: string,
  size: number,
  mtimeMs: number,
  id: string,
  title: string,
  date: string,
  stories: number,
  updatedAt: string,
  revision: string,
];
type UnreadableRow = [name: string, size: number, mtimeMs: number, reason: string, newer: boolean, problem?: string];

/** Which type each column of a row holds: a row that does not match is dropped (its file is then read again). */
const STORY_COLUMNS = 'snnssssssns';
/** A story with photos has their number last. */
const STORY_PHOTO_COLUMNS = 'snnssssssnsn';
const BULLETIN_COLUMNS = 'snnssssns';
const UNREADABLE_COLUMNS = 'snnsb';
/** An unreadable row may carry why the name is not a file at all (a link, a pipe, too large). */
const PROBLEM_COLUMNS = 'snnsbs';
const PROBLEMS = ['link', 'special', 'folder', 'too-large'] as const;
const TYPE_OF: Record<string, string> = { s: 'string', n: 'number', b: 'boolean' };

function matches(row: unknown, columns: string): row is unknown[] {
  if (!Array.isArray(row) || row.length !== columns.length) return false;
  for (let i = 0; i < columns.length; i++) if (typeof row[i] !== TYPE_OF[columns[i] as string]) return false;
  return true;
}

/** The entries kept in `.index.json`, by file name; an index that cannot be read counts as missing. */
export async function loadIndex(folder: string): Promise<Map<string, Entry>> {
  try {
    // never through a link, never a pipe, never a huge file: the catalog is rebuilt instead
    const data = JSON.parse(
      (await readRegularFile(path.join(folder, INDEX_FILE), { maxBytes: 256 * 1024 * 1024 })).toString('utf8'),
    ) as Record<string, unknown>;
    if (data.format !== INDEX_FORMAT) return new Map();
    if (data.version === 1 && typeof data.files === 'object' && data.files !== null)
      return new Map(Object.entries(data.files as Record<string, Entry>));
    if (data.version !== INDEX_VERSION) return new Map();
    return entriesOf(data);
  } catch {
    return new Map();
  }
}

function rowsOf(data: Record<string, unknown>, key: string): unknown[] {
  const rows = data[key];
  return Array.isArray(rows) ? rows : [];
}

function entriesOf(data: Record<string, unknown>): Map<string, Entry> {
  const entries = new Map<string, Entry>();
  for (const row of rowsOf(data, 'stories')) {
    if (!matches(row, STORY_COLUMNS) && !matches(row, STORY_PHOTO_COLUMNS)) continue;
    const [file, size, mtimeMs, id, headline, kicker, status, createdAt, updatedAt, characters, revision, photos] = row as StoryRow;
    if (!(STATUSES as readonly string[]).includes(status)) continue;
    const summary = {
      id,
      file,
      headline,
      kicker,
      status: status as (typeof STATUSES)[number],
      createdAt,
      updatedAt,
      characters,
      revision,
      ...(photos !== undefined && Number.isInteger(photos) && photos > 0 ? { photos } : {}),
    };
    entries.set(file, { kind: 'story', size, mtimeMs, summary });
  }
  for (const row of rowsOf(data, 'bulletins')) {
    if (!matches(row, BULLETIN_COLUMNS)) continue;
    const [file, size, mtimeMs, id, title, date, stories, updatedAt, revision] = row as BulletinRow;
    entries.set(file, { kind: 'bulletin', size, mtimeMs, summary: { id, file, title, date, stories, updatedAt, revision } });
  }
  for (const row of rowsOf(data, 'unreadable')) {
    if (!matches(row, UNREADABLE_COLUMNS) && !matches(row, PROBLEM_COLUMNS)) continue;
    const [file, size, mtimeMs, reason, newer, problem] = row as UnreadableRow;
    // a file too new for the app that wrote the index (a version 2 story listed by a version 1 app) is read again:
    // this app may read it
    if (newer) continue;
    const known = PROBLEMS.find((p) => p === problem);
    if (problem !== undefined && !known) continue;
    const unreadable = { file, reason, newer, ...(known ? { problem: known } : {}), ...(known === 'too-large' ? { size } : {}) };
    entries.set(file, { kind: 'unreadable', size, mtimeMs, unreadable });
  }
  return entries;
}

export async function saveIndex(folder: string, entries: ReadonlyMap<string, Entry>, tempFolder?: string): Promise<void> {
  const stories: StoryRow[] = [];
  const bulletins: BulletinRow[] = [];
  const unreadable: UnreadableRow[] = [];
  for (const [name, e] of entries) {
    if (e.kind === 'story') {
      const s = e.summary;
      const row: StoryRow = [
        name,
        e.size,
        e.mtimeMs,
        s.id,
        s.headline,
        s.kicker,
        s.status,
        s.createdAt,
        s.updatedAt,
        s.characters,
        s.revision,
      ];
      if (s.photos) row.push(s.photos);
      stories.push(row);
    } else if (e.kind === 'bulletin') {
      const b = e.summary;
      bulletins.push([name, e.size, e.mtimeMs, b.id, b.title, b.date, b.stories, b.updatedAt, b.revision]);
    } else {
      const u = e.unreadable;
      unreadable.push(u.problem ? [name, e.size, e.mtimeMs, u.reason, u.newer, u.problem] : [name, e.size, e.mtimeMs, u.reason, u.newer]);
    }
  }
  await replaceFile(
    path.join(folder, INDEX_FILE),
    JSON.stringify({ format: INDEX_FORMAT, version: INDEX_VERSION, stories, bulletins, unreadable }),
    tempFolder,
  );
}
