// A Word file's content as the importer reads it: its paragraphs as the page's lines, and what is not a paragraph (tables, photos, notes) kept beside them.
import { trimAll } from '../text';
import { parsePage, type ParseOptions } from './parsePage';
import type { ParsedPage } from './types';
import { storyHolding, withBoldSubheadings } from './wordHints';

/** One block of a Word file's body, in order. */
export type WordBlock =
  /** A paragraph: its text with soft line breaks as '\n'; bold when all its text is bold (or it is a heading below the first level). */
  | { kind: 'paragraph'; text: string; bold: boolean }
  /** A table: its rows' cells' text. */
  | { kind: 'table'; rows: string[][] };

/** What a Word file holds, read out of it (electron/services/wordFile.ts): plain data, no reader's objects. */
export interface WordDocument {
  blocks: WordBlock[];
  /** Embedded photos, after the block they stand in (`at`, a block index; -1 before the first), with their bytes when they could be read. */
  images: Array<{ at: number; name: string; type: string; bytes: number; data?: Uint8Array }>;
  /** Footnotes and endnotes, after the block that refers to them. */
  notes: Array<{ at: number; kind: 'footnote' | 'endnote'; text: string }>;
  /** Comments, after the block they are made on (-1: not found in the text). */
  comments: Array<{ at: number; author: string; text: string }>;
  /** Headers and footers the file has (the reader does not read their text). */
  headersFooters: number;
}

/** Something of the Word file that is not a line of the page: kept in a story's notes or listed, never dropped. */
export type WordExtra = { line: number } & (
  | { kind: 'table'; text: string }
  | {
      kind: 'image';
      name: string;
      type: string;
      bytes: number;
      /** On import: the photo's file in the library's photo store, now a photo of its story. */
      photo?: string;
      /** On import: why the photo could not become one of its story (the image service's refusal: reason, params, its English words). */
      refused?: { reason: string; params: Record<string, string | number>; message: string };
    }
  | { kind: 'footnote' | 'endnote'; text: string }
  | { kind: 'comment'; author: string; text: string }
  | { kind: 'headersFooters'; count: number }
);

/** A Word file as a page: its lines (1-based: line n is `lines[n - 1]`), the bold ones, and the rest. */
export interface WordPage {
  lines: string[];
  /** Lines whose paragraph was bold in the Word file. */
  boldLines: number[];
  /** Tables, photos, notes: `line` is the page's line they came after (0: before the first). */
  extras: WordExtra[];
}

/** A table's text: a row a line, its cells apart by a tab. */
function tableText(rows: readonly string[][]): string {
  return rows
    .map((cells) => cells.map((c) => trimAll(c.replace(/\s*\n\s*/g, ' '))).join('\t'))
    .filter((row) => row.trim() !== '')
    .join('\n');
}

/**
 * The page's lines: a paragraph a line (a soft line break starts a line of the same block), one blank line between
 * paragraphs as the paper's layout has them, and one more for each empty paragraph between two (a wider gap).
 */
export function wordPageOf(doc: WordDocument): WordPage {
  const lines: string[] = [];
  const boldLines: number[] = [];
  const extras: WordExtra[] = [];
  /** The last line each block ended on (0 before the first line). */
  const endOf: number[] = [];
  let empties = 0;
  for (const block of doc.blocks) {
    if (block.kind === 'table') {
      const text = tableText(block.rows);
      if (text !== '') extras.push({ kind: 'table', line: lines.length, text });
    } else if (trimAll(block.text) === '') {
      empties++;
    } else {
      if (lines.length > 0) for (let i = 0; i <= empties; i++) lines.push('');
      empties = 0;
      for (const line of block.text.split('\n')) {
        lines.push(line);
        if (block.bold && trimAll(line) !== '') boldLines.push(lines.length);
      }
    }
    endOf.push(lines.length);
  }
  const lineAt = (at: number) => (at < 0 ? 0 : (endOf[at] ?? lines.length));
  for (const i of doc.images) extras.push({ kind: 'image', line: lineAt(i.at), name: i.name, type: i.type, bytes: i.bytes });
  for (const n of doc.notes) if (trimAll(n.text) !== '') extras.push({ kind: n.kind, line: lineAt(n.at), text: n.text });
  for (const c of doc.comments)
    if (trimAll(c.text) !== '') extras.push({ kind: 'comment', line: lineAt(c.at), author: c.author, text: c.text });
  if (doc.headersFooters > 0) extras.push({ kind: 'headersFooters', line: 0, count: doc.headersFooters });
  extras.sort((a, b) => a.line - b.line);
  return { lines, boldLines, extras };
}

/** A Word file read by the importer: the same `parsePage` as a plain-text page, then its short bold paragraphs offered as subheadings. */
export function parseWordDocument(doc: WordDocument, options: ParseOptions = {}): ParsedPage & { lines: string[]; word: WordExtra[] } {
  const page = wordPageOf(doc);
  const parsed = withBoldSubheadings(parsePage(page.lines.join('\n'), options), page.lines, page.boldLines);
  return { ...parsed, lines: page.lines, word: page.extras };
}

/** The story an extra belongs to: the one whose lines hold its line, else the next one, else the last. */
export function storyOfLine(page: ParsedPage, line: number): number {
  const holding = storyHolding(page, line);
  if (holding !== undefined) return holding;
  const next = page.decisions.find((d) => d.kind === 'story' && d.story !== null && (d.lines[0] ?? 0) > line);
  return next?.story ?? page.stories.length - 1;
}

/** The page's stories with each extra worded into the notes of its story (`say` words it in the reader's language). */
export function withWordNotes<P extends ParsedPage>(page: P, extras: readonly WordExtra[], say: (extra: WordExtra) => string): P {
  const stories = page.stories.map((s) => ({ ...s }));
  for (const extra of extras) {
    // a photo that became one of its story's photos needs no note
    if (extra.kind === 'image' && extra.photo !== undefined) continue;
    const story = stories[storyOfLine(page, extra.line)];
    if (!story) continue;
    const note = say(extra);
    story.notes = story.notes ? `${story.notes}\n\n${note}` : note;
  }
  return { ...page, stories };
}
