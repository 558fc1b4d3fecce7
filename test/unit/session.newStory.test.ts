// New story drawn at once: the session writes the file as its first save, keeps what is typed meanwhile, retries a refused making, and does not keep a story left empty.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BulletinDeskApi } from '../../shared/api';
import { newStory, type Story } from '../../shared/story';
import { SessionManager } from '../../renderer/src/session/sessions';
import { MAX_WAIT_MS, OWN_RETRY_MS } from '../../renderer/src/session/saveTypes';
import { rev, settle } from './helpers/fakeDesk';

interface Call {
  name: string;
  input: Record<string, unknown>;
  resolve(value: unknown): void;
  reject(e: unknown): void;
}

function fakeApi() {
  const calls: Call[] = [];
  const api = {
    call: (name: string, input: Record<string, unknown>) => new Promise((resolve, reject) => calls.push({ name, input, resolve, reject })),
    on: () => () => {},
  } as unknown as BulletinDeskApi;
  return { calls, manager: new SessionManager(api), last: (name: string) => calls.filter((c) => c.name === name).at(-1) };
}

const draft = (): Story => newStory({}, { id: 'new-1', dateline: '本报讯', byline: [{ role: '记者', names: ['王小明'], credit: '' }] });

/** The desk's answer to story.create: the same new story, written. */
const made = (story: Story, n = 1) => ({
  story: { ...story, createdAt: '2026-12-06T10:00:00.000Z' },
  revision: rev(n),
  file: 'new-1.bstory',
});

