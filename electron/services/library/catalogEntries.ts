// The catalog's entries: a summary of every library file (kept in `.index.json`, see indexFile.ts) and its check against the folder; libraryCatalog.ts keeps them in memory.
import path from 'node:path';
import type { BulletinSummary, StorySummary, UnreadableFile } from '../../../shared/api';
import { summarizeStory } from '../../../shared/summary';
import type { Story } from '../../../shared/story';
import type { Bulletin } from '../../../shared/bulletin';
import { readBulletinFile, readStoryFile, type ReadProblem } from '../../../shared/storyFile';
import { fileKindOf, isStoryFile } from '../../../shared/fileNames';
import { describeProblem, lstatQuiet, MAX_FILE_BYTES, NotAFileError, problemOf, readRegularFile } from './safeRead';
import { revisionOf } from './storage';
import { conflictOriginal, isSyncTemporary } from './syncFiles';
import { promises as fs } from 'node:fs';

export { summarizeStory };
export { INDEX_FILE, loadIndex, saveIndex } from './indexFile';

export type Entry =
  | { kind: 'story'; size: number; mtimeMs: number; summary: StorySummary }
  | { kind: 'bulletin'; size: number; mtimeMs: number; summary: BulletinSummary }
  | { kind: 'unreadable'; size: number; mtimeMs: number; unreadable: UnreadableFile };

/** Newest first by `updatedAt` (ISO times of one format compare as strings; no locale-aware compare needed). */
export function newestFirst(a: { updatedAt: string }, b: { updatedAt: string }): number {
  return a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;
}

/** A story or bulletin file (`.bstory`, `.bbulletin`, `.story.json`, `.bulletin.json`), or a sync tool's conflict copy of one (never a hidden, temporary or sync tool's file). */
export function isLibraryFile(name: string): boolean {
  if (name.startsWith('.') || isSyncTemporary(name)) return false;
  return fileKindOf(name) !== null || conflictOriginal(name) !== null;
}

/** Whether a library file holds a story (a conflict copy holds what its original holds). */
function holdsStory(name: string): boolean {
  return isStoryFile(conflictOriginal(name)?.original ?? name);
}

/** An entry for a name that is not a regular file of a readable size: never read, never quoted. */
export function problemEntry(name: string, e: NotAFileError, mtimeMs = 0): Entry {
  return {
    kind: 'unreadable',
    size: e.size,
    mtimeMs,
    unreadable: {
      file: name,
      reason: describeProblem(e.problem, e.size),
      newer: false,
      problem: e.problem,
      ...(e.problem === 'too-large' ? { size: e.size } : {}),
    },
  };
}

function summarizeBulletin(bulletin: Bulletin, file: string, revision: string): BulletinSummary {
  return {
    id: bulletin.id,
    file,
    title: bulletin.title,
    date: bulletin.date,
    stories: bulletin.stories.length,
    updatedAt: bulletin.updatedAt,
    revision,
  };
}

/** A file whose content cannot be read as a story or bulletin, with what is wrong as a problem the interface words. */
function unreadableContent(name: string, r: { error: string; newer?: boolean; problem?: ReadProblem; version?: number }): UnreadableFile {
  return {
    file: name,
    reason: r.error,
    newer: r.newer === true,
    ...(r.problem ? { problem: r.problem } : {}),
    ...(r.version !== undefined ? { version: r.version } : {}),
  };
}

