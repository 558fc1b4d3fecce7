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
  listing.catch(() => undefined);
  started = {
    api,
    desk,
    listing: {
      listing,
      newsSince() {
        for (const off of offs.splice(0)) off();
        return news.splice(0);
      },
    },
  };
}

/** app.info and the preferences asked for at the start (asked now if the start did not). */
export function deskAtStart(api: BulletinDeskApi): Promise<[AppInfo, Preferences | undefined]> {
  if (started?.api === api) return started.desk;
  return Promise.all([api.call('app.info', {}), api.call('preferences.get', {}).catch(() => undefined)]);
}

/** The listing asked for at the start, once (undefined after that: the sidebar asks again itself). */
export function takeFirstListing(api: BulletinDeskApi): FirstListing | undefined {
  if (started?.api !== api || !started.listing) return undefined;
  const first = started.listing;
  started.listing = undefined;
  return first;
}
