// Serves the built renderer: only regular files whose real path lies inside the build folder, with strict headers.
import { constants, promises as fs } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { buildFileTarget, contentTypeOf, realPathInside } from '../services/buildFiles';
import { sendText } from './responses';

/** A script or stylesheet the build named after its content (`assets/name-HASH.js`): it never changes under that name. */
const HASHED_ASSET = /^[^/\\]+-[A-Za-z0-9_-]{8}\.(?:js|css)$/;

/**
 * index.html is never kept (it names the current build's files); a file named after its content is kept for a
 * year by the browser (a reload of the tab fetches only index.html); anything else is asked for again each time.
 */
export function cacheControlOf(segments: readonly string[], type: string): string {
  if (type.startsWith('text/html')) return 'no-store';
  if (segments.length === 2 && segments[0] === 'assets' && HASHED_ASSET.test(segments[1] ?? ''))
    return 'public, max-age=31536000, immutable';
  return 'no-cache';
}

/** Serves one file of the build folder for GET or HEAD. `buildFolder` is null when the renderer is not built. */
export async function serveStatic(req: IncomingMessage, res: ServerResponse, rawPath: string, buildFolder: string | null): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'method not allowed');
  }
  if (buildFolder === null)
    return sendText(res, 503, 'The app’s pages are not built: run `npm run build`, then start `bulletin serve` again.');
  const target = buildFileTarget(rawPath);
  if ('status' in target) return sendText(res, target.status, target.reason);

  const real = await realPathInside(buildFolder, target.segments);
  if (!real) return sendText(res, 404, 'not found');

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
