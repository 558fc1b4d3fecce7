// The desk's first calls (app.info, preferences, the library listing), sent at once as the page starts, before React and the app's script have loaded.
import type { BulletinDeskApi, CallOutput, EventPayload, Preferences } from '../../../shared/api';

type AppInfo = CallOutput<'app.info'>;

type Listing = CallOutput<'library.list'>;

/** A library event that came after the first listing was asked for, before the sidebar listened. */
export type LibraryNews = { [N in LibraryEvent]: { name: N; payload: EventPayload<N> } }[LibraryEvent];
type LibraryEvent =
  | 'story.added'
  | 'story.changed'
  | 'story.removed'
  | 'bulletin.added'
  | 'bulletin.changed'
  | 'bulletin.removed'
  | 'file.unreadable'
  | 'conflict.found'
  | 'conflict.gone';
/** Every event that changes the library's listing (the app's own writes and other programs' alike). */
export const LIBRARY_EVENTS: readonly LibraryEvent[] = [
  'story.added',
  'story.changed',
  'story.removed',
  'bulletin.added',
  'bulletin.changed',
  'bulletin.removed',
  'file.unreadable',
  'conflict.found',
  'conflict.gone',
];

export interface FirstListing {
  listing: Promise<Listing>;
  /** The listing once it has come (the desk's first frame can show it, instead of a frame without it). */
  listed?: Listing;
  /**
   * The library's events since the listing was asked for, in order (stops keeping them): applied on top of the
   * listing, what it already shows changes nothing and what it missed is added. Later ones go to the taker's own listeners.
   */
  newsSince(): LibraryNews[];
}

interface Started {
  api: BulletinDeskApi;
  /** app.info and the preferences (undefined when they cannot be read: the shell then uses the defaults). */
  desk: Promise<[AppInfo, Preferences | undefined]>;
  /** The same once they have come (the first frame can be the desk's, instead of a frame of the starting screen). */
  deskIn?: [AppInfo, Preferences | undefined];
  listing: FirstListing | undefined;
}

let started: Started | undefined;

/** Sends the first calls at once (call first thing, as soon as the bridge exists). */
export function startDesk(api: BulletinDeskApi): void {
  if (started) return;
  const desk = Promise.all([api.call('app.info', {}), api.call('preferences.get', {}).catch(() => undefined)]);
  desk.catch(() => undefined); // handled by the app when it takes it; never an unhandled rejection meanwhile
  // what changes meanwhile is kept for the sidebar, which listens only once the app's script ran
  const news: LibraryNews[] = [];
  const offs = LIBRARY_EVENTS.map((name) => api.on(name, (payload) => void news.push({ name, payload } as LibraryNews)));
  const listing = api.call('library.list', {});
  const first: FirstListing = {
    listing,
    newsSince() {
      for (const off of offs.splice(0)) off();
      return news.splice(0);
    },
  };
  listing.then(
    (listed) => void (first.listed = listed),
    () => undefined,
  );
  const now: Started = { api, desk, listing: first };
  desk.then(
    (answers) => void (now.deskIn = answers),
    () => undefined,
  );
  started = now;
}

/** app.info and the preferences asked for at the start (asked now if the start did not). */
export function deskAtStart(api: BulletinDeskApi): Promise<[AppInfo, Preferences | undefined]> {
  if (started?.api === api) return started.desk;
  return Promise.all([api.call('app.info', {}), api.call('preferences.get', {}).catch(() => undefined)]);
}

/** app.info and the preferences asked for at the start, if they have come. */
export function deskIfIn(api: BulletinDeskApi): [AppInfo, Preferences | undefined] | undefined {
  return started?.api === api ? started.deskIn : undefined;
}

/** The listing asked for at the start if it has come and was not taken yet; it stays to be taken. */
export function firstListingIfIn(api: BulletinDeskApi): Listing | undefined {
  return started?.api === api ? started.listing?.listed : undefined;
}

/** The listing asked for at the start, once (undefined after that: the sidebar asks again itself). */
export function takeFirstListing(api: BulletinDeskApi): FirstListing | undefined {
  if (started?.api !== api || !started.listing) return undefined;
  const first = started.listing;
  started.listing = undefined;
  return first;
}
