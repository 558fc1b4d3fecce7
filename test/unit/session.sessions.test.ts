// The session manager over a desk answered by hand: settle before another part of the app writes, adoptWritten, letting go, untouched new stories, its own saves told back.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { BulletinDeskApi, StoryWithRevision } from '../../shared/api';
import { SessionManager } from '../../renderer/src/session/sessions';
import { MAX_WAIT_MS } from '../../renderer/src/session/saveTypes';
import { opened, rev, settle } from './helpers/fakeDesk';

interface Call {
  name: string;
  input: unknown;
  resolve(value: unknown): void;
  reject(e: unknown): void;
}

function fakeApi() {
  const calls: Call[] = [];
  const api = {
    call: (name: string, input: unknown) => new Promise((resolve, reject) => calls.push({ name, input, resolve, reject })),
    on: () => () => {},
  } as unknown as BulletinDeskApi;
  const manager = new SessionManager(api);
  return { calls, manager };
}

async function openStory(f: ReturnType<typeof fakeApi>, story: StoryWithRevision = opened()) {
  const session = f.manager.open(story.story.id);
  f.calls.at(-1)!.resolve(story);
  return session;
}

describe('the session manager', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('settle: true for a story not open here, and once every edit is on disk', async () => {
    const f = fakeApi();
    expect(await f.manager.settle('elsewhere', 1000)).toBe(true);
    const session = await openStory(f);
    f.manager.activate(session.id);
    session.edit({ ...session.getView().latest, headline: '新标题' });
    const settled = f.manager.settle(session.id, 5000);
    const save = f.calls.at(-1)!;
    expect(save).toMatchObject({ name: 'story.save', input: { baseRevision: rev(1), story: { headline: '新标题' } } });
    save.resolve({ revision: rev(2), updatedAt: '2024-05-08T09:00:00.000Z', file: 'a.story.json' });
    expect(await settled).toBe(true);
    expect(f.manager.unsaved().size).toBe(0);
  });

  it('settle: false while an edit is not on disk (no answer in time, or a conflict)', async () => {
    const f = fakeApi();
    const session = await openStory(f);
    f.manager.activate(session.id);
    session.edit({ ...session.getView().latest, headline: 'mine' });
    const late = f.manager.settle(session.id, 1000);
    await vi.advanceTimersByTimeAsync(1000);
    expect(await late).toBe(false);
    expect([...f.manager.unsaved()]).toEqual([session.id]);
    f.calls.at(-1)!.reject({
      code: 'conflict',
      message: 'c',
      current: { ...opened(), story: { ...session.getView().latest, headline: 'theirs' }, revision: rev(7) },
    });
    await settle();
    expect(await f.manager.settle(session.id, 1000)).toBe(false);
    expect(session.getView()).toMatchObject({ phase: { kind: 'conflict' }, latest: { headline: 'mine' } });
  });

  it('adoptWritten: false when the story is not open; otherwise the form shows the written text', async () => {
    const f = fakeApi();
    expect(f.manager.adoptWritten({ ...opened(), revision: rev(3) })).toBe(false);
    const session = await openStory(f);
    f.manager.activate(session.id);
    const written = { ...opened(), story: { ...opened().story, headline: '另一台电脑的版本' }, revision: rev(3) };
    expect(f.manager.adoptWritten(written)).toBe(true);
    expect(session.getView()).toMatchObject({
      formKey: 1,
      formStory: { headline: '另一台电脑的版本' },
      dirty: false,
      phase: { kind: 'ok' },
    });
    expect(session.getView().notice).toBeUndefined();
    // the watcher's news of that write reads nothing
    const before = f.calls.length;
    f.manager.storyChanged({ summary: { id: session.id, revision: rev(3) } } as never);
    expect(f.calls).toHaveLength(before);
  });

  it('adoptWritten over edits not on disk makes a conflict that keeps them', async () => {
    const f = fakeApi();
    const session = await openStory(f);
    f.manager.activate(session.id);
    session.edit({ ...session.getView().latest, headline: 'typed meanwhile' });
    f.manager.adoptWritten({ ...opened(), story: { ...opened().story, headline: 'written' }, revision: rev(3) });
    expect(session.getView()).toMatchObject({
      formKey: 0,
      phase: { kind: 'conflict', current: { revision: rev(3) } },
      latest: { headline: 'typed meanwhile' },
    });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 2);
    expect(f.calls.filter((c) => c.name === 'story.save')).toHaveLength(0);
  });

  it('a story no longer shown is let go once its edits are on disk, and kept while they are not', async () => {
    const f = fakeApi();
    const session = await openStory(f);
    f.manager.activate(session.id);
    session.edit({ ...session.getView().latest, headline: 'x' });
    f.manager.activate(undefined); // another story shown: this one is sent at once
    const save = f.calls.at(-1)!;
    expect(save.name).toBe('story.save');
    expect(f.manager.get(session.id)).toBe(session);
    save.resolve({ revision: rev(2), updatedAt: '2024-05-08T09:00:00.000Z', file: 'a.story.json' });
    await settle();
    expect(f.manager.get(session.id)).toBeUndefined();
  });

  it('a new story left with nothing typed is discarded on its revision; one typed in is kept', async () => {
    const f = fakeApi();
    const fresh = f.manager.adopt({ ...opened(), story: { ...opened().story, id: 'new-1', headline: '' }, revision: rev(5) }, true);
    f.manager.activate(fresh.id);
    f.manager.activate('story-2'); // another story opened
    expect(f.calls.at(-1)).toMatchObject({ name: 'story.discardUntouched', input: { id: 'new-1', revision: rev(5) } });
    expect(f.manager.get('new-1')).toBeUndefined();

    const typed = f.manager.adopt({ ...opened(), story: { ...opened().story, id: 'new-2', headline: '' }, revision: rev(6) }, true);
    f.manager.activate(typed.id);
    typed.edit({ ...typed.getView().latest, headline: '一' });
    typed.edit({ ...typed.getView().latest, headline: '' }); // typed, then taken back: still a story the reporter typed in
    f.manager.leave();
    f.manager.activate('story-2');
    expect(f.calls.filter((c) => c.name === 'story.discardUntouched')).toHaveLength(1);
    expect(f.calls.at(-1)).toMatchObject({ name: 'story.save', input: { id: 'new-2' } });
  });

  it('a story opened from the library, or made by keep both, is never discarded, typed in or not', async () => {
    const f = fakeApi();
    const session = await openStory(f);
    f.manager.activate(session.id);
    const kept = f.manager.adopt({ ...opened(), story: { ...opened().story, id: 'kept-both' }, revision: rev(8) });
    f.manager.activate(kept.id);
    f.manager.leave();
    f.manager.activate(undefined);
    expect(f.calls.filter((c) => c.name === 'story.discardUntouched')).toHaveLength(0);
  });

  it('a new story changed on disk by another program before it is left is not discarded', async () => {
    const f = fakeApi();
    const fresh = f.manager.adopt({ ...opened(), story: { ...opened().story, id: 'new-3', headline: '' }, revision: rev(5) }, true);
    f.manager.activate(fresh.id);
    f.manager.storyChanged({ summary: { id: 'new-3', revision: rev(9) } } as never);
    f.calls.at(-1)!.resolve({ ...opened(), story: { ...opened().story, id: 'new-3', headline: '别处写的' }, revision: rev(9) });
    await settle();
    expect(fresh.getView().latest.headline).toBe('别处写的');
    f.manager.activate(undefined);
    expect(f.calls.filter((c) => c.name === 'story.discardUntouched')).toHaveLength(0);
  });

  it("the library's news of the session's own save, before or after its answer, is no change on disk", async () => {
    const f = fakeApi();
    const session = await openStory(f);
    f.manager.activate(session.id);
    session.edit({ ...session.getView().latest, headline: '我的稿子' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    const save = f.calls.at(-1)!;
    expect(save.name).toBe('story.save');
    // the event of this very save arrives before its answer (the host's event stream is quicker than the call)
    f.manager.storyChanged({ summary: { id: session.id, revision: rev(2) } } as never);
    save.resolve({ revision: rev(2), updatedAt: '2024-05-08T09:00:00.000Z', file: 'a.story.json' });
    await settle();
    // and once more after it
    f.manager.storyChanged({ summary: { id: session.id, revision: rev(2) } } as never);
    await vi.advanceTimersByTimeAsync(1000);
    expect(f.calls.filter((c) => c.name === 'story.read')).toHaveLength(1); // the opening read only
    expect(session.getView()).toMatchObject({ phase: { kind: 'ok' }, dirty: false, formKey: 0 });
    expect(session.getView().notice).toBeUndefined();
  });

  it('a change by another program heard while a save is on its way is still read after the answer', async () => {
    const f = fakeApi();
    const session = await openStory(f);
    f.manager.activate(session.id);
    session.edit({ ...session.getView().latest, headline: '我的' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    const save = f.calls.at(-1)!;
    f.manager.storyChanged({ summary: { id: session.id, revision: rev(7) } } as never);
    save.resolve({ revision: rev(2), updatedAt: '2024-05-08T09:00:00.000Z', file: 'a.story.json' });
    await settle();
    expect(f.calls.at(-1)).toMatchObject({ name: 'story.read' });
  });
});
