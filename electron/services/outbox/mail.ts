// E-mail to the desk with nodemailer: the message built once (its Message-ID fixed), then sent as those bytes over SMTP.
import { randomUUID } from 'node:crypto';
import nodemailer from 'nodemailer';
import MailComposer from 'nodemailer/lib/mail-composer';
import type { EmailDestination } from '../../../shared/destinations';

export interface MailParts {
  destination: EmailDestination;
  subject: string;
  /** The page's text in the body (as written, UTF-8), or none. */
  body: string;
  attachments: ReadonlyArray<{ name: string; bytes: Uint8Array; contentType?: string }>;
}

/** A message's bytes with its Message-ID and envelope: what the outbox keeps and every attempt sends. */
export interface BuiltMessage {
  bytes: Buffer;
  messageId: string;
  envelope: { from: string; to: string[] };
}

/** Builds the message once: every retry sends exactly these bytes, with this Message-ID. */
export async function buildMessage(parts: MailParts): Promise<BuiltMessage> {
  const { destination } = parts;
  const domain = destination.from.split('@')[1] ?? 'bulletin-desk.invalid';
  const messageId = `<${randomUUID()}@${domain}>`;
  const composer = new MailComposer({
    from: destination.from,
    to: destination.to,
    subject: parts.subject,
    messageId,
    date: new Date(),
    text: parts.body || undefined,
    attachments: parts.attachments.map((a) => ({
      filename: a.name,
      content: Buffer.from(a.bytes),
      ...(a.contentType ? { contentType: a.contentType } : {}),
    })),
  });
  const bytes = await composer.compile().build();
  return { bytes, messageId, envelope: { from: destination.from, to: [...destination.to] } };
}

/** What one attempt came to: sent (the server's answer), worth another try later, or refused for good. */
export type Attempt =
  | { kind: 'sent'; response: string }
  | { kind: 'retry'; message: string; response?: string; reason?: 'smtpPasswordNeeded' }
  | { kind: 'refused'; reason: 'smtpAuth' | 'smtpRefused' | 'smtpCertificate' | 'smtpNotLoopback'; message: string; response?: string };

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

type SmtpError = Error & { code?: string; responseCode?: number; response?: string };

/** Sends a built message's bytes to the destination's server. Never throws: the answer says what came of it. */
export async function sendMessage(
  destination: Omit<EmailDestination, 'subject'>,
  message: { bytes: Uint8Array; envelope: { from: string; to: string[] } },
  password: string | undefined,
): Promise<Attempt> {
  if (destination.security === 'none' && !LOOPBACK.has(destination.host))
    return {
      kind: 'refused',
      reason: 'smtpNotLoopback',
      message: `${destination.host} is not this computer: mail leaves it only over TLS or STARTTLS, so that the password and the page are never sent in the clear`,
    };
  const transport = nodemailer.createTransport({
    host: destination.host,
    port: destination.port,
    secure: destination.security === 'tls',
    requireTLS: destination.security === 'starttls',
    ignoreTLS: destination.security === 'none',
    ...(destination.user ? { auth: { user: destination.user, pass: password ?? '' } } : {}),
    ...(destination.certificate ? { tls: { ca: [destination.certificate] } } : {}),
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  try {
    const info = await transport.sendMail({ envelope: message.envelope, raw: Buffer.from(message.bytes) });
    return { kind: 'sent', response: String(info.response ?? '') };
  } catch (e) {
    return judge(e as SmtpError, destination.host);
  } finally {
    transport.close();
  }
}

/** A failure judged: the server's refusal for good (5xx, a wrong password, a certificate not trusted) or one that may pass. */
function judge(e: SmtpError, host: string): Attempt {
  const response = e.response ? String(e.response) : undefined;
  const said = response ? `: ${response}` : '';
  if (e.code === 'EAUTH')
    return {
      kind: 'refused',
      reason: 'smtpAuth',
      message: `${host} did not accept the user name and password${said}`,
      ...(response ? { response } : {}),
    };
  if (/certificate|self[- ]signed|CERT_|unable to verify/i.test(e.message))
    return { kind: 'refused', reason: 'smtpCertificate', message: `${host}'s certificate is not trusted (${e.message})` };
  if (e.responseCode !== undefined && e.responseCode >= 500)
    return { kind: 'refused', reason: 'smtpRefused', message: `${host} refused the mail${said}`, ...(response ? { response } : {}) };
  // 4xx, no connection, a timeout, the network gone: another try later
  return {
    kind: 'retry',
    message: `${host} cannot be reached or asked to try later (${response ?? e.message})`,
    ...(response ? { response } : {}),
  };
}
