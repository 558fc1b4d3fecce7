// The library listing for the sidebar: loaded once, kept fresh from the library's events and from saves made here.
import { useCallback, useEffect, useState } from 'react';
import type { BulletinDeskApi, StorySummary } from '../../../shared/api';
import { useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { takeFirstListing, type LibraryNews } from '../shell/startup';
import { fromListing, markUnreadable, removeConflict, removeFile, upsertConflict, upsertStory, type LibraryModel } from './libraryModel';

/** The listing is read again on returning to the window at most this often. */
const RELIST_MIN_MS = 5000;

export interface LibraryState {
  model: LibraryModel | undefined;
  error: string | undefined;
  /** Changes whenever another program changed the library (a search is run again then). */
  outsideChanges: number;
  /** A story saved or made here (the library reports no event for the app's own writes). */
  upsert(summary: StorySummary): void;
  /** A file gone for a reason known here (moved aside). */
  remove(file: string): void;
  /** A sync conflict resolved here (the library reports no event for the app's own moves). */
  resolved(file: string): void;
}

export function useLibrary(api: BulletinDeskApi): LibraryState {
  const t = useT();
  const [model, setModel] = useState<LibraryModel | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [outsideChanges, setOutsideChanges] = useState(0);

  useEffect(() => {
    let live = true;
    // the listing asked for as the page started (once), with the library's events since; until a listing is in,
    // events are kept and applied on top of it (what it already shows changes nothing)
    const first = takeFirstListing(api);
    let waiting: LibraryNews[] | undefined = first?.newsSince() ?? [];
    const apply = (news: LibraryNews) => {
      if (waiting) return void waiting.push(news);
      setModel((m) => (m ? applyNews(m, news) : m));
      setOutsideChanges((n) => n + 1);
    };
    const offs = [
      api.on('story.added', (payload) => apply({ name: 'story.added', payload })),
      api.on('story.changed', (payload) => apply({ name: 'story.changed', payload })),
      api.on('story.removed', (payload) => apply({ name: 'story.removed', payload })),
      api.on('file.unreadable', (payload) => apply({ name: 'file.unreadable', payload })),
      api.on('conflict.found', (payload) => apply({ name: 'conflict.found', payload })),
      api.on('conflict.gone', (payload) => apply({ name: 'conflict.gone', payload })),
    ];
    const load = (asked = api.call('library.list', {})) =>
      asked.then(
        (listing) => {
          if (!live) return;
          const news = waiting ?? [];
          waiting = undefined;
          setModel(news.reduce(applyNews, fromListing(listing)));
          setError(undefined);
        },
        (e: unknown) => {
          waiting = undefined;
          if (live) setError(failureText(e, t));
        },
      );
    if (first) {
      // listed again once the sidebar is there: a file that came meanwhile and that another listing (the bulletins')
      // read first raises no event of its own, so the early listing alone could miss it for good
      void load(first.listing).then(() => (live ? load() : undefined));
    } else void load();
    // listed again when the window comes back to the front: what a watcher missed (a folder gone and back) shows up
    let lastLoad = Date.now();
    const again = () => {
      if (document.visibilityState !== 'visible' || Date.now() - lastLoad < RELIST_MIN_MS) return;
      lastLoad = Date.now();
      void load().then(() => live && setOutsideChanges((n) => n + 1));
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      live = false;
      for (const off of offs) off();
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [api, t]);

  const upsert = useCallback((summary: StorySummary) => setModel((m) => (m ? upsertStory(m, summary) : m)), []);
  const remove = useCallback((file: string) => setModel((m) => (m ? removeFile(m, { id: '', file }) : m)), []);
  const resolved = useCallback((file: string) => setModel((m) => (m ? removeConflict(m, file) : m)), []);
  return { model, error, outsideChanges, upsert, remove, resolved };
}

/** A library event applied to the listing. */
function applyNews(model: LibraryModel, news: LibraryNews): LibraryModel {
  if (news.name === 'story.removed') return removeFile(model, news.payload);
  if (news.name === 'file.unreadable') return markUnreadable(model, news.payload);
  if (news.name === 'conflict.found') return upsertConflict(model, news.payload);
  if (news.name === 'conflict.gone') return removeConflict(model, news.payload.file);
  return upsertStory(model, news.payload.summary);
}