describe('a new story shown before its file exists', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('asks the desk to make the file under the id the form shows, and is saved from then on', async () => {
    const f = fakeApi();
    const session = f.manager.createNew(draft());
    f.manager.activate(session.id);
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]).toMatchObject({ name: 'story.create', input: { id: 'new-1' } });
    expect(f.calls[0]!.input).not.toHaveProperty('fields');
    // typed while the file is being written: nothing is sent yet, nothing is lost
    session.edit({ ...session.getView().latest, headline: '社区义诊进小区' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 3);
    expect(f.calls).toHaveLength(1);
    expect(session.getView()).toMatchObject({ dirty: true, inFlight: true });
    f.calls[0]!.resolve(made(draft()));
    await settle();
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(f.last('story.save')).toMatchObject({ input: { id: 'new-1', baseRevision: rev(1), story: { headline: '社区义诊进小区' } } });
    f.last('story.save')!.resolve({ revision: rev(2), updatedAt: '2026-12-06T10:00:01.000Z', file: 'new-1.bstory' });
    await settle();
    expect(session.getView()).toMatchObject({ dirty: false, file: 'new-1.bstory', phase: { kind: 'ok' } });
  });

  it('left before its file was written, with nothing typed: removed once it is written', async () => {
    const f = fakeApi();
    const session = f.manager.createNew(draft());
    f.manager.activate(session.id);
    f.manager.activate('another-story');
    expect(f.calls.map((c) => c.name)).toEqual(['story.create']);
    f.calls[0]!.resolve(made(draft(), 5));
    await settle();
    expect(f.last('story.discardUntouched')).toMatchObject({ input: { id: 'new-1', revision: rev(5) } });
    expect(f.manager.get('new-1')).toBeUndefined();
  });

  it('left after typing: kept and saved, never removed', async () => {
    const f = fakeApi();
    const session = f.manager.createNew(draft());
    f.manager.activate(session.id);
    session.edit({ ...session.getView().latest, kicker: '引题' });
    f.manager.activate('another-story');
    f.calls[0]!.resolve(made(draft()));
    await settle();
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(f.last('story.save')).toMatchObject({ input: { baseRevision: rev(1), story: { kicker: '引题' } } });
    expect(f.last('story.discardUntouched')).toBeUndefined();
  });

  it('a making refused is said once, tried again with what was typed, and the all-clear is told', async () => {
    const f = fakeApi();
    const told: unknown[] = [];
    const session = f.manager.createNew(draft(), (e) => told.push(e));
    f.manager.activate(session.id);
    f.calls[0]!.reject({ code: 'io', message: 'no space left on the disk', fault: 'disk-full' });
    await settle();
    expect(told).toEqual([expect.objectContaining({ code: 'io' })]);
    expect(session.getView()).toMatchObject({ dirty: true, phase: { kind: 'retrying' } });
    session.edit({ ...session.getView().latest, headline: '写在满盘时' });
    // tried again after the retry pause: refused again, said no second time
    await vi.advanceTimersByTimeAsync(OWN_RETRY_MS);
    expect(f.calls.filter((c) => c.name === 'story.create')).toHaveLength(2);
    f.last('story.create')!.reject({ code: 'io', message: 'no space left on the disk', fault: 'disk-full' });
    await settle();
    expect(told).toHaveLength(1);
    // the third try makes the file, then saves the text typed meanwhile on its revision
    await vi.advanceTimersByTimeAsync(OWN_RETRY_MS);
    expect(f.calls.filter((c) => c.name === 'story.create')).toHaveLength(3);
    f.last('story.create')!.resolve(made(draft(), 3));
    await settle();
    expect(told).toEqual([expect.objectContaining({ code: 'io' }), undefined]);
    expect(f.last('story.save')).toMatchObject({ input: { baseRevision: rev(3), story: { headline: '写在满盘时' } } });
    // the save refused: the file exists now, so the next try saves again rather than making it a second time
    f.last('story.save')!.reject({ code: 'io', message: 'no space left on the disk', fault: 'disk-full' });
    await settle();
    await vi.advanceTimersByTimeAsync(OWN_RETRY_MS);
    expect(f.calls.filter((c) => c.name === 'story.create')).toHaveLength(3);
    expect(f.last('story.save')).toMatchObject({ input: { baseRevision: rev(3), story: { headline: '写在满盘时' } } });
    f.last('story.save')!.resolve({ revision: rev(4), updatedAt: '2026-12-06T10:00:09.000Z', file: 'new-1.bstory' });
    await settle();
    expect(session.getView()).toMatchObject({ dirty: false, phase: { kind: 'ok' }, latest: { headline: '写在满盘时' } });
    expect(f.manager.unsaved().size).toBe(0);
  });

  it('prepared ahead (its form made unseen): nothing is sent until it is asked for, and it is dated then', async () => {
    vi.setSystemTime(new Date('2026-12-06T08:00:00.000Z'));
    const f = fakeApi();
    const prepared = f.manager.prepareNew(newStory({}, { id: 'new-1' }));
    expect(prepared.getView().latest.createdAt).toBe('2026-12-06T08:00:00.000Z');
    await vi.advanceTimersByTimeAsync(60_000);
    expect(f.calls).toHaveLength(0);
    expect(f.manager.unsaved().size).toBe(0);
    vi.setSystemTime(new Date('2026-12-06T11:30:00.000Z'));
    const session = f.manager.startNew(prepared);
    f.manager.activate(session.id);
    expect(session).toBe(prepared);
    expect(f.calls).toHaveLength(1);
    expect(f.calls[0]).toMatchObject({ name: 'story.create', input: { id: 'new-1' } });
    // the form still holds the story as prepared: its edits are dated when it was asked for
    session.edit({ ...newStory({}, { id: 'new-1', now: new Date('2026-12-06T08:00:00.000Z') }), headline: '标题' });
    f.calls[0]!.resolve(made(newStory({}, { id: 'new-1' })));
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(f.last('story.save')).toMatchObject({ input: { story: { headline: '标题', createdAt: '2026-12-06T11:30:00.000Z' } } });
  });

  it('flush waits for the file to be made and for what was typed meanwhile', async () => {
    const f = fakeApi();
    const session = f.manager.createNew(draft());
    f.manager.activate(session.id);
    session.edit({ ...session.getView().latest, headline: '标题' });
    let flushed = false;
    void session.flush().then(() => (flushed = true));
    await settle();
    expect(flushed).toBe(false);
    f.calls[0]!.resolve(made(draft()));
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(flushed).toBe(false);
    f.last('story.save')!.resolve({ revision: rev(2), updatedAt: '2026-12-06T10:00:01.000Z', file: 'new-1.bstory' });
    await settle();
    expect(flushed).toBe(true);
  });
});
