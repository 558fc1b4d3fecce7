// The one live model of the library in the renderer: one listing at start, then the library's events (the app's own writes and other programs'); the story list and the bulletin list both read it.
import { useEffect, useState } from 'react';
import type { BulletinDeskApi, EventName } from '../../../shared/api';
import { useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { firstListingIfIn, LIBRARY_EVENTS, takeFirstListing, type LibraryNews } from '../shell/startup';
import { applyNews, fromListing, type LibraryModel } from './libraryModel';

/** The listing is read again on returning to the window at most this often. */
const RELIST_MIN_MS = 5000;

export interface LibraryState {
  model: LibraryModel | undefined;
  error: string | undefined;
  /** Changes whenever the library changed (a search is run again then). */
  changes: number;
}

export function useLibrary(api: BulletinDeskApi): LibraryState {
  const t = useT();
  // the listing asked for as the page started, when it is in by the first render (as it mostly is: it travels while
  // the app's script loads): the desk's first frame shows the library, and no second render of the desk follows
  const [shown] = useState(() => firstListingIfIn(api));
  const [model, setModel] = useState<LibraryModel | undefined>(() => (shown ? fromListing(shown) : undefined));
  // the failure as it came, worded at render (a change of language neither re-subscribes nor lists again)
  const [failed, setFailed] = useState<{ failure: unknown } | undefined>(undefined);
  const [changes, setChanges] = useState(shown ? 1 : 0);

  useEffect(() => {
    let live = true;
    // the listing asked for as the page started (once), with the library's events since; until a listing is in,
    // events are kept and applied on top of it (what it already shows changes nothing)
    const first = takeFirstListing(api);
    let waiting: LibraryNews[] | undefined = first?.newsSince() ?? [];
    const apply = (news: LibraryNews) => {
      if (waiting) return void waiting.push(news);
      setModel((m) => (m ? applyNews(m, news) : m));
      setChanges((n) => n + 1);
    };
    const offs = LIBRARY_EVENTS.map((name) => listen(api, name, apply));
    const load = (asked = api.call('library.list', {})) =>
      asked.then(
        (listing) => {
          if (!live) return;
          const news = waiting ?? [];
          waiting = undefined;
          // the listing the first render showed, with nothing new since: shown already
          if (listing === shown && news.length === 0) return;
          setModel(news.reduce(applyNews, fromListing(listing)));
          setChanges((n) => n + 1);
          setFailed(undefined);
        },
        (e: unknown) => {
          waiting = undefined;
          if (live) setFailed({ failure: e });
        },
      );
    void load(first?.listing);
    // listed again when the window comes back to the front: what a watcher missed (a folder gone and back, a network
    // share written from another computer) shows up; events arriving meanwhile are applied on top of it
    let lastLoad = Date.now();
    const again = () => {
      if (document.visibilityState !== 'visible' || Date.now() - lastLoad < RELIST_MIN_MS) return;
      lastLoad = Date.now();
      waiting ??= [];
      void load();
    };
    window.addEventListener('focus', again);
    document.addEventListener('visibilitychange', again);
    return () => {
      live = false;
      for (const off of offs) off();
      window.removeEventListener('focus', again);
      document.removeEventListener('visibilitychange', again);
    };
  }, [api, shown]);

  return { model, error: failed ? failureText(failed.failure, t) : undefined, changes };
}

/** Listens to one library event as news for the model. */
function listen(api: BulletinDeskApi, name: EventName & LibraryNews['name'], apply: (news: LibraryNews) => void): () => void {
  return api.on(name, (payload) => apply({ name, payload } as LibraryNews));
}
