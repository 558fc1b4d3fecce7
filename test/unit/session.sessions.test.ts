// The session manager over a desk answered by hand: settle before another part of the app writes, adoptWritten, letting go.
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
  const saved: string[] = [];
  const manager = new SessionManager(api, (story) => saved.push(story.headline));
  return { calls, manager, saved };
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
    expect(f.saved).toEqual(['新标题']);
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
    expect(f.saved).toEqual(['另一台电脑的版本']);
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
});
