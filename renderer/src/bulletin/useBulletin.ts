// One open bulletin: read with its revision, its stories read one by one, and every change saved in turn on the revision.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Bulletin } from '../../../shared/bulletin';
import type { Story } from '../../../shared/story';
import { useT } from '../i18n/index';
import { failureOf, failureText } from '../shell/errors';

/** A story of the page as read from the library. */
export type PageStory = { kind: 'reading' } | { kind: 'ok'; story: Story } | { kind: 'missing' } | { kind: 'unreadable'; reason: string };

/** What the view says about saving: nothing yet, saved, a failure kept here, or a conflict that was read again. */
type SaveNote = { kind: 'none' } | { kind: 'saved' } | { kind: 'failed'; reason: string } | { kind: 'conflict' };

export interface BulletinState {
  bulletin: Bulletin | undefined;
  loadError: string | undefined;
  stories: ReadonlyMap<string, PageStory>;
  note: SaveNote;
  /** Changes the bulletin here at once and saves it (after any save under way). */
  update(change: (b: Bulletin) => Bulletin): void;
  /** After the service changed it (marked filed): the bulletin as answered, and every story read again. */
  replace(bulletin: Bulletin, revision: string): void;
  /** Reads these stories again (all of the page when none given). */
  reread(ids?: readonly string[]): void;
  /** Resolves when every change made so far was saved (or failed). */
  settled(): Promise<void>;
  /** True while a change made here is not on disk (a save the disk refused, tried again by itself). */
  hasUnsaved(): boolean;
}

/** A save the disk refused is tried again by itself, after a growing wait (even once the view is closed). */
const RETRY_FIRST_MS = 2000;
const RETRY_MAX_MS = 15000;

