// The loopback host's gatekeeping: the per-run token, constant-time token checks, and the Host and Origin rules.
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';

/** A fresh random token for one run of the host (256 bits, URL-safe). */
export function newAccessToken(): string {
  return randomBytes(32).toString('base64url');
}

/**
 * Compares two tokens in constant time. Both sides are hashed first, so timingSafeEqual always gets buffers
 * of equal length and the time taken does not even reveal the expected token's length.
 */
export function tokensMatch(expected: string, given: string): boolean {
  const a = createHash('sha256').update(expected, 'utf8').digest();
  const b = createHash('sha256').update(given, 'utf8').digest();
  return timingSafeEqual(a, b) && expected.length > 0;
}

/** Why a request is turned away: an HTTP status and a short reason for the text body. */
export interface Refusal {
  status: number;
  reason: string;
}

/** The Host header must name this very server on loopback: anything else may be DNS rebinding. */
export function checkHost(req: IncomingMessage, port: number): Refusal | null {
  const host = req.headers.host;
  if (host === `127.0.0.1:${port}` || host === `localhost:${port}`) return null;
  return { status: 421, reason: 'refused: this server answers only to Host 127.0.0.1 or localhost on its own port' };
}

/** An Origin, when the browser sends one, must be this server's own page. */
export function checkOrigin(req: IncomingMessage, port: number): Refusal | null {
  const origin = req.headers.origin;
  if (origin === undefined) return null;
  if (origin === `http://127.0.0.1:${port}` || origin === `http://localhost:${port}`) return null;
  return { status: 403, reason: 'refused: requests from other sites are not accepted' };
}

/**
 * The token of a request: `Authorization: Bearer <token>`, or (where `allowQuery`, for EventSource, which
 * cannot set headers) `?token=<token>`. Undefined when there is none.
 */
function tokenOf(req: IncomingMessage, query: URLSearchParams, allowQuery: boolean): string | undefined {
  const header = req.headers.authorization;
  if (header !== undefined) {
    const m = /^Bearer[ ]+(\S+)[ ]*$/i.exec(header);
    return m ? m[1] : '';
  }
  if (allowQuery) {
    const values = query.getAll('token');
    if (values.length === 1) return values[0];
    if (values.length > 1) return '';
  }
  return undefined;
}

/** The token check of an API request: 401 without a token or with a wrong one. */
export function checkToken(req: IncomingMessage, query: URLSearchParams, expected: string, allowQuery: boolean): Refusal | null {
  const given = tokenOf(req, query, allowQuery);
  if (given === undefined)
    return { status: 401, reason: 'refused: the access token is missing (open the address that `bulletin serve` printed)' };
  if (!tokensMatch(expected, given)) return { status: 401, reason: 'refused: the access token is wrong' };
  return null;
}
