// Reading a page the reporter chose or dropped: checks that it is a plain-text file, whether it is big, its bytes as base64, its lines once decoded.

/** A page is a few kilobytes; the service takes up to ~21 MB of bytes. */
export const MAX_PAGE_MB = 20;

/** Past this many stories or bytes, how many stories the page holds is said before its review is built. */
const BIG_PAGE = { stories: 100, bytes: 300 * 1024 };

export function isBigPage(bytes: number, stories: number): boolean {
  return stories > BIG_PAGE.stories || bytes > BIG_PAGE.bytes;
}

export type PageProblem = { problem: 'empty' | 'notText' } | { problem: 'tooBig'; size: string };

/** What is wrong with the file before its bytes are read, or nothing. */
export function problemOfFile(file: { name: string; type: string; size: number }): PageProblem | undefined {
  if (file.size === 0) return { problem: 'empty' };
  const text = /\.txt$/i.test(file.name) || file.type === '' || file.type.startsWith('text/');
  if (!text) return { problem: 'notText' };
  if (file.size > MAX_PAGE_MB * 1024 * 1024) return { problem: 'tooBig', size: (file.size / 1024 / 1024).toFixed(1) };
  return undefined;
}

/** NUL bytes or a UTF-16 byte-order mark: not a page in UTF-8 or GB18030. */
export function looksBinary(bytes: Uint8Array): boolean {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return true;
  return bytes.includes(0);
}

export function base64Of(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

/** The page's lines as the importer numbers them (1-based: line n is `lines[n - 1]`). */
export function sourceLines(bytes: Uint8Array, encoding: 'utf8' | 'utf8-bom' | 'gb18030'): string[] {
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
