// The library listing for the sidebar: loaded once, kept fresh from the library's events and from saves made here.
import { useCallback, useEffect, useState } from 'react';
import type { BulletinDeskApi, StorySummary } from '../../../shared/api';
import { failureOf } from '../shell/errors';
import { fromListing, markUnreadable, removeFile, upsertStory, type LibraryModel } from './libraryModel';

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
}

export function useLibrary(api: BulletinDeskApi): LibraryState {
  const [model, setModel] = useState<LibraryModel | undefined>(undefined);
  const [error, setError] = useState<string | undefined>(undefined);
  const [outsideChanges, setOutsideChanges] = useState(0);

  useEffect(() => {
    let live = true;
    const apply = (change: (m: LibraryModel) => LibraryModel) => {
      setModel((m) => (m ? change(m) : m));
      setOutsideChanges((n) => n + 1);
    };
    const offs = [
      api.on('story.added', ({ summary }) => apply((m) => upsertStory(m, summary))),
      api.on('story.changed', ({ summary }) => apply((m) => upsertStory(m, summary))),
      api.on('story.removed', (removed) => apply((m) => removeFile(m, removed))),
      api.on('file.unreadable', (file) => apply((m) => markUnreadable(m, file))),
    ];
    const load = () =>
      api.call('library.list', {}).then(
        (listing) => {
          if (!live) return;
          setModel(fromListing(listing));
          setError(undefined);
        },
        (e: unknown) => live && setError(failureOf(e).message),
      );
    void load();
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
  }, [api]);

  const upsert = useCallback((summary: StorySummary) => setModel((m) => (m ? upsertStory(m, summary) : m)), []);
  const remove = useCallback((file: string) => setModel((m) => (m ? removeFile(m, { id: '', file }) : m)), []);
  return { model, error, outsideChanges, upsert, remove };
}
