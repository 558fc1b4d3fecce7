// Finding stories by any word of any field: every story's text held in memory, loaded from `.search.json` (searchFile.ts) and the stories changed since.
import path from 'node:path';
import type { StorySummary } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { readEntry } from './catalogEntries';
import type { Library } from './library';
import { readRegularFile } from './safeRead';
import { loadSearchTexts, saveSearchFile, searchFileText, type SearchText } from './searchFile';

/** How long after a change the texts are written to disk (a crash meanwhile costs a re-read of the stories changed). */
const SEARCH_WRITE_DELAY_MS = 30_000;
/** A library of fewer stories builds its index in milliseconds: no search file is written into it. */
const SEARCH_FILE_FROM = 200;

/** The text a search looks in: every field a reporter writes, photos' captions and credits and notes included, lower-cased. */
function searchText(story: Story): string {
  return [
    story.kicker,
    story.headline,
    story.subheadline,
    story.dateline,
    ...story.byline.flatMap((c) => [c.role, ...c.names, c.credit]),
    ...story.body.map((b) => b.text),
    ...(story.photos ?? []).flatMap((p) => [p.caption, p.credit]),
    story.notes,
  ]
    .join('\n')
    .toLowerCase();
}

export class SearchIndex {
  private texts: Map<string, SearchText> | undefined;
  private building: Promise<Map<string, SearchText>> | undefined;
  /** Texts of saves made while the index was being built: they win over what the build read. */
  private readonly savedMeanwhile = new Map<string, SearchText>();
  private readonly stale = new Set<string>();
  private dirty = false;
  private writeTimer: ReturnType<typeof setTimeout> | undefined;

  constructor(
    private readonly library: Library,
    /** How many stories the library holds before its texts are kept in a file (tests keep them from 0). */
    private readonly keepFrom = SEARCH_FILE_FROM,
  ) {}

  /** Records a story's text after a save. */
  update(story: Story, revision: string): void {
    const text = { revision, text: searchText(story) };
    if (this.texts) this.texts.set(story.id, text);
    else if (this.building) this.savedMeanwhile.set(story.id, text);
    this.stale.delete(story.id);
    this.changed();
  }

  /** Forgets a story, so its text is read again at the next search (changed elsewhere, or removed). */
  invalidate(id: string): void {
    this.texts?.delete(id);
    this.savedMeanwhile.delete(id);
    this.stale.add(id);
    this.changed();
  }

  /**
   * Builds the index now, if it is not built or being built (the desk calls it once the first listing is
   * answered, so the reporter's first search finds it ready). A failure is tried again at the next search.
   */
  prepare(): Promise<Map<string, SearchText>> {
    if (this.texts) return Promise.resolve(this.texts);
    this.building ??= this.build().then(
      (texts) => {
        for (const [id, text] of this.savedMeanwhile) texts.set(id, text);
        this.savedMeanwhile.clear();
        this.texts = texts;
        this.building = undefined;
        return texts;
      },
      (e: unknown) => {
        this.building = undefined;
        throw e;
      },
    );
    return this.building;
  }

  /** The saved texts whose revision is the catalog's; every other story read from its file. */
  private async build(): Promise<Map<string, SearchText>> {
    const [saved] = await Promise.all([loadSearchTexts(this.library.folder), this.library.checkedAtLeastOnce()]);
    const texts = new Map<string, SearchText>();
    const toRead: StorySummary[] = [];
    for (const s of this.library.knownStoriesNewestFirst()) {
      const kept = saved.get(s.id);
      if (kept?.revision === s.revision) texts.set(s.id, kept);
      else toRead.push(s);
    }
    const BATCH = 64;
    for (let i = 0; i < toRead.length; i += BATCH) {
      await Promise.all(
        toRead.slice(i, i + BATCH).map(async (s) => {
          // each file read once, by its name: no catalog lookup per story
          try {
            const { entry, story } = readEntry(s.file, await readRegularFile(path.join(this.library.folder, s.file)));
            if (story && entry.kind === 'story') texts.set(s.id, { revision: entry.summary.revision, text: searchText(story) });
          } catch {
            // gone meanwhile: not found by search
          }
        }),
      );
    }
    // a start that read many stories writes them at once (the next start reads one file); a few wait for later
    if (toRead.length > 0 || texts.size !== saved.size) {
      this.dirty = true;
      if (toRead.length > 100) setImmediate(() => void this.persist());
      else this.persistSoon();
    }
    return texts;
  }

  /** Ids of the stories that hold every word of the query, newest first. */
  async search(query: string): Promise<string[]> {
    const words = query
      .toLowerCase()
      .split(/[\s\u3000]+/u)
      .filter((w) => w !== '');
    const texts = this.texts ?? (await this.prepare());
    for (const id of this.stale) {
      this.stale.delete(id);
      try {
        const { story, revision } = await this.library.read(id);
        texts.set(id, { revision, text: searchText(story) });
      } catch {
        texts.delete(id);
      }
    }
    // the catalog as the watcher keeps it: no stat of every file on each keystroke of a search; a copy made
    // outside the app is not the story
    const stories = this.library.knownStoriesNewestFirst();
    if (words.length === 0) return stories.map((s) => s.id);
    return stories
      .filter((s) => {
        const text = texts.get(s.id)?.text;
        return text !== undefined && words.every((w) => text.includes(w));
      })
      .map((s) => s.id);
  }

  private changed(): void {
    this.dirty = true;
    this.persistSoon();
  }

  private persistSoon(): void {
    if (this.writeTimer || !this.texts) return;
    this.writeTimer = setTimeout(() => {
      this.writeTimer = undefined;
      void this.persist();
    }, SEARCH_WRITE_DELAY_MS);
    this.writeTimer.unref?.();
  }

  /**
   * Writes the texts to `.search.json` when they changed (the desk also calls it on close). Only a cache, written
   * without the library's lock so no save waits for it: a failure is never the reporter's, a write of another
   * program's is as good, and the next start reads the stories whose revision it lacks.
   */
  async persist(): Promise<void> {
    clearTimeout(this.writeTimer);
    this.writeTimer = undefined;
    const texts = this.texts;
    if (!texts || !this.dirty) return;
    this.dirty = false;
    // a small library is left as it is: nothing written into a folder the reporter may switch away from
    if (texts.size < this.keepFrom) return;
    const known = new Map<string, SearchText>();
    for (const [id, text] of texts) if (!this.stale.has(id)) known.set(id, text);
    const document = searchFileText(known);
    try {
      await saveSearchFile(this.library.folder, document);
    } catch {
      this.dirty = true;
    }
  }
}
