// `POST /api/call/<name>`: reads a bounded JSON body, runs the call through the contract's `dispatch`, answers its Result.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { dispatch, isCallName, type BulletinDeskService, type ErrorCode, type Result } from '../../shared/api';
import { sendJson, sendText } from './responses';

/** The largest request body accepted (a long story with its history is far below this). */
export const MAX_BODY_BYTES = 20 * 1024 * 1024;

const STATUS_OF_ERROR: Record<ErrorCode, number> = {
  invalid: 400,
  'not-found': 404,
  conflict: 409,
  refused: 409,
  unreadable: 422,
  io: 500,
};

/** The HTTP status that goes with a call's Result; the JSON body says the rest. */
function statusOfResult(result: Result): number {
  if (result.ok) return 200;
  if (result.error.code === 'io' && result.error.retrying) return 503;
  return STATUS_OF_ERROR[result.error.code] ?? 500;
}

class BodyTooLarge extends Error {}
class BodyTooSlow extends Error {}

/**
 * Reads the whole body, refusing it as soon as it grows past `limit` bytes or is still arriving `timeoutMs`
 * after the call began (a slow or stalled client cannot hold the host). What is still sent after a refusal
 * is read and dropped.
 */
function readBody(req: IncomingMessage, limit: number, timeoutMs: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const refuse = (e: Error) => {
      clearTimeout(timer);
      req.removeAllListeners('data');
      req.resume();
      reject(e);
    };
    const timer = setTimeout(() => refuse(new BodyTooSlow()), timeoutMs);
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limit) return refuse(new BodyTooLarge());
      chunks.push(chunk);
    });
    req.on('end', () => {
      clearTimeout(timer);
      resolve(Buffer.concat(chunks));
    });
    req.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    req.on('aborted', () => {
      clearTimeout(timer);
      reject(new Error('request aborted'));
    });
  });
}

/** Bodies are UTF-8: a byte sequence that is not (a cut character, GB18030) is refused, never read as U+FFFD. */
const utf8 = new TextDecoder('utf-8', { fatal: true });

/** A request the host could not read, worded by the interface from its reason (the message stays for logs). */
const invalid = (message: string, reason: 'invalidInput' | 'noSuchCall' = 'invalidInput'): Result => ({
  ok: false,
  error: { code: 'invalid', message, reason },
});

/** Handles one API call; `name` is the raw last path segment (already past the token, Host and Origin checks). */
export async function handleCall(
  req: IncomingMessage,
  res: ServerResponse,
  name: string,
  service: BulletinDeskService,
  bodyTimeoutMs: number,
): Promise<void> {
  if (req.method !== 'POST') {
    res.setHeader('Allow', 'POST');
    return sendText(res, 405, 'method not allowed: calls are POST requests');
  }
  if (!isCallName(name)) return sendJson(res, 404, invalid(`no such call: ${name.slice(0, 60)}`, 'noSuchCall'));
  const type = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') return sendText(res, 415, 'refused: a call’s body must be application/json');
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) {
    res.setHeader('Connection', 'close');
    return sendText(res, 413, `refused: the request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
  }

  let body: Buffer;
  try {
    body = await readBody(req, MAX_BODY_BYTES, bodyTimeoutMs);
  } catch (e) {
    res.setHeader('Connection', 'close');
    if (e instanceof BodyTooLarge) return sendText(res, 413, `refused: the request is larger than ${MAX_BODY_BYTES / 1024 / 1024} MB`);
    if (e instanceof BodyTooSlow) {
      return sendText(
        res,
        408,
        `refused: the request was still arriving after ${bodyTimeoutMs / 1000} s, so the host stopped waiting for it; try again`,
      );
    }
    return sendText(res, 400, 'the request was cut short');
  }

  let input: unknown;
  if (body.length > 0) {
    let text: string;
    try {
      text = utf8.decode(body);
    } catch {
      return sendJson(res, 400, invalid(`${name}: the request is not valid UTF-8 text, so it was not read (nothing was saved)`));
    }
    try {
      input = JSON.parse(text);
    } catch {
      return sendJson(res, 400, invalid(`${name}: the body is not JSON`));
    }
  }
  const result = await dispatch(service, name, input);
  if (!res.destroyed) sendJson(res, statusOfResult(result), result);
}
