// The draft library: stories read and saved safely with conflicts found, on top of its catalog (libraryCatalog.ts).
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { ApiError, type StoryWithRevision } from '../../../shared/api';
import { storyCounter, type StoryCounter } from '../../../shared/count';
import { newId, newStory, type Story } from '../../../shared/story';
import type { Bulletin } from '../../../shared/bulletin';
import { serializeStory } from '../../../shared/storyFile';
import { storyFileName } from '../storyFiles';
import { isLibraryFile, readEntry, summarizeStory } from './catalogEntries';
import { describeFault, ioError, refusal } from './faults';
import { History } from './history';
import { LibraryCatalog } from './libraryCatalog';
import { PhotoStore } from './photoStore';
import { FolderLock, lockLost, lockTakenError } from './folderLock';
import { keptFolder } from './keptFolders';
import { KeyedQueue } from './keyedQueue';
import { fileProblemOf, readRegularFile } from './safeRead';
import { createFile, moveFile, revisionOf, stageReplace } from './storage';

export const UNREADABLE_FOLDER = '.unreadable';

/** How long the library keeps its lock after a write for the next one. */
const HOLD_MS = 400;

export class Library extends LibraryCatalog {
  readonly history: History;
  /** The photos of the library's stories, each stored once (`photos/`). */
  readonly photos: PhotoStore;
  private readonly queue = new KeyedQueue();
  /**
   * The story each file held when this library last wrote it, and its bytes: the next save compares the file on disk
   * with them instead of hashing it, need not parse it again, nor count again the paragraphs it did not change
   * (20,000 characters counted took most of a save's own time).
   */
  private readonly written = new Map<string, { revision: string; story: Story; counter: StoryCounter; bytes?: Buffer }>();

  /** One writer at a time across processes and machines (the app and `bulletin serve`, two laptops on a share). */
  readonly lock: FolderLock;

  constructor(folder: string, lockOptions?: ConstructorParameters<typeof FolderLock>[1]) {
    super(folder);
    // kept between a reporter's saves while she types (they come every few hundred milliseconds)
    this.lock = new FolderLock(folder, { holdMs: HOLD_MS, ...lockOptions });
    this.history = new History(folder, this.lock);
    this.photos = new PhotoStore(folder, this.lock);
  }

  override async open(): Promise<void> {
    await super.open();
    await this.lock.removeLeftovers();
  }

  /**
   * Writes the catalog now, or a little later when called by a task that holds the lock: the write waits for the
   * lock, which that task gives back only after this answers (trash, move aside, a bulletin saved, a restore).
   */
  override async persistIndex(): Promise<void> {
    if (this.lock.heldHere()) return this.persistIndexSoon();
    return super.persistIndex();
  }

  /** Writes the catalog under the lock; when another program holds it, a later write does (the catalog is a cache). */
  protected override writeIndex(write: (tempFolder: string) => Promise<void>): Promise<void> {
    return this.lock.run((held) => write(held.tempFolder), { waitMs: 1000 });
  }

  /** Runs a task on one story while no save of it runs (trash waits for a save on its way, and the other way round). */
  exclusive<T>(id: string, task: () => Promise<T>): Promise<T> {
    return this.queue.run(id, task);
  }

  /** Whether the catalog knows a story with this id (the folder is not looked through again). */
  async hasStory(id: string): Promise<boolean> {
    await this.checkedAtLeastOnce().catch(() => undefined);
    return this.findFile(id) !== undefined;
  }

  async fileOf(id: string): Promise<string> {
    await this.checkedAtLeastOnce().catch(() => undefined);
    const find = () => this.findFile(id);
    let name = find();
    if (!name) {
      await this.refresh().catch(() => undefined);
      name = find();
    }
    if (!name) {
      // the folder gone (an unplugged drive) is a fault that may pass: the save is held, not given up
      if (!(await folderExists(this.folder))) throw Object.assign(new Error(`${this.folder} is not there`), { code: 'ENOENT' });
      throw refusal('not-found', 'storyGone', 'this story is not in the library any more (moved, deleted or renamed by another program)');
    }
    return name;
  }

  override forget(name: string): void {
    super.forget(name);
    this.written.delete(name);
  }

  async read(id: string): Promise<StoryWithRevision> {
    return this.readNamed(await this.fileOf(id));
  }

