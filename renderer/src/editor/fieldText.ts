// Text as the fields keep it: one line per field and per body block, pasted text made into lines and paragraphs.
import type { Block } from '../../../shared/story';
import { trimAll } from '../../../shared/text';

/** Every kind of line break a paste or a drop can carry (CRLF counts once). */
const LINE_BREAK = /\r\n|[\r\n\u2028\u2029\u000b\u000c\u0085]/u;
const LINE_BREAKS = /(?:\r\n|[\r\n\u2028\u2029\u000b\u000c\u0085])+/gu;
/** Invisible marks that only ever get into copy by accident (and the editor's own IME placeholder). */
const INVISIBLE = /[\u200b\ufeff]/gu;
const TABS = /\t+/gu;

/** A field's or a block's text as the story keeps it: one line, no invisible marks, tabs as spaces. */
export function oneLine(text: string): string {
  return text.replace(INVISIBLE, '').replace(TABS, ' ').replace(LINE_BREAKS, ' ');
}

/** The non-empty lines of a pasted text, each trimmed of spaces at its ends (indents included). */
function pastedLines(text: string): string[] {
  return text
    .replace(INVISIBLE, '')
    .replace(TABS, ' ')
    .split(LINE_BREAK)
    .map((line) => trimAll(line))
    .filter((line) => line !== '');
}

/**
 * Pasted text for a single-line field: the line breaks become spaces (a headline pasted as two lines is a
 * two-part headline). Text without line breaks is kept as it is, spaces included.
 */
export function pastedTextToLine(text: string): string {
  if (!LINE_BREAK.test(text)) return oneLine(text);
  return pastedLines(text).join(' ');
}

/** Pasted text for the body: one paragraph per non-empty line, trimmed, without formatting. */
export function pastedTextToParagraphs(text: string): string[] {
  return pastedLines(text);
}

/** One block node of the body editor: a paragraph (ParagraphNode) or a subheading (HeadingNode). */
export interface BodyNodeSpec {
  node: 'paragraph' | 'heading';
  text: string;
}

/** The heading level that stands for a subheading in the body editor. */
export const SUBHEADING_TAG = 'h3';

/** The story's body as the editor's block nodes; an empty body is one empty paragraph (the lead to be). */
export function blocksToNodeSpecs(blocks: readonly Block[]): BodyNodeSpec[] {
  const specs = blocks.map((b): BodyNodeSpec => ({ node: b.type === 'subheading' ? 'heading' : 'paragraph', text: oneLine(b.text) }));
  return specs.length > 0 ? specs : [{ node: 'paragraph', text: '' }];
}

/** The editor's block nodes as the story's body: paragraphs and subheadings, one line each. */
export function nodeSpecsToBlocks(specs: readonly BodyNodeSpec[]): Block[] {
  return specs.map((s) => ({ type: s.node === 'heading' ? 'subheading' : 'paragraph', text: oneLine(s.text) }));
}
