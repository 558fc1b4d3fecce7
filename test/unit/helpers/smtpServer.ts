// A real SMTP server on 127.0.0.1 for the outbox's tests (the smtp-server package): plain, STARTTLS or TLS with a certificate made here.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { SMTPServer, type SMTPServerOptions } from 'smtp-server';

interface Received {
  from: string;
  to: string[];
  bytes: Buffer;
}

/** A self-signed certificate for 127.0.0.1 and localhost, made by openssl for this run. */
export function selfSignedCertificate(): { key: string; cert: string } {
  const dir = mkdtempSync(path.join(tmpdir(), 'smtp-cert-'));
  try {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'rsa:2048',
        '-nodes',
        '-keyout',
        'key.pem',
        '-out',
        'cert.pem',
        '-days',
        '1',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=IP:127.0.0.1,DNS:localhost',
      ],
      { cwd: dir, stdio: 'ignore' },
    );
    return { key: readFileSync(path.join(dir, 'key.pem'), 'utf8'), cert: readFileSync(path.join(dir, 'cert.pem'), 'utf8') };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export interface TestServer {
  port: number;
  received: Received[];
  /** Refuse every message with this answer (e.g. 552 too large), or stop refusing. */
  refuseWith(answer: { code: number; message: string } | undefined): void;
  /** Hold each message's answer until `release()` (a send in flight, for a kill). */
  holdAnswers(on: boolean): void;
  release(): void;
  /** Resolves when the next message has been received whole (its answer perhaps held). */
  messageReceived(): Promise<void>;
  close(): Promise<void>;
}

export async function startSmtpServer(
  mode: 'plain' | 'starttls' | 'tls',
  options: { user?: string; password?: string; port?: number; certificate?: { key: string; cert: string } } = {},
): Promise<TestServer> {
  const received: Received[] = [];
  let refusal: { code: number; message: string } | undefined;
  let hold = false;
  const waiting: Array<() => void> = [];
  const ended: Array<() => void> = [];
  const tls = mode === 'plain' ? {} : { key: options.certificate?.key, cert: options.certificate?.cert };
  const config: SMTPServerOptions = {
    secure: mode === 'tls',
    ...tls,
    ...(mode === 'plain' ? { disabledCommands: ['STARTTLS'], allowInsecureAuth: true } : {}),
    authOptional: !options.user,
    logger: false,
    onAuth(auth, _session, callback) {
      if (auth.username === options.user && auth.password === options.password) return callback(null, { user: auth.username });
      return callback(Object.assign(new Error('535 5.7.8 Authentication credentials invalid'), { responseCode: 535 }));
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        for (const s of ended.splice(0)) s();
        const answer = () => {
          if (refusal) return callback(Object.assign(new Error(refusal.message), { responseCode: refusal.code }));
          received.push({
            from: session.envelope.mailFrom ? session.envelope.mailFrom.address : '',
            to: session.envelope.rcptTo.map((r) => r.address),
            bytes: Buffer.concat(chunks),
          });
          callback(null);
        };
        if (hold) waiting.push(answer);
        else answer();
      });
    },
  };
  const server = new SMTPServer(config);
  // a client killed mid-conversation resets its connection: the server goes on
  server.on('error', () => undefined);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, '127.0.0.1', () => resolve());
  });
  const port = (server.server.address() as AddressInfo).port;
  return {
    port,
    received,
    refuseWith: (a) => void (refusal = a),
    holdAnswers: (on) => void (hold = on),
    release: () => {
      for (const w of waiting.splice(0)) w();
    },
    messageReceived: () => new Promise<void>((resolve) => ended.push(resolve)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
