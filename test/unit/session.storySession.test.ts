// The story session and the disk: conflicts, reload theirs / keep mine / keep both, removal, IME-safe reloads.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { GONE_RECHECK_MS, MAX_WAIT_MS } from '../../renderer/src/session/saveTypes';
import { fakeDesk, opened, rev, settle } from './helpers/fakeDesk';

describe('the story session and its file', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });
  it('a conflict answer with the same text as here adopts the revision; a different one asks the user', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'mine' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.reject({
      code: 'conflict',
      message: 'changed',
      current: { story: { ...base, headline: 'mine', updatedAt: 'z' }, revision: rev(9), file: 'a.story.json' },
    });
    await settle();
    expect(d.session.getView()).toMatchObject({ phase: { kind: 'ok' }, dirty: false });

    d.session.edit({ ...base, headline: 'mine 2' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(d.saves[1]!.base).toBe(rev(9));
    const theirs = { story: { ...base, headline: 'theirs' }, revision: rev(10), file: 'a.story.json' };
    d.saves[1]!.reject({ code: 'conflict', message: 'changed', current: theirs });
    await settle();
    expect(d.session.getView().phase).toEqual({ kind: 'conflict', current: theirs });
    // edits go on being kept, not saved, until the user chooses
    d.session.edit({ ...base, headline: 'mine 3' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 2);
    expect(d.saves).toHaveLength(2);
    expect(d.session.getView().latest.headline).toBe('mine 3');
  });

  it('keep mine saves on the disk’s revision', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'mine' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.reject({
      code: 'conflict',
      message: 'c',
      current: { story: { ...base, headline: 'theirs' }, revision: rev(7), file: 'a.story.json' },
    });
    await settle();
    d.session.keepMine();
    expect(d.saves[1]).toMatchObject({ base: rev(7), story: { headline: 'mine' } });
  });

  it('reload theirs remounts the form with their text', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'mine' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.reject({
      code: 'conflict',
      message: 'c',
      current: { story: { ...base, headline: 'theirs' }, revision: rev(7), file: 'a.story.json' },
    });
    await settle();
    const key = d.session.getView().formKey;
    d.session.reloadTheirs();
    expect(d.session.getView()).toMatchObject({ formKey: key + 1, formStory: { headline: 'theirs' }, dirty: false, notice: 'reloaded' });
  });

  it('keep both saves my text as a new story and takes theirs here', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'mine' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.reject({
      code: 'conflict',
      message: 'c',
      current: { story: { ...base, headline: 'theirs' }, revision: rev(7), file: 'a.story.json' },
    });
    await settle();
    const answer = d.session.keepBoth();
    expect(d.asNew[0]!.story.headline).toBe('mine');
    const created = { story: { ...base, id: 'story-2', headline: 'mine' }, revision: rev(20), file: 'b.story.json' };
    d.asNew[0]!.resolve(created);
    expect(await answer).toBe(created);
    expect(d.session.getView()).toMatchObject({ formStory: { headline: 'theirs' }, dirty: false });
  });

  it('a change on disk with no edits here reloads, but never during a composition', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.setComposing(true);
    d.session.onExternalChange(rev(8));
    d.reads[0]!.resolve({ story: { ...base, headline: 'theirs' }, revision: rev(8), file: 'a.story.json' });
    await settle();
    await vi.advanceTimersByTimeAsync(500);
    expect(d.session.getView().formKey).toBe(0);
    d.setComposing(false);
    await vi.advanceTimersByTimeAsync(100);
    expect(d.session.getView()).toMatchObject({ formKey: 1, formStory: { headline: 'theirs' }, notice: 'reloaded' });
    d.session.edit({ ...base, headline: 'theirs!' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(d.saves[0]!.base).toBe(rev(8));
  });

  it('a composition that ends with an edit while a reload waits turns it into a conflict', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.setComposing(true);
    d.session.onExternalChange(rev(8));
    d.reads[0]!.resolve({ story: { ...base, headline: 'theirs' }, revision: rev(8), file: 'a.story.json' });
    await settle();
    d.setComposing(false);
    d.session.edit({ ...base, headline: '旧标题你好' });
    await vi.advanceTimersByTimeAsync(500);
    expect(d.session.getView()).toMatchObject({ formKey: 0, phase: { kind: 'conflict' }, latest: { headline: '旧标题你好' } });
  });

  it('its own revisions and the open revision are not changes', async () => {
    const d = fakeDesk(opened());
    d.session.onExternalChange(rev(1));
    expect(d.reads).toHaveLength(0);
    d.session.edit({ ...d.session.getView().latest, headline: 'x' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.saves[0]!.resolve({ revision: rev(2), updatedAt: 't', file: 'a.story.json' });
    await settle();
    d.session.onExternalChange(rev(2));
    expect(d.reads).toHaveLength(0);
  });

  it('a change reported while a save is on its way is looked at after the answer', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'x' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    d.session.onExternalChange(rev(8));
    expect(d.reads).toHaveLength(0);
    d.saves[0]!.reject({
      code: 'conflict',
      message: 'c',
      current: { story: { ...base, headline: 'theirs' }, revision: rev(8), file: 'a.story.json' },
    });
    await settle();
    expect(d.reads).toHaveLength(1);
    d.reads[0]!.resolve({ story: { ...base, headline: 'theirs' }, revision: rev(8), file: 'a.story.json' });
    await settle();
    expect(d.session.getView().phase.kind).toBe('conflict');
  });

  it('a removed file keeps the text here and keep mine saves it as a new story', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'x' });
    d.session.onRemoved();
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 2);
    expect(d.saves).toHaveLength(0);
    expect(d.session.getView()).toMatchObject({ phase: { kind: 'gone', reason: 'removed' }, latest: { headline: 'x' } });
    const answer = d.session.keepBoth();
    d.asNew[0]!.resolve({ story: { ...base, id: 'n', headline: 'x' }, revision: rev(3), file: 'n.story.json' });
    expect((await answer)?.story.id).toBe('n');
    expect(d.session.getView().dirty).toBe(false);
  });

  it('a file that comes back as it was (a drive plugged in again) takes the edits made meanwhile', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.onRemoved();
    d.session.edit({ ...base, headline: 'typed while it was away' });
    await vi.advanceTimersByTimeAsync(GONE_RECHECK_MS);
    expect(d.reads).toHaveLength(1);
    d.reads[0]!.reject({ code: 'not-found', message: 'gone' });
    await settle();
    expect(d.session.getView().phase.kind).toBe('gone');
    await vi.advanceTimersByTimeAsync(GONE_RECHECK_MS);
    d.reads[1]!.resolve({ ...opened(), story: base });
    await settle();
    expect(d.session.getView().phase.kind).toBe('ok');
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(d.saves[0]).toMatchObject({ base: rev(1), story: { headline: 'typed while it was away' } });
  });

  it('stops looking for a gone file once disposed', async () => {
    const d = fakeDesk(opened());
    d.session.onRemoved();
    d.session.dispose();
    await vi.advanceTimersByTimeAsync(GONE_RECHECK_MS * 3);
    expect(d.reads).toHaveLength(0);
  });

  it('a restore from the history reloads the form with the restored text on its revision, and is no change from elsewhere', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: 'written later' });
    const flushed = d.session.flush();
    d.saves[0]!.resolve({ revision: rev(2), updatedAt: '2024-05-08T08:10:00.000Z', file: 'a.story.json' });
    await flushed;
    expect(d.session.revision).toBe(rev(2));
    const restored = {
      story: { ...base, headline: '旧标题', updatedAt: '2024-05-08T08:11:00.000Z' },
      revision: rev(3),
      file: 'a.story.json',
    };
    d.session.adoptRestored(restored);
    expect(d.session.getView()).toMatchObject({
      formKey: 1,
      formStory: { headline: '旧标题' },
      latest: { headline: '旧标题' },
      dirty: false,
      phase: { kind: 'ok' },
      savedAt: restored.story.updatedAt,
    });
    expect(d.session.getView().notice).toBeUndefined();
    expect(d.session.revision).toBe(rev(3));
    // the watcher reporting the restore's own write reads nothing again
    d.session.onExternalChange(rev(3));
    expect(d.reads).toHaveLength(0);
    // the next edit saves on the restored revision
    d.session.edit({ ...restored.story, headline: '旧标题！' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS);
    expect(d.saves[1]).toMatchObject({ base: rev(3), story: { headline: '旧标题！' } });
  });

  it('a restore waits for a composition to end, and an edit made meanwhile becomes a conflict, not lost', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.setComposing(true);
    d.session.adoptRestored({ story: { ...base, headline: 'restored' }, revision: rev(4), file: 'a.story.json' });
    await vi.advanceTimersByTimeAsync(500);
    expect(d.session.getView().formKey).toBe(0);
    d.setComposing(false);
    d.session.edit({ ...base, headline: '正在输入的字' });
    await vi.advanceTimersByTimeAsync(500);
    expect(d.session.getView()).toMatchObject({
      formKey: 0,
      phase: { kind: 'conflict', current: { revision: rev(4) } },
      latest: { headline: '正在输入的字' },
    });
    d.session.reloadTheirs();
    expect(d.session.getView()).toMatchObject({ formKey: 1, formStory: { headline: 'restored' }, dirty: false });
  });

  it('a restore answered after more typing becomes a conflict that keeps the typing, and keep both leaves it there', async () => {
    const d = fakeDesk(opened());
    const base = d.session.getView().latest;
    d.session.edit({ ...base, headline: '恢复之后才打的字' });
    d.session.adoptRestored({ story: { ...base, headline: 'restored' }, revision: rev(4), file: 'a.story.json' });
    await vi.advanceTimersByTimeAsync(MAX_WAIT_MS * 2);
    expect(d.saves).toHaveLength(0);
    expect(d.session.getView()).toMatchObject({
      formKey: 0,
      phase: { kind: 'conflict', current: { revision: rev(4) } },
      latest: { headline: '恢复之后才打的字' },
    });
    const answer = d.session.keepBoth();
    d.session.edit({ ...base, headline: '恢复之后才打的字，还在打' });
    d.asNew[0]!.resolve({ story: { ...base, id: 'n', headline: '恢复之后才打的字' }, revision: rev(5), file: 'n.story.json' });
    expect((await answer)?.story.id).toBe('n');
    expect(d.session.getView()).toMatchObject({
      formKey: 0,
      dirty: true,
      phase: { kind: 'conflict' },
      latest: { headline: '恢复之后才打的字，还在打' },
    });
  });
});
