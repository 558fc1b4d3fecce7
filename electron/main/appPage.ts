// Which URLs are the app's own page (app://bulletin-desk/index.html): the IPC sender check and the filter for every request the page makes.
import { APP_INDEX_URL } from './appProtocol';

export interface AppPage {
  /** The page the window loads: app://bulletin-desk/index.html (APP_INDEX_URL), served by appProtocol.ts. */
  indexUrl: string;
  /** The dev server's URL (electron-vite dev); only ever set when the app is not packaged. */
  devServerUrl?: string;
}

/** The packaged app's page. */
export const APP_PAGE: AppPage = { indexUrl: APP_INDEX_URL };

/** The frame an IPC message came from, as Electron's WebFrameMain describes it. */
export interface SenderFrame {
  url: string;
  /** null for the top frame of the page. */
  parent: unknown;
}

function parse(url: string | null | undefined): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/** The app's own origin (app://bulletin-desk) from the page's index URL; null unless it is on the app scheme. */
function appIndex(page: AppPage): URL | null {
  const index = parse(page.indexUrl);
  return index && index.protocol === 'app:' && index.host !== '' && index.port === '' ? index : null;
}

/** True for an address on the app's own origin: the app scheme, its host, no port, no credentials. */
function onAppOrigin(target: URL, index: URL): boolean {
  return target.protocol === index.protocol && target.host === index.host && target.port === '' && !target.username && !target.password;
}

function devOrigin(page: AppPage): string | null {
  const dev = parse(page.devServerUrl);
  return dev && (dev.protocol === 'http:' || dev.protocol === 'https:') ? dev.origin : null;
}

/** True for the app's index.html (any hash or query), or a page of the dev server in development. Never a file: URL. */
export function isAppPageUrl(url: string | null | undefined, page: AppPage): boolean {
  const target = parse(url);
  if (!target || target.username || target.password) return false;
  if (target.protocol === 'app:') {
    const index = appIndex(page);
    return index !== null && onAppOrigin(target, index) && target.pathname === index.pathname;
  }
  const dev = devOrigin(page);
  return dev !== null && (target.protocol === 'http:' || target.protocol === 'https:') && target.origin === dev;
}

/** The IPC sender check: only the top frame of the app's own page may call the desk. */
export function isTrustedSender(frame: SenderFrame | null | undefined, page: AppPage): boolean {
  if (!frame || frame.parent !== null) return false;
  return isAppPageUrl(frame.url, page);
}

/**
 * Every request the page makes: the app's own origin (whose handler serves the built renderer's files only),
 * data: and blob: URLs, and the dev server (and its websocket) in development. Nothing remote, no local file.
 */
export function isAllowedRequest(url: string, page: AppPage): boolean {
  const target = parse(url);
  if (!target) return false;
  switch (target.protocol) {
    case 'data:':
    case 'blob:':
    case 'devtools:':
      return true;
    case 'app:': {
      const index = appIndex(page);
      return index !== null && onAppOrigin(target, index);
    }
    case 'http:':
    case 'https:':
    case 'ws:':
    case 'wss:': {
      const dev = parse(page.devServerUrl);
      if (!dev || devOrigin(page) === null) return false;
      return target.hostname === dev.hostname && target.port === dev.port && !target.username && !target.password;
    }
    default:
      return false;
  }
}
