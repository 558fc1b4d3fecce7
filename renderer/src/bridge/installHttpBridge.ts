// In a browser served by `bulletin serve`: defines window.bulletinDesk over fetch and one EventSource, with the run's token.
import type { BulletinDeskApi, CallInput, CallName, CallOutput, EventName, EventPayload } from '../../../shared/api';
import { ApiError } from '../../../shared/apiError';
import { readResult } from './readResult';

/** Where the token is kept for reloads of this tab (the address bar no longer shows it). */
const TOKEN_KEY = 'bulletin-desk-token';

const NO_TOKEN = 'this page has no access token: open the address that `bulletin serve` printed';
const HOST_GONE = 'the Bulletin Desk host does not answer: is `bulletin serve` still running?';

/**
 * Keeps the token in this tab's session storage once the page is idle (a new tab's first use of its storage cost
 * ≈ 9 ms of the start), or as the page goes away, whichever comes first, so a reload finds it.
 */
function keepForReloads(token: string): void {
  // this page's window, as it is now (the timer may fire after the page went away)
  const page = window;
  let kept = false;
  const keep = () => {
    if (kept) return;
    kept = true;
    page.removeEventListener('pagehide', keep);
    try {
      sessionStorage.setItem(TOKEN_KEY, token);
    } catch {
      // storage refused (private mode), or the page gone: a reload will need the printed address again
    }
  };
  page.addEventListener('pagehide', keep);
  if (typeof page.requestIdleCallback === 'function') page.requestIdleCallback(keep, { timeout: 2000 });
  else setTimeout(keep, 500);
}

/** Takes `#token=…` out of the address (kept in this tab's session storage for reloads); undefined when there is none. */
function takeToken(): string | undefined {
  const params = new URLSearchParams(location.hash.replace(/^#/, ''));
  const fromHash = params.get('token');
  if (fromHash) {
    params.delete('token');
    const rest = params.toString();
    history.replaceState(history.state, '', `${location.pathname}${location.search}${rest ? `#${rest}` : ''}`);
    keepForReloads(fromHash);
    return fromHash;
  }
  try {
    return sessionStorage.getItem(TOKEN_KEY) ?? undefined;
  } catch {
    return undefined;
  }
}

/** Turns a non-Result answer (a refusal in plain text, a proxy's page) into an ApiError for the user. */
async function failureOf(response: Response): Promise<ApiError> {
  if (response.status === 401) {
    return new ApiError({
      code: 'refused',
      message: 'this page’s access token is not valid any more: open the address that `bulletin serve` printed this time',
      reason: 'tokenExpired',
    });
  }
  const text = (await response.text().catch(() => '')).trim().slice(0, 200);
  const code = response.status >= 500 ? 'io' : 'refused';
  const message = text || `the host answered ${response.status}`;
  // the host's refusals in plain text, by their status: worded by the interface, the host's words kept for logs
  if (response.status === 413) return new ApiError({ code, message, reason: 'requestTooLarge', params: { mb: megabytesIn(text) } });
  if (response.status === 408) return new ApiError({ code, message, reason: 'requestTooSlow', params: { seconds: secondsIn(text) } });
  return new ApiError({ code, message, reason: 'hostAnswered', params: { status: response.status } });
}

/** The number before "MB" in the host's refusal of a large request ("larger than 64 MB"). */
function megabytesIn(text: string): number {
  return Number(/(\d+(?:\.\d+)?) MB/.exec(text)?.[1] ?? 0);
}

/** The number before " s" in the host's refusal of a slow request ("after 30 s"). */
function secondsIn(text: string): number {
  return Number(/(\d+(?:\.\d+)?) s\b/.exec(text)?.[1] ?? 0);
}

/** How long the first call waits for the event stream to connect, so that no event of that call is missed. */
const STREAM_WAIT_MS = 3000;

/** A call body this short (at most 48 KB in UTF-8) is sent `keepalive`, so it reaches the host even as the page closes. */
const KEEPALIVE_MAX_CHARS = 16_000;

/**
 * The page's first reads, which make no event of their own: they go at once, not after the event stream (queued
 * behind the page's scripts) has connected. What changes in the library meanwhile is caught by the sidebar's
 * second listing, made once it is drawn (useLibrary).
 */
const READS_WITHOUT_EVENTS: ReadonlySet<string> = new Set(['app.info', 'preferences.get', 'library.list']);

function httpApi(token: string | undefined): BulletinDeskApi {
  type Listener = (payload: unknown) => void;
  const listeners = new Map<string, Set<Listener>>();
  // the one stream of events, opened at once (it reconnects by itself, and the host replays what was missed)
  const source = token === undefined ? undefined : new EventSource(`/api/events?token=${encodeURIComponent(token)}`);
  const streamReady = new Promise<void>((resolve) => {
    if (!source) return resolve();
    source.addEventListener('open', () => resolve(), { once: true });
    source.addEventListener('error', () => resolve(), { once: true });
    setTimeout(resolve, STREAM_WAIT_MS);
  });

  const listenersOf = (name: string): Set<Listener> => {
    let set = listeners.get(name);
    if (set) return set;
    set = new Set();
    listeners.set(name, set);
    source?.addEventListener(name, (event) => {
      let payload: unknown;
      try {
        payload = JSON.parse((event as MessageEvent<string>).data);
      } catch {
        return;
      }
      for (const listener of [...(listeners.get(name) ?? [])]) {
        try {
          listener(payload);
        } catch (e) {
          reportError(e);
        }
      }
    });
    return set;
  };

  return {
    async call<N extends CallName>(name: N, input: CallInput<N>): Promise<CallOutput<N>> {
      if (token === undefined) throw new ApiError({ code: 'refused', message: NO_TOKEN, reason: 'noToken' });
      if (!READS_WITHOUT_EVENTS.has(name)) await streamReady;
      let response: Response;
      try {
        const body = JSON.stringify(input ?? {});
        response = await fetch(`/api/call/${encodeURIComponent(name)}`, {
          method: 'POST',
          headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
          body,
          // a small call outlives the page (the last save, a new story left untouched, sent as the tab closes);
          // the browser allows 64 KB of such bodies at once
          keepalive: body.length < KEEPALIVE_MAX_CHARS,
          cache: 'no-store',
          credentials: 'omit',
        });
      } catch {
        throw new ApiError({ code: 'io', message: HOST_GONE, reason: 'hostGone' });
      }
      const isJson = (response.headers.get('Content-Type') ?? '').startsWith('application/json');
      const result = isJson ? readResult(await response.json().catch(() => null)) : undefined;
      if (!result) throw await failureOf(response);
      if (!result.ok) throw new ApiError(result.error);
      return result.value as CallOutput<N>;
    },
    on<N extends EventName>(name: N, listener: (payload: EventPayload<N>) => void): () => void {
      const set = listenersOf(name);
      const entry = listener as Listener;
      set.add(entry);
      return () => {
        set.delete(entry);
      };
    },
  };
}

/**
 * Defines `window.bulletinDesk` for a page served by the loopback host. Does nothing where it is defined
 * already (Electron's preload), so the renderer calls it first thing whatever hosts it.
 */
export function installHttpBridge(): void {
  const target = window as unknown as { bulletinDesk?: BulletinDeskApi };
  if (target.bulletinDesk !== undefined) return;
  Object.defineProperty(window, 'bulletinDesk', { value: httpApi(takeToken()), enumerable: true, writable: false, configurable: false });
}