export function useBulletin(api: BulletinDeskApi, id: string, flush: (() => Promise<boolean>) | undefined): BulletinState {
  const t = useT();
  const [bulletin, setBulletin] = useState<Bulletin | undefined>(undefined);
  const [loadError, setLoadError] = useState<string | undefined>(undefined);
  const [stories, setStories] = useState<ReadonlyMap<string, PageStory>>(new Map());
  const [note, setNote] = useState<SaveNote>({ kind: 'none' });
  const revision = useRef('');
  const latest = useRef<Bulletin | undefined>(undefined);
  const onDisk = useRef<Bulletin | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const live = useRef(true);
  const retryDelay = useRef(RETRY_FIRST_MS);
  const retryTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  /** The changes made here that are not on disk yet, in order (made again on a newer version after the view closed). */
  const pending = useRef<Array<(b: Bulletin) => Bulletin>>([]);

  const readStories = useCallback(
    async (ids: readonly string[]) => {
      const unique = [...new Set(ids)];
      const read = await Promise.all(
        unique.map(async (storyId): Promise<[string, PageStory]> => {
          try {
            return [storyId, { kind: 'ok', story: (await api.call('story.read', { id: storyId })).story }];
          } catch (e) {
            const failure = failureOf(e);
            return [storyId, failure.code === 'not-found' ? { kind: 'missing' } : { kind: 'unreadable', reason: failureText(e, t) }];
          }
        }),
      );
      if (!live.current) return;
      setStories((old) => {
        const next = new Map(old);
        for (const [storyId, page] of read) next.set(storyId, page);
        return next;
      });
    },
    [api, t],
  );

  const show = useCallback((b: Bulletin, rev: string) => {
    revision.current = rev;
    latest.current = b;
    onDisk.current = b;
    setBulletin(b);
  }, []);

  const load = useCallback(async () => {
    const read = await api.call('bulletin.read', { id });
    if (!live.current) return;
    show(read.bulletin, read.revision);
    setLoadError(undefined);
    await readStories(read.bulletin.stories);
  }, [api, id, readStories, show]);

  useEffect(() => {
    live.current = true;
    // the open story's last edits reach the disk first: the page is read from the files
    void (flush ? flush() : Promise.resolve(true)).then(load).catch((e: unknown) => live.current && setLoadError(failureText(e, t)));
    return () => {
      live.current = false;
    };
  }, [flush, load, t]);

  // stories changed by another program, or back in the library
  const pageIds = useRef<ReadonlySet<string>>(new Set());
  pageIds.current = new Set(bulletin?.stories ?? []);
  useEffect(() => {
    const mine = (storyId: string) => pageIds.current.has(storyId);
    const offs = [
      api.on('story.changed', ({ summary }) => mine(summary.id) && void readStories([summary.id])),
      api.on('story.added', ({ summary }) => mine(summary.id) && void readStories([summary.id])),
      api.on('story.removed', ({ id: storyId }) => mine(storyId) && void readStories([storyId])),
    ];
    return () => offs.forEach((off) => off());
  }, [api, readStories]);

  const saveLatest = useCallback(async () => {
    const wanted = latest.current;
    if (!wanted || wanted === onDisk.current) return;
    const sent = pending.current.length;
    try {
      const saved = await api.call('bulletin.save', { id, bulletin: wanted, baseRevision: revision.current });
      revision.current = saved.revision;
      onDisk.current = wanted;
      pending.current.splice(0, sent);
      retryDelay.current = RETRY_FIRST_MS;
      if (live.current) setNote({ kind: 'saved' });
    } catch (e) {
      const failure = failureOf(e);
      if (failure.code !== 'conflict') {
        if (live.current) setNote({ kind: 'failed', reason: failureText(e, t) });
        // the change is kept here and tried again by itself, so closing the view loses nothing
        clearTimeout(retryTimer.current);
        retryTimer.current = setTimeout(() => {
          queue.current = queue.current.then(saveAgain.current, saveAgain.current);
        }, retryDelay.current);
        retryDelay.current = Math.min(retryDelay.current * 2, RETRY_MAX_MS);
        return;
      }
      const read = await api.call('bulletin.read', { id });
      if (!live.current) {
        // the view was closed meanwhile (a retry after a disk fault): nobody can be told, so the changes are made again on the newer version
        revision.current = read.revision;
        onDisk.current = read.bulletin;
        latest.current = pending.current.reduce((b, change) => change(b), read.bulletin);
        queue.current = queue.current.then(saveAgain.current, saveAgain.current);
        return;
      }
      // someone else's version wins the file: shown as it is now, and the reporter told
      pending.current = [];
      show(read.bulletin, read.revision);
      setNote({ kind: 'conflict' });
      await readStories(read.bulletin.stories);
    }
  }, [api, id, readStories, show, t]);

  const saveAgain = useRef(saveLatest);
  saveAgain.current = saveLatest;

  const update = useCallback(
    (change: (b: Bulletin) => Bulletin) => {
      const base = latest.current;
      if (!base) return;
      const next = change(base);
      if (next === base) return;
      latest.current = next;
      pending.current.push(change);
      setBulletin(next);
      const missing = next.stories.filter((s) => !base.stories.includes(s));
      if (missing.length > 0) {
        setStories((old) => new Map([...old, ...missing.map((s): [string, PageStory] => [s, { kind: 'reading' }])]));
        void readStories(missing);
      }
      queue.current = queue.current.then(saveLatest, saveLatest);
    },
    [readStories, saveLatest],
  );

  const replace = useCallback(
    (b: Bulletin, rev: string) => {
      pending.current = [];
      show(b, rev);
      void readStories(b.stories);
    },
    [readStories, show],
  );

  const reread = useCallback((ids?: readonly string[]) => void readStories(ids ?? latest.current?.stories ?? []), [readStories]);

  const settled = useCallback(() => queue.current, []);

  const hasUnsaved = useCallback(() => pending.current.length > 0, []);

  return { bulletin, loadError, stories, note, update, replace, reread, settled, hasUnsaved };
}
