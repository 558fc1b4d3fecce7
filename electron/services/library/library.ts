// The draft library: a folder of story files, listed from its catalog, read and saved safely with conflicts found.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError, type StorySummary, type StoryWithRevision, type UnreadableFile } from '../../../shared/api';
import { newId, newStory, type Story } from '../../../shared/story';
import type { Bulletin } from '../../../shared/bulletin';
import { readStoryFile, serializeStory } from '../../../shared/storyFile';
import { storyFileName } from '../storyFiles';
import { isLibraryFile, loadIndex, newestFirst, readEntry, refreshEntries, saveIndex, summarizeStory, type Entry } from './catalog';
import { describeFault } from './faults';
import { History } from './history';
import { createFile, moveFile, removeLeftovers, replaceFile, revisionOf } from './storage';

export const UNREADABLE_FOLDER = '.unreadable';
/** How long after a save the catalog is written (all the saves meanwhile in one write). */
const INDEX_WRITE_DELAY_MS = 2000;

export interface LibraryListing {
  folder: string;
  stories: StorySummary[];
  bulletins: Array<Extract<Entry, { kind: 'bulletin' }>['summary']>;
  unreadable: UnreadableFile[];
}

/** Runs tasks of one key one after another (saves of one story never overlap). */
class KeyedQueue {
  private readonly tails = new Map<string, Promise<unknown>>();
  run<T>(key: string, task: () => Promise<T>): Promise<T> {
    const prev = this.tails.get(key) ?? Promise.resolve();
    const next = prev.then(task, task);
    const tail = next.catch(() => undefined);
    this.tails.set(key, tail);
    void tail.then(() => {
      if (this.tails.get(key) === tail) this.tails.delete(key);
    });
    return next;
  }
}

export class Library {
  readonly history: History;
  private entries = new Map<string, Entry>();
  /** Revisions this library wrote or read last, by file name: the watcher tells its own writes apart by them. */
  readonly knownRevisions = new Map<string, string>();
  /** File names the library itself is moving away (trash, aside): the watcher does not report them removed. */
  readonly ownRemovals = new Set<string>();
  private readonly queue = new KeyedQueue();

