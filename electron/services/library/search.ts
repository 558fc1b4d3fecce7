// Finding stories by any word of any field: every story's text held in memory, built on the first search.
import path from 'node:path';
import type { Story } from '../../../shared/story';
import { readEntry } from './catalogEntries';
import type { Library } from './library';
import { readRegularFile } from './safeRead';

/** The text a search looks in: every field a reporter writes, notes included, lower-cased. */
function searchText(story: Story): string {
  return [
    story.kicker,
    story.headline,
    story.subheadline,
    story.dateline,
    ...story.byline.flatMap((c) => [c.role, ...c.names, c.credit]),
    ...story.body.map((b) => b.text),
    story.notes,
  ]
    .join('\n')
    .toLowerCase();
}

export class SearchIndex {
  private texts: Map<string, string> | undefined;

  constructor(private readonly library: Library) {}

  /** Records a story's text after a save (only once the index exists). */
  update(story: Story): void {
    this.texts?.set(story.id, searchText(story));
  }

  /** Forgets a story, so its text is read again at the next search (changed elsewhere, or removed). */
  invalidate(id: string): void {
    this.texts?.delete(id);
    this.stale.add(id);
  }

  private readonly stale = new Set<string>();

  private async build(): Promise<Map<string, string>> {
    const texts = new Map<string, string>();
    const { stories } = await this.library.list();
    const BATCH = 64;
    for (let i = 0; i < stories.length; i += BATCH) {
      await Promise.all(
        stories.slice(i, i + BATCH).map(async (s) => {
          // each listed file read once, by its name: no catalog lookup per story
          try {
            const { story } = readEntry(s.file, await readRegularFile(path.join(this.library.folder, s.file)));
            if (story) texts.set(s.id, searchText(story));
          } catch {
            // gone meanwhile: not found by search
          }
        }),
      );
    }
    return texts;
  }

  /** Ids of the stories that hold every word of the query, newest first. */
  async search(query: string): Promise<string[]> {
    const words = query
      .toLowerCase()
      .split(/[\s\u3000]+/u)
      .filter((w) => w !== '');
    this.texts ??= await this.build();
    for (const id of this.stale) {
      this.stale.delete(id);
      try {
        this.texts.set(id, searchText((await this.library.read(id)).story));
      } catch {
        this.texts.delete(id);
      }
    }
    // the catalog as the watcher keeps it: no stat of every file on each keystroke of a search; a copy made
    // outside the app is not the story
    const stories = this.library.knownStoriesNewestFirst();
    if (words.length === 0) return stories.map((s) => s.id);
    const texts = this.texts;
    return stories
      .filter((s) => {
        const text = texts.get(s.id);
        return text !== undefined && words.every((w) => text.includes(w));
      })
      .map((s) => s.id);
  }
}