  /** Reads the story file of that name (a story's own file, or a sync tool's conflict copy). */
  async readNamed(name: string): Promise<StoryWithRevision> {
    let read;
    try {
      read = await this.readFile(name);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') this.forget(name);
      if ((e as NodeJS.ErrnoException).code === 'ENOENT')
        throw new ApiError({ code: 'not-found', message: describeFault(e, name), reason: 'storyGone' });
      throw ioError(e, name);
    }
    if (read.entry.kind === 'unreadable' || !read.story) {
      const reason = read.entry.kind === 'unreadable' ? read.entry.unreadable.reason : 'not a story';
      throw refusal('unreadable', 'storyUnreadable', `${name} cannot be opened: ${reason}`, { file: name });
    }
    const revision = revisionOf(read.bytes);
    this.knownRevisions.set(name, revision);
    return { story: read.story, revision, file: name };
  }

  /**
   * Writes a new story file named from its headline; never over another file. `keepId`: under its own id or not at
   * all (the window already shows it by that id); otherwise a name taken meanwhile gives the story a new id.
   */
  async add(story: Story, keepId = false): Promise<StoryWithRevision> {
    let current = story;
    for (let attempt = 0; attempt < (keepId ? 1 : 5); attempt++) {
      const name = storyFileName(current);
      const text = serializeStory(current);
      const revision = revisionOf(text);
      this.knownRevisions.set(name, revision);
      if (await createFile(path.join(this.folder, name), text)) {
        this.setStoryEntry(name, current, revision, text, true);
        this.persistIndexSoon();
        return { story: current, revision, file: name };
      }
      this.knownRevisions.delete(name);
      current = { ...current, id: newId() };
    }
    throw new ApiError({ code: 'io', message: 'no free file name for the new story', reason: 'noFreeName' });
  }

  /** A new story; `id`: the one the window already shows it under, refused when a story of the library has it. */
  async create(fields: Partial<Story>, defaults: { dateline: string; byline: Story['byline'] }, id?: string): Promise<StoryWithRevision> {
    if (id !== undefined && (await this.hasStory(id)))
      throw new ApiError({ code: 'invalid', message: `a story with the id ${id} is already in the library`, reason: 'storyIdTaken' });
    return this.add(
      newStory(fields, { dateline: defaults.dateline, byline: defaults.byline, ...(id === undefined ? {} : { id }) }),
      id !== undefined,
    );
  }

  /**
   * Saves a story over its file if the file is still at `baseRevision`; otherwise a conflict carrying the
   * version on disk. Files that cannot be read are never overwritten.
   */
  save(
    id: string,
    story: Story,
    baseRevision: string,
    now = new Date(),
  ): Promise<{ revision: string; updatedAt: string; file: string; previous?: Story; saved: Story }> {
    if (story.id !== id)
      return Promise.reject(new ApiError({ code: 'invalid', message: 'the story does not match its id', reason: 'storyIdMismatch' }));
    const saved: Story = { ...story, updatedAt: now.toISOString() };
    // encoded once: the same bytes are written, hashed, and kept to compare the next save's file on disk with
    const bytes = Buffer.from(serializeStory(saved));
    return this.queue.run(id, async () => {
      // the file's name (and the text) first, outside the lock: finding a story the catalog does not know yet
      // checks the whole folder, which other programs must not wait for
      const name = await this.fileOf(id);
      return this.lock.run(async (held) => {
        const target = path.join(this.folder, name);
        // the temp file (in the lock's folder: if the lock is taken away meanwhile, the write fails instead of
        // landing) is written and fsynced while the file on disk is read and compared; a refusal removes it
        const staged = stageReplace(target, bytes, held.tempFolder);
        const { onDisk, previous } = await this.checkBase(name, target, baseRevision).catch(async (e: unknown) => {
          await staged.discard();
          throw e;
        });
        // hashed while the temp file's fsync is on its way
        const revision = revisionOf(bytes);
        this.knownRevisions.set(name, revision);
        try {
          await staged.commit();
        } catch (e) {
          this.knownRevisions.set(name, onDisk);
          throw lockLost(held) ? lockTakenError() : e;
        }
        const mine = this.written.get(name);
        const counter = mine?.counter ?? storyCounter();
        this.setStoryEntry(
          name,
          saved,
          revision,
          bytes,
          false,
          summarizeStory(saved, name, revision, (s) => counter.story(s)),
        );
        this.written.set(name, { revision, story: saved, counter, bytes });
        this.persistIndexSoon();
        return { revision, updatedAt: saved.updatedAt, file: name, saved, ...(previous ? { previous } : {}) };
      });
    });
  }

