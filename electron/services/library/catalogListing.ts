// The library's listing made from its catalog: stories (each id's own file), bulletins, unreadable files and sync conflicts.
import type { StorySummary, SyncConflict, UnreadableFile } from '../../../shared/api';
import { newestFirst, type Entry } from './catalogEntries';
import { conflictOriginal } from './syncFiles';

export interface LibraryListing {
  folder: string;
  stories: StorySummary[];
  bulletins: Array<Extract<Entry, { kind: 'bulletin' }>['summary']>;
  unreadable: UnreadableFile[];
  conflicts: SyncConflict[];
}

/** A conflict copy's listing row, when `name` is a sync tool's conflict copy of a story. */
export function conflictOf(name: string, e: Entry): SyncConflict | undefined {
  const of = conflictOriginal(name);
  if (!of || e.kind !== 'story') return undefined;
  const s = e.summary;
  return { file: name, original: of.original, tool: of.tool, id: s.id, headline: s.headline, updatedAt: s.updatedAt, revision: s.revision };
}

/** What the file name of a story's own file holds: `-<first 8 of the id>.` */
export function ownMark(id: string): string {
  return `-${id.replace(/-/g, '').slice(0, 8)}.`;
}

/** The listing of the catalog's entries; `owners` names each story id's own file (copies with its id are shown apart). */
export function listingOf(folder: string, entries: ReadonlyMap<string, Entry>, owners: ReadonlyMap<string, string>): LibraryListing {
  const listing: LibraryListing = { folder, stories: [], bulletins: [], unreadable: [], conflicts: [] };
  for (const [name, e] of entries) {
    if (conflictOriginal(name)) {
      // the other side of a conflict a sync tool found: offered for resolution, never a story of its own
      const conflict = conflictOf(name, e);
      if (conflict) listing.conflicts.push(conflict);
      else if (e.kind === 'unreadable') listing.unreadable.push(e.unreadable);
      else {
        // a bulletin's conflict copy: shown, never silently dropped nor taken for the bulletin
        const of = conflictOriginal(name);
        listing.unreadable.push({
          file: name,
          reason: `a sync conflict copy of the bulletin ${of?.original ?? ''}; open both to compare, then move this one aside`,
          newer: false,
        });
      }
      continue;
    }
    const owner = e.kind === 'story' ? owners.get(e.summary.id) : undefined;
    if (e.kind === 'story' && owner !== name) {
      // a copy made outside the app keeps the story's id: it is shown, never saved over or confused with it
      listing.unreadable.push({
        file: name,
        reason: `a copy of ${owner} (the same story id); open that one, or use Duplicate to make a copy`,
        newer: false,
      });
    } else if (e.kind === 'story') listing.stories.push(e.summary);
    else if (e.kind === 'bulletin') listing.bulletins.push(e.summary);
    else listing.unreadable.push(e.unreadable);
  }
  listing.stories.sort(newestFirst);
  return listing;
}
