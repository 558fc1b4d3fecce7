// Reading a page the reporter chose or dropped: checks that it is a plain-text or Word (.docx) file, whether it is big, its bytes as base64, its lines once decoded.

/** A page is a few kilobytes; the service takes up to ~21 MB of bytes. */
export const MAX_PAGE_MB = 20;

/** Past this many stories or bytes, how many stories the page holds is said before its review is built. */
const BIG_PAGE = { stories: 100, bytes: 300 * 1024 };

export function isBigPage(bytes: number, stories: number): boolean {
  return stories > BIG_PAGE.stories || bytes > BIG_PAGE.bytes;
}

export type PageProblem = { problem: 'empty' | 'notText' | 'oldWord' } | { problem: 'tooBig'; size: string };

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** What is wrong with the file before its bytes are read, or nothing (the service still tells a Word file by its bytes). */
export function problemOfFile(file: { name: string; type: string; size: number }): PageProblem | undefined {
  if (file.size === 0) return { problem: 'empty' };
  // an old Word or WPS file: said at once, with what to do (save it as .docx)
  if (/\.(doc|wps|dot|wpt)$/i.test(file.name) || file.type === 'application/msword') return { problem: 'oldWord' };
  const readable = /\.(txt|docx)$/i.test(file.name) || file.type === '' || file.type === DOCX_TYPE || file.type.startsWith('text/');
  if (!readable) return { problem: 'notText' };
  if (file.size > MAX_PAGE_MB * 1024 * 1024) return { problem: 'tooBig', size: (file.size / 1024 / 1024).toFixed(1) };
  return undefined;
}

/**
 * NUL bytes or a UTF-16 byte-order mark: not a page in UTF-8 or GB18030. A zip (a .docx) or an OLE2 container (an old
 * .doc, a password-protected .docx) goes to the service, which reads the one and says what to do with the other.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return false;
  if (bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0) return false;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return bytes.includes(0);
}

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** Where the page's text came from: a plain-text file's encoding, or a Word file. */
export type PageSource = 'utf8' | 'utf8-bom' | 'gb18030' | 'docx';

/** The page's lines as the importer numbers them (1-based: line n is `lines[n - 1]`); a Word file's are in the service's answer. */
export function sourceLines(bytes: Uint8Array, parsed: { encoding: PageSource; lines?: string[] | undefined }): string[] {
  const { encoding } = parsed;
  if (encoding === 'docx') return parsed.lines ?? [];
  const text = new TextDecoder(encoding === 'gb18030' ? 'gb18030' : 'utf-8').decode(bytes);
  const lines = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  if (lines.length > 1 && lines[lines.length - 1] === '') lines.pop(); // the last line's own line break
  return lines;
}

/** Today as the bulletin's date (yyyy-mm-dd, local time). */
export function today(now = new Date()): string {
  const two = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${two(now.getMonth() + 1)}-${two(now.getDate())}`;
}
