// The status line's words for each state of a story session.
import { describe, expect, it } from 'vitest';
import { statusMessage } from '../../renderer/src/session/statusText';

const time = (iso: string) => `@${iso}`;
const view = { phase: { kind: 'ok' as const }, dirty: false, inFlight: false, savedAt: 'T' };

describe('statusMessage', () => {
  it('says Saved with the time when every edit is on disk', () => {
    expect(statusMessage(view, time)).toEqual({ key: 'status.saved', values: { time: '@T' }, alert: false });
  });
  it('says Saving while an edit waits or is on its way', () => {
    expect(statusMessage({ ...view, dirty: true }, time).key).toBe('status.saving');
    expect(statusMessage({ ...view, inFlight: true }, time).key).toBe('status.saving');
  });
  it('says Not saved with the reason while the disk refuses, even as new edits come', () => {
    const m = statusMessage({ ...view, dirty: true, phase: { kind: 'retrying', message: 'the disk is full', held: true } }, time);
    expect(m).toEqual({ key: 'status.retrying', values: { reason: 'the disk is full' }, alert: true });
  });
  it('tells a reload, a conflict, a removal, an unreadable file and a refusal apart', () => {
    expect(statusMessage({ ...view, notice: 'reloaded' }, time).key).toBe('status.reloaded');
    expect(statusMessage({ ...view, notice: 'reloaded', dirty: true }, time).key).toBe('status.saving');
    expect(statusMessage({ ...view, dirty: true, phase: { kind: 'conflict', current: {} as never } }, time).key).toBe('status.conflict');
    expect(statusMessage({ ...view, phase: { kind: 'gone', reason: 'removed' } }, time).key).toBe('status.removed');
    expect(statusMessage({ ...view, phase: { kind: 'gone', reason: 'unreadable' } }, time).key).toBe('status.unreadable');
    expect(statusMessage({ ...view, dirty: true, phase: { kind: 'failed', message: 'no' } }, time)).toMatchObject({
      key: 'status.failed',
      values: { reason: 'no' },
    });
  });

  it('hands a refusal with its reason on, for the status line to word in the interface language', () => {
    const failure = { code: 'refused' as const, message: 'story 1 cannot be exported', reason: 'storyIdMismatch' as const };
    expect(statusMessage({ ...view, phase: { kind: 'failed', message: failure.message, failure } }, time)).toMatchObject({
      key: 'status.failed',
      failure,
    });
  });
});
