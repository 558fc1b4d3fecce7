// The open stories' sessions: one per story while it is open or still has text to save, fed by the library's events.
import type { BulletinDeskApi, EventPayload, StoryWithRevision } from '../../../shared/api';
import { sameStoryText } from '../../../shared/sameStory';
import type { Story } from '../../../shared/story';
import { NOT_ON_DISK } from './saveState';
import type { SaveAnswer, SessionDeps } from './saveTypes';
import { StorySession } from './storySession';

export class SessionManager {
  private readonly sessions = new Map<string, StorySession>();
  private readonly listeners = new Set<() => void>();
  private activeId: string | undefined;
  private unsavedKey = '';
  /** Stories made new here (New story), until the reporter types in them or leaves them. */
  private readonly fresh = new Set<string>();
  /** New stories whose file was made but whose first text could not be saved yet: the file's revision. */
  private readonly made = new Map<string, string>();
  /** Told when a new story's file could not be made the first time, and when it is made after all (the toolbar says so). */
  private readonly makingTold = new Map<string, { tell(e: unknown): void; failed: boolean }>();

  /** The library's list hears of every save through the library's own events, not from here. */
  constructor(private readonly api: BulletinDeskApi) {}

  private deps(): SessionDeps {
    return {
      save: (id, story, baseRevision) =>
        baseRevision === NOT_ON_DISK ? this.saveNew(id, story) : this.api.call('story.save', { id, story, baseRevision }),
      read: (id) => this.api.call('story.read', { id }),
      saveAsNew: (story) => this.api.call('story.saveAsNew', { story }),
      setTimer: (run, ms) => {
        const t = setTimeout(run, ms);
        return () => clearTimeout(t);
      },
      now: () => Date.now(),
      // a new story whose file was written after the reporter went to another one, with nothing typed: not kept
      onSaved: (story) => {
        const session = this.sessions.get(story.id);
        if (session && story.id !== this.activeId) this.discardIfUntouched(session);
      },
    };
  }

  /**
   * The save of a story whose file does not exist yet: `story.create` under its id (with nothing typed, the desk may
   * remove it again unasked), then `story.save` when the text is not the new story's (typed while a failed making
   * waited). A file made whose text then failed to save is remembered, so the next try only saves.
   */
  private async saveNew(id: string, story: Story): Promise<SaveAnswer> {
    let base = this.made.get(id);
    if (base === undefined) {
      const told = this.makingTold.get(id);
      const created = await this.api.call('story.create', { id }).catch((e: unknown) => {
        if (told && !told.failed) told.tell(e);
        if (told) told.failed = true;
        throw e;
      });
      if (told?.failed) told.tell(undefined);
      this.makingTold.delete(id);
      if (sameStoryText(story, created.story))
        return { revision: created.revision, updatedAt: created.story.updatedAt, file: created.file };
      base = created.revision;
      this.made.set(id, base);
    }
    const saved = await this.api.call('story.save', { id, story, baseRevision: base });
    this.made.delete(id);
    return saved;
  }

  get(id: string): StorySession | undefined {
    return this.sessions.get(id);
  }

  /** The session of a story: the live one (mounted again from its newest text), or one read from disk. */
  async open(id: string): Promise<StorySession> {
    const live = this.sessions.get(id);
    if (live) {
      live.remountFromLatest();
      return live;
    }
    const opened = await this.api.call('story.read', { id });
    return this.sessions.get(id) ?? this.adopt(opened);
  }

  /**
   * A session for a story just made here (story.create, keep both), without reading it again. `fresh`: a new empty
   * story (New story), removed when the reporter leaves it with nothing typed.
   */
  adopt(opened: StoryWithRevision, fresh = false): StorySession {
    const existing = this.sessions.get(opened.story.id);
    if (existing) return existing;
    if (fresh) this.fresh.add(opened.story.id);
    const session = new StorySession(opened.story.id, opened, this.deps());
    this.sessions.set(session.id, session);
    session.subscribe(() => this.changed(session));
    this.notify();
    return session;
  }

  /**
   * A new story (New story) shown at once, before its file exists: the session makes the file as its first save, and
   * what is typed meanwhile is saved once it is there. Kept only if the reporter types in it (as `adopt`'s `fresh`).
   * A making refused is tried again like a save (the status line says so); `onMaking` hears of the first refusal,
   * and with `undefined` when the file is made after all.
   */
  createNew(story: Story, onMaking?: (failure: unknown) => void): StorySession {
    return this.startNew(this.prepareNew(story), onMaking);
  }

  /** A new story's session made ahead, before the reporter asks for one (its form can be made unseen): nothing is sent. */
  prepareNew(story: Story): StorySession {
    return new StorySession(story.id, { story, revision: NOT_ON_DISK, file: '' }, this.deps());
  }

