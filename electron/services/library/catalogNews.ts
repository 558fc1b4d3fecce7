// What the catalog tells beyond its listing: the library's own changes, and what a full check found that nobody reported.
import type { BulletinSummary, StorySummary } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import type { Entry } from './catalogEntries';

/** A change the library made itself (the watcher does not report those): the desk tells every window and the search. */
export type OwnChange =
  | { kind: 'story'; added: boolean; summary: StorySummary; story: Story }
  | { kind: 'bulletin'; added: boolean; summary: BulletinSummary }
  | { kind: 'removed'; id: string; file: string };

/** Files a full check found added or changed (`added`: a name not in the catalog before), and files gone. */
export interface Found {
  found: Array<{ name: string; entry: Entry; added: boolean }>;
  gone: Array<{ name: string; entry: Entry }>;
}

/**
 * Compares the catalog after a full check with the one before it (none at the first check: nobody listened yet, so
 * nothing is told, every revision is only recorded). A story or bulletin counts as changed when its
 * revision is not the one the library last wrote or read (`known`, brought up to date here), so the library's own
 * writes and what the watcher already told are left out; an unreadable file when its entry was read again. A file
 * the library is moving away itself (`ownRemovals`) is not gone.
 */
export function foundByCheck(
  before: ReadonlyMap<string, Entry> | undefined,
  entries: ReadonlyMap<string, Entry>,
  known: Map<string, string>,
  ownRemovals: ReadonlySet<string>,
): Found {
  const result: Found = { found: [], gone: [] };
  for (const [name, entry] of entries) {
    if (!before) {
      if (entry.kind !== 'unreadable') known.set(name, entry.summary.revision);
      continue;
    }
    if (entry.kind === 'unreadable') {
      if (before.get(name) !== entry) result.found.push({ name, entry, added: !before.has(name) });
      continue;
    }
    const was = known.get(name);
    known.set(name, entry.summary.revision);
    if (was !== entry.summary.revision) result.found.push({ name, entry, added: !before.has(name) });
  }
  for (const [name, entry] of before ?? []) {
    if (entries.has(name) || ownRemovals.has(name)) continue;
    known.delete(name);
    result.gone.push({ name, entry });
  }
  return result;
}
