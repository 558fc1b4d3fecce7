// Just enough of a browser page, in Node, for the HTTP bridge: window, location, history, sessionStorage, fetch, EventSource.
import { sseParser } from './hostClient';

type Handler = (event: { type: string; data?: string; lastEventId?: string }) => void;

/** An EventSource over Node's fetch: connects once, dispatches `open`, each named event, and `error`; no reconnection. */
class NodeEventSource {
  private readonly handlers = new Map<string, Set<Handler>>();
  private readonly abort = new AbortController();
  readyState = 0;

  constructor(
    readonly url: string,
    baseFetch: typeof fetch,
  ) {
    void this.connect(baseFetch);
  }

  private async connect(baseFetch: typeof fetch): Promise<void> {
    try {
      const res = await baseFetch(this.url, { signal: this.abort.signal, headers: { accept: 'text/event-stream' } });
      if (res.status !== 200 || !res.body) throw new Error(`status ${res.status}`);
      this.readyState = 1;
      this.dispatch({ type: 'open' });
      const parse = sseParser((m) => this.dispatch({ type: m.event, data: m.data, ...(m.id ? { lastEventId: m.id } : {}) }));
      for await (const chunk of res.body.pipeThrough(new TextDecoderStream())) parse(chunk);
    } catch {
      if (this.abort.signal.aborted) return;
    }
    this.readyState = 2;
    this.dispatch({ type: 'error' });
  }

  private dispatch(event: Parameters<Handler>[0]): void {
    for (const h of [...(this.handlers.get(event.type) ?? [])]) h(event);
  }

  addEventListener(type: string, handler: Handler, options?: { once?: boolean }): void {
    const set = this.handlers.get(type) ?? new Set();
    this.handlers.set(type, set);
    const entry: Handler = options?.once
      ? (e) => {
          set.delete(entry);
          handler(e);
        }
      : handler;
    set.add(entry);
  }

  close(): void {
    this.readyState = 2;
    this.abort.abort();
  }
}

export interface BrowserShim {
  /** The page's window, where the bridge defines `bulletinDesk`. */
  window: Record<string, unknown>;
  location: { pathname: string; search: string; hash: string };
  /** The addresses given to history.replaceState, in order. */
  replacedUrls: string[];
  sessionStorage: Map<string, string>;
  eventSources: NodeEventSource[];
  /** Reports passed to `reportError` (a listener that threw). */
  reportedErrors: unknown[];
  /** Opens the page again in the same tab: a fresh window, the same session storage, a new address. */
  reload(address: string): void;
  /** Puts Node's globals back and closes the event streams. */
  restore(): void;
}

/**
 * Loads the renderer's bridge at run time. The path is not a literal on purpose: the bridge is DOM code,
 * type-checked by the renderer's tsconfig, and must not enter the Node-side type check through a test.
 */
export async function loadHttpBridge(): Promise<{ installHttpBridge(): void }> {
  const bridge: string = '../../../renderer/src/bridge/installHttpBridge';
  return (await import(/* @vite-ignore */ bridge)) as { installHttpBridge(): void };
}

const GLOBALS = ['window', 'location', 'history', 'sessionStorage', 'fetch', 'EventSource', 'reportError'] as const;

/** Installs the globals of a page at `origin` + `address` (e.g. `/#token=…`). */
export function installBrowserShim(origin: string, address: string): BrowserShim {
  const g = globalThis as Record<string, unknown>;
  const saved = new Map(GLOBALS.map((name) => [name, Object.getOwnPropertyDescriptor(g, name)]));
  const nodeFetch = globalThis.fetch;
  const pageFetch = ((input: string, init?: RequestInit) => nodeFetch(new URL(input, origin), init)) as typeof fetch;

  const pageHide: Array<() => void> = [];
  const shim: BrowserShim = {
    window: {},
    location: { pathname: '/', search: '', hash: '' },
    replacedUrls: [],
    sessionStorage: new Map(),
    eventSources: [],
    reportedErrors: [],
    reload(next) {
      const url = new URL(next, origin);
      // the page going away: its pagehide listeners run first, as in a browser
      for (const listener of pageHide.splice(0)) listener();
      shim.window = {
        addEventListener: (type: string, listener: () => void) => void (type === 'pagehide' && pageHide.push(listener)),
        removeEventListener: (type: string, listener: () => void) => {
          const at = pageHide.indexOf(listener);
          if (type === 'pagehide' && at >= 0) pageHide.splice(at, 1);
        },
      };
      shim.location = { pathname: url.pathname, search: url.search, hash: url.hash };
      define('window', shim.window);
      define('location', shim.location);
    },
    restore() {
      for (const source of shim.eventSources) source.close();
      for (const [name, descriptor] of saved) {
        if (descriptor) Object.defineProperty(g, name, descriptor);
        else delete g[name];
      }
    },
  };
  const define = (name: string, value: unknown) => Object.defineProperty(g, name, { value, configurable: true, writable: true });

  define('history', {
    state: null,
    replaceState(_state: unknown, _title: string, url: string) {
      shim.replacedUrls.push(url);
      shim.location.hash = new URL(url, origin).hash;
    },
  });
  define('sessionStorage', {
    getItem: (key: string) => shim.sessionStorage.get(key) ?? null,
    setItem: (key: string, value: string) => void shim.sessionStorage.set(key, value),
  });
  define('fetch', pageFetch);
  define(
    'EventSource',
    class extends NodeEventSource {
      constructor(url: string) {
        super(new URL(url, origin).href, nodeFetch);
        shim.eventSources.push(this);
      }
    },
  );
  define('reportError', (e: unknown) => void shim.reportedErrors.push(e));
  shim.reload(address);
  return shim;
}
