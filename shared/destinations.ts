// Where a page is sent: an e-mail address over SMTP, or a drop folder the desk's system watches (issue 17).
import { z } from 'zod';

const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;

const address = z.string().regex(/^[^\s@<>,;]+@[^\s@<>,;]+$/, { message: 'expected an e-mail address such as desk@paper.cn' });

export const emailDestinationSchema = z.object({
  kind: z.literal('email'),
  name: z.string().min(1).max(100),
  host: z.string().min(1).max(255),
  port: z.number().int().min(1).max(65535),
  /** tls: TLS from the first byte (usually 465); starttls: upgraded (usually 587); none: only for a relay on this machine. */
  security: z.enum(SMTP_SECURITY),
  user: z.string().max(255).default(''),
  from: address,
  to: z.array(address).min(1).max(20),
  /** The subject with fields: {paper} {date} {page} {reporter}, e.g. 【二七区】{paper} {date} {page} {reporter}. */
  subject: z.string().max(300).default('{paper} {date} {page} {reporter}'),
  /** What goes with the mail: the page as a file, the photos one by one or as one .zip, the text in the body too. */
  attachPage: z.boolean().default(true),
  photos: z.enum(['files', 'zip', 'none']).default('files'),
  textInBody: z.boolean().default(true),
  /** The server's own certificate (PEM), for a desk server that signs its own; otherwise the system's authorities. */
  certificate: z.string().max(20_000).optional(),
});

export const folderDestinationSchema = z.object({
  kind: z.literal('folder'),
  name: z.string().min(1).max(100),
  /** A network share or synced folder the desk's system watches. */
  path: z.string().min(1).max(4096),
});

export type EmailDestination = z.infer<typeof emailDestinationSchema>;
export type FolderDestination = z.infer<typeof folderDestinationSchema>;

/** The subject template's fields filled in; a field with no value leaves no double space behind. */
export function fillSubject(template: string, fields: { paper?: string; date?: string; page?: string; reporter?: string }): string {
  return template
    .replace(/\{(paper|date|page|reporter)\}/g, (_, key: keyof typeof fields) => fields[key] ?? '')
    .replace(/[ \u3000]{2,}/g, ' ')
    .trim();
}
