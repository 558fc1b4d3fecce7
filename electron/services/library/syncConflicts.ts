// Sync conflicts: a sync tool's conflict copy of a story read beside its original, and resolved without losing either text.
import { ApiError, type CallInput, type CallOutput, type StoryWithRevision, type SyncConflict } from '../../../shared/api';
import { newId, type Story } from '../../../shared/story';
import type { Library } from './library';
import type { Trash } from './trash';
import { conflictOriginal } from './syncFiles';

export class SyncConflicts {
  constructor(
    private readonly library: Library,
    private readonly trash: Trash,
    /** Saves a story over its file on a revision, as the desk does (history, search, held retries). */
    private readonly save: (
      id: string,
      story: Story,
      baseRevision: string,
    ) => Promise<{ revision: string; updatedAt: string; file: string }>,
  ) {}

  private conflictNamed(file: string): SyncConflict {
    const of = file === file.split(/[\\/]/).pop() ? conflictOriginal(file) : null;
    if (!of)
      throw new ApiError({
        code: 'invalid',
        message: `“${file}” is not a sync tool’s conflict copy in the library`,
        reason: 'notAConflictCopy',
        params: { file },
      });
    const known = this.library.conflictNamed(file);
    if (!known)
      throw new ApiError({
        code: 'not-found',
        message: `the conflict copy “${file}” is not in the library any more (resolved elsewhere?)`,
        reason: 'conflictCopyGone',
        params: { file },
      });
    return known;
  }

  /** The copy and its original (absent when the original file is gone). */
  async read(file: string): Promise<CallOutput<'conflict.read'>> {
    const conflict = this.conflictNamed(file);
    const copy = await this.library.readNamed(file);
    const original = await this.originalOf(conflict);
    return { conflict: { ...conflict, revision: copy.revision }, copy, ...(original ? { original } : {}) };
  }

  private async originalOf(conflict: SyncConflict): Promise<StoryWithRevision | undefined> {
    if (this.library.entryOf(conflict.original)?.kind !== 'story') return undefined;
    return this.library.readNamed(conflict.original).catch((e: unknown) => {
      if ((e as ApiError).code === 'not-found') return undefined;
      throw e;
    });
  }

  /** Keeps the original, the copy's text, or both; the copy's file always ends in the trash, never deleted. */
  async resolve({ file, keep, copyRevision, originalRevision }: CallInput<'conflict.resolve'>): Promise<CallOutput<'conflict.resolve'>> {
    const conflict = this.conflictNamed(file);
    const copy = await this.library.readNamed(file);
    if (copy.revision !== copyRevision)
      throw new ApiError({
        code: 'conflict',
        message: 'the conflict copy changed since you compared it; compare again',
        reason: 'conflictCopyChanged',
      });
    let story: StoryWithRevision | undefined;
    if (keep === 'copy') {
      const original = await this.originalOf(conflict);
      if (original) {
        if (originalRevision !== original.revision) {
          throw new ApiError({
            code: 'conflict',
            message: 'the story changed since you compared it; compare again',
            current: original,
            reason: 'storyChangedSinceCompared',
          });
        }
        // the original's text stays in its history before the copy's text replaces it
        await this.library.history.take(original.story, 'manual').catch(() => undefined);
        const text: Story = { ...copy.story, id: original.story.id, createdAt: original.story.createdAt };
        const saved = await this.save(original.story.id, text, original.revision);
        // the story as saved: the save stamps its own time (the form and the list show that one)
        story = { story: { ...text, updatedAt: saved.updatedAt }, revision: saved.revision, file: saved.file };
      } else {
        // the original is gone: the copy's text becomes the story again
        story = await this.library.add({ ...copy.story, id: this.library.findFile(copy.story.id) ? newId() : copy.story.id });
      }
    } else if (keep === 'both') {
      const now = new Date().toISOString();
      story = await this.library.add({ ...copy.story, id: newId(), createdAt: now, updatedAt: now });
    }
    const trashId = await this.library.exclusive(copy.story.id, () => this.trash.moveFileToTrash(file));
    return { ...(story ? { story } : {}), trashId };
  }
}