  /** A prepared new story is asked for: it is open from now on, and its file is made (see `createNew`). */
  startNew(session: StorySession, onMaking?: (failure: unknown) => void): StorySession {
    const live = this.sessions.get(session.id);
    if (live) return live;
    this.fresh.add(session.id);
    if (onMaking) this.makingTold.set(session.id, { tell: onMaking, failed: false });
    this.sessions.set(session.id, session);
    session.subscribe(() => this.changed(session));
    session.startMaking(new Date().toISOString());
    this.notify();
    return session;
  }

  /** The story shown in the editor; the one shown before goes on saving in the background, then is let go. */
  activate(id: string | undefined): void {
    const previous = this.activeId;
    this.activeId = id;
    if (previous !== undefined && previous !== id) {
      const session = this.sessions.get(previous);
      session?.setCompositionProbe(() => false);
      if (session && this.discardIfUntouched(session)) return;
      if (session) void session.flush().then(() => this.changed(session));
    }
  }

  /**
   * A new story left with nothing typed is not kept: its session ends and the desk removes the file without a trace
   * (the desk checks again that nothing, here or in another program, changed it since it was made). True when asked.
   */
  private discardIfUntouched(session: StorySession): boolean {
    if (!this.fresh.has(session.id) || session.beingMade) return false; // (decided once its file is written)
    this.fresh.delete(session.id);
    if (!session.untouched) return false;
    session.dispose();
    this.sessions.delete(session.id);
    this.notify();
    this.api.call('story.discardUntouched', { id: session.id, revision: session.revision }).catch(() => undefined);
    return true;
  }

  /** The page goes away (the window closes): the story shown is left, so a new one with nothing typed is not kept. */
  leave(): void {
    const session = this.activeId === undefined ? undefined : this.sessions.get(this.activeId);
    if (session) this.discardIfUntouched(session);
  }

  /** A session opened too late (another story was chosen meanwhile): let go unless it has edits. */
  release(id: string): void {
    const session = this.sessions.get(id);
    if (session) this.changed(session);
  }

  /** Lets a session go when it is not shown and every edit of it is on disk. */
  private changed(session: StorySession): void {
    if (session.id !== this.activeId && session.settled && !session.dirty && this.sessions.get(session.id) === session) {
      session.dispose();
      this.sessions.delete(session.id);
    }
    this.notify();
  }

  /** Stories with text that is not on disk yet (shown in the library). */
  unsaved(): ReadonlySet<string> {
    return new Set([...this.sessions.values()].filter((s) => s.dirty).map((s) => s.id));
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** A string that changes when the set of unsaved stories does (for useSyncExternalStore). */
  getUnsavedKey = (): string => this.unsavedKey;

  private notify(): void {
    const key = [...this.unsaved()].sort().join(' ');
    if (key === this.unsavedKey) return;
    this.unsavedKey = key;
    for (const l of [...this.listeners]) l();
  }

  // ------------------------------------------------------------ the library's events

  storyChanged({ summary }: EventPayload<'story.changed'>): void {
    this.sessions.get(summary.id)?.onExternalChange(summary.revision);
  }

  storyAdded({ summary }: EventPayload<'story.added'>): void {
    const session = this.sessions.get(summary.id);
    if (session && session.getView().phase.kind === 'gone') session.onExternalChange(summary.revision);
  }

  storyRemoved({ id, file }: EventPayload<'story.removed'>): void {
    for (const session of this.sessions.values()) {
      if ((id !== '' && session.id === id) || session.getView().file === file) session.onRemoved();
    }
  }

  fileUnreadable({ file }: EventPayload<'file.unreadable'>): void {
    for (const session of this.sessions.values()) if (session.getView().file === file) session.onExternalChange();
  }

  saveStatus(status: EventPayload<'save.status'>): void {
    this.sessions.get(status.id)?.onSaveStatus(status);
  }

  /**
   * Sends a story's pending edits now and waits (at most `ms`): true when every edit of it is on disk with no conflict
   * (or it is not open here), so a change made to its file elsewhere in the app cannot meet unsaved text.
   */
  async settle(id: string, ms: number): Promise<boolean> {
    const session = this.sessions.get(id);
    if (!session) return true;
    await Promise.race([session.flush(), new Promise((resolve) => setTimeout(resolve, ms))]);
    const view = session.getView();
    return !view.dirty && view.phase.kind === 'ok';
  }

  /**
   * A story written by another part of the app on the open session's revision (a sync conflict resolved with the
   * other computer's text): the form shows it like a reload. False when the story is not open here.
   */
  adoptWritten(written: StoryWithRevision): boolean {
    const session = this.sessions.get(written.story.id);
    if (!session) return false;
    session.adoptRestored(written);
    return true;
  }

  /** Sends every pending edit now (story switch, page hide); resolves when each session has gone as far as it can. */
  flushAll(): Promise<void> {
    return Promise.all([...this.sessions.values()].map((s) => s.flush())).then(() => undefined);
  }
}
