// The story session's saving: debounce, one save at a time on the revision it was based on, disk faults held and retried.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { IDLE_MS, MAX_WAIT_MS, OWN_RETRY_MS } from '../../renderer/src/session/saveTypes';
import { fakeDesk, opened, rev, settle } from './helpers/fakeDesk';

describe('the save queue', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  it('starts saved and ignores an edit that changes nothing', async () => {
    const d = fakeDesk(opened());
    d.session.edit({ ...d.session.getView().latest, updatedAt: '2030-01-01T00:00:00Z' });
    await vi.advanceTimersByTimeAsync(1000);
    expect(d.saves).toHaveLength(0);
    expect(d.session.getView()).toMatchObject({ dirty: false, inFlight: false, phase: { kind: 'ok' } });
  });

  it('saves within the debounce after the last edit, on the revision it was based on', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: '新' });
    await vi.advanceTimersByTimeAsync(IDLE_MS - 1);
    expect(d.saves).toHaveLength(0);
    await vi.advanceTimersByTimeAsync(1);
    expect(d.saves).toHaveLength(1);
    expect(d.saves[0]).toMatchObject({ base: rev(1), story: { headline: '新' } });
    expect(d.session.getView()).toMatchObject({ dirty: true, inFlight: true });
    d.saves[0]!.resolve({ revision: rev(2), updatedAt: '2024-05-08T09:00:00Z', file: 'a.story.json' });
    await settle();
    expect(d.session.getView()).toMatchObject({ dirty: false, inFlight: false, savedAt: '2024-05-08T09:00:00Z' });
  });

  it('never waits longer than MAX_WAIT_MS while the reporter keeps typing', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    const start = Date.now();
    let savedAt = -1;
    for (let i = 0; i < 20 && savedAt < 0; i++) {
      d.session.edit({ ...base, headline: `h${i}` });
      await vi.advanceTimersByTimeAsync(50);
      if (d.saves.length > 0) savedAt = Date.now() - start;
    }
    expect(savedAt).toBeGreaterThan(0);
    expect(savedAt).toBeLessThanOrEqual(MAX_WAIT_MS);
  });

  it('keeps one save in flight and sends only the newest text next, on the new revision', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'a' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.session.edit({ ...base, headline: 'ab' });
    d.session.edit({ ...base, headline: 'abc' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 3);
    expect(d.saves).toHaveLength(1);
    d.saves[0]!.resolve({ revision: rev(2), updatedAt: 't2', file: 'a.story.json' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(d.saves).toHaveLength(2);
    expect(d.saves[1]).toMatchObject({ base: rev(2), story: { headline: 'abc' } });
    d.saves[1]!.resolve({ revision: rev(3), updatedAt: 't3', file: 'a.story.json' });
    await settle();
    expect(d.session.getView().dirty).toBe(false);
  });

  it('flush sends at once and resolves when everything is on disk', async () => {
    const d = fakeDesk(opened());
    d.session.edit({ ...d.session.getView().latest, headline: 'x' });
    let done = false;
    void d.session.flush().then(() => (done = true));
    expect(d.saves).toHaveLength(1);
    await settle();
    expect(done).toBe(false);
    d.saves[0]!.resolve({ revision: rev(2), updatedAt: 't', file: 'a.story.json' });
    await settle();
    expect(done).toBe(true);
  });

  it('an io refusal held by the service shows retrying, keeps the text, and a save.status event lands it', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'x' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.reject({ code: 'io', message: 'the disk is full', retrying: true });
    await settle();
    expect(d.session.getView()).toMatchObject({ phase: { kind: 'retrying', held: true, message: 'the disk is full' }, dirty: true });
    expect(d.session.getView().latest.headline).toBe('x');
    // the held text is not sent again by itself
    await vi.advanceTimersByTimeAsync(OWN_RETRY_MS * 2);
    expect(d.saves).toHaveLength(1);
    d.session.onSaveStatus({ id: 'story-1', state: 'saved', revision: rev(5) });
    expect(d.session.getView()).toMatchObject({ phase: { kind: 'ok' }, dirty: false });
    d.session.edit({ ...base, headline: 'xy' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(d.saves[1]).toMatchObject({ base: rev(5) });
  });

  it('a newer edit during a held fault is sent (the service replaces its held text)', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'x' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.reject({ code: 'io', message: 'full', retrying: true });
    await settle();
    d.session.edit({ ...base, headline: 'xy' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(d.saves).toHaveLength(2);
    d.saves[1]!.resolve({ revision: rev(3), updatedAt: 't', file: 'a.story.json' });
    await settle();
    expect(d.session.getView()).toMatchObject({ phase: { kind: 'ok' }, dirty: false });
  });

  it('an io failure the service does not hold (host unreachable) is retried by the queue', async () => {
    const d = fakeDesk(opened());
    d.session.edit({ ...d.session.getView().latest, headline: 'x' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.reject({ code: 'io', message: 'the host does not answer' });
    await settle();
    expect(d.session.getView().phase).toMatchObject({ kind: 'retrying', held: false });
    await vi.advanceTimersByTimeAsync(OWN_RETRY_MS);
    expect(d.saves).toHaveLength(2);
  });

  it('a save refused as invalid is kept and tried again at the next edit', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'x' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.reject({ code: 'invalid', message: 'headline: no line breaks' });
    await settle();
    expect(d.session.getView().phase).toEqual({
      kind: 'failed',
      message: 'headline: no line breaks',
      failure: { code: 'invalid', message: 'headline: no line breaks' },
    });
    await vi.advanceTimersByTimeAsync(OWN_RETRY_MS * 2);
    expect(d.saves).toHaveLength(1);
    d.session.edit({ ...base, headline: 'xy' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(d.saves).toHaveLength(2);
  });
});
