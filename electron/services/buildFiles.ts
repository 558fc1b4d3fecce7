// The built renderer's files as both hosts serve them (the loopback host and Electron's app://): path segments, MIME types, the way-out checks.
import { promises as fs } from 'node:fs';
import path from 'node:path';

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

/** The MIME type a file of the build is served with (by its extension; unknown ones as bytes, never sniffed). */
export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
}

/** A request path turned into segments of a file inside the build, or the reason it is refused. */
export type BuildFileTarget = { segments: string[] } | { status: 400 | 404; reason: string };

/**
 * Reads a raw request path (never normalised by a URL parser, which would quietly resolve `..` and `%2e%2e`):
 * each segment is decoded once and must be a plain file name. `/` is `index.html`.
 */
export function buildFileTarget(rawPath: string): BuildFileTarget {
  if (!rawPath.startsWith('/') || rawPath.startsWith('//')) return { status: 400, reason: 'refused: not a path inside the app' };
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
    // no way up, no separators or drive letters (plain or encoded), no control characters (NUL)
    if (name === '' || name === '.' || name === '..' || /[\\/:\u0000-\u001f\u007f]/.test(name)) {
      return { status: 400, reason: 'refused: the path leaves the app or is not a plain file name' };
    }
    if (name.startsWith('.')) return { status: 404, reason: 'not found' };
    segments.push(name);
  }
  return { segments };
}

/** True when `inner` is `outer` itself or lies inside it. */
function isInside(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel));
}

/**
 * The real path of the file the segments name when it (links resolved) lies inside the build: null when it leads
 * out (a symlink inside the build that points elsewhere is refused like any other way out) or is not there. Only
 * realpath: Electron reads that from inside app.asar.
 */
export async function realPathInside(buildFolder: string, segments: readonly string[]): Promise<string | null> {
  try {
    const root = await fs.realpath(buildFolder);
    const wanted = path.resolve(root, ...segments);
    if (!isInside(root, wanted)) return null;
    const real = await fs.realpath(wanted);
    return isInside(root, real) && real !== root ? real : null;
  } catch {
    return null;
  }
}
