// The library as the sidebar holds it: one listing kept fresh by the library's events (the app's own writes too), filtered by status and search.
import type { BulletinSummary, StorySummary, SyncConflict, UnreadableFile } from '../../../shared/api';
import type { Status } from '../../../shared/story';
import type { LibraryNews } from '../shell/startup';

export interface LibraryModel {
  folder: string;
  /** Newest first (by the time of the last save). */
  stories: StorySummary[];
  /** Newest first (by the time of the last save). */
  bulletins: BulletinSummary[];
  unreadable: UnreadableFile[];
  /** Sync tools' conflict copies waiting to be resolved, oldest first. */
  conflicts: SyncConflict[];
}

export type StatusFilter = 'all' | Status;

const newestFirst = (a: { updatedAt: string }, b: { updatedAt: string }) =>
  a.updatedAt < b.updatedAt ? 1 : a.updatedAt > b.updatedAt ? -1 : 0;

const byFile = (a: { file: string }, b: { file: string }) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0);

export function fromListing(listing: {
  folder: string;
  stories: StorySummary[];
  bulletins?: BulletinSummary[];
  unreadable: UnreadableFile[];
  conflicts?: SyncConflict[];
}): LibraryModel {
  return {
    folder: listing.folder,
    stories: [...listing.stories].sort(newestFirst),
    bulletins: [...(listing.bulletins ?? [])].sort(newestFirst),
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

/** A story added or changed (here or by another program): replaces any entry of its id or file. */
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

/** A bulletin added or changed (here or by another program): replaces any entry of its id or file. */
function upsertBulletin(model: LibraryModel, summary: BulletinSummary): LibraryModel {
  const others = model.bulletins.filter((b) => b.id !== summary.id && b.file !== summary.file);
  return {
    ...model,
    bulletins: [...others, summary].sort(newestFirst),
    unreadable: model.unreadable.filter((u) => u.file !== summary.file),
  };
}

/** A bulletin file removed (bulletin.removed: the id may be '' when it was not known). */
function removeBulletin(model: LibraryModel, removed: { id: string; file: string }): LibraryModel {
  return {
    ...model,
    bulletins: model.bulletins.filter((b) => b.file !== removed.file && (removed.id === '' || b.id !== removed.id)),
    unreadable: model.unreadable.filter((u) => u.file !== removed.file),
  };
}

/** A file that can no longer be read: out of the stories, into the unreadable list. */
export function markUnreadable(model: LibraryModel, file: UnreadableFile): LibraryModel {
  return {
    ...model,
    stories: model.stories.filter((s) => s.file !== file.file),
    bulletins: model.bulletins.filter((b) => b.file !== file.file),
    unreadable: [...model.unreadable.filter((u) => u.file !== file.file), file].sort((a, b) => (a.file < b.file ? -1 : 1)),
  };
}

/** The stories to list: of the status chosen, and among the search's hits when a search is on. */
export function shownStories(
  stories: readonly StorySummary[],
  status: StatusFilter,
  hits: ReadonlySet<string> | undefined,
): StorySummary[] {
  return stories.filter((s) => (status === 'all' || s.status === status) && (hits === undefined || hits.has(s.id)));
}

/** A library event applied to the listing. */
export function applyNews(model: LibraryModel, news: LibraryNews): LibraryModel {
  switch (news.name) {
    case 'story.added':
    case 'story.changed':
      return upsertStory(model, news.payload.summary);
    case 'story.removed':
      return removeFile(model, news.payload);
    case 'bulletin.added':
    case 'bulletin.changed':
      return upsertBulletin(model, news.payload.summary);
    case 'bulletin.removed':
      return removeBulletin(model, news.payload);
    case 'file.unreadable':
      return markUnreadable(model, news.payload);
    case 'conflict.found':
      return upsertConflict(model, news.payload);
    case 'conflict.gone':
      return removeConflict(model, news.payload.file);
  }
}
