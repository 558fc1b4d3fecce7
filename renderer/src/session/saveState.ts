// A story session's saving as plain data: the state, the events that move it, the effects it asks for, the view it shows.
import type { EventPayload, StoryWithRevision } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import type { DeskFailure } from '../shell/errors';
import { GONE_RECHECK_MS, IDLE_MS, MAX_WAIT_MS, type Phase, type SaveAnswer, type SessionView } from './saveTypes';

/** The session's timers: the next save, a look at the composition while a reload waits, a look for a file that is gone. */
export type TimerName = 'save' | 'composition-poll' | 'gone-recheck';

/** A save on its way: the number of the newest edit it holds, and that text. */
export interface SentSave {
  edit: number;
  story: Story;
}

/** The revisions this window wrote or was given, newest first; states share it, so remembering one copies nothing. */
export interface OwnRevisions {
  readonly revision: string;
  readonly earlier: OwnRevisions | undefined;
}

export interface SaveState {
  readonly id: string;
  /** The revision on disk the next save is based on. */
  readonly base: string;
  readonly file: string;
  /** The newest text, as the form last reported it. */
  readonly latest: Story;
  /** What the form shows after its last (re)mount; `formKey` changes when it must be remounted. */
  readonly formStory: Story;
  readonly formKey: number;
  /** Edits are numbered: the newest, the newest on disk, the newest the service holds after a disk fault (0: none). */
  readonly edit: number;
  readonly savedEdit: number;
  readonly heldEdit: number;
  /** The one save on its way. */
  readonly inFlight: SentSave | undefined;
  /** When the first edit not yet on its way and the last edit were made (ms): the debounce. */
  readonly firstPendingAt: number | undefined;
  readonly lastEditAt: number;
  readonly phase: Phase;
  readonly ownRevisions: OwnRevisions;
  /** The file must be read again once the save on its way is answered (the service met a change meanwhile). */
  readonly checkAfterFlight: boolean;
  /**
   * Revisions the library reported while a save was on its way ('' when none was given). The library tells every
   * window of every save, this one's own too, often before its answer: a revision that the answer names is this
   * window's own save, never a change on disk; any other one is read after the answer.
   */
  readonly heardInFlight: readonly string[];
  /** A reload waiting for a composition to end. */
  readonly pendingReload: StoryWithRevision | undefined;
  readonly notice: SessionView['notice'];
  /** When the text on disk was written (the story's own time when opened). */
  readonly savedAt: string;
  /** Keep both on its way: the number of the edit whose text it saves as a new story. Or why it failed. */
  readonly keepingBoth: number | undefined;
  readonly resolveError: DeskFailure | undefined;
  /** The revision a restore from the history wrote: its reload is no change made elsewhere. */
  readonly restoredRevision: string | undefined;
  readonly disposed: boolean;
  /** Which timers are running. */
  readonly timers: Readonly<Record<TimerName, boolean>>;
}

export type SaveEvent =
  /** The form reports its text (after each change, never mid-composition). */
  | { type: 'edit'; story: Story }
  /** The form is mounted again (the story reopened): it starts from the newest text. */
  | { type: 'remount' }
  /** Send what is pending now (a story switch, the page hidden, before a restore). */
  | { type: 'flush' }
  | { type: 'timer'; timer: 'save' | 'gone-recheck' }
  /** The composition poll while a reload waits: whether the form is inside an IME composition now. */
  | { type: 'composition-checked'; composing: boolean }
  | { type: 'save-answered'; sent: SentSave; answer: SaveAnswer }
  | { type: 'save-refused'; sent: SentSave; failure: DeskFailure }
  /** The service's news of a save it held after a disk fault: landed, refused again, met a change, given up. */
  | { type: 'save-status'; status: EventPayload<'save.status'> }
  /** The file changed on disk (story.changed; story.added after a removal; file.unreadable without a revision). */
  | { type: 'changed-on-disk'; revision: string | undefined }
  | { type: 'removed' }
  /** The file as read again; `conflictEvenIfSame`: the service met a change while it held this window's text. */
  | { type: 'read-answered'; current: StoryWithRevision; conflictEvenIfSame: boolean; composing: boolean }
  | { type: 'read-failed'; failure: DeskFailure }
  /** Another part of the app wrote the story on this session's revision (a restore, a sync conflict resolved). */
  | { type: 'restored'; restored: StoryWithRevision; composing: boolean }
  /** The reporter's choices in a conflict (keep both also when the file is gone), and keep both's answer. */
  | { type: 'reload-theirs'; composing: boolean }
  | { type: 'keep-mine' }
  | { type: 'keep-both' }
  | { type: 'kept-both'; composing: boolean }
  | { type: 'keep-both-failed'; failure: DeskFailure }
  /** The session is let go: its timers stop (a save on its way still lands). */
  | { type: 'dispose' };

export type SaveEffect =
  /** `story.save` on `base`; its answer comes back as save-answered or save-refused. */
  | { type: 'save'; sent: SentSave; base: string }
  /** `story.read`; its answer comes back as read-answered or read-failed. */
  | { type: 'read'; conflictEvenIfSame: boolean }
  /** `story.saveAsNew` (keep both); its answer comes back as kept-both or keep-both-failed. */
  | { type: 'save-as-new'; story: Story }
  | { type: 'set-timer'; timer: TimerName; ms: number }
  | { type: 'cancel-timer'; timer: TimerName }
  /** A text reached the disk: the library's list shows it. */
  | { type: 'tell-saved'; story: Story; answer: SaveAnswer }
  /** The view changed (the status line, the banner, the form): tell React and whoever waits for the saves. */
  | { type: 'notify' };