  /**
   * Reads the story's file as it is now (under the lock) and refuses when it is not at `baseRevision` (a conflict
   * carrying the version on disk), cannot be read, or is gone. Answers the revision on disk and the story it holds.
   */
  private async checkBase(name: string, target: string, baseRevision: string): Promise<{ onDisk: string; previous: Story | undefined }> {
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(target);
    } catch (e) {
      const problem = fileProblemOf(e);
      if (problem) {
        throw new ApiError({
          code: 'unreadable',
          message: `${name} was replaced by another program and can no longer be read (${(e as Error).message.replace(`${target}: `, '')}); keep both to save your text as a new story`,
          reason: 'storyReplaced',
          params: { file: name },
        });
      }
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' && (await folderExists(this.folder))) {
        this.forget(name);
        throw new ApiError({
          code: 'conflict',
          message: 'the story was removed from the library by another program; keep both to save your text as a new story',
          reason: 'storyRemovedMeanwhile',
        });
      }
      throw e;
    }
    // the file as this library last wrote it: known by its bytes (a compare, not a hash), no need to parse it again
    const mine = this.written.get(name);
    const onDisk = mine?.bytes?.equals(bytes) ? mine.revision : revisionOf(bytes);
    const { entry, story: previous } =
      mine?.revision === onDisk ? { entry: { kind: 'story' as const }, story: mine.story } : readEntry(name, bytes);
    if (entry.kind === 'unreadable') {
      throw new ApiError({
        code: 'unreadable',
        message: `${name} was changed by another program and can no longer be read (${entry.unreadable.reason}); keep both to save your text as a new story`,
        reason: 'storyReplaced',
        params: { file: name },
      });
    }
    if (onDisk !== baseRevision) {
      this.knownRevisions.set(name, onDisk);
      throw new ApiError({
        code: 'conflict',
        message: 'the story was changed on disk by another program since you opened it',
        reason: 'storyChanged',
        ...(previous ? { current: { story: previous, revision: onDisk, file: name } } : {}),
      });
    }
    return { onDisk, previous };
  }

  /** Moves an unreadable file into `.unreadable/` (the user asked for it); never deletes it. */
  async moveAside(file: string): Promise<string> {
    if (!isLibraryFile(file) || file !== path.basename(file))
      throw refusal('invalid', 'notLibraryFile', `“${file}” is not a file of the library`, { file });
    const entry = this.entries.get(file);
    if (!entry || entry.kind !== 'unreadable')
      throw refusal('refused', 'fileReadable', `${file} can be read; only unreadable files are moved aside`, { file });
    return this.lock.run(async () => {
      const dir = (await keptFolder(this.folder, [UNREADABLE_FOLDER])) as string;
      const to = path.join(dir, `${new Date().toISOString().replace(/[-:.]/g, '')}-${file}`);
      this.ownRemovals.add(file);
      try {
        await moveFile(path.join(this.folder, file), to);
      } catch (e) {
        this.ownRemovals.delete(file);
        throw e;
      }
      this.removedOwn(file);
      await this.persistIndex();
      return path.relative(this.folder, to);
    });
  }

  async readBulletin(id: string): Promise<{ bulletin: Bulletin; revision: string }> {
    await this.checkedAtLeastOnce().catch(() => undefined);
    let name = this.findFile(id, 'bulletin');
    if (!name) {
      await this.refresh().catch(() => undefined);
      name = this.findFile(id, 'bulletin');
    }
    if (!name) throw new ApiError({ code: 'not-found', message: 'this bulletin is not in the library', reason: 'bulletinGone' });
    let bytes: Buffer;
    try {
      bytes = await readRegularFile(path.join(this.folder, name));
    } catch (e) {
      if (fileProblemOf(e))
        throw refusal(
          'unreadable',
          'bulletinUnreadable',
          `${name} cannot be read: ${(e as Error).message.replace(`${path.join(this.folder, name)}: `, '')}`,
          {
            file: name,
          },
        );
      throw e;
    }
    const { bulletin } = readEntry(name, bytes);
    if (!bulletin)
      throw new ApiError({ code: 'unreadable', message: `${name} cannot be read`, reason: 'bulletinUnreadable', params: { file: name } });
    return { bulletin, revision: revisionOf(bytes) };
  }

  /** Reads a story file that is not in the catalog yet, e.g. one restored from the trash. */
  async adopt(name: string): Promise<StoryWithRevision> {
    const read = await this.readFile(name);
    if (!read.story)
      throw new ApiError({ code: 'unreadable', message: `${name} cannot be read`, reason: 'storyUnreadable', params: { file: name } });
    const revision = revisionOf(read.bytes);
    this.knownRevisions.set(name, revision);
    await this.persistIndex();
    if (read.entry.kind === 'story') this.onOwnChange({ kind: 'story', added: true, summary: read.entry.summary, story: read.story });
    return { story: read.story, revision, file: name };
  }
}

async function folderExists(folder: string): Promise<boolean> {
  return fs.stat(folder).then(
    (s) => s.isDirectory(),
    () => false,
  );
}
