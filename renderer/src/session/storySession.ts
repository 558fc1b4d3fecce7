// An open story kept in step with its file: changes made elsewhere reload it or become a conflict the user resolves.
import { sameStoryContent } from '../../../shared/sameStory';
import type { StoryWithRevision } from '../../../shared/api';
import { failureOf } from '../shell/errors';
import { SaveQueue } from './saveQueue';
import { COMPOSITION_POLL_MS, GONE_RECHECK_MS } from './saveTypes';

export class StorySession extends SaveQueue {
  private cancelRecheck: (() => void) | undefined;
  private disposed = false;
  /** The revision a restore from the history wrote: its reload is no change made elsewhere. */
  private restoredRevision: string | undefined;

  /** The revision on disk this session's text is based on (a restore from the history is made on it). */
  get revision(): string {
    return this.base;
  }

  protected whileGone(): void {
    if (this.phase.kind !== 'gone' || this.cancelRecheck || this.disposed) return;
    this.cancelRecheck = this.deps.setTimer(() => {
      this.cancelRecheck = undefined;
      if (this.phase.kind === 'gone' && !this.disposed) void this.check(false);
    }, GONE_RECHECK_MS);
  }

  /** The file changed on disk (story.changed, or story.added after a removal); `revision` from its summary. */
  onExternalChange(revision?: string): void {
    const known = revision !== undefined && (revision === this.base || this.ownRevisions.has(revision));
    if (known && this.phase.kind !== 'gone') return;
    if (this.phase.kind === 'conflict' && revision === this.phase.current.revision) return;
    if (this.inflight) {
      this.checkAfterFlight = true;
      return;
    }
    void this.check(false);
  }

  onRemoved(): void {
    this.cancelSave?.();
    this.cancelSave = undefined;
    this.pendingReload = undefined;
    this.phase = { kind: 'gone', reason: 'removed' };
    this.emit();
  }

  protected async check(conflictEvenIfSame: boolean): Promise<void> {
    let current: StoryWithRevision;
    try {
      current = await this.deps.read(this.id);
    } catch (e) {
      const failure = failureOf(e);
      if (failure.code === 'not-found') this.phase = { kind: 'gone', reason: 'removed', message: failure.message };
      else if (failure.code === 'unreadable') this.phase = { kind: 'gone', reason: 'unreadable', message: failure.message };
      this.emit();
      return;
    }
    if (this.inflight) {
      this.checkAfterFlight = true;
      return;
    }
    if (current.revision === this.base && !conflictEvenIfSame) {
      // the very file this window last saved is back (a drive plugged in again, a sync tool's delete and re-create)
      if (this.phase.kind === 'gone') {
        this.phase = { kind: 'ok' };
        this.scheduleSave();
        this.emit();
      }
      return;
    }
    if (sameStoryContent(current.story, this.latest)) this.adoptRevision(current);
    else if (this.dirty) this.conflictWith(current);
    else this.requestReload(current, false);
    this.emit();
  }

  // ------------------------------------------------------------ reloads and the user's choices

  protected requestReload(current: StoryWithRevision, forced: boolean): void {
    this.pendingReload = { current, forced };
    this.tryReload();
  }

  protected tryReload = (): void => {
    this.cancelPoll = undefined;
    const pending = this.pendingReload;
    if (!pending) return;
    if (this.composing()) {
      this.cancelPoll = this.deps.setTimer(this.tryReload, COMPOSITION_POLL_MS);
      return;
    }
    this.pendingReload = undefined;
    const { current } = pending;
    this.cancelSave?.();
    this.cancelSave = undefined;
    this.latest = current.story;
    this.formStory = current.story;
    this.formKey++;
    this.seq++;
    this.firstPendingAt = undefined;
    this.adoptRevision(current);
    if (current.revision === this.restoredRevision) {
      // this window restored it: it was written just now, and nothing changed elsewhere
      this.restoredRevision = undefined;
      this.savedAt = current.story.updatedAt;
      this.notice = undefined;
    } else {
      this.savedAt = new Date(this.deps.now()).toISOString(); // when the change was seen: the file's own time may be old
      this.notice = 'reloaded';
    }
    this.emit();
  };

  /**
   * A snapshot from the history was restored on this session's revision (`history.restore`'s answer), or a sync
   * conflict resolved with the other computer's text (`conflict.resolve`'s): the form shows it, like a reload (once
   * no composition is in progress; an edit made meanwhile makes it a conflict), without saying "changed on disk".
   */
  adoptRestored(restored: StoryWithRevision): void {
    this.ownRevisions.add(restored.revision);
    this.restoredRevision = restored.revision;
    this.deps.onSaved?.(restored.story, { revision: restored.revision, updatedAt: restored.story.updatedAt, file: restored.file });
    this.requestReload(restored, true);
  }

  /** Conflict: take the version on disk (once no composition is in progress). */
  reloadTheirs(): void {
    if (this.phase.kind === 'conflict') this.requestReload(this.phase.current, true);
  }

  /** Conflict: write this window's text over the version on disk. */
  keepMine(): void {
    if (this.phase.kind !== 'conflict') return;
    this.base = this.phase.current.revision;
    this.phase = { kind: 'ok' };
    this.heldSeq = 0;
    if (!this.unsent) this.seq++;
    this.send();
    this.emit();
  }

  /** Conflict or gone: this window's text becomes a new story; this one takes the disk's version. Answers the new story. */
  async keepBoth(): Promise<StoryWithRevision | undefined> {
    if ((this.phase.kind !== 'conflict' && this.phase.kind !== 'gone') || this.resolving) return undefined;
    this.resolving = true;
    this.resolveError = undefined;
    this.emit();
    try {
      const created = await this.deps.saveAsNew(this.latest);
      if (this.phase.kind === 'conflict') this.requestReload(this.phase.current, true);
      else if (this.phase.kind === 'gone') this.savedSeq = this.seq; // the text is safe in the new story
      return created;
    } catch (e) {
      this.resolveError = failureOf(e).message;
      return undefined;
    } finally {
      this.resolving = false;
      this.emit();
    }
  }

  /** Stops the composition poll (the queue still finishes its saves). */
  dispose(): void {
    this.disposed = true;
    this.cancelRecheck?.();
    this.cancelRecheck = undefined;
    this.cancelPoll?.();
    this.cancelPoll = undefined;
    this.pendingReload = undefined;
  }
}
