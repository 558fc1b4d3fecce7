// A story's body lines to blocks: column-broken lines rejoined, subheadings found, a byline at a paragraph's end read.
import { isByline, readByline, readRolelessByline, startsWithRole, type BylineReading } from '../byline';
import { charLength, endsSentence } from '../text';

export interface BodyLine {
  no: number;
  text: string;
  /** Blank lines right before it on the page. */
  blankBefore?: number;
  /** It opened with spaces on the page. */
  indented?: boolean;
}

export interface BodyBlock {
  type: 'paragraph' | 'subheading';
  text: string;
  /** Source lines this block came from. */
  lines: number[];
}

export interface BodyNote {
  kind: 'join' | 'subheading' | 'paragraph';
  /** A word cut in two across the lines. */
  how?: 'wordCut';
  lines: number[];
  message: string;
}

const ENUMERATOR = /^(?:[一二三四五六七八九十]+[、.．]|[0-9０-９]+[、.．]|[（(][一二三四五六七八九十0-9]+[）)])[\s\u3000]*/u;
/** Endings that leave a sentence open: particles, conjunctions, open quotes, a comma, a number. */
export const OPEN_ENDING = /[的了着地得和与及或并而在从向对把被将为是等、，：；“‘《（(【0-9０-９]$/u;
/** A line that opens with these continues the line before it. */
const CONTINUING_START = /^[，。、；：！？）”’』」》,.;:!?)]/u;
const INSIDE_PUNCTUATION = /[，。；！？,;!?]/u;
/** A block no paragraph opens with: one character and then punctuation (日，…; 者，…), the rest of a word cut in two. */
const CANNOT_OPEN = /^(?:\p{Script=Han}[，。、；：！？,.;:!?]|们)/u;

/** A short line with no sentence punctuation, which does not stop mid-sentence. */
export function looksLikeSubheading(text: string): boolean {
  if (endsSentence(text)) return false;
  const core = text.replace(ENUMERATOR, '');
  const n = charLength(core);
  if (n < 2 || n > 24) return false;
  if (INSIDE_PUNCTUATION.test(core)) return false;
  return !OPEN_ENDING.test(core);
}

function joinText(a: string, b: string): string {
  return /[A-Za-z0-9]$/.test(a) && /^[A-Za-z0-9]/.test(b) ? `${a} ${b}` : a + b;
}

/**
 * A hard-wrapped body: no blank lines between its lines, and only some lines indented, where paragraphs start.
 * There a line that ends in 。 but is followed by a line with no indent was cut by the width, not by the writer.
 */
function indentMarksParagraphs(lines: readonly BodyLine[]): boolean {
  const rest = lines.slice(1);
  if (rest.length < 3 || rest.some((l) => (l.blankBefore ?? 0) > 0)) return false;
  const indented = rest.filter((l) => l.indented).length;
  return indented >= 1 && indented <= rest.length - 2;
}

/** Blocks of a body: the first line is the lead and always a paragraph. */
export function bodyBlocks(lines: readonly BodyLine[]): { blocks: BodyBlock[]; notes: BodyNote[] } {
  const wrapped = indentMarksParagraphs(lines);
  const blocks: BodyBlock[] = [];
  const notes: BodyNote[] = [];
  let i = 0;
  while (i < lines.length) {
    const first = lines[i] as BodyLine;
    let text = first.text;
    const used = [first.no];
    // join while the line stops mid-sentence, or the next line opens with punctuation that continues it
    while (i + 1 < lines.length) {
      const next = lines[i + 1] as BodyLine;
      const prevNo = used[used.length - 1] as number;
      const cut = !CONTINUING_START.test(next.text) && CANNOT_OPEN.test(next.text) && !endsSentence(text);
      const continues = CONTINUING_START.test(next.text) || cut;
      // a paragraph of a list ends in ；, and a blank line follows it
      const listed = /[；;]$/u.test(text) && (next.blankBefore ?? 0) > 0;
      // on a hard-wrapped page a line with no indent goes on the paragraph, one with an indent starts the next
      const widthCut = wrapped && !next.indented && (used.length > 1 || !looksLikeSubheading(text));
      const broken =
        (!endsSentence(text) || widthCut) &&
        !(wrapped && next.indented) &&
        !listed &&
        (blocks.length === 0 || used.length > 1 || !looksLikeSubheading(text)) &&
        !trailingByline(text);
      if (!continues && !broken) break;
      const why = cut
        ? `line ${next.no} opens with the rest of a word cut in two`
        : continues
          ? `line ${next.no} opens with punctuation that continues it`
          : `line ${prevNo} ends mid-sentence`;
      notes.push({
        kind: 'join',
        lines: [prevNo, next.no],
        message: `lines ${prevNo} and ${next.no} joined: ${why}`,
        ...(cut ? { how: 'wordCut' as const } : {}),
      });
      text = joinText(text, next.text);
      used.push(next.no);
      i++;
    }
    i++;
    const isLead = blocks.length === 0;
    const isLast = i >= lines.length;
    if (!isLead && !isLast && used.length === 1 && looksLikeSubheading(text)) {
      blocks.push({ type: 'subheading', text, lines: used });
      notes.push({ kind: 'subheading', lines: used, message: `line ${first.no} taken as a subheading: short, no sentence punctuation` });
    } else {
      if (!endsSentence(text) && !isLead && isLast && looksLikeSubheading(text)) {
        notes.push({
          kind: 'paragraph',
          lines: used,
          message: `line ${first.no} kept as a paragraph: a short line, but nothing follows it`,
        });
      }
      blocks.push({ type: 'paragraph', text, lines: used });
    }
  }
  return { blocks, notes };
}

const FINAL_MARK = /[。！？!?…”"]/gu;

/** A byline written at a paragraph's end, after its last sentence: "……三项重点举措。记者 李明 通讯员 赵强". */
export function trailingByline(text: string): { text: string; reading: BylineReading } | null {
  let last = -1;
  for (const m of text.matchAll(FINAL_MARK)) last = (m.index ?? 0) + m[0].length;
  if (last <= 0 || last >= text.length) return null;
  const tail = text.slice(last).trim();
  const roleless = readRolelessByline(tail);
  if (roleless) return { text: text.slice(0, last), reading: roleless };
  if (!startsWithRole(tail.replace(/^[（(□■]\s*/u, '')) && !/^[（(].*[）)]$/u.test(tail)) return null;
  const reading = readByline(tail);
  if (!isByline(reading)) return null;
  return { text: text.slice(0, last), reading };
}
