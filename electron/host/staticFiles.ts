// Serves the built renderer: only regular files whose real path lies inside the build folder, with strict headers.
import { constants, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import path from 'node:path';
import { sendText } from './responses';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

/** A request path turned into segments of a file inside the build, or the reason it is refused. */
export type StaticTarget = { segments: string[] } | { status: number; reason: string };

/**
 * Reads the raw request path (never normalised by a URL parser, which would quietly resolve `..`): each
 * segment is decoded once and must be a plain file name. `/` is `index.html`.
 */
export function staticTarget(rawPath: string): StaticTarget {
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) return { status: 400, reason: 'refused: not a path' };
  if (rawPath === '/') return { segments: ['index.html'] };
  const segments: string[] = [];
  const parts = rawPath.slice(1).split('/');
  for (const [i, part] of parts.entries()) {
    if (part === '' && i === parts.length - 1) return { status: 404, reason: 'not found' };
    let name: string;
    try {
      name = decodeURIComponent(part);
    } catch {
      return { status: 400, reason: 'refused: badly encoded path' };
    }
    // no way up, no separators or drive letters hidden in an encoded segment, no control characters (NUL)
    if (name === '' || name === '.' || name === '..' || /[\\/:\u0000-\u001f\u007f]/.test(name)) {
      return { status: 400, reason: 'refused: the path leaves the app or is not a plain file name' };
    }
    if (name.startsWith('.')) return { status: 404, reason: 'not found' };
    segments.push(name);
  }
  return { segments };
}

/** A script or stylesheet the build named after its content (`assets/name-HASH.js`): it never changes under that name. */
const HASHED_ASSET = /^[^/\\]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/;

/**
 * index.html is never kept (it names the current build's files); a file named after its content is kept for a
 * year by the browser (a reload of the tab fetches only index.html); anything else is asked for again each time.
 */
export function cacheControlOf(segments: readonly string[], type: string): string {
  if (type.startsWith('text/html')) return 'no-store';
  if (segments.length === 2 && segments[0] === 'assets' && HASHED_ASSET.test(segments[1] ?? '')) return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** True when `inner` is `outer` itself or lies inside it. */
export function isInside(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/** Serves one file of the build folder for GET or HEAD. `buildFolder` is null when the renderer is not built. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPath: string, buildFolder: string | null): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'method not allowed');
  }
  if (buildFolder === null) return sendText(res, 503, 'The app’s pages are not built: run `npm run build`, then start `bulletin serve` again.');
  const target = staticTarget(rawPath);
  if ('status' in target) return sendText(res, target.status, target.reason);

  let root: string;
  let real: string;
  try {
    root = await fs.realpath(buildFolder);
    const wanted = path.resolve(root, ...target.segments);
    if (!isInside(root, wanted)) return sendText(res, 400, 'refused: the path leaves the app');
    real = await fs.realpath(wanted);
  } catch {
    return sendText(res, 404, 'not found');
  }
  // a symlink inside the build that points elsewhere is refused like any other way out
  if (!isInside(root, real) || real === root) return sendText(res, 404, 'not found');

  let handle: fs.FileHandle;
  try {
    handle = await fs.open(real, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  } catch {
    return sendText(res, 404, 'not found');
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile()) return sendText(res, 404, 'not found');
    const type = contentTypeOf(real);
    res.statusCode = 200;
    res.setHeader('Content-Type', type);
    res.setHeader('Content-Length', stat.size);
    res.setHeader('Cache-Control', cacheControlOf(target.segments, type));
    if (req.method === 'HEAD') {
      res.end();
      return;
    }
    res.end(await handle.readFile());
  } finally {
    await handle.close();
  }
}