/** What a file's bytes hold: a story, a bulletin, or why it cannot be read. */
export function readEntry(name: string, bytes: Buffer): { entry: Entry; story?: Story; bulletin?: Bulletin } {
  const revision = revisionOf(bytes);
  const base = { size: bytes.length, mtimeMs: 0 };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return {
      entry: { ...base, kind: 'unreadable', unreadable: { file: name, reason: 'not UTF-8 text', newer: false, problem: 'not-text' } },
    };
  }
  if (holdsStory(name)) {
    const r = readStoryFile(text);
    if (r.ok) return { entry: { ...base, kind: 'story', summary: summarizeStory(r.value, name, revision) }, story: r.value };
    return { entry: { ...base, kind: 'unreadable', unreadable: unreadableContent(name, r) } };
  }
  const r = readBulletinFile(text);
  if (r.ok) return { entry: { ...base, kind: 'bulletin', summary: summarizeBulletin(r.value, name, revision) }, bulletin: r.value };
  return { entry: { ...base, kind: 'unreadable', unreadable: unreadableContent(name, r) } };
}

/**
 * Brings the entries up to date with the folder: files whose size and modification time match their entry
 * are taken from it; the others are read again (`inFolder`: the folder's names, when just read). Returns whether
 * anything changed.
 */
export async function refreshEntries(folder: string, entries: Map<string, Entry>, inFolder?: readonly string[]): Promise<boolean> {
  const names = (inFolder ?? (await fs.readdir(folder))).filter(isLibraryFile);
  const present = new Set(names);
  let changed = false;
  for (const name of [...entries.keys()]) {
    if (!present.has(name)) {
      entries.delete(name);
      changed = true;
    }
  }
  return (await checkEntries(folder, entries, names)) || changed;
}

/**
 * Checks the named files against their entries (size and modification time), reads the ones that differ and
 * drops the ones gone. Returns whether anything changed.
 */
export async function checkEntries(folder: string, entries: Map<string, Entry>, names: readonly string[]): Promise<boolean> {
  let changed = false;
  // stat in a plain loop: four times faster than promises through the thread pool for thousands of files; the
  // loop yields every 500 files so a save waiting meanwhile is not held up for long
  const toRead: Array<{ name: string; size: number; mtimeMs: number }> = [];
  // every name is a file name of the folder (no separator): the folder's path is normalized once, not per file
  const inFolder = path.join(folder, path.sep);
  for (let i = 0; i < names.length; i++) {
    if (i > 0 && i % 500 === 0) await new Promise<void>((resolve) => setImmediate(resolve));
    const name = names[i] as string;
    let stat;
    try {
      // lstat: a link is looked at, never followed; nothing here opens a file (a FIFO never blocks the listing)
      stat = lstatQuiet(inFolder + name);
    } catch {
      continue; // cannot be looked at now: as if removed meanwhile, like a file gone
    }
    if (!stat) {
      // removed meanwhile
      if (entries.delete(name)) changed = true;
      continue;
    }
    const known = entries.get(name);
    if (known && known.size === stat.size && known.mtimeMs === stat.mtimeMs) continue;
    const problem = problemOf(stat, MAX_FILE_BYTES);
    if (problem) {
      entries.set(name, problemEntry(name, new NotAFileError(problem, stat.size, name), stat.mtimeMs));
      changed = true;
      continue;
    }
    toRead.push({ name, size: stat.size, mtimeMs: stat.mtimeMs });
  }
  const BATCH = 64;
  for (let i = 0; i < toRead.length; i += BATCH) {
    await Promise.all(
      toRead.slice(i, i + BATCH).map(async ({ name, size, mtimeMs }) => {
        let bytes: Buffer;
        try {
          bytes = await readRegularFile(path.join(folder, name));
        } catch (e) {
          if (e instanceof NotAFileError) {
            entries.set(name, problemEntry(name, e, mtimeMs));
            changed = true;
            return;
          }
          entries.set(name, {
            kind: 'unreadable',
            size,
            mtimeMs,
            unreadable: {
              file: name,
              reason: `cannot be read (${(e as NodeJS.ErrnoException).code ?? 'error'})`,
              newer: false,
              problem: 'cannot-read',
            },
          });
          changed = true;
          return;
        }
        const { entry } = readEntry(name, bytes);
        entries.set(name, { ...entry, size, mtimeMs });
        changed = true;
      }),
    );
  }
  return changed;
}
