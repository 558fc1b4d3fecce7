// The save machine and the file on disk, as a pure function: changes elsewhere, reloads never mid-composition, the reporter's choices.
import { describe, expect, it } from 'vitest';
import { isDirty, viewOf } from '../../renderer/src/session/saveState';
import { COMPOSITION_POLL_MS, GONE_RECHECK_MS } from '../../renderer/src/session/saveTypes';
import { after, edit, effect, onDisk, opened, rev, saveAnswered, sent, T0, timers } from './helpers/saveSteps';

const conflicted = (headline = 'mine') => {
  const flying = after(opened(), [edit(headline), { type: 'flush' }]);
  return after(flying.state, [
    { type: 'save-refused', sent: sent(flying).sent, failure: { code: 'conflict', message: 'c', current: onDisk('theirs', 7) } },
  ]).state;
};

describe('the save machine: the file on disk', () => {
  it('a change on disk is read again, unless it is the base, a revision of this window, or the conflict shown', () => {
    expect(after(opened(), [{ type: 'changed-on-disk', revision: rev(1) }]).effects).toEqual([]);
    const saved = saveAnswered(after(opened(), [edit('x')]).state, 2).state;
    expect(after(saved, [{ type: 'changed-on-disk', revision: rev(1) }]).effects).toEqual([]); // an older one of its own
    expect(after(saved, [{ type: 'changed-on-disk', revision: rev(8) }]).effects).toEqual([{ type: 'read', conflictEvenIfSame: false }]);
    expect(after(saved, [{ type: 'changed-on-disk', revision: undefined }]).effects).toEqual([{ type: 'read', conflictEvenIfSame: false }]);
    expect(after(conflicted(), [{ type: 'changed-on-disk', revision: rev(7) }]).effects).toEqual([]);
  });

  it('a change reported while a save is on its way is read after the answer', () => {
    const flying = after(opened(), [edit('x'), { type: 'flush' }]);
    const told = after(flying.state, [{ type: 'changed-on-disk', revision: rev(8) }]);
    expect(told.effects).toEqual([]);
    const refused = after(told.state, [
      { type: 'save-refused', sent: sent(flying).sent, failure: { code: 'conflict', message: 'c', current: onDisk('theirs', 8) } },
    ]);
    expect(effect(refused.effects, 'read')).toEqual({ type: 'read', conflictEvenIfSame: false });
    // an answer to a read that arrives while a save is on its way waits for that save too
    const again = after(flying.state, [
      { type: 'read-answered', current: onDisk('theirs', 8), conflictEvenIfSame: false, composing: false },
    ]);
    expect(again.state).toMatchObject({ checkAfterFlight: true, formKey: 0, latest: { headline: 'x' } });
  });

  it('read again with no edits here: the form reloads with a notice', () => {
    const s = after(opened(), [{ type: 'read-answered', current: onDisk('theirs', 8), conflictEvenIfSame: false, composing: false }], T0);
    expect(viewOf(s.state)).toMatchObject({
      formKey: 1,
      formStory: { headline: 'theirs' },
      latest: { headline: 'theirs' },
      dirty: false,
      notice: 'reloaded',
      savedAt: new Date(T0).toISOString(),
    });
    expect(s.state.base).toBe(rev(8));
  });

  it('read again with edits here: a conflict that keeps the text; the same text: that revision is adopted', () => {
    const dirty = after(opened(), [edit('mine')]).state;
    const s = after(dirty, [{ type: 'read-answered', current: onDisk('theirs', 8), conflictEvenIfSame: false, composing: false }]);
    expect(s.state.phase).toMatchObject({ kind: 'conflict', current: { revision: rev(8) } });
    expect(viewOf(s.state)).toMatchObject({ formKey: 0, latest: { headline: 'mine' }, dirty: true });
    expect(s.effects).toContainEqual({ type: 'cancel-timer', timer: 'save' });
    const same = after(dirty, [{ type: 'read-answered', current: onDisk('mine', 8), conflictEvenIfSame: false, composing: false }]);
    expect(same.state).toMatchObject({ phase: { kind: 'ok' }, base: rev(8), formKey: 0 });
    expect(isDirty(same.state)).toBe(false);
  });

  it('nothing reloads during a composition: the reload waits and looks again until it has ended', () => {
    const waiting = after(opened(), [{ type: 'read-answered', current: onDisk('theirs', 8), conflictEvenIfSame: false, composing: true }]);
    expect(waiting.state).toMatchObject({ formKey: 0, latest: { headline: '旧标题' }, pendingReload: { revision: rev(8) } });
    expect(effect(waiting.effects, 'set-timer')).toEqual({ type: 'set-timer', timer: 'composition-poll', ms: COMPOSITION_POLL_MS });
    const still = after(waiting.state, [{ type: 'composition-checked', composing: true }]);
    expect(still.state.formKey).toBe(0);
    expect(timers(still)).toEqual(['composition-poll']);
    const ended = after(still.state, [{ type: 'composition-checked', composing: false }]);
    expect(ended.state).toMatchObject({ formKey: 1, formStory: { headline: 'theirs' }, pendingReload: undefined });
  });

  it('an edit while a reload waits for a composition turns it into a conflict that keeps the text', () => {
    const waiting = after(opened(), [
      { type: 'read-answered', current: onDisk('theirs', 8), conflictEvenIfSame: false, composing: true },
    ]).state;
    const s = after(waiting, [edit('旧标题你好')]);
    expect(s.state).toMatchObject({
      formKey: 0,
      latest: { headline: '旧标题你好' },
      pendingReload: undefined,
      phase: { kind: 'conflict', current: { revision: rev(8) } },
    });
    expect(s.effects).toContainEqual({ type: 'cancel-timer', timer: 'composition-poll' });
    expect(after(s.state, [{ type: 'composition-checked', composing: false }]).state.formKey).toBe(0);
  });

  it('a removed file keeps the text, sends nothing, and is looked for again', () => {
    const s = after(opened(), [edit('x'), { type: 'removed' }]);
    expect(s.state).toMatchObject({ phase: { kind: 'gone', reason: 'removed' }, latest: { headline: 'x' } });
    expect(s.effects).toContainEqual({ type: 'cancel-timer', timer: 'save' });
    expect(effect(s.effects, 'set-timer')).toEqual({ type: 'set-timer', timer: 'gone-recheck', ms: GONE_RECHECK_MS });
    expect(after(s.state, [{ type: 'flush' }]).effects).toEqual([]);
    expect(after(s.state, [{ type: 'timer', timer: 'gone-recheck' }]).effects).toEqual([{ type: 'read', conflictEvenIfSame: false }]);
    const unreadable = after(opened(), [{ type: 'read-failed', failure: { code: 'unreadable', message: 'a link' } }]);
    expect(unreadable.state.phase).toEqual({ kind: 'gone', reason: 'unreadable', message: 'a link' });
  });

  it('a file back as it was takes the edits made meanwhile, on its revision', () => {
    const gone = after(opened(), [{ type: 'removed' }, edit('typed while it was away')]).state;
    const back = after(gone, [{ type: 'read-answered', current: { ...onDisk('旧标题', 1) }, conflictEvenIfSame: false, composing: false }]);
    expect(back.state.phase).toEqual({ kind: 'ok' });
    expect(sent(after(back.state, [{ type: 'timer', timer: 'save' }]))).toMatchObject({
      base: rev(1),
      sent: { story: { headline: 'typed while it was away' } },
    });
  });

  it('once disposed, its timers stop and a gone file is no longer looked for', () => {
    const gone = after(opened(), [{ type: 'removed' }]).state;
    const s = after(gone, [{ type: 'dispose' }]);
    expect(s.effects).toEqual([{ type: 'cancel-timer', timer: 'gone-recheck' }]);
    expect(after(s.state, [{ type: 'timer', timer: 'gone-recheck' }]).effects).toEqual([]);
  });
});

