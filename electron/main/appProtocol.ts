// The app:// scheme the window loads from: which files an address names, and the handler serving the built renderer with the CSP.
import { promises as fs } from 'node:fs';
import { CONTENT_SECURITY_POLICY } from '../../shared/contentSecurityPolicy';
import { buildFileTarget, contentTypeOf, realPathInside, type BuildFileTarget } from '../services/buildFiles';

export const APP_SCHEME = 'app';
const APP_HOST = 'bulletin-desk';
const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The page the window loads. */
export const APP_INDEX_URL = `${APP_ORIGIN}/index.html`;

/**
 * The scheme's privileges (Electron's CustomScheme privileges, registered before the app is ready): a standard
 * scheme (an origin, relative URLs, storage) in a secure context, with fetch. Not bypassCSP (the page's CSP holds),
 * not corsEnabled (no other origin may read it), no service workers, no streaming.
 */
// codeCache: V8 keeps the compiled script between starts (a reporter opens the app many times a day); Chromium does
// so for http(s) only unless a standard scheme asks
export const APP_SCHEME_PRIVILEGES = { standard: true, secure: true, supportFetchAPI: true, codeCache: true } as const;

/** What the handler reads of a request (Electron hands it a whole `Request`, its URL as Chromium canonicalised it). */
export type AppRequest = Pick<Request, 'method' | 'url'>;

/** An app:// address turned into the segments of a file inside the build, or the reason it is refused. */
export type AppFileTarget = BuildFileTarget;

/**
 * Reads the raw address (never normalised by a URL parser, which would quietly resolve `..` and `%2e%2e`): the
 * host must be the app's, and each path segment, decoded once, a plain file name. `/` is `index.html`.
 */
export function appFileTarget(url: string): AppFileTarget {
  if (typeof url !== 'string' || url.length > 8192) return { status: 400, reason: 'refused: not an app address' };
  const match = /^app:\/\/([^/?#\\]*)([^?#]*)/i.exec(url);
  if (!match) return { status: 400, reason: 'refused: not an app address' };
  if ((match[1] ?? '').toLowerCase() !== APP_HOST) return { status: 400, reason: 'refused: another host' };
  return buildFileTarget(match[2] || '/');
}

/** The headers of every answer: the page's CSP (the handler's own, not a meta tag's), no sniffing, no referrer. */
function headers(type: string, extra: Record<string, string> = {}): Headers {
  return new Headers({
    'Content-Type': type,
    'Content-Security-Policy': CONTENT_SECURITY_POLICY,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
    ...extra,
  });
}

function refusal(status: number, reason: string, extra: Record<string, string> = {}): Response {
  return new Response(`${reason}\n`, { status, headers: headers('text/plain; charset=utf-8', extra) });
}

/** The file a target names when it (links resolved) is a regular file inside the build; null otherwise (never opened: Electron would extract it from app.asar). */
async function fileInside(buildFolder: string, segments: readonly string[]): Promise<{ file: string; size: number } | null> {
  const real = await realPathInside(buildFolder, segments);
  if (!real) return null;
  const stat = await fs.stat(real).catch(() => null);
  return stat?.isFile() ? { file: real, size: stat.size } : null;
}

/**
 * The handler for `protocol.handle('app', …)`: GET and HEAD of the built renderer's files (out/renderer) and
 * nothing else, each with its MIME type and the CSP; 404 for a file that is not there, 400 for a way out.
 * `buildFolder` is a file path, never decoded from a URL: `/opt/50% 测试/` works as well as any.
 */
export function createAppProtocolHandler(buildFolder: string): (request: AppRequest) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405, 'method not allowed', { Allow: 'GET, HEAD' });
    const target = appFileTarget(request.url);
    if ('status' in target) return refusal(target.status, target.reason);
    const found = await fileInside(buildFolder, target.segments);
    if (!found) return refusal(404, 'not found');
    const type = contentTypeOf(found.file);
    const extra: Record<string, string> = type.startsWith('text/html') ? { 'Cache-Control': 'no-store' } : {};
    if (request.method === 'HEAD')
      return new Response(null, { status: 200, headers: headers(type, { ...extra, 'Content-Length': String(found.size) }) });
    let bytes: Buffer;
    try {
      bytes = await fs.readFile(found.file);
    } catch {
      return refusal(404, 'not found');
    }
    const body = new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    return new Response(body, { status: 200, headers: headers(type, { ...extra, 'Content-Length': String(body.byteLength) }) });
  };
}