  /** Runs a task on one story while no save of it runs (trash waits for a save on its way, and the other way round). */
  exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(id, task);
  }
  private indexDirty = false;
  /** Counts changes of the catalog, so what is worked out from it can be kept until it changes. */
  private version = 0;
  private ordered: { version: number; stories: StorySummary[] } | undefined;

  private changed(): void {
    this.indexDirty = true;
    this.version++;
  }

  constructor(readonly folder: string) {
    this.history = new History(folder);
  }

  /** Creates the folder when missing, removes a crash's temp files, loads and refreshes the catalog. */
  async open(): Promise<void> {
    await fs.mkdir(this.folder, { recursive: true });
    await removeLeftovers(this.folder);
    this.entries = await loadIndex(this.folder);
    this.version++;
    await this.refresh();
  }

  private async refresh(): Promise<void> {
    if (await refreshEntries(this.folder, this.entries)) this.changed();
    for (const [name, e] of this.entries) if (e.kind !== 'unreadable') this.knownRevisions.set(name, e.summary.revision);
    await this.persistIndex();
  }

  private indexTimer: ReturnType<typeof setTimeout> | undefined;
  /** The story each file held when this library last wrote it: the next save need not parse it again. */
  private readonly written = new Map<string, { revision: string; story: Story }>();

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
    if (!this.indexDirty) return;
    this.indexDirty = false;
    await saveIndex(this.folder, this.entries).catch(() => {
      this.indexDirty = true;
    });
  }

  async list(): Promise<LibraryListing> {
    try {
      await this.refresh();
    } catch (e) {
      throw new ApiError({ code: 'io', message: describeFault(e, 'the library folder') });
    }
    const listing: LibraryListing = { folder: this.folder, stories: [], bulletins: [], unreadable: [] };
    const owners = this.ownFiles();
    for (const [name, e] of this.entries) {
      const owner = e.kind === 'story' ? owners.get(e.summary.id) : undefined;
      if (e.kind === 'story' && owner !== name) {
        // a copy made outside the app keeps the story's id: it is shown, never saved over or confused with it
        listing.unreadable.push({ file: name, reason: `a copy of ${owner} (the same story id); open that one, or use Duplicate to make a copy`, newer: false });
      } else if (e.kind === 'story') listing.stories.push(e.summary);
      else if (e.kind === 'bulletin') listing.bulletins.push(e.summary);
      else listing.unreadable.push(e.unreadable);
    }
    listing.stories.sort(newestFirst);
    return listing;
  }

  /** The file of an id: the one named after it (`…-<first 8 of the id>.story.json`) when copies share the id. */
  findFile(id: string, kind: 'story' | 'bulletin' = 'story'): string | undefined {
    const own = ownMark(id);
    let found: string | undefined;
    for (const [name, e] of this.entries) {
      if (e.kind !== kind || e.summary.id !== id) continue;
      if (name.includes(own)) return name;
      if (found === undefined || name < found) found = name;
    }
    return found;
  }

  /** `findFile` for every id at once, in one pass over the catalog (a listing of 10,000 is not 10,000 passes). */
  ownFiles(kind: 'story' | 'bulletin' = 'story'): Map<string, string> {
    const owners = new Map<string, string>();
    for (const [name, e] of this.entries) {
      if (e.kind !== kind) continue;
      const id = e.summary.id;
      const found = owners.get(id);
      if (found === undefined) owners.set(id, name);
      else if (found.includes(ownMark(id))) continue;
      else if (name.includes(ownMark(id)) || name < found) owners.set(id, name);
    }
    return owners;
  }

  async fileOf(id: string): Promise<string> {
    const find = () => this.findFile(id);
    let name = find();
    if (!name) {
      await this.refresh().catch(() => undefined);
      name = find();
    }
    if (!name) {
      // the folder gone (an unplugged drive) is a fault that may pass: the save is held, not given up
      if (!(await folderExists(this.folder))) throw Object.assign(new Error(`${this.folder} is not there`), { code: 'ENOENT' });
      throw new ApiError({ code: 'not-found', message: 'this story is not in the library any more (moved, deleted or renamed by another program)' });
    }
    return name;
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
    for (const [name, e] of this.entries) if (e.kind === 'story') out.set(name, e.summary);
    return out;
  }

  summaryOf(name: string): StorySummary | undefined {
    const e = this.entries.get(name);
    return e?.kind === 'story' ? e.summary : undefined;
  }

  /** Reads a file and records what it holds in the catalog. */
  async readFile(name: string): Promise<{ entry: Entry; story?: Story; bytes: Buffer }> {
    const bytes = await fs.readFile(path.join(this.folder, name));
    const stat = await fs.stat(path.join(this.folder, name)).catch(() => null);
    const { entry, story } = readEntry(name, bytes);
    const stamped = { ...entry, size: stat?.size ?? bytes.length, mtimeMs: stat?.mtimeMs ?? 0 } as Entry;
    this.entries.set(name, stamped);
    this.changed();
    return { entry: stamped, ...(story ? { story } : {}), bytes };
  }

  forget(name: string): void {
    if (this.entries.delete(name)) this.changed();
    this.knownRevisions.delete(name);
    this.written.delete(name);
  }

  async read(id: string): Promise<StoryWithRevision> {
    const name = await this.fileOf(id);
    let read;
    try {
      read = await this.readFile(name);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') this.forget(name);
      throw new ApiError({ code: (e as NodeJS.ErrnoException).code === 'ENOENT' ? 'not-found' : 'io', message: describeFault(e, name) });
    }
    if (read.entry.kind === 'unreadable' || !read.story) {
      const reason = read.entry.kind === 'unreadable' ? read.entry.unreadable.reason : 'not a story';
      throw new ApiError({ code: 'unreadable', message: `${name} cannot be opened: ${reason}` });
    }
    const revision = revisionOf(read.bytes);
    this.knownRevisions.set(name, revision);
    return { story: read.story, revision, file: name };
  }

  /** Writes a new story file named from its headline; never over another file. */
  async add(story: Story): Promise<StoryWithRevision> {
    let current = story;
    for (let attempt = 0; attempt < 5; attempt++) {
      const name = storyFileName(current);
      const text = serializeStory(current);
      const revision = revisionOf(text);
      this.knownRevisions.set(name, revision);
      if (await createFile(path.join(this.folder, name), text)) {
        this.setStoryEntry(name, current, revision, text);
        this.persistIndexSoon();
        return { story: current, revision, file: name };
      }
      this.knownRevisions.delete(name);
      current = { ...current, id: newId() };
    }
    throw new ApiError({ code: 'io', message: 'no free file name for the new story' });
  }

  private setStoryEntry(name: string, story: Story, revision: string, text: string): void {
    this.entries.set(name, { kind: 'story', size: Buffer.byteLength(text), mtimeMs: 0, summary: summarizeStory(story, name, revision) });
    this.changed();
    // the modification time is read back lazily; 0 makes the next refresh read the file once
  }

  async create(fields: Partial<Story>, defaults: { dateline: string; byline: Story['byline'] }): Promise<StoryWithRevision> {
    return this.add(newStory(fields, { dateline: defaults.dateline, byline: defaults.byline }));
  }

  /**
   * Saves a story over its file if the file is still at `baseRevision`; otherwise a conflict carrying the
   * version on disk. Files that cannot be read are never overwritten.
   */
  save(id: string, story: Story, baseRevision: string, now = new Date()): Promise<{ revision: string; updatedAt: string; file: string; previous?: Story; saved: Story }> {
    if (story.id !== id) return Promise.reject(new ApiError({ code: 'invalid', message: 'the story does not match its id' }));
    return this.queue.run(id, async () => {
      const name = await this.fileOf(id);
      const target = path.join(this.folder, name);
      let bytes: Buffer;
      try {
        bytes = await fs.readFile(target);
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'ENOENT' && (await folderExists(this.folder))) {
          this.forget(name);
          throw new ApiError({ code: 'conflict', message: 'the story was removed from the library by another program; keep both to save your text as a new story' });
        }
        throw e;
      }
      const onDisk = revisionOf(bytes);
      // the file as this library last wrote it: known, no need to parse 20,000 characters again
      const mine = this.written.get(name);
      const { entry, story: previous } = mine?.revision === onDisk ? { entry: { kind: 'story' as const }, story: mine.story } : readEntry(name, bytes);
      if (entry.kind === 'unreadable') {
        throw new ApiError({ code: 'unreadable', message: `${name} was changed by another program and can no longer be read (${entry.unreadable.reason}); keep both to save your text as a new story` });
      }
      if (onDisk !== baseRevision) {
        this.knownRevisions.set(name, onDisk);
        throw new ApiError({
          code: 'conflict',
          message: 'the story was changed on disk by another program since you opened it',
          ...(previous ? { current: { story: previous, revision: onDisk, file: name } } : {}),
        });
      }
      const saved: Story = { ...story, updatedAt: now.toISOString() };
      const text = serializeStory(saved);
      const revision = revisionOf(text);
      this.knownRevisions.set(name, revision);
      try {
        await replaceFile(target, text);
      } catch (e) {
        this.knownRevisions.set(name, onDisk);
        throw e;
      }
      this.setStoryEntry(name, saved, revision, text);
      this.written.set(name, { revision, story: saved });
      this.persistIndexSoon();
      return { revision, updatedAt: saved.updatedAt, file: name, saved, ...(previous ? { previous } : {}) };
    });
  }

  /** Moves an unreadable file into `.unreadable/` (the user asked for it); never deletes it. */
  async moveAside(file: string): Promise<string> {
    if (!isLibraryFile(file) || file !== path.basename(file)) throw new ApiError({ code: 'invalid', message: `“${file}” is not a file of the library` });
    const entry = this.entries.get(file);
    if (!entry || entry.kind !== 'unreadable') throw new ApiError({ code: 'refused', message: `${file} can be read; only unreadable files are moved aside` });
    const dir = path.join(this.folder, UNREADABLE_FOLDER);
    await fs.mkdir(dir, { recursive: true });
    const to = path.join(dir, `${new Date().toISOString().replace(/[-:.]/g, '')}-${file}`);
    this.ownRemovals.add(file);
    await moveFile(path.join(this.folder, file), to);
    this.forget(file);
    await this.persistIndex();
    return path.relative(this.folder, to);
  }

  async readBulletin(id: string): Promise<{ bulletin: Bulletin; revision: string }> {
    let name = this.findFile(id, 'bulletin');
    if (!name) {
      await this.refresh().catch(() => undefined);
      name = this.findFile(id, 'bulletin');
    }
    if (!name) throw new ApiError({ code: 'not-found', message: 'this bulletin is not in the library' });
    const bytes = await fs.readFile(path.join(this.folder, name));
    const { bulletin } = readEntry(name, bytes);
    if (!bulletin) throw new ApiError({ code: 'unreadable', message: `${name} cannot be read` });
    return { bulletin, revision: revisionOf(bytes) };
  }

  /** Reads a story file that is not in the catalog yet, e.g. one restored from the trash. */
  async adopt(name: string): Promise<StoryWithRevision> {
    const read = await this.readFile(name);
    if (!read.story) throw new ApiError({ code: 'unreadable', message: `${name} cannot be read` });
    const revision = revisionOf(read.bytes);
    this.knownRevisions.set(name, revision);
    await this.persistIndex();
    return { story: read.story, revision, file: name };
  }
}

/** What the file name of a story's own file holds: `-<first 8 of the id>.` */
function ownMark(id: string): string {
  return `-${id.replace(/-/g, '').slice(0, 8)}.`;
}

async function folderExists(folder: string): Promise<boolean> {
  return fs.stat(folder).then((s) => s.isDirectory(), () => false);
}

export { readStoryFile };
