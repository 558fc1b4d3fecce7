// The save phases as one pure function: a session's state and an event give the next state and the effects to run.
import type { EventPayload, StoryWithRevision } from '../../../shared/api';
import { sameStoryContent } from '../../../shared/sameStory';
import type { Story } from '../../../shared/story';
import type { DeskFailure } from '../shell/errors';
import { changedOnDisk, conflictWith, readAnswered, requestReload, tryReload } from './saveMachineDisk';
import {
  cancelTimer,
  canSave,
  hasUnsent,
  isDirty,
  isOwn,
  notify,
  remember,
  scheduleSave,
  type Making,
  type SaveEffect,
  type SaveEvent,
  type SaveState,
  type SentSave,
} from './saveState';
import { OWN_RETRY_MS, phaseOfRefusal, type SaveAnswer } from './saveTypes';

export interface Step {
  state: SaveState;
  effects: SaveEffect[];
}

/** One transition. `now` (ms) dates the edits and what is seen; effects run in order, after the state is taken. */
export function step(state: SaveState, event: SaveEvent, now: number): Step {
  const m: Making = { s: { ...state }, fx: [], now };
  on(m, event);
  return { state: m.s, effects: m.fx };
}

function on(m: Making, e: SaveEvent): void {
  const { s } = m;
  switch (e.type) {
    case 'edit':
      return edited(m, e.story);
    case 'remount':
      s.formStory = s.latest;
      s.formKey++;
      return notify(m);
    case 'flush':
      return send(m);
    case 'timer':
      s.timers = { ...s.timers, [e.timer]: false };
      if (e.timer === 'save') return send(m);
      if (s.phase.kind === 'gone' && !s.disposed) m.fx.push({ type: 'read', conflictEvenIfSame: false });
      return;
    case 'composition-checked':
      s.timers = { ...s.timers, 'composition-poll': false };
      return tryReload(m, e.composing);
    case 'save-answered':
      return saveAnswered(m, e.sent, e.answer);
    case 'save-refused':
      return saveRefused(m, e.sent, e.failure);
    case 'save-status':
      return saveStatus(m, e.status);
    case 'changed-on-disk':
      return changedOnDisk(m, e.revision);
    case 'removed':
      cancelTimer(m, 'save');
      cancelTimer(m, 'composition-poll');
      s.pendingReload = undefined;
      s.phase = { kind: 'gone', reason: 'removed' };
      return notify(m);
    case 'read-answered':
      return readAnswered(m, e.current, e.conflictEvenIfSame, e.composing);
    case 'read-failed':
      if (e.failure.code === 'not-found') s.phase = { kind: 'gone', reason: 'removed', message: e.failure.message };
      else if (e.failure.code === 'unreadable') s.phase = { kind: 'gone', reason: 'unreadable', message: e.failure.message };
      return notify(m);
    case 'restored':
      s.ownRevisions = remember(s.ownRevisions, e.restored.revision);
      s.restoredRevision = e.restored.revision;
      m.fx.push({
        type: 'tell-saved',
        story: e.restored.story,
        answer: { revision: e.restored.revision, updatedAt: e.restored.story.updatedAt, file: e.restored.file },
      });
      if (!isDirty(s)) return requestReload(m, e.restored, e.composing);
      // edits not on disk yet (made after the caller's flush): the restored text never replaces them unasked
      conflictWith(m, e.restored);
      if (s.phase.kind !== 'conflict') s.restoredRevision = undefined; // the same text: adopted, nothing to reload
      return notify(m);
    case 'reload-theirs':
      if (s.phase.kind === 'conflict') requestReload(m, s.phase.current, e.composing);
      return;
    case 'keep-mine':
      if (s.phase.kind !== 'conflict') return;
      // this window's text goes over the version on disk, on that version's revision
      s.base = s.phase.current.revision;
      s.phase = { kind: 'ok' };
      s.heldEdit = 0;
      if (!hasUnsent(s)) s.edit++;
      send(m);
      return notify(m);
    case 'keep-both':
      if ((s.phase.kind !== 'conflict' && s.phase.kind !== 'gone') || s.keepingBoth !== undefined) return;
      s.keepingBoth = s.edit;
      s.resolveError = undefined;
      notify(m);
      m.fx.push({ type: 'save-as-new', story: s.latest });
      return;
    case 'kept-both': {
      // the text sent is a story of its own now: this one takes the disk's version (or, gone, has that text safe);
      // edits typed while it was on its way are in no story yet, so the conflict stays for the reporter to choose
      const kept = s.keepingBoth ?? s.edit;
      s.keepingBoth = undefined;
      if (s.phase.kind === 'conflict' && s.edit === kept) requestReload(m, s.phase.current, e.composing);
      else if (s.phase.kind === 'gone') s.savedEdit = Math.max(s.savedEdit, kept);
      return notify(m);
    }
    case 'keep-both-failed':
      s.resolveError = e.failure;
      s.keepingBoth = undefined;
      return notify(m);
    case 'dispose':
      s.disposed = true;
      cancelTimer(m, 'gone-recheck');
      cancelTimer(m, 'composition-poll');
      s.pendingReload = undefined;
      return;
  }
}

