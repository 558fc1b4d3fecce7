// One open story's saving: debounced saves on the revision they were based on, one at a time, disk faults held and retried.
import { sameStoryContent } from '../../../shared/sameStory';
import type { EventPayload, StoryWithRevision } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { failureOf } from '../shell/errors';
import { IDLE_MS, MAX_WAIT_MS, OWN_RETRY_MS, phaseOfRefusal, type Phase, type SaveAnswer, type SaveQueueDeps, type SessionView } from './saveTypes';

export type { Phase, SaveAnswer, SaveQueueDeps, SessionView } from './saveTypes';

export abstract class SaveQueue {
  protected base: string;
  protected file: string;
  protected latest: Story;
  protected formStory: Story;
  protected formKey = 0;
  protected seq = 0;
  protected savedSeq = 0;
  protected heldSeq = 0;
  protected inflight: { seq: number; story: Story } | undefined;
  protected firstPendingAt: number | undefined;
  protected lastEditAt = 0;
  protected cancelSave: (() => void) | undefined;
  protected cancelPoll: (() => void) | undefined;
  protected phase: Phase = { kind: 'ok' };
  protected readonly ownRevisions = new Set<string>();
  protected checkAfterFlight = false;
  protected pendingReload: { current: StoryWithRevision; forced: boolean } | undefined;
  protected notice: SessionView['notice'];
  protected savedAt: string;
  protected resolving = false;
  protected resolveError: string | undefined;
  protected composing: () => boolean = () => false;
  protected readonly listeners = new Set<() => void>();
  protected waiters: Array<() => void> = [];
  protected view: SessionView;

  constructor(
    readonly id: string,
    opened: StoryWithRevision,
    protected readonly deps: SaveQueueDeps,
  ) {
    this.base = opened.revision;
    this.file = opened.file;
    this.latest = opened.story;
    this.formStory = opened.story;
    this.savedAt = opened.story.updatedAt;
    this.ownRevisions.add(opened.revision);
    this.view = this.makeView();
  }

  // ------------------------------------------------------------ reading

  getView = (): SessionView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  get dirty(): boolean {
    return this.seq > this.savedSeq;
  }

  /** Edits neither on disk nor held by the service. */
  protected get unsent(): boolean {
    return this.seq > Math.max(this.savedSeq, this.heldSeq);
  }

  /** Nothing more will happen by itself: every edit is on disk, or saving is blocked until the user acts. */
  get settled(): boolean {
    return !this.inflight && (!this.unsent || this.phase.kind !== 'ok');
  }

  /** Tells the queue how to know whether the form is inside an IME composition (never remount then). */
  setCompositionProbe(probe: () => boolean): void {
    this.composing = probe;
  }

  /** The form is mounted again (the story reopened): it starts from the newest text. */
  remountFromLatest(): void {
    this.formStory = this.latest;
    this.formKey++;
    this.emit();
  }

  // ------------------------------------------------------------ edits and saves

  edit(story: Story): void {
    if (sameStoryContent(story, this.latest)) return; // the form reporting what it already holds
    this.latest = story;
    this.seq++;
    this.notice = undefined;
    if (this.pendingReload) {
      // an edit arrived while a reload waited for the composition to end: the user chooses now
      const { current } = this.pendingReload;
      this.pendingReload = undefined;
      this.cancelPoll?.();
      this.cancelPoll = undefined;
      this.phase = { kind: 'conflict', current };
    }
    if (this.phase.kind === 'failed') this.phase = { kind: 'ok' };
    const now = this.deps.now();
    this.firstPendingAt ??= now;
    this.lastEditAt = now;
    this.scheduleSave();
    this.emit();
  }

  /** Sends what is pending now; resolves when every edit is on disk or saving is blocked (conflict, fault). */
  flush(): Promise<void> {
    this.send();
    return new Promise((resolve) => {
      if (this.settled) resolve();
      else this.waiters.push(resolve);
    });
  }

  protected canSave(): boolean {
    return this.phase.kind === 'ok' || this.phase.kind === 'retrying';
  }

  protected scheduleSave(delay?: number): void {
    this.cancelSave?.();
    this.cancelSave = undefined;
    if (this.inflight || !this.unsent || !this.canSave()) return;
    const now = this.deps.now();
    const first = this.firstPendingAt ?? now;
    const due = delay !== undefined ? now + delay : Math.min(this.lastEditAt + IDLE_MS, first + MAX_WAIT_MS);
    this.cancelSave = this.deps.setTimer(() => {
      this.cancelSave = undefined;
      this.send();
    }, Math.max(0, due - now));
  }

