// The library's catalog in memory: what each file holds, how it is kept fresh (a full check, or the watcher's word) and listed.
import { promises as fs, statSync } from 'node:fs';
import path from 'node:path';
import type { StorySummary, SyncConflict } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import {
  checkEntries,
  isLibraryFile,
  loadIndex,
  newestFirst,
  problemEntry,
  readEntry,
  refreshEntries,
  saveIndex,
  summarizeStory,
  type Entry,
} from './catalogEntries';
import { ioError } from './faults';
import { lstatQuiet, NotAFileError, readRegularFile } from './safeRead';
import { removeLeftovers } from './storage';
import { conflictOf, listingOf, ownMark, type LibraryListing } from './catalogListing';
import { foundByCheck, type Found, type OwnChange } from './catalogNews';
import { conflictOriginal } from './syncFiles';
import { CatalogMap } from './catalogMap';

export type { LibraryListing, OwnChange };

/** How long after a save the catalog is written (all the saves meanwhile in one write). */
const INDEX_WRITE_DELAY_MS = 2000;
/**
 * How long a listing trusts the watcher without looking at every file again: changes the system never reports
 * (a network share written from another computer, an overflowing event queue) are seen within this time.
 */
export const FULL_CHECK_EVERY_MS = 30_000;

/** Waits until the events the system has already queued (a file written by another program) have been heard. */
function afterQueuedEvents(): Promise<void> {
  // two turns of setImmediate always pass one poll of the event loop, whichever phase this was called in
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

export class LibraryCatalog {
  protected entries = new CatalogMap();
  /** Revisions this library wrote or read last, by file name: the watcher tells its own writes apart by them. */
  readonly knownRevisions = new Map<string, string>();
  /** File names the library itself is moving away (trash, aside): the watcher does not report them removed. */
  readonly ownRemovals = new Set<string>();
  private indexDirty = false;
  /** Counts changes of the catalog, so what is worked out from it can be kept until it changes. */
  private version = 0;
  private ordered: { version: number; stories: StorySummary[] } | undefined;
  private indexTimer: ReturnType<typeof setTimeout> | undefined;

  // Freshness. Without a watcher every listing checks every file. While a watcher is ready and a full check has
  // run since it became ready, the catalog is the truth, except for the files the system said changed since
  // (`heard`): a listing checks just those. The watcher stopping (the folder gone, a restart) ends the trust.
  private watched = false;
  /** Counts watcher starts and stops: a full check begun under an earlier watcher does not make the catalog trusted. */
  private watchEpoch = 0;
  private trusted: { folder: string; at: number } | undefined;
  private readonly heardOf = new Set<string>();
  private checkedOnce = false;
  /** How many times every file was checked: the benchmark and the tests tell a trusted listing by it. */
  fullChecks = 0;
  /** Told of what a full check found that nobody reported (the watcher missed it, or had not got to it yet). */
  onFound: (news: Found) => void = () => undefined;
  /** Told of every change the library makes itself (a story written, a bulletin saved, a file moved away). */
  onOwnChange: (change: OwnChange) => void = () => undefined;

  constructor(readonly folder: string) {}

  protected changed(): void {
    this.indexDirty = true;
    this.version++;
  }

  /** Creates the folder when missing and loads the saved catalog (checked, and a crash's temp files removed, at the first check). */
  async open(): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    this.entries = new CatalogMap(await loadIndex(this.folder));
    this.version++;
  }

  /** The watcher is ready: once a full check has run after this, the catalog is kept fresh by its events. */
  watchStarted(): void {
    this.watchEpoch++;
    this.watched = true;
    this.trusted = undefined;
  }

  /** The watcher stopped or failed: every listing checks every file again until it is back. */
  watchStopped(): void {
    this.watchEpoch++;
    this.watched = false;
    this.trusted = undefined;
  }

  /** The system reported a change of a file in the folder (before the watcher has read it); no name means any file. */
  heard(name: string | undefined): void {
    if (name === undefined) this.trusted = undefined;
    else if (isLibraryFile(name)) this.heardOf.add(name);
  }

  /** Checks every file of the folder against the catalog (the cold start, and whenever the watcher cannot be trusted). */
  async checkAll(): Promise<void> {
    const epoch = this.watchEpoch;
    const watched = this.watched;
    const identity = folderIdentity(this.folder);
    // what was heard before this check began is covered by it; what is heard meanwhile is checked again later
    this.heardOf.clear();
    this.fullChecks++;
    const before = this.checkedOnce ? new Map(this.entries) : undefined;
    // one read of the folder's names for both: the first check also removes the temp files a crash left
    const names = await fs.readdir(this.folder);
    if (!this.checkedOnce) await removeLeftovers(this.folder, undefined, names);
    if (await refreshEntries(this.folder, this.entries, names)) this.changed();
    this.checkedOnce = true;
    const news = foundByCheck(before, this.entries, this.knownRevisions, this.ownRemovals);
    if (news.found.length > 0 || news.gone.length > 0) this.onFound(news);
    if (watched && this.watched && epoch === this.watchEpoch && identity) this.trusted = { folder: identity, at: Date.now() };
    await this.persistIndex();
  }

  /** Brings the catalog up to date: the files heard of when the watcher is trusted, every file otherwise. */
  protected async refresh(): Promise<void> {
    const trusted = this.trusted;
    if (trusted && Date.now() - trusted.at < FULL_CHECK_EVERY_MS) {
      await afterQueuedEvents();
      // the same folder still (not unplugged, not replaced): then only what was heard of needs a look
      if (this.trusted === trusted && folderIdentity(this.folder) === trusted.folder) {
        const names = [...this.heardOf];
        this.heardOf.clear();
        // not recorded as known: the watcher's own event for these still tells the window and the search
        if (await checkEntries(this.folder, this.entries, names)) this.changed();
        await this.persistIndex();
        return;
      }
      this.trusted = undefined;
    }
    await this.checkAll();
  }

  /** Checks the folder once if no listing has yet (a library used without a watcher, right after `open`). */
  async checkedAtLeastOnce(): Promise<void> {
    if (!this.checkedOnce) await this.checkAll();
  }

  /**
   * Writes the catalog a little later: a save does not wait for a catalog of thousands to be written. The
   * catalog is only a cache (checked against each file's size and time at open), so one not written before a
   * crash costs a re-read of the files changed meanwhile, never a story.
   */
  persistIndexSoon(): void {
    if (this.indexTimer) return;
    this.indexTimer = setTimeout(() => {
      this.indexTimer = undefined;
      void this.persistIndex();
    }, INDEX_WRITE_DELAY_MS);
    this.indexTimer.unref?.();
  }

  /** Writes the catalog now when it changed; a failure here never fails the user's action. */
  async persistIndex(): Promise<void> {
    clearTimeout(this.indexTimer);
    this.indexTimer = undefined;
    // a write on its way is waited for: whoever asks (closing, above all) finds the catalog written when this resolves
    while (this.indexWrite) await this.indexWrite;
    if (!this.indexDirty) return;
    this.indexDirty = false;
    const write = this.writeIndex((tempFolder) => saveIndex(this.folder, this.entries, tempFolder)).catch(() => {
      this.indexDirty = true;
    });
    this.indexWrite = write;
    try {
      await write;
    } finally {
      if (this.indexWrite === write) this.indexWrite = undefined;
    }
  }

  private indexWrite: Promise<void> | undefined;

  /** Writes the catalog (the library does it under its lock). */
  protected writeIndex(write: (tempFolder?: string) => Promise<void>): Promise<void> {
    return write();
  }

  async list(): Promise<LibraryListing> {
    try {
      await this.refresh();
    } catch (e) {
      throw ioError(e, 'the library folder');
    }
    return listingOf(this.folder, this.entries, this.ownFiles());
  }

  /** The file of an id: the one named after it (`…-<first 8 of the id>.bstory` or `.story.json`) when copies share the id. */
  findFile(id: string, kind: 'story' | 'bulletin' = 'story'): string | undefined {
    const own = ownMark(id);
    let found: string | undefined;
    for (const name of this.entries.filesOf(kind, id)) {
      if (conflictOriginal(name)) continue;
      if (name.includes(own)) return name;
      if (found === undefined || name < found) found = name;
    }
    return found;
  }

  /** `findFile` for every id at once, in one pass over the catalog (a listing of 10,000 is not 10,000 passes). */
  ownFiles(kind: 'story' | 'bulletin' = 'story'): Map<string, string> {
    const owners = new Map<string, string>();
    for (const [name, e] of this.entries) {
      if (e.kind !== kind || conflictOriginal(name)) continue;
      const id = e.summary.id;
      const found = owners.get(id);
      if (found === undefined) owners.set(id, name);
      else if (found.includes(ownMark(id))) continue;
      else if (name.includes(ownMark(id)) || name < found) owners.set(id, name);
    }
    return owners;
  }

  /** The stories as last known (each id's own file only, not copies), newest first, without looking at the folder. */
  knownStoriesNewestFirst(): readonly StorySummary[] {
    if (this.ordered?.version !== this.version) {
      const owners = this.ownFiles();
      const stories = [...this.knownStories().values()].filter((s) => owners.get(s.id) === s.file).sort(newestFirst);
      this.ordered = { version: this.version, stories };
    }
    return this.ordered.stories;
  }

  /** The stories as last known, without looking at the folder again. */
  knownStories(): Map<string, StorySummary> {
    const out = new Map<string, StorySummary>();
    for (const [name, e] of this.entries) if (e.kind === 'story' && !conflictOriginal(name)) out.set(name, e.summary);
    return out;
  }

  /** The conflict copy of that name as last known. */
  conflictNamed(name: string): SyncConflict | undefined {
    const e = this.entries.get(name);
    return e ? conflictOf(name, e) : undefined;
  }

  /** What the catalog holds of that file, if anything. */
  entryOf(name: string): Entry | undefined {
    return this.entries.get(name);
  }

  /** A file the library itself moved away or removed (trash, aside, an untouched new story): told, then forgotten. */
  removedOwn(name: string): void {
    const e = this.entries.get(name);
    this.forget(name);
    this.onOwnChange({ kind: 'removed', id: e && e.kind !== 'unreadable' ? e.summary.id : '', file: name });
  }

  /** Reads a file and records what it holds in the catalog. */
  async readFile(name: string): Promise<{ entry: Entry; story?: Story; bytes: Buffer }> {
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(path.join(this.folder, name));
    } catch (e) {
      if (!(e instanceof NotAFileError)) throw e;
      // a link, a pipe, a device or a huge file: listed with the reason, never opened or quoted
      const entry = problemEntry(name, e, lstatQuiet(path.join(this.folder, name))?.mtimeMs ?? 0);
      this.entries.set(name, entry);
      this.changed();
      return { entry, bytes: Buffer.alloc(0) };
    }
    const stat = lstatQuiet(path.join(this.folder, name));
    const { entry, story } = readEntry(name, bytes);
    const stamped = { ...entry, size: stat?.size ?? bytes.length, mtimeMs: stat?.mtimeMs ?? 0 } as Entry;
    this.entries.set(name, stamped);
    this.changed();
    return { entry: stamped, ...(story ? { story } : {}), bytes };
  }

  /** Records a story this library just wrote; its modification time is read back by the next check (0 never matches). */
  protected setStoryEntry(
    name: string,
    story: Story,
    revision: string,
    written: string | Uint8Array,
    added: boolean,
    summary = summarizeStory(story, name, revision),
  ): void {
    const size = typeof written === 'string' ? Buffer.byteLength(written) : written.byteLength;
    this.entries.set(name, { kind: 'story', size, mtimeMs: 0, summary });
    this.changed();
    this.onOwnChange({ kind: 'story', added, summary, story });
  }

  forget(name: string): void {
    if (this.entries.delete(name)) this.changed();
    this.knownRevisions.delete(name);
  }
}

/** The folder's device and inode, or null when it is not there. */
export function folderIdentity(folder: string): string | null {
  try {
    const s = statSync(folder);
    return s.isDirectory() ? `${s.dev}:${s.ino}` : null;
  } catch {
    return null;
  }
}
