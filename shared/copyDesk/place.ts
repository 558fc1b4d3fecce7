// Where a finding is, in the reporter's terms (the lead, paragraph 2, subheading 1), and the few characters around its mark.
import { trimAll } from '../text';
import type { Finding } from './types';

/**
 * A finding's place: a title field, the lead (the first paragraph), the n-th paragraph or the n-th subheading
 * (paragraphs and subheadings are counted apart, blank blocks not at all, as the page prints them), photo n's caption
 * or credit, the whole story.
 */
export type FindingPlace =
  | { kind: 'field'; field: 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' }
  | { kind: 'lead' }
  | { kind: 'paragraph'; n: number }
  | { kind: 'subheading'; n: number }
  | { kind: 'caption'; n: number }
  | { kind: 'credit'; n: number }
  | { kind: 'story' };

type BodyShape = ReadonlyArray<{ type: 'paragraph' | 'subheading'; text: string }>;

/** The place of a finding in a story whose body is `body` (as the check saw it). */
export function placeOf(finding: Pick<Finding, 'field' | 'block'>, body: BodyShape): FindingPlace {
  if (finding.field === 'story' || finding.field === 'page') return { kind: 'story' };
  // photos are numbered from 1, as the strip shows them
  if (finding.field === 'caption' || finding.field === 'credit') return { kind: finding.field, n: (finding.block ?? 0) + 1 };
  if (finding.field !== 'body') return { kind: 'field', field: finding.field };
  const at = finding.block ?? 0;
  const block = body[at];
  const type = block?.type ?? 'paragraph';
  let n = 0;
  for (let i = 0; i <= at && i < body.length; i++) {
    const b = body[i] as BodyShape[number];
    // the block itself is counted even when blank (a finding in it still needs a place)
    if (b.type === type && (i === at || trimAll(b.text) !== '')) n++;
  }
  n = Math.max(n, 1);
  if (type === 'subheading') return { kind: 'subheading', n };
  return n === 1 ? { kind: 'lead' } : { kind: 'paragraph', n };
}

/** A finding's mark with the characters around it, cut at whole characters; `clipped…` when the text goes on. */
export interface MarkContext {
  before: string;
  mark: string;
  after: string;
  clippedBefore: boolean;
  clippedAfter: boolean;
}

/** The mark [start, end) of `text` with up to `around` characters (code points) either side. */
export function contextOf(text: string, start: number, end: number, around = 8): MarkContext {
  const from = Math.max(0, Math.min(start, text.length));
  const to = Math.max(from, Math.min(end, text.length));
  const left = [...text.slice(0, from)];
  const right = [...text.slice(to)];
  return {
    before: left.slice(Math.max(0, left.length - around)).join(''),
    mark: text.slice(from, to),
    after: right.slice(0, around).join(''),
    clippedBefore: left.length > around,
    clippedAfter: right.length > around,
  };
}
