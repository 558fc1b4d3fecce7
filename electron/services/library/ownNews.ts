// The library's own writes told like another program's: every window hears of them, the search reads them, untouched new stories are known.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DeskListener } from '../deskTypes';
import { isBulletinFile } from '../../../shared/fileNames';
import type { Library } from './library';
import { readRegularFile } from './safeRead';
import type { SearchIndex } from './search';
import { revisionOf } from './storage';
import { conflictOriginal } from './syncFiles';

/**
 * Sends an event for each change the library makes itself (the watcher stays quiet about those), so a story saved,
 * imported, copied, restored or filed, a bulletin made or saved, a file trashed or moved aside shows in every window
 * and is found by the search at once. Answers the stories made new here and not changed since.
 */
export function tellOwnChanges(library: Library, emit: DeskListener, search: SearchIndex): UntouchedStories {
  const untouched = new UntouchedStories(library);
  library.onOwnChange = (change) => {
    if (change.kind === 'story') {
      search.update(change.story, change.summary.revision);
      if (!change.added) untouched.touched(change.summary.id);
      emit(change.added ? 'story.added' : 'story.changed', { summary: change.summary });
    } else if (change.kind === 'bulletin') {
      emit(change.added ? 'bulletin.added' : 'bulletin.changed', { summary: change.summary });
    } else if (conflictOriginal(change.file)) {
      emit('conflict.gone', { file: change.file });
    } else if (isBulletinFile(change.file)) {
      emit('bulletin.removed', { id: change.id, file: change.file });
    } else {
      if (change.id !== '') search.invalidate(change.id);
      untouched.touched(change.id);
      emit('story.removed', { id: change.id, file: change.file });
    }
  };
  return untouched;
}

/**
 * New stories (story.create) nobody has saved since, with the revision they were made at. One the reporter leaves
 * with nothing typed is removed without a trace; one saved even once (any change, even one taken back later), or
 * changed on disk by another program, is never removed.
 */
export class UntouchedStories {
  private readonly made = new Map<string, string>();

  constructor(private readonly library: Library) {}

  created(id: string, revision: string): void {
    this.made.set(id, revision);
  }

  touched(id: string): void {
    this.made.delete(id);
  }

  /** Removes the story when it is still as made at `revision`; answers whether it was removed. */
  async discard(id: string, revision: string): Promise<boolean> {
    if (this.made.get(id) !== revision) return false;
    this.made.delete(id);
    return this.removeIfUnchanged(id, revision);
  }

  /**
   * Removes a story file without a trace (not to the trash), only while it still holds exactly the text at
   * `revision`: a story changed since, here or by another program, is never removed.
   */
  private removeIfUnchanged(id: string, revision: string): Promise<boolean> {
    const library = this.library;
    return library.exclusive(id, async () => {
      const name = library.findFile(id);
      if (!name || (await this.onAPage(id))) return false;
      return library.lock.run(async () => {
        const target = path.join(library.folder, name);
        const bytes = await readRegularFile(target).catch(() => undefined);
        if (!bytes || revisionOf(bytes) !== revision) return false;
        library.ownRemovals.add(name);
        try {
          await fs.unlink(target);
        } catch {
          library.ownRemovals.delete(name);
          return false;
        }
        library.removedOwn(name);
        library.persistIndexSoon();
        return true;
      });
    });
  }

  /** True when a bulletin of the library lists the story: it is kept, so that no page points at a story that is gone. */
  private async onAPage(id: string): Promise<boolean> {
    const { bulletins } = await this.library.list();
    for (const b of bulletins) {
      const read = await this.library.readBulletin(b.id).catch(() => undefined);
      if (read?.bulletin.stories.includes(id)) return true;
    }
    return false;
  }

  /** The desk closes: every new story still untouched is removed (each only if its file is unchanged). */
  async discardAll(): Promise<void> {
    for (const [id, revision] of [...this.made]) await this.discard(id, revision).catch(() => false);
  }
}