/**
 * The base revision of a story whose file is not written yet: its save makes the file (New story, drawn at once). A
 * session opened on it (`openedState`) sends nothing until its making starts.
 */
export const NOT_ON_DISK = '';

/**
 * The making of a prepared new story starts: the file's making is its first save, on its way now. The story itself is
 * an edit not on disk yet (a making refused is tried again like a save, and flushed); `story` is it as made now.
 */
export function makingStarted(s: SaveState, story: Story): SaveState {
  return { ...s, latest: story, inFlight: { edit: 0, story }, savedEdit: -1 };
}

/** The state of a story just read from disk. */
export function openedState(id: string, opened: StoryWithRevision): SaveState {
  return {
    id,
    base: opened.revision,
    file: opened.file,
    latest: opened.story,
    formStory: opened.story,
    formKey: 0,
    edit: 0,
    savedEdit: 0,
    heldEdit: 0,
    inFlight: undefined,
    firstPendingAt: undefined,
    lastEditAt: 0,
    phase: { kind: 'ok' },
    ownRevisions: { revision: opened.revision, earlier: undefined },
    checkAfterFlight: false,
    heardInFlight: [],
    pendingReload: undefined,
    notice: undefined,
    savedAt: opened.story.updatedAt,
    keepingBoth: undefined,
    resolveError: undefined,
    restoredRevision: undefined,
    disposed: false,
    timers: { save: false, 'composition-poll': false, 'gone-recheck': false },
  };
}

export function remember(revisions: OwnRevisions, revision: string): OwnRevisions {
  return { revision, earlier: revisions };
}

export function isOwn(revisions: OwnRevisions, revision: string): boolean {
  for (let r: OwnRevisions | undefined = revisions; r; r = r.earlier) if (r.revision === revision) return true;
  return false;
}

/** Edits not on disk yet. */
export function isDirty(s: SaveState): boolean {
  return s.edit > s.savedEdit;
}

/** Edits neither on disk nor held by the service. */
export function hasUnsent(s: SaveState): boolean {
  return s.edit > Math.max(s.savedEdit, s.heldEdit);
}

/** Nothing more will happen by itself: every edit is on disk, or saving is blocked until the reporter acts. */
export function isSettled(s: SaveState): boolean {
  return !s.inFlight && (!hasUnsent(s) || s.phase.kind !== 'ok');
}

/** Saves go out while all is well or a disk fault is retried; not in a conflict, a refusal or while the file is gone. */
export function canSave(s: SaveState): boolean {
  return s.phase.kind === 'ok' || s.phase.kind === 'retrying';
}

export function viewOf(s: SaveState): SessionView {
  return {
    id: s.id,
    file: s.file,
    latest: s.latest,
    formStory: s.formStory,
    formKey: s.formKey,
    phase: s.phase,
    dirty: isDirty(s),
    inFlight: s.inFlight !== undefined,
    savedAt: s.savedAt,
    ...(s.notice ? { notice: s.notice } : {}),
    ...(s.keepingBoth !== undefined ? { resolving: true } : {}),
    ...(s.resolveError ? { resolveError: s.resolveError } : {}),
  };
}

// ------------------------------------------------------------ making a step: what every transition uses

/** The state being made (a copy of the one given, which is never changed), its effects, and the time of the event. */
export interface Making {
  s: { -readonly [K in keyof SaveState]: SaveState[K] };
  fx: SaveEffect[];
  now: number;
}

/** The next save: `delay` from now, or the debounce (IDLE_MS after the last edit, MAX_WAIT_MS after the first). */
export function scheduleSave(m: Making, delay?: number): void {
  const { s, now } = m;
  cancelTimer(m, 'save');
  if (s.inFlight || !hasUnsent(s) || !canSave(s)) return;
  const first = s.firstPendingAt ?? now;
  const due = delay !== undefined ? now + delay : Math.min(s.lastEditAt + IDLE_MS, first + MAX_WAIT_MS);
  setTimer(m, 'save', Math.max(0, due - now));
}

export function setTimer(m: Making, timer: TimerName, ms: number): void {
  m.s.timers = { ...m.s.timers, [timer]: true };
  m.fx.push({ type: 'set-timer', timer, ms });
}

export function cancelTimer(m: Making, timer: TimerName): void {
  if (!m.s.timers[timer]) return;
  m.s.timers = { ...m.s.timers, [timer]: false };
  m.fx.push({ type: 'cancel-timer', timer });
}

/** The view changed; while the file is gone, it is looked for again every GONE_RECHECK_MS. One notify per step. */
export function notify(m: Making): void {
  const { s } = m;
  if (s.phase.kind === 'gone' && !s.timers['gone-recheck'] && !s.disposed) setTimer(m, 'gone-recheck', GONE_RECHECK_MS);
  if (!m.fx.some((e) => e.type === 'notify')) m.fx.push({ type: 'notify' });
}
