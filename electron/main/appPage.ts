// Which URLs are the app's own page: the IPC sender check and the filter for every request the page makes.
import path from 'node:path';

export interface AppPage {
  /** file:// URL of the built renderer's index.html (out/renderer/index.html). */
  indexFileUrl: string;
  /** The dev server's URL (electron-vite dev); only ever set when the app is not packaged. */
  devServerUrl?: string;
  /** Windows file paths compare without regard to case. */
  caseInsensitivePaths?: boolean;
}

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

/** The decoded path of a file: URL, or null when it does not decode (a stray `%`). */
function decodedPath(url: URL, caseInsensitive: boolean): string | null {
  try {
    const p = decodeURIComponent(url.pathname);
    if (p.includes('\0')) return null;
    return caseInsensitive ? p.toLowerCase() : p;
  } catch {
    return null;
  }
}

function devOrigin(page: AppPage): string | null {
  const dev = parse(page.devServerUrl);
  return dev && (dev.protocol === 'http:' || dev.protocol === 'https:') ? dev.origin : null;
}

/** True for the app's index.html (any hash or query), or a page of the dev server in development. */
export function isAppPageUrl(url: string | null | undefined, page: AppPage): boolean {
  const target = parse(url);
  if (!target || target.username || target.password) return false;
  if (target.protocol === 'file:') {
    const index = parse(page.indexFileUrl);
    if (!index || index.protocol !== 'file:' || target.host !== index.host) return false;
    const ci = page.caseInsensitivePaths ?? false;
    const a = decodedPath(target, ci);
    return a !== null && a === decodedPath(index, ci);
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
 * Every request the page makes: files of the built renderer, data: and blob: URLs, and the dev server (and its
 * websocket) in development. Nothing remote, and no other local file.
 */
export function isAllowedRequest(url: string, page: AppPage): boolean {
  const target = parse(url);
  if (!target) return false;
  switch (target.protocol) {
    case 'data:':
    case 'blob:':
    case 'devtools:':
      return true;
    case 'file:': {
      const index = parse(page.indexFileUrl);
      if (!index || index.protocol !== 'file:' || target.host !== index.host) return false;
      const ci = page.caseInsensitivePaths ?? false;
      const file = decodedPath(target, ci);
      const indexPath = decodedPath(index, ci);
      if (file === null || indexPath === null) return false;
      const folder = path.posix.dirname(indexPath) + '/';
      return file.startsWith(folder) && !file.slice(folder.length).split('/').includes('..');
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
