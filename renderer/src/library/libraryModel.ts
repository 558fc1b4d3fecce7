// The library as the sidebar holds it: a listing kept fresh from events and saves, filtered by status and search.
import type { StorySummary, SyncConflict, UnreadableFile } from '../../../shared/api';
import { summarizeStory } from '../../../shared/summary';
import type { Status } from '../../../shared/story';

export interface LibraryModel {
  folder: string;
  /** Newest first (by the time of the last save). */
  stories: StorySummary[];
  unreadable: UnreadableFile[];
  /** Sync tools' conflict copies waiting to be resolved, oldest first. */
  conflicts: SyncConflict[];
}

export type StatusFilter = 'all' | Status;

const newestFirst = (a: StorySummary, b: StorySummary) => (a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0);

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function fromListing(listing: {
  folder: string;
  stories: StorySummary[];
  unreadable: UnreadableFile[];
  conflicts?: SyncConflict[];
}): LibraryModel {
  return {
    folder: listing.folder,
    stories: [...listing.stories].sort(newestFirst),
    unreadable: listing.unreadable,
    conflicts: [...(listing.conflicts ?? [])].sort(byFile),
  };
}

/** A sync tool's conflict copy found (or changed): listed once, by its file name. */
export function upsertConflict(model: LibraryModel, conflict: SyncConflict): LibraryModel {
  return { ...model, conflicts: [...model.conflicts.filter((c) => c.file !== conflict.file), conflict].sort(byFile) };
}

/** A conflict copy gone (resolved here or on another computer, or removed). */
export function removeConflict(model: LibraryModel, file: string): LibraryModel {
  return model.conflicts.some((c) => c.file === file) ? { ...model, conflicts: model.conflicts.filter((c) => c.file !== file) } : model;
}

/** A story added or changed (by an event, a save here, a new story): replaces any entry of its id or file. */
export function upsertStory(model: LibraryModel, summary: StorySummary): LibraryModel {
  const others = model.stories.filter((s) => s.id !== summary.id && s.file !== summary.file);
  return {
    ...model,
    stories: [...others, summary].sort(newestFirst),
    unreadable: model.unreadable.filter((u) => u.file !== summary.file),
  };
}

/** A file removed from the library (story.removed: the id may be '' when it was not known). */
export function removeFile(model: LibraryModel, removed: { id: string; file: string }): LibraryModel {
  return {
    ...model,
    stories: model.stories.filter((s) => s.file !== removed.file && (removed.id === '' || s.id !== removed.id)),
    unreadable: model.unreadable.filter((u) => u.file !== removed.file),
  };
}

/** A file that can no longer be read: out of the stories, into the unreadable list. */
export function markUnreadable(model: LibraryModel, file: UnreadableFile): LibraryModel {
  return {
    ...model,
    stories: model.stories.filter((s) => s.file !== file.file),
    unreadable: [...model.unreadable.filter((u) => u.file !== file.file), file].sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
}

/** The summary of a story as saved here (the service reports no event for its own writes). */
export const summaryOf = summarizeStory;

/** The stories to list: of the status chosen, and among the search's hits when a search is on. */
export function shownStories(
  stories: readonly StorySummary[],
  status: StatusFilter,
  hits: ReadonlySet<string> | undefined,
): StorySummary[] {
  return stories.filter((s) => (status === 'all' || s.status === status) && (hits === undefined || hits.has(s.id)));
}
