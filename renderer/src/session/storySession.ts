// An open story kept in step with its file: holds the save state, runs what saveMachine.step asks for, tells React.
import type { EventPayload, StoryWithRevision } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { failureOf } from '../shell/errors';
import { step } from './saveMachine';
import {
  makingStarted,
  isDirty,
  isSettled,
  NOT_ON_DISK,
  openedState,
  viewOf,
  type SaveEffect,
  type SaveEvent,
  type SaveState,
  type TimerName,
} from './saveState';
import type { SessionDeps, SessionView } from './saveTypes';

export class StorySession {
  private state: SaveState;
  private view: SessionView;
  private readonly timers = new Map<TimerName, () => void>();
  private readonly listeners = new Set<() => void>();
  private waiters: Array<() => void> = [];
  private composing: () => boolean = () => false;
  /** The answer of the keep both started by the last event, if it started one. */
  private keepingBoth: Promise<StoryWithRevision | undefined> | undefined;

  /** The time a new story was asked for (its form may have been made earlier, unseen): every edit carries it. */
  private createdAt: string | undefined;

  /** `opened` at revision NOT_ON_DISK: a new story whose file does not exist yet (see `startMaking`). */
  constructor(
    readonly id: string,
    opened: StoryWithRevision,
    private readonly deps: SessionDeps,
  ) {
    this.state = openedState(id, opened);
    this.view = viewOf(this.state);
  }

  /** A prepared new story is asked for (`now`, ISO): its file is made now, as its first save. */
  startMaking(now: string): void {
    if (this.state.base !== NOT_ON_DISK || this.createdAt !== undefined) return;
    this.createdAt = now;
    this.state = makingStarted(this.state, { ...this.state.latest, createdAt: now, updatedAt: now });
    const making = this.state.inFlight;
    if (making) this.run({ type: 'save', sent: making, base: NOT_ON_DISK });
    this.notify();
  }

  // ------------------------------------------------------------ reading

  getView = (): SessionView => this.view;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Edits not on disk yet. */
  get dirty(): boolean {
    return isDirty(this.state);
  }

  /** Nothing more will happen by itself: every edit is on disk, or saving is blocked until the user acts. */
  get settled(): boolean {
    return isSettled(this.state);
  }

  /**
   * Nothing was ever typed here nor changed on disk since the story was opened: no edit reported (the form reports
   * only changes), none sent, no reload, no conflict.
   */
  get untouched(): boolean {
    const s = this.state;
    return s.edit === 0 && !s.inFlight && s.phase.kind === 'ok' && s.keepingBoth === undefined;
  }

  /** A new story whose file is being written (its first save, `story.create`, is on its way). */
  get beingMade(): boolean {
    return this.state.base === NOT_ON_DISK && this.state.inFlight !== undefined;
  }

  /** The revision on disk this session's text is based on (a restore from the history is made on it). */
  get revision(): string {
    return this.state.base;
  }

  /** Tells the session how to know whether the form is inside an IME composition (never remount then). */
  setCompositionProbe(probe: () => boolean): void {
    this.composing = probe;
  }

  // ------------------------------------------------------------ the form and the reporter

  /** The form is mounted again (the story reopened): it starts from the newest text. */
  remountFromLatest(): void {
    this.dispatch({ type: 'remount' });
  }

  edit(story: Story): void {
    // a form made before the story was asked for holds the time it was made
    const stamped = this.createdAt === undefined || story.createdAt === this.createdAt ? story : { ...story, createdAt: this.createdAt };
    this.dispatch({ type: 'edit', story: stamped });
  }

  /** Sends what is pending now; resolves when every edit is on disk or saving is blocked (conflict, fault). */
  flush(): Promise<void> {
    this.dispatch({ type: 'flush' });
    return new Promise((resolve) => {
      if (this.settled) resolve();
      else this.waiters.push(resolve);
    });
  }

  /** Conflict: take the version on disk (once no composition is in progress). */
  reloadTheirs(): void {
    this.dispatch({ type: 'reload-theirs', composing: this.composing() });
  }

