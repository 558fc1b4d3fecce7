// The loopback web host: one node:http server on 127.0.0.1 that serves the built renderer and binds a Desk over HTTP.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Desk } from '../services/deskTypes';
import { handleCall } from './apiCalls';
import { PHOTOS_PREFIX, servePhoto } from './photoFiles';
import { eventStreams } from './eventStream';
import { checkHost, checkOrigin, checkToken, newAccessToken } from './requestGuard';
import { sendText, setSecurityHeaders } from './responses';
import { serveStatic } from './staticFiles';

/** The only address the host ever binds. */
const LOOPBACK = '127.0.0.1';

export interface HostOptions {
  /** The service and its events; the host never opens or closes the desk. */
  desk: Pick<Desk, 'service' | 'subscribe'>;
  /** The built renderer (out/renderer); null when it is not built, and pages answer 503 saying so. */
  buildFolder: string | null;
  /** 0 or absent: a free port chosen by the system. */
  port?: number;
  /** Between keep-alive comments on an event stream (default 15 s). */
  keepAliveMs?: number;
  /** A call's body still arriving this long after the call began is refused with 408 (default `BODY_TIMEOUT_MS`). */
  bodyTimeoutMs?: number;
  /** On close(), how long calls in flight may take before their connections are cut (default `STOP_GRACE_MS`). */
  stopGraceMs?: number;
}

export interface RunningHost {
  port: number;
  token: string;
  /** `http://127.0.0.1:PORT` */
  origin: string;
  /** The address to open: the page, with the token in the fragment (never sent to the server, never logged). */
  url: string;
  /** Stops accepting, ends event streams, lets calls in flight finish (2 s at most by default), then resolves. */
  close(): Promise<void>;
}

const CALL_PREFIX = '/api/call/';
const EVENTS_PATH = '/api/events';
/** How long close() lets calls in flight finish before it cuts their connections. */
export const STOP_GRACE_MS = 2000;
/** How long a call's body may take to arrive: a slow or stalled client cannot hold the host longer. */
export const BODY_TIMEOUT_MS = 30_000;

export async function startHost(options: HostOptions): Promise<RunningHost> {
  const token = newAccessToken();
  const streams = eventStreams((listener) => options.desk.subscribe(listener), options.keepAliveMs ?? 15_000);
  const bodyTimeoutMs = options.bodyTimeoutMs ?? BODY_TIMEOUT_MS;
  let port = 0;
  let stopping = false;

  const route = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    setSecurityHeaders(res);
    if (stopping) {
      res.setHeader('Connection', 'close');
      return sendText(res, 503, 'the host is stopping');
    }
    const refusal = checkHost(req, port) ?? checkOrigin(req, port);
    if (refusal) return sendText(res, refusal.status, refusal.reason);

    const raw = req.url ?? '';
    const q = raw.indexOf('?');
    const rawPath = q < 0 ? raw : raw.slice(0, q);
    const query = new URLSearchParams(q < 0 ? '' : raw.slice(q + 1));
    const isPhoto = rawPath.startsWith(PHOTOS_PREFIX);
    if (rawPath !== '/api' && !rawPath.startsWith('/api/') && !isPhoto) return serveStatic(req, res, rawPath, options.buildFolder);

    // every API path (and a photo of the library) demands the token before anything else is looked at; the
    // event stream and an <img>, which cannot send a header, may give it as `?token=`
    const isEvents = rawPath === EVENTS_PATH;
    const denied = checkToken(req, query, token, isEvents || isPhoto);
    if (denied) {
      res.setHeader('WWW-Authenticate', 'Bearer');
      return sendText(res, denied.status, denied.reason);
    }
    if (isEvents) return streams.open(req, res);
    if (isPhoto) return servePhoto(req, res, rawPath, query, options.desk.service);
    if (rawPath.startsWith(CALL_PREFIX))
      return handleCall(req, res, rawPath.slice(CALL_PREFIX.length), options.desk.service, bodyTimeoutMs);
    return sendText(res, 404, 'not found');
  };

  const server = createServer((req, res) => {
    route(req, res).catch(() => sendText(res, 500, 'the host failed to answer'));
  });
  server.headersTimeout = 20_000;
  // node's own limit on a whole request, for the routes that read no body; calls have their own (above)
  server.requestTimeout = Math.max(120_000, bodyTimeoutMs + 10_000);

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen({ host: LOOPBACK, port: options.port ?? 0, exclusive: true }, () => {
        server.off('error', reject);
        resolve();
      });
    });
    const address = server.address() as AddressInfo;
    if (address.address !== LOOPBACK) {
      server.close();
      throw new Error(`the host bound ${address.address}, not ${LOOPBACK}`);
    }
    port = address.port;
  } catch (e) {
    streams.close();
    throw e;
  }

  // bounded whatever the clients and the desk do: a call that never finishes, a body that never arrives and a
  // client that never speaks lose their connections after the grace, and close() resolves then in any case
  const graceMs = options.stopGraceMs ?? STOP_GRACE_MS;
  let closing: Promise<void> | undefined;
  const close = () => {
    closing ??= new Promise<void>((resolve) => {
      stopping = true;
      const idle = setInterval(() => server.closeIdleConnections(), 50);
      const force = setTimeout(() => server.closeAllConnections(), graceMs);
      const giveUp = setTimeout(done, graceMs + 250);
      function done() {
        clearInterval(idle);
        clearTimeout(force);
        clearTimeout(giveUp);
        resolve();
      }
      server.close(done);
      streams.close();
      server.closeIdleConnections();
    });
    return closing;
  };

  const origin = `http://${LOOPBACK}:${port}`;
  return { port, token, origin, url: `${origin}/#token=${token}`, close };
}