  protected send(): void {
    this.cancelSave?.();
    this.cancelSave = undefined;
    if (this.inflight || !this.unsent || !this.canSave()) return;
    const sent = { seq: this.seq, story: this.latest };
    this.inflight = sent;
    this.firstPendingAt = undefined;
    this.emit();
    this.deps.save(this.id, sent.story, this.base).then(
      (answer) => this.saved(sent, answer),
      (e: unknown) => this.refused(sent, e),
    );
  }

  protected saved(sent: { seq: number; story: Story }, answer: SaveAnswer): void {
    this.inflight = undefined;
    this.ownRevisions.add(answer.revision);
    this.file = answer.file;
    if (this.phase.kind !== 'gone') {
      // the disk held the base this save was made on: what it wrote is the truth now
      this.base = answer.revision;
      this.savedSeq = Math.max(this.savedSeq, sent.seq);
      this.heldSeq = 0;
      this.savedAt = answer.updatedAt;
      this.phase = { kind: 'ok' };
      this.deps.onSaved?.({ ...sent.story, updatedAt: answer.updatedAt }, answer);
    }
    this.afterFlight();
  }

  protected refused(sent: { seq: number; story: Story }, e: unknown): void {
    this.inflight = undefined;
    const failure = failureOf(e);
    if (this.phase.kind !== 'gone') {
      const next = phaseOfRefusal(failure);
      if (next === 'conflict-with-current') this.conflictWith(failure.current as StoryWithRevision);
      else {
        this.phase = next;
        if (next.kind === 'retrying' && next.held) this.heldSeq = sent.seq;
      }
    }
    this.afterFlight();
  }

  protected afterFlight(): void {
    if (this.checkAfterFlight) {
      this.checkAfterFlight = false;
      void this.check(false);
    }
    if (this.phase.kind === 'retrying' && !this.phase.held) this.scheduleSave(OWN_RETRY_MS);
    else this.scheduleSave();
    this.emit();
  }

  protected conflictWith(current: StoryWithRevision): void {
    if (sameStoryContent(current.story, this.latest)) {
      // the disk already says what this window says (e.g. a held save landed): nothing to choose
      this.adoptRevision(current);
      return;
    }
    this.cancelSave?.();
    this.cancelSave = undefined;
    this.heldSeq = 0;
    this.phase = { kind: 'conflict', current };
  }

  protected adoptRevision(current: StoryWithRevision): void {
    this.base = current.revision;
    this.file = current.file;
    this.savedSeq = this.seq;
    this.heldSeq = 0;
    this.savedAt = current.story.updatedAt;
    this.phase = { kind: 'ok' };
  }

  // ------------------------------------------------------------ news from the library

  /** A `save.status` event (a save the service kept after a disk fault landed, or failed again). */
  onSaveStatus(status: EventPayload<'save.status'>): void {
    if (status.id !== this.id) return;
    if (status.revision) this.ownRevisions.add(status.revision);
    const held = this.phase.kind === 'retrying' && this.phase.held;
    if (this.inflight) {
      // the answer to the save on its way tells the newer truth
      if (status.state === 'conflict') this.checkAfterFlight = true;
      return;
    }
    if (!held) return;
    if (status.state === 'saved' && status.revision) {
      this.base = status.revision;
      this.savedSeq = Math.max(this.savedSeq, this.heldSeq);
      this.heldSeq = 0;
      this.savedAt = status.updatedAt ?? new Date(this.deps.now()).toISOString();
      this.phase = { kind: 'ok' };
      this.scheduleSave();
    } else if (status.state === 'retrying') {
      this.phase = { kind: 'retrying', message: status.message ?? (this.phase as { message: string }).message, held: true, ...(status.fault ? { fault: status.fault } : {}) };
    } else if (status.state === 'conflict') {
      void this.check(true);
    } else if (status.state === 'failed') {
      this.heldSeq = 0;
      this.phase = { kind: 'failed', message: status.message ?? '' };
    }
    this.emit();
  }

  /** Called at every change: the session looks for its file again while it is gone. */
  protected abstract whileGone(): void;

  /** Reads the file again and decides: same text, reload (no edits here) or conflict (edits here). */
  protected abstract check(conflictEvenIfSame: boolean): Promise<void>;

  // ------------------------------------------------------------ telling

  protected makeView(): SessionView {
    return {
      id: this.id,
      file: this.file,
      latest: this.latest,
      formStory: this.formStory,
      formKey: this.formKey,
      phase: this.phase,
      dirty: this.dirty,
      inFlight: this.inflight !== undefined,
      savedAt: this.savedAt,
      ...(this.notice ? { notice: this.notice } : {}),
      ...(this.resolving ? { resolving: true } : {}),
      ...(this.resolveError ? { resolveError: this.resolveError } : {}),
    };
  }

  protected emit(): void {
    this.view = this.makeView();
    this.whileGone();
    for (const listener of [...this.listeners]) listener();
    if (this.settled && this.waiters.length > 0) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    }
  }
}