  /** Conflict: write this window's text over the version on disk. */
  keepMine(): void {
    this.dispatch({ type: 'keep-mine' });
  }

  /** Conflict or gone: this window's text becomes a new story; this one takes the disk's version. Answers the new story. */
  keepBoth(): Promise<StoryWithRevision | undefined> {
    this.keepingBoth = undefined;
    this.dispatch({ type: 'keep-both' });
    return this.keepingBoth ?? Promise.resolve(undefined);
  }

  /**
   * A snapshot from the history was restored on this session's revision (`history.restore`'s answer), or a sync
   * conflict resolved with the other computer's text (`conflict.resolve`'s): the form shows it, like a reload (once
   * no composition is in progress), without saying "changed on disk". Edits not on disk when it comes, or made while
   * it waits, make it a conflict instead.
   */
  adoptRestored(restored: StoryWithRevision): void {
    this.dispatch({ type: 'restored', restored, composing: this.composing() });
  }

  // ------------------------------------------------------------ news from the library

  /** The file changed on disk (story.changed, or story.added after a removal); `revision` from its summary. */
  onExternalChange(revision?: string): void {
    this.dispatch({ type: 'changed-on-disk', revision });
  }

  onRemoved(): void {
    this.dispatch({ type: 'removed' });
  }

  /** A `save.status` event (a save the service kept after a disk fault landed, or failed again). */
  onSaveStatus(status: EventPayload<'save.status'>): void {
    this.dispatch({ type: 'save-status', status });
  }

  /** Stops the timers that look at the composition and for a gone file (a save on its way still lands). */
  dispose(): void {
    this.dispatch({ type: 'dispose' });
  }

  // ------------------------------------------------------------ running the machine

  private dispatch(event: SaveEvent): void {
    const next = step(this.state, event, this.deps.now());
    this.state = next.state;
    for (const effect of next.effects) this.run(effect);
  }

  private run(effect: SaveEffect): void {
    switch (effect.type) {
      case 'save': {
        const { sent } = effect;
        this.deps.save(this.id, sent.story, effect.base).then(
          (answer) => this.dispatch({ type: 'save-answered', sent, answer }),
          (e: unknown) => this.dispatch({ type: 'save-refused', sent, failure: failureOf(e) }),
        );
        return;
      }
      case 'read': {
        const { conflictEvenIfSame } = effect;
        this.deps.read(this.id).then(
          (current) => this.dispatch({ type: 'read-answered', current, conflictEvenIfSame, composing: this.composing() }),
          (e: unknown) => this.dispatch({ type: 'read-failed', failure: failureOf(e) }),
        );
        return;
      }
      case 'save-as-new':
        this.keepingBoth = this.deps.saveAsNew(effect.story).then(
          (created) => {
            this.dispatch({ type: 'kept-both', composing: this.composing() });
            return created;
          },
          (e: unknown) => {
            this.dispatch({ type: 'keep-both-failed', failure: failureOf(e) });
            return undefined;
          },
        );
        return;
      case 'set-timer': {
        const { timer } = effect;
        this.timers.get(timer)?.();
        const cancel = this.deps.setTimer(() => {
          this.timers.delete(timer);
          this.dispatch(
            timer === 'composition-poll' ? { type: 'composition-checked', composing: this.composing() } : { type: 'timer', timer },
          );
        }, effect.ms);
        this.timers.set(timer, cancel);
        return;
      }
      case 'cancel-timer':
        this.timers.get(effect.timer)?.();
        this.timers.delete(effect.timer);
        return;
      case 'tell-saved':
        this.deps.onSaved?.(effect.story, effect.answer);
        return;
      case 'notify':
        this.notify();
        return;
    }
  }

  private notify(): void {
    this.view = viewOf(this.state);
    for (const listener of [...this.listeners]) listener();
    if (this.settled && this.waiters.length > 0) {
      const waiters = this.waiters;
      this.waiters = [];
      for (const w of waiters) w();
    }
  }
}
