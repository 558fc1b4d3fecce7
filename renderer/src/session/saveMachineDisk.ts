// The save machine's news of the file: changes on disk read again, the same text adopted, conflicts, reloads never mid-composition.
import type { StoryWithRevision } from '../../../shared/api';
import { sameStoryContent } from '../../../shared/sameStory';
import { cancelTimer, isDirty, isOwn, notify, scheduleSave, setTimer, type Making } from './saveState';
import { COMPOSITION_POLL_MS } from './saveTypes';

export function changedOnDisk(m: Making, revision: string | undefined): void {
  const { s } = m;
  const known = revision !== undefined && (revision === s.base || isOwn(s.ownRevisions, revision));
  if (known && s.phase.kind !== 'gone') return;
  if (s.phase.kind === 'conflict' && revision === s.phase.current.revision) return;
  // maybe this very save, told by the library before its answer came: the answer says
  if (s.inFlight) s.heardInFlight = [...s.heardInFlight, revision ?? ''];
  else m.fx.push({ type: 'read', conflictEvenIfSame: false });
}

/** The file read again: the same text (adopted), a reload (no edits here), or a conflict (edits here). */
export function readAnswered(m: Making, current: StoryWithRevision, conflictEvenIfSame: boolean, composing: boolean): void {
  const { s } = m;
  if (s.inFlight) {
    s.checkAfterFlight = true;
    return;
  }
  if (current.revision === s.base && !conflictEvenIfSame) {
    // the very file this window last saved is back (a drive plugged in again, a sync tool's delete and re-create)
    if (s.phase.kind === 'gone') {
      s.phase = { kind: 'ok' };
      scheduleSave(m);
      notify(m);
    }
    return;
  }
  if (sameStoryContent(current.story, s.latest)) adoptRevision(m, current);
  else if (isDirty(s)) conflictWith(m, current);
  else requestReload(m, current, composing);
  notify(m);
}

/** The disk holds `current` and this window has edits: the reporter chooses, unless the disk already says the same. */
export function conflictWith(m: Making, current: StoryWithRevision): void {
  const { s } = m;
  if (sameStoryContent(current.story, s.latest)) return adoptRevision(m, current);
  cancelTimer(m, 'save');
  s.heldEdit = 0;
  s.phase = { kind: 'conflict', current };
}

/** The disk says what this window says: its revision is the base now and every edit is on disk. */
function adoptRevision(m: Making, current: StoryWithRevision): void {
  const { s } = m;
  s.base = current.revision;
  s.file = current.file;
  s.savedEdit = s.edit;
  s.heldEdit = 0;
  s.savedAt = current.story.updatedAt;
  s.phase = { kind: 'ok' };
}

export function requestReload(m: Making, current: StoryWithRevision, composing: boolean): void {
  m.s.pendingReload = current;
  tryReload(m, composing);
}

/** Shows the waiting version in a form mounted afresh, or looks again shortly while a composition is in progress. */
export function tryReload(m: Making, composing: boolean): void {
  const { s } = m;
  const current = s.pendingReload;
  if (!current) return;
  if (composing) {
    if (!s.timers['composition-poll']) setTimer(m, 'composition-poll', COMPOSITION_POLL_MS);
    return;
  }
  cancelTimer(m, 'composition-poll');
  s.pendingReload = undefined;
  cancelTimer(m, 'save');
  s.latest = current.story;
  s.formStory = current.story;
  s.formKey++;
  s.edit++;
  s.firstPendingAt = undefined;
  adoptRevision(m, current);
  if (current.revision === s.restoredRevision) {
    // this window restored it: it was written just now, and nothing changed elsewhere
    s.restoredRevision = undefined;
    s.savedAt = current.story.updatedAt;
    s.notice = undefined;
  } else {
    s.savedAt = new Date(m.now).toISOString(); // when the change was seen: the file's own time may be old
    s.notice = 'reloaded';
  }
  notify(m);
}
