// A destination as its form holds it (text typed), and the destination it makes, or what is wrong with it in the reporter's words.
import type { Destination, EmailDestination } from '../../../shared/destinations';
import type { MessageKey } from '../i18n/translate';

export interface EmailDraft {
  kind: 'email';
  name: string;
  host: string;
  port: string;
  security: EmailDestination['security'];
  user: string;
  from: string;
  to: string;
  subject: string;
  attachPage: boolean;
  photos: EmailDestination['photos'];
  textInBody: boolean;
  /** A desk server's own certificate, kept as it was (set up by hand in preferences). */
  certificate?: string;
}
interface FolderDraft {
  kind: 'folder';
  name: string;
  path: string;
}
export type DestinationDraft = EmailDraft | FolderDraft;

const DEFAULT_SUBJECT = '{paper} {date} {page} {reporter}';
const ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+$/;
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost']);

export function newDraft(kind: 'email' | 'folder'): DestinationDraft {
  if (kind === 'folder') return { kind, name: '', path: '' };
  return {
    kind,
    name: '',
    host: '',
    port: '465',
    security: 'tls',
    user: '',
    from: '',
    to: '',
    subject: DEFAULT_SUBJECT,
    attachPage: true,
    photos: 'files',
    textInBody: true,
  };
}

export function draftOf(d: Destination): DestinationDraft {
  if (d.kind === 'folder') return { ...d };
  const { port, to, certificate, ...rest } = d;
  return { ...rest, port: String(port), to: to.join(', '), ...(certificate !== undefined ? { certificate } : {}) };
}

/** The port a security usually has: 465 for TLS, 587 for STARTTLS, 25 for a relay on this computer. */
export function usualPort(security: EmailDestination['security']): string {
  return security === 'tls' ? '465' : security === 'starttls' ? '587' : '25';
}

export interface DraftProblem {
  /** The field to focus and mark. */
  field: string;
  key: MessageKey;
  values?: Record<string, string>;
}

/** The destination the draft makes, or the first thing wrong with it (names taken by the others refused). */
export function destinationOf(
  draft: DestinationDraft,
  otherNames: readonly string[],
): { destination: Destination } | { problem: DraftProblem } {
  const name = draft.name.trim();
  if (name === '') return { problem: { field: 'name', key: 'destinations.problem.name' } };
  if (otherNames.includes(name)) return { problem: { field: 'name', key: 'destinations.problem.nameTaken', values: { name } } };
  if (draft.kind === 'folder') {
    const folder = draft.path.trim();
    if (!/^(\/|[A-Za-z]:[\\/]|\\\\)/.test(folder)) return { problem: { field: 'path', key: 'destinations.problem.path' } };
    return { destination: { kind: 'folder', name, path: folder } };
  }
  const host = draft.host.trim();
  if (host === '' || /\s/.test(host)) return { problem: { field: 'host', key: 'destinations.problem.host' } };
  const port = Number(draft.port.trim());
  if (!Number.isInteger(port) || port < 1 || port > 65535) return { problem: { field: 'port', key: 'destinations.problem.port' } };
  if (draft.security === 'none' && !LOOPBACK.has(host)) return { problem: { field: 'security', key: 'destinations.problem.none' } };
  const from = draft.from.trim();
  if (!ADDRESS.test(from)) return { problem: { field: 'from', key: 'destinations.problem.from' } };
  const to = draft.to
    .split(/[,，;；\s]+/)
    .map((a) => a.trim())
    .filter((a) => a !== '');
  if (to.length === 0) return { problem: { field: 'to', key: 'destinations.problem.toNone' } };
  const wrong = to.find((a) => !ADDRESS.test(a));
  if (wrong !== undefined) return { problem: { field: 'to', key: 'destinations.problem.to', values: { address: wrong } } };
  return {
    destination: {
      kind: 'email',
      name,
      host,
      port,
      security: draft.security,
      user: draft.user.trim(),
      from,
      to,
      subject: draft.subject.trim() || DEFAULT_SUBJECT,
      attachPage: draft.attachPage,
      photos: draft.photos,
      textInBody: draft.textInBody,
      ...(draft.certificate !== undefined ? { certificate: draft.certificate } : {}),
    },
  };
}
