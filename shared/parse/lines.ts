// Splitting a page into its non-blank lines, with line numbers and the blank-line gaps between them.
import { trimAll } from '../text';
import type { PageLine } from './types';

/** The page's non-blank lines: LF, CRLF or CR; a leading BOM is dropped; indentation (spaces, 　) is not content. */
export function pageLines(text: string): PageLine[] {
  const raw = text.replace(/^\ufeff/, '').split(/\r\n|\r|\n|\u2028|\u2029/);
  const lines: PageLine[] = [];
  let blank = 0;
  raw.forEach((line, i) => {
    const t = trimAll(line);
    if (t === '') {
      blank++;
      return;
    }
    lines.push({ no: i + 1, text: t, blankBefore: blank, ...(/^[\s\u3000\u00a0]/u.test(line) ? { indented: true as const } : {}) });
    blank = 0;
  });
  return lines;
}

/** The usual gap between blocks on this page (1 in the paper's layout, 0 on pages without blank lines). */
export function usualGap(lines: readonly PageLine[]): number {
  const counts = new Map<number, number>();
  for (const l of lines.slice(1)) counts.set(l.blankBefore, (counts.get(l.blankBefore) ?? 0) + 1);
  let best = 1;
  let most = -1;
  for (const [gap, n] of counts) if (n > most || (n === most && gap < best)) [best, most] = [gap, n];
  return best;
}
