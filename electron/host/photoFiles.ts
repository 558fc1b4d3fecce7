// `GET /photos/<file>[?size=thumbnail]`: a library photo for the page's <img>, with the token (header or `?token=`) like the API.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch, type BulletinDeskService } from '../../shared/api';
import { PHOTO_CONTENT_TYPES, PHOTO_FILE_PATTERN, type PhotoFormat } from '../../shared/photo';
import { sendText } from './responses';

export const PHOTOS_PREFIX = '/photos/';

const STATUS_OF_ERROR: Record<string, number> = { invalid: 400, 'not-found': 404, unreadable: 422, refused: 409 };

/**
 * Serves one photo (already past the token, Host and Origin checks). Only a photo file's own name is taken (64
 * hex digits and its extension: never a path); its bytes are read through the desk, checked against their hash.
 * A photo never changes under its name, so the browser may keep it; `nosniff` and the content type of its format
 * (or JPEG for a thumbnail) keep it an image.
 */
export async function servePhoto(
  req: IncomingMessage,
  res: ServerResponse,
  rawPath: string,
  query: URLSearchParams,
  service: BulletinDeskService,
): Promise<void> {
  if (req.method !== 'GET' && req.method !== 'HEAD') {
    res.setHeader('Allow', 'GET, HEAD');
    return sendText(res, 405, 'method not allowed');
  }
  const file = rawPath.slice(PHOTOS_PREFIX.length);
  if (!PHOTO_FILE_PATTERN.test(file)) return sendText(res, 404, 'not found');
  const size = query.get('size') === 'thumbnail' ? 'thumbnail' : 'original';
  const result = await dispatch(service, 'photo.read', { file, size });
  if (!result.ok) return sendText(res, STATUS_OF_ERROR[result.error.code] ?? 500, result.error.message);
  const { base64, format } = result.value as { base64: string; format: PhotoFormat };
  const body = Buffer.from(base64, 'base64');
  res.statusCode = 200;
  res.setHeader('Content-Type', PHOTO_CONTENT_TYPES[format]);
  res.setHeader('Content-Length', body.length);
  res.setHeader('Cache-Control', 'private, max-age=31536000, immutable');
  res.end(req.method === 'HEAD' ? undefined : body);
}