describe('the save machine: the reporter’s choices and restores', () => {
  it('reload theirs remounts the form with their text (after a composition); outside a conflict it does nothing', () => {
    expect(after(opened(), [{ type: 'reload-theirs', composing: false }]).effects).toEqual([]);
    const waiting = after(conflicted(), [{ type: 'reload-theirs', composing: true }]);
    expect(waiting.state.formKey).toBe(0);
    const s = after(waiting.state, [{ type: 'composition-checked', composing: false }]);
    expect(viewOf(s.state)).toMatchObject({
      formKey: 1,
      formStory: { headline: 'theirs' },
      dirty: false,
      phase: { kind: 'ok' },
      notice: 'reloaded',
    });
  });

  it('keep mine saves this text on the disk’s revision', () => {
    const s = after(conflicted(), [edit('mine 2'), { type: 'keep-mine' }]);
    expect(sent(s)).toMatchObject({ base: rev(7), sent: { story: { headline: 'mine 2' } } });
    expect(s.state.phase).toEqual({ kind: 'ok' });
  });

  it('keep both saves this text as a new story, once at a time, then takes theirs here', () => {
    const started = after(conflicted(), [{ type: 'keep-both' }]);
    expect(effect(started.effects, 'save-as-new')).toMatchObject({ story: { headline: 'mine' } });
    expect(viewOf(started.state).resolving).toBe(true);
    expect(after(started.state, [{ type: 'keep-both' }]).effects).toEqual([]);
    const done = after(started.state, [{ type: 'kept-both', composing: false }]);
    expect(viewOf(done.state)).toMatchObject({ formStory: { headline: 'theirs' }, dirty: false, phase: { kind: 'ok' } });
    expect(viewOf(done.state).resolving).toBeUndefined();
    const failed = after(started.state, [{ type: 'keep-both-failed', failure: { code: 'io', message: 'disk full', fault: 'disk-full' } }]);
    expect(viewOf(failed.state)).toMatchObject({
      resolveError: { code: 'io', fault: 'disk-full' },
      latest: { headline: 'mine' },
      phase: { kind: 'conflict' },
    });
  });

  it('keep both: edits typed while it is on its way are in no story yet, so the conflict stays with them', () => {
    const started = after(conflicted(), [{ type: 'keep-both' }]);
    const done = after(started.state, [edit('mine, typed on'), { type: 'kept-both', composing: false }]);
    expect(viewOf(done.state)).toMatchObject({
      formKey: 0,
      latest: { headline: 'mine, typed on' },
      dirty: true,
      phase: { kind: 'conflict' },
    });
    expect(viewOf(done.state).resolving).toBeUndefined(); // the banner's choices are offered again
    const gone = after(opened(), [
      edit('x'),
      { type: 'removed' },
      { type: 'keep-both' },
      edit('xy'),
      { type: 'kept-both', composing: false },
    ]);
    expect(isDirty(gone.state)).toBe(true);
    expect(gone.state.phase.kind).toBe('gone');
  });

  it('keep both of a removed file: the text is safe in the new story', () => {
    const s = after(opened(), [edit('x'), { type: 'removed' }, { type: 'keep-both' }, { type: 'kept-both', composing: false }]);
    expect(isDirty(s.state)).toBe(false);
    expect(after(opened(), [{ type: 'keep-both' }]).effects).toEqual([]); // nothing to keep while all is well
  });

  it('a restore shows the restored text on its revision, without a notice, and its own write is no change', () => {
    const restored = onDisk('restored', 3);
    const s = after(opened(), [{ type: 'restored', restored, composing: false }]);
    expect(viewOf(s.state)).toMatchObject({
      formKey: 1,
      formStory: { headline: 'restored' },
      dirty: false,
      savedAt: restored.story.updatedAt,
    });
    expect(viewOf(s.state).notice).toBeUndefined();
    expect(effect(s.effects, 'tell-saved')).toMatchObject({ answer: { revision: rev(3) } });
    expect(after(s.state, [{ type: 'changed-on-disk', revision: rev(3) }]).effects).toEqual([]);
  });

  it('a restore waits for a composition, and an edit made meanwhile becomes a conflict', () => {
    const waiting = after(opened(), [{ type: 'restored', restored: onDisk('restored', 4), composing: true }]).state;
    const s = after(waiting, [edit('正在输入的字')]);
    expect(s.state).toMatchObject({
      formKey: 0,
      latest: { headline: '正在输入的字' },
      phase: { kind: 'conflict', current: { revision: rev(4) } },
    });
  });

  it('a restore over edits not yet on disk becomes a conflict that keeps them; reload theirs then shows it', () => {
    const dirty = after(opened(), [edit('typed after the flush')]).state;
    const restored = onDisk('restored', 4);
    const s = after(dirty, [{ type: 'restored', restored, composing: false }]);
    expect(viewOf(s.state)).toMatchObject({
      formKey: 0,
      latest: { headline: 'typed after the flush' },
      dirty: true,
      phase: { kind: 'conflict', current: restored },
    });
    expect(s.effects).toContainEqual({ type: 'cancel-timer', timer: 'save' });
    expect(after(s.state, [{ type: 'timer', timer: 'save' }]).effects).toEqual([]);
    const theirs = after(s.state, [{ type: 'reload-theirs', composing: false }]);
    expect(viewOf(theirs.state)).toMatchObject({
      formKey: 1,
      formStory: { headline: 'restored' },
      dirty: false,
      savedAt: restored.story.updatedAt,
    });
    expect(viewOf(theirs.state).notice).toBeUndefined();
  });

  it('a restore while a save is on its way becomes a conflict, and the save refused after it keeps it', () => {
    const flying = after(opened(), [edit('on its way'), { type: 'flush' }]);
    const restored = onDisk('restored', 4);
    const s = after(flying.state, [{ type: 'restored', restored, composing: false }]);
    expect(s.state).toMatchObject({ formKey: 0, phase: { kind: 'conflict' }, latest: { headline: 'on its way' } });
    const refused = after(s.state, [
      { type: 'save-refused', sent: sent(flying).sent, failure: { code: 'conflict', message: 'c', current: restored } },
    ]);
    expect(refused.state).toMatchObject({ formKey: 0, phase: { kind: 'conflict', current: restored }, latest: { headline: 'on its way' } });
  });

  it('a restore of the very text not yet saved here is adopted: nothing to choose, nothing to reload', () => {
    const dirty = after(opened(), [edit('same')]).state;
    const s = after(dirty, [{ type: 'restored', restored: onDisk('same', 4), composing: false }]);
    expect(viewOf(s.state)).toMatchObject({ formKey: 0, dirty: false, phase: { kind: 'ok' } });
    expect(s.state.base).toBe(rev(4));
  });
});
