// A printed proof's text as poppler's pdftotext reads it, column after column: the page is set in the house style's columns.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A4 in points (pdftotext's pixels at -r 72) and the proof's page margin (proof.css `@page`: 18 mm left and right). */
const PAGE = { width: 595, height: 842, margin: (18 / 25.4) * 72 };

/**
 * Every page's text, read one column at a time (left to right), each column top to bottom with -layout. A header
 * line across the page is read in pieces, its left end with the first column and its right end with the last.
 */
export function pdfColumnsText(pdf: Buffer | Uint8Array, columns = 2): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'e2e-pdf-')), 'proof.pdf');
  writeFileSync(file, pdf);
  const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [file], { encoding: 'utf8' }))?.[1] ?? 1);
  const column = (PAGE.width - 2 * PAGE.margin) / columns;
  const out: string[] = [];
  for (let page = 1; page <= pages; page++) {
    for (let i = 0; i < columns; i++) {
      // the first and last columns reach the paper's edge; the others are cut in the middle of the gaps
      const left = i === 0 ? 0 : Math.round(PAGE.margin + i * column);
      const right = i === columns - 1 ? PAGE.width : Math.round(PAGE.margin + (i + 1) * column);
      const crop = ['-x', String(left), '-y', '0', '-W', String(right - left), '-H', String(PAGE.height)];
      out.push(
        execFileSync('pdftotext', ['-layout', '-r', '72', '-f', String(page), '-l', String(page), ...crop, file, '-'], {
          encoding: 'utf8',
        }),
      );
    }
  }
  return out.join('\n');
}
