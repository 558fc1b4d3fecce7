// Where a page is sent: an e-mail address over SMTP, or a drop folder the desk's system watches (issue 17).
import { z } from 'zod';

const SMTP_SECURITY = ['tls', 'starttls', 'none'] as const;

/** An e-mail address as the desk gives it (no name, no brackets). */
export const EMAIL_ADDRESS = /^[^\s@<>,;]+@[^\s@<>,;]+$/;

const address = z.string().regex(EMAIL_ADDRESS, { message: 'expected an e-mail address such as desk@paper.cn' });

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

export const destinationSchema = z.discriminatedUnion('kind', [emailDestinationSchema, folderDestinationSchema]);
export type Destination = z.infer<typeof destinationSchema>;

/** A library's destinations as preferences keep them (never a password), and which one is the default. */
export const libraryDestinationsSchema = z.object({
  destinations: z.array(destinationSchema).max(50).default([]),
  /** The default destination's name (the first one when not given). */
  default: z.string().max(100).optional(),
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

const PAGE_IN_TITLE = /第\s*[0-9０-９一二三四五六七八九十百]+\s*版/u;
const DATE_IN_TITLE = /[0-9０-９]{1,2}\s*月\s*[0-9０-９]{1,2}\s*日/u;

/**
 * The subject's fields for a page: its bulletin's title (二七报 6月21日 第3版) gives the paper and the page, its
 * date (2026-06-21) the date as 6月21日, preferences the reporter. A title without 第…版 is the page itself.
 */
export function pageSubjectFields(
  title: string,
  date: string,
  reporter: string,
): { paper: string; date: string; page: string; reporter: string } {
  const page = PAGE_IN_TITLE.exec(title)?.[0].replace(/\s+/g, '');
  const day = /^\d{4}-(\d{2})-(\d{2})$/.exec(date);
  const dateText = day ? `${Number(day[1])}月${Number(day[2])}日` : (DATE_IN_TITLE.exec(title)?.[0].replace(/\s+/g, '') ?? '');
  const paper = page ? title.replace(PAGE_IN_TITLE, ' ').replace(DATE_IN_TITLE, ' ').trim().replace(/\s+/g, ' ') : '';
  return { paper, date: dateText, page: page ?? title.trim(), reporter };
}

/** The subject's fields for one story: its headline stands for the page, the day it is sent gives the date. */
export function storySubjectFields(headline: string, sentOn: Date, reporter: string): { date: string; page: string; reporter: string } {
  return { date: `${sentOn.getMonth() + 1}月${sentOn.getDate()}日`, page: headline.trim(), reporter };
}
