// The desk's first calls sent as the page starts (app.info, preferences, the listing) and handed to the app once, and the bridge's reading of an answer.
import { describe, expect, it } from 'vitest';
import type { BulletinDeskApi, StorySummary } from '../../shared/api';
import { readResult } from '../../renderer/src/bridge/readResult';
import { deskAtStart, deskIfIn, firstListingIfIn, startDesk, takeFirstListing } from '../../renderer/src/shell/startup';

const summary = (id: string): StorySummary => ({
  id,
  file: `${id}.story.json`,
  headline: id,
  kicker: '',
  status: 'draft',
  createdAt: '2026-06-01T00:00:00.000Z',
  updatedAt: '2026-06-01T00:00:00.000Z',
  characters: 0,
  revision: '0123456789abcdef',
});

/** An API whose calls are answered by hand, recording the order they were made in. */
function fakeDesk() {
  const made: string[] = [];
  const answers = new Map<string, (value: unknown) => void>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();
  const api = {
    call(name: string) {
      made.push(name);
      return new Promise((resolve) => answers.set(name, resolve));
    },
    on(name: string, listener: (payload: unknown) => void) {
      const set = listeners.get(name) ?? new Set();
      set.add(listener);
      listeners.set(name, set);
      return () => set.delete(listener);
    },
  } as unknown as BulletinDeskApi;
  const emit = (name: string, payload: unknown) => {
    for (const l of listeners.get(name) ?? []) l(payload);
  };
  const listening = (name: string) => listeners.get(name)?.size ?? 0;
  return { api, made, answers, emit, listening };
}

describe('the first calls', () => {
  it('are sent at once, handed over once, with the library news since the listing was asked for', async () => {
    const desk = fakeDesk();
    startDesk(desk.api);
    expect(desk.made).toEqual(['app.info', 'preferences.get', 'library.list']);
    expect(desk.listening('story.added')).toBe(1);
    startDesk(desk.api); // a second start sends nothing again
    expect(desk.made).toHaveLength(3);

    const listing = { folder: '/drafts', stories: [summary('a')], bulletins: [], unreadable: [] };
    desk.emit('story.added', { summary: summary('early') }); // while the listing is on its way: it may or may not show it
    expect(firstListingIfIn(desk.api)).toBeUndefined(); // not come yet: the desk's first frame waits for it
    desk.answers.get('library.list')?.(listing);
    await Promise.resolve();
    await Promise.resolve();
    // come before the app's script ran: its first frame shows it, and it is still there to be taken
    expect(firstListingIfIn(desk.api)).toEqual(listing);
    desk.emit('story.added', { summary: summary('b') });
    desk.emit('story.removed', { id: 'a', file: 'a.story.json' });

    const first = takeFirstListing(desk.api);
    expect(first).toBeDefined();
    await expect(first?.listing).resolves.toEqual(listing);
    expect(first?.newsSince()).toEqual([
      { name: 'story.added', payload: { summary: summary('early') } },
      { name: 'story.added', payload: { summary: summary('b') } },
      { name: 'story.removed', payload: { id: 'a', file: 'a.story.json' } },
    ]);
    // the sidebar listens itself from then on
    expect(desk.listening('story.added')).toBe(0);
    expect(takeFirstListing(desk.api)).toBeUndefined();
    expect(firstListingIfIn(desk.api)).toBeUndefined();

    expect(deskIfIn(desk.api)).toBeUndefined();
    desk.answers.get('app.info')?.({ version: '1', host: 'browser', language: 'zh-CN', libraryFolder: '/drafts' });
    desk.answers.get('preferences.get')?.({ language: 'zh-CN' });
    const [info, preferences] = await deskAtStart(desk.api);
    expect(deskIfIn(desk.api)).toEqual([info, preferences]);
    expect(deskIfIn(fakeDesk().api)).toBeUndefined();
    expect(info.language).toBe('zh-CN');
    expect(preferences).toEqual({ language: 'zh-CN' });
  });

  it('are asked for again by an app given another desk', async () => {
    const other = fakeDesk();
    expect(takeFirstListing(other.api)).toBeUndefined();
    const asked = deskAtStart(other.api);
    expect(other.made).toEqual(['app.info', 'preferences.get']);
    other.answers.get('app.info')?.({ version: '1', host: 'browser', language: 'en', libraryFolder: '/d' });
    other.answers.get('preferences.get')?.({});
    await expect(asked).resolves.toEqual([{ version: '1', host: 'browser', language: 'en', libraryFolder: '/d' }, {}]);
  });
});

describe('the bridge reads an answer', () => {
  it('as a value or a failure the renderer can show', () => {
    expect(readResult({ ok: true, value: { n: 1 } })).toEqual({ ok: true, value: { n: 1 } });
    expect(readResult({ ok: true, value: null })).toEqual({ ok: true, value: null });
    expect(readResult({ ok: false, error: { code: 'io', message: 'disk full', retrying: true, fault: 'disk-full' } })).toEqual({
      ok: false,
      error: { code: 'io', message: 'disk full', retrying: true, fault: 'disk-full' },
    });
  });

  it('and refuses what is not a Result', () => {
    for (const body of [
      null,
      'text',
      [],
      { ok: true },
      { ok: 'yes', value: 1 },
      { ok: false },
      { ok: false, error: { code: 'io' } },
      { ok: false, error: { code: 'boom', message: 'x' } },
      { ok: false, error: { code: 'io', message: 'x', fault: 'gremlins' } },
      { ok: false, error: { code: 'io', message: 'x', retrying: 'yes' } },
      { ok: false, error: { code: 'conflict', message: 'x', current: 'a story' } },
    ]) {
      expect(readResult(body), JSON.stringify(body)).toBeUndefined();
    }
  });
});