// ------------------------------------------------------------ edits and saves

function edited(m: Making, story: Story): void {
  const { s } = m;
  if (sameStoryContent(story, s.latest)) return; // the form reporting what it already holds
  s.latest = story;
  s.edit++;
  s.notice = undefined;
  if (s.pendingReload) {
    // an edit arrived while a reload waited for the composition to end: the reporter chooses now
    const current = s.pendingReload;
    s.pendingReload = undefined;
    cancelTimer(m, 'composition-poll');
    s.phase = { kind: 'conflict', current };
  }
  if (s.phase.kind === 'failed') s.phase = { kind: 'ok' };
  s.firstPendingAt ??= m.now;
  s.lastEditAt = m.now;
  scheduleSave(m);
  notify(m);
}

/** Sends the newest text on the base revision, unless a save is on its way, nothing waits or saving is blocked. */
function send(m: Making): void {
  const { s } = m;
  cancelTimer(m, 'save');
  if (s.inFlight || !hasUnsent(s) || !canSave(s)) return;
  const sent: SentSave = { edit: s.edit, story: s.latest };
  s.inFlight = sent;
  s.firstPendingAt = undefined;
  notify(m);
  m.fx.push({ type: 'save', sent, base: s.base });
}

function saveAnswered(m: Making, sent: SentSave, answer: SaveAnswer): void {
  const { s } = m;
  s.inFlight = undefined;
  s.ownRevisions = remember(s.ownRevisions, answer.revision);
  s.file = answer.file;
  if (s.phase.kind !== 'gone') {
    // the disk held the base this save was made on: what it wrote is the truth now
    s.base = answer.revision;
    s.savedEdit = Math.max(s.savedEdit, sent.edit);
    s.heldEdit = 0;
    s.savedAt = answer.updatedAt;
    s.phase = { kind: 'ok' };
    m.fx.push({ type: 'tell-saved', story: { ...sent.story, updatedAt: answer.updatedAt }, answer });
  }
  afterFlight(m);
}

function saveRefused(m: Making, sent: SentSave, failure: DeskFailure): void {
  const { s } = m;
  s.inFlight = undefined;
  if (s.phase.kind !== 'gone') {
    const next = phaseOfRefusal(failure);
    if (next === 'conflict-with-current') conflictWith(m, failure.current as StoryWithRevision);
    else {
      s.phase = next;
      if (next.kind === 'retrying' && next.held) s.heldEdit = sent.edit;
    }
  }
  afterFlight(m);
}

function afterFlight(m: Making): void {
  const { s } = m;
  // a change heard while the save was on its way is this window's own save when the answer named its revision
  const heardElsewhere = s.heardInFlight.some((revision) => revision === '' || !isOwn(s.ownRevisions, revision));
  s.heardInFlight = [];
  if (s.checkAfterFlight || heardElsewhere) {
    s.checkAfterFlight = false;
    m.fx.push({ type: 'read', conflictEvenIfSame: false });
  }
  if (s.phase.kind === 'retrying' && !s.phase.held) scheduleSave(m, OWN_RETRY_MS);
  else scheduleSave(m);
  notify(m);
}

function saveStatus(m: Making, status: EventPayload<'save.status'>): void {
  const { s } = m;
  if (status.id !== s.id) return;
  if (status.revision) s.ownRevisions = remember(s.ownRevisions, status.revision);
  const phase = s.phase;
  if (s.inFlight) {
    // the answer to the save on its way tells the newer truth
    if (status.state === 'conflict') s.checkAfterFlight = true;
    return;
  }
  if (phase.kind !== 'retrying' || !phase.held) return;
  if (status.state === 'saved' && status.revision) {
    s.base = status.revision;
    s.savedEdit = Math.max(s.savedEdit, s.heldEdit);
    s.heldEdit = 0;
    s.savedAt = status.updatedAt ?? new Date(m.now).toISOString();
    s.phase = { kind: 'ok' };
    scheduleSave(m);
  } else if (status.state === 'retrying') {
    s.phase = { kind: 'retrying', message: status.message ?? phase.message, held: true, ...(status.fault ? { fault: status.fault } : {}) };
  } else if (status.state === 'conflict') {
    m.fx.push({ type: 'read', conflictEvenIfSame: true });
  } else if (status.state === 'failed') {
    s.heldEdit = 0;
    const message = status.message ?? '';
    // a refusal with its reason is worded by the status line in the interface's language
    const failure = status.reason
      ? { code: 'refused' as const, message, reason: status.reason, ...(status.params ? { params: status.params } : {}) }
      : undefined;
    s.phase = { kind: 'failed', message, ...(failure ? { failure } : {}) };
  }
  notify(m);
}
