// The save machine's edits and saves, as a pure function: debounce, one save in flight, refusals, held disk faults.
import { describe, expect, it } from 'vitest';
import { isDirty, isSettled, viewOf } from '../../renderer/src/session/saveState';
import { IDLE_MS, MAX_WAIT_MS, OWN_RETRY_MS } from '../../renderer/src/session/saveTypes';
import { statusMessage } from '../../renderer/src/session/statusText';
import { after, edit, effect, mine, onDisk, opened, rev, saveAnswered, sent, story, T0, timers } from './helpers/saveSteps';

describe('the save machine: edits and saves', () => {
  it('an edit schedules a save IDLE_MS later and tells the view; one that changes nothing does nothing', () => {
    const s = after(opened(), [edit('新')]);
    expect(s.effects).toEqual([{ type: 'set-timer', timer: 'save', ms: IDLE_MS }, { type: 'notify' }]);
    expect(s.state).toMatchObject({ edit: 1, savedEdit: 0, latest: { headline: '新' } });
    expect(isDirty(s.state)).toBe(true);
    const same = after(s.state, [{ type: 'edit', story: { ...mine('新'), updatedAt: '2030-01-01T00:00:00Z' } }]);
    expect(same.effects).toEqual([]);
    expect(same.state).toEqual(s.state);
  });

  it('never lets the first edit wait longer than MAX_WAIT_MS while typing goes on', () => {
    const early = after(opened(), [edit('a')], T0);
    const later = after(early.state, [edit('ab')], T0 + 200);
    expect(later.effects).toContainEqual({ type: 'cancel-timer', timer: 'save' });
    expect(effect(later.effects, 'set-timer')).toEqual({ type: 'set-timer', timer: 'save', ms: MAX_WAIT_MS - 200 });
  });

  it('the save timer sends the newest text on the base revision, after telling the view', () => {
    const s = after(opened(), [edit('a'), edit('ab'), { type: 'timer', timer: 'save' }]);
    expect(s.effects.map((e) => e.type)).toEqual(['notify', 'save']);
    expect(sent(s)).toEqual({ type: 'save', base: rev(1), sent: { edit: 2, story: mine('ab') } });
    expect(viewOf(s.state)).toMatchObject({ inFlight: true, dirty: true });
    expect(isSettled(s.state)).toBe(false);
  });

  it('flush sends at once, and sends nothing when nothing waits', () => {
    expect(sent(after(opened(), [edit('x'), { type: 'flush' }])).sent.story.headline).toBe('x');
    expect(after(opened(), [{ type: 'flush' }]).effects).toEqual([]);
    expect(isSettled(opened())).toBe(true);
  });

  it('a save answered ok: on disk, the new revision is the base, the app is told', () => {
    const s = saveAnswered(after(opened(), [edit('x')]).state, 2);
    expect(s.state).toMatchObject({
      base: rev(2),
      savedEdit: 1,
      inFlight: undefined,
      phase: { kind: 'ok' },
      savedAt: '2024-05-08T09:00:02.000Z',
    });
    expect(effect(s.effects, 'tell-saved')).toMatchObject({
      story: { headline: 'x', updatedAt: '2024-05-08T09:00:02.000Z' },
      answer: { revision: rev(2) },
    });
    expect(isDirty(s.state)).toBe(false);
    expect(isSettled(s.state)).toBe(true);
  });

  it('an edit during an in-flight save waits for it, then is saved on the revision it gave', () => {
    const flying = after(opened(), [edit('a'), { type: 'flush' }]);
    const first = sent(flying).sent;
    const typed = after(flying.state, [edit('ab'), edit('abc')]);
    expect(effect(typed.effects, 'save')).toBeUndefined();
    expect(timers(typed)).toEqual([]); // nothing scheduled while a save is on its way
    const answered = after(typed.state, [
      { type: 'save-answered', sent: first, answer: { revision: rev(2), updatedAt: 't2', file: 'a.story.json' } },
    ]);
    expect(answered.state).toMatchObject({ base: rev(2), savedEdit: 1, edit: 3 });
    expect(isDirty(answered.state)).toBe(true);
    expect(timers(answered)).toEqual(['save']);
    const next = after(answered.state, [{ type: 'timer', timer: 'save' }]);
    expect(sent(next)).toEqual({ type: 'save', base: rev(2), sent: { edit: 3, story: mine('abc') } });
  });

  it('a conflict keeps the text here: no save goes out until the reporter chooses, edits go on being kept', () => {
    const flying = after(opened(), [edit('mine'), { type: 'flush' }]);
    const theirs = onDisk('theirs', 7);
    const refused = after(flying.state, [
      { type: 'save-refused', sent: sent(flying).sent, failure: { code: 'conflict', message: 'changed', current: theirs } },
    ]);
    expect(refused.state.phase).toEqual({ kind: 'conflict', current: theirs });
    expect(viewOf(refused.state)).toMatchObject({ latest: { headline: 'mine' }, formKey: 0, dirty: true });
    expect(timers(refused)).toEqual([]);
    const more = after(refused.state, [edit('mine 2'), { type: 'timer', timer: 'save' }, { type: 'flush' }]);
    expect(more.effects).toEqual([]);
    expect(more.state.latest.headline).toBe('mine 2');
    expect(isSettled(more.state)).toBe(true); // flush resolves: saving waits for the reporter
  });

  it('a conflict answer whose text is this window’s adopts that revision', () => {
    const flying = after(opened(), [edit('mine'), { type: 'flush' }]);
    const same = onDisk('mine', 9);
    const s = after(flying.state, [
      { type: 'save-refused', sent: sent(flying).sent, failure: { code: 'conflict', message: 'c', current: same } },
    ]);
    expect(s.state).toMatchObject({ phase: { kind: 'ok' }, base: rev(9), savedAt: same.story.updatedAt });
    expect(isDirty(s.state)).toBe(false);
  });

  it('an io refusal the service holds keeps the text, shows the fault and waits for the service', () => {
    const flying = after(opened(), [edit('x'), { type: 'flush' }]);
    const failure = { code: 'io' as const, message: 'ENOSPC', retrying: true, fault: 'disk-full' as const };
    const s = after(flying.state, [{ type: 'save-refused', sent: sent(flying).sent, failure }]);
    expect(s.state.phase).toEqual({ kind: 'retrying', message: 'ENOSPC', held: true, fault: 'disk-full' });
    expect(s.state).toMatchObject({ heldEdit: 1, latest: { headline: 'x' } });
    expect(isDirty(s.state)).toBe(true);
    expect(timers(s)).toEqual([]); // the service retries the held text by itself
    expect(statusMessage(viewOf(s.state), (t) => t)).toMatchObject({ key: 'status.retrying', reasonKey: 'fault.disk-full', alert: true });
    // a newer edit still goes out (the service replaces the text it holds)
    const newer = after(s.state, [edit('xy'), { type: 'timer', timer: 'save' }]);
    expect(sent(newer).sent.story.headline).toBe('xy');
  });

  it('an io failure nobody holds (the host did not answer) is sent again after OWN_RETRY_MS', () => {
    const flying = after(opened(), [edit('x'), { type: 'flush' }]);
    const s = after(flying.state, [{ type: 'save-refused', sent: sent(flying).sent, failure: { code: 'io', message: 'no answer' } }]);
    expect(s.state.phase).toEqual({ kind: 'retrying', message: 'no answer', held: false });
    expect(effect(s.effects, 'set-timer')).toEqual({ type: 'set-timer', timer: 'save', ms: OWN_RETRY_MS });
    expect(sent(after(s.state, [{ type: 'timer', timer: 'save' }])).sent.story.headline).toBe('x');
  });

  it('a save refused for good is kept and tried again at the next edit', () => {
    const flying = after(opened(), [edit('x'), { type: 'flush' }]);
    const s = after(flying.state, [
      { type: 'save-refused', sent: sent(flying).sent, failure: { code: 'invalid', message: 'no line breaks' } },
    ]);
    // the refusal is kept whole, for the status line to word in the interface's language
    expect(s.state.phase).toEqual({ kind: 'failed', message: 'no line breaks', failure: { code: 'invalid', message: 'no line breaks' } });
    expect(timers(s)).toEqual([]);
    const again = after(s.state, [edit('xy')]);
    expect(again.state.phase).toEqual({ kind: 'ok' });
    expect(timers(again)).toEqual(['save']);
  });

  it('the service’s news of a held save: landed, still refused, given up, changed meanwhile; another story’s is ignored', () => {
    const flying = after(opened(), [edit('x'), { type: 'flush' }]);
    const held = after(flying.state, [
      { type: 'save-refused', sent: sent(flying).sent, failure: { code: 'io', message: 'full', retrying: true } },
    ]).state;
    expect(after(held, [{ type: 'save-status', status: { id: 'story-2', state: 'saved', revision: rev(5) } }]).effects).toEqual([]);
    const landed = after(held, [{ type: 'save-status', status: { id: 'story-1', state: 'saved', revision: rev(5), updatedAt: 'T5' } }]);
    expect(landed.state).toMatchObject({ phase: { kind: 'ok' }, base: rev(5), savedAt: 'T5', heldEdit: 0 });
    expect(isDirty(landed.state)).toBe(false);
    const still = after(held, [{ type: 'save-status', status: { id: 'story-1', state: 'retrying', fault: 'locked' } }]);
    expect(still.state.phase).toEqual({ kind: 'retrying', message: 'full', held: true, fault: 'locked' });
    const gaveUp = after(held, [{ type: 'save-status', status: { id: 'story-1', state: 'failed', message: 'gave up' } }]);
    expect(gaveUp.state).toMatchObject({ phase: { kind: 'failed', message: 'gave up' }, latest: { headline: 'x' } });
    // given up with a reason: the refusal is kept for the status line to word in the interface's language
    const refused = after(held, [
      { type: 'save-status', status: { id: 'story-1', state: 'failed', message: 'no such story', reason: 'storyGone' } },
    ]);
    expect(refused.state.phase).toEqual({
      kind: 'failed',
      message: 'no such story',
      failure: { code: 'refused', message: 'no such story', reason: 'storyGone' },
    });
    const changed = after(held, [{ type: 'save-status', status: { id: 'story-1', state: 'conflict' } }]);
    expect(effect(changed.effects, 'read')).toEqual({ type: 'read', conflictEvenIfSame: true });
  });

  it('news of a conflict while a save is on its way reads the file once the answer is in', () => {
    const flying = after(opened(), [edit('x'), { type: 'flush' }]);
    const told = after(flying.state, [{ type: 'save-status', status: { id: 'story-1', state: 'conflict' } }]);
    expect(told.effects).toEqual([]);
    const answered = after(told.state, [
      { type: 'save-answered', sent: sent(flying).sent, answer: { revision: rev(2), updatedAt: 't', file: 'a.story.json' } },
    ]);
    expect(effect(answered.effects, 'read')).toEqual({ type: 'read', conflictEvenIfSame: false });
  });

  it('remounting the form starts it from the newest text', () => {
    const s = after(opened(), [edit('x'), { type: 'remount' }]);
    expect(s.state).toMatchObject({ formKey: 1, formStory: { headline: 'x' } });
    expect(story.headline).toBe('旧标题');
  });
});
