// The reporter's corrections to an imported page, as pure functions on the review (no DOM): each returns a new review, and an undo stack keeps the old ones.
import { contributorsKeepingUnread, formatByline, readByline } from '../../../shared/byline';
import type { Decision } from '../../../shared/parse/types';
import { newStory, type Block, type Contributor, type Story } from '../../../shared/story';

/** The one-line fields a line of the page can be moved to (besides the body). */
export const TITLE_FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline'] as const;
type TitleField = (typeof TITLE_FIELDS)[number];
/** Where a line can go: a title field, or the body as a paragraph or a subheading. */
export const TARGETS = [...TITLE_FIELDS, 'paragraph', 'subheading'] as const;
export type Target = (typeof TARGETS)[number];
/** A line of a story as the review shows it: a title field, or a block of the body by its index. */
export type LineRef = { field: TitleField } | { block: number };

export interface ReviewStory {
  /** Stable for the interface (React keys, focus), never written. */
  key: string;
  story: Story;
  /** The page's line numbers this story came from (highlighted beside it). */
  lines: number[];
  /** The importer's decisions about it. */
  decisions: Decision[];
  /** The reporter chose not to write it (pageWide.ts). */
  leftOut?: true;
}

export interface Review {
  stories: ReviewStory[];
}

export interface ReviewHistory {
  current: Review;
  /** Earlier reviews, the newest last: Undo takes it back. */
  past: Review[];
}

/**
 * The review of a parsed page. Text the importer placed in no story is kept in the notes of the story after it
 * (or the last one), as `bulletin import` does; `noteOf` words that note.
 */
export function reviewOf(page: { stories: Story[]; decisions: Decision[] }, noteOf: (d: Decision) => string): Review {
  // the decisions by story, once (a page of 1,300 stories has some 10,000 decisions)
  const spans = new Map<number, number[]>();
  const about = new Map<number, Decision[]>();
  for (const d of page.decisions) {
    if (d.story === null) continue;
    if (d.kind === 'story') spans.set(d.story, d.lines);
    else {
      const list = about.get(d.story);
      if (list) list.push(d);
      else about.set(d.story, [d]);
    }
  }
  const stories: ReviewStory[] = page.stories.map((story, i) => {
    const span = spans.get(i) ?? [];
    const first = Math.min(...span);
    const last = Math.max(...span);
    const lines = span.length === 0 ? [] : Array.from({ length: last - first + 1 }, (_, k) => first + k);
    return {
      key: `story-${i + 1}`,
      story: { ...story, body: story.body.map((b) => ({ ...b })), byline: copyByline(story.byline) },
      lines,
      decisions: about.get(i) ?? [],
    };
  });
  for (const d of page.decisions.filter((x) => x.kind === 'unplaced')) {
    const at = d.lines[0] ?? 0;
    const after = stories.find((s) => (s.lines[0] ?? 0) > at) ?? stories[stories.length - 1];
    if (!after) continue;
    const note = noteOf(d);
    after.story.notes = after.story.notes ? `${after.story.notes}\n\n${note}` : note;
    after.lines = [...new Set([...d.lines, ...after.lines])].sort((a, b) => a - b);
    after.decisions = [d, ...after.decisions];
  }
  return { stories };
}

export function historyOf(review: Review): ReviewHistory {
  return { current: review, past: [] };
}

/** The history after a correction; a correction that changes nothing is not kept. */
export function applied(history: ReviewHistory, next: Review): ReviewHistory {
  return next === history.current ? history : { current: next, past: [...history.past, history.current] };
}

/** The review before the last correction. */
export function undone(history: ReviewHistory): ReviewHistory {
  const previous = history.past[history.past.length - 1];
  return previous ? { current: previous, past: history.past.slice(0, -1) } : history;
}

/** The text of a line of the story (the byline as the paper writes it). */
export function lineText(story: Story, ref: LineRef): string {
  if ('block' in ref) return story.body[ref.block]?.text ?? '';
  return ref.field === 'byline' ? formatByline(story.byline) : story[ref.field];
}

/** What a story still lacks before export (a warning, never a block). */
export function missing(story: Story): Array<'headline' | 'body'> {
  const out: Array<'headline' | 'body'> = [];
  if (story.headline.trim() === '') out.push('headline');
  if (story.body.every((b) => b.text.trim() === '')) out.push('body');
  return out;
}

export function swapKickerAndSubheadline(review: Review, index: number): Review {
  return change(review, index, (s) => (s.kicker === s.subheadline ? s : { ...s, kicker: s.subheadline, subheadline: s.kicker }));
}

/** The byline read afresh from the reporter's text; what is not understood is kept as a contributor without a role. */
export function rereadByline(review: Review, index: number, text: string): Review {
  return change(review, index, (s) => {
    const byline = contributorsKeepingUnread(readByline(text));
    return formatByline(byline) === formatByline(s.byline) && JSON.stringify(byline) === JSON.stringify(s.byline) ? s : { ...s, byline };
  });
}

/**
 * Moves a line to another field. Into a title field that holds text, the two trade places; a title line moved into
 * the body becomes its first block (the byline its last); a block moved to paragraph or subheading changes its kind.
 */
export function moveLine(review: Review, index: number, from: LineRef, to: Target): Review {
  return change(review, index, (s) => {
    const text = lineText(s, from);
    if (text === '') return s;
    if ('field' in from && from.field === to) return s;
    if ('block' in from && (to === 'paragraph' || to === 'subheading')) {
      if (s.body[from.block]?.type === to) return s;
      return { ...s, body: s.body.map((b, i) => (i === from.block ? { ...b, type: to } : b)) };
    }
    let next = put(s, from, ''); // the line leaves its place
    if (to === 'paragraph' || to === 'subheading') {
      const block: Block = { type: to, text };
      const rest = next.body.filter((b) => b.text !== ''); // an empty placeholder paragraph gives way
      return { ...next, body: 'field' in from && from.field === 'byline' ? [...rest, block] : [block, ...rest] };
    }
    const displaced = lineText(next, { field: to });
    next = put(next, { field: to }, text);
    if (displaced === '')
      return 'block' in from
        ? withBody(
            next,
            next.body.filter((_, i) => i !== from.block),
          )
        : next;
    return put(next, from, displaced); // what the field held takes the line's old place
  });
}

/** Splits a story before a block: that block and the rest open a new story with empty titles, right after it. */
export function splitStory(review: Review, index: number, block: number, source: readonly string[]): Review {
  const item = review.stories[index];
  if (!item || block < 1 || block >= item.story.body.length) return review;
  const s = item.story;
  const bylineGoesOn = s.bylinePosition === 'end'; // a byline at the end was below the split
  const first: Story = { ...s, body: s.body.slice(0, block), byline: bylineGoesOn ? [] : s.byline };
  const second = newStory(
    {
      kicker: '',
      headline: '',
      subheadline: '',
      dateline: '',
      byline: bylineGoesOn ? s.byline : [],
      bylinePosition: s.bylinePosition,
      body: s.body.slice(block),
      notes: '',
      status: s.status,
    },
    { id: `${s.id.slice(0, 90)}-${review.stories.length + 1}` },
  );
  const boundary = lineOfBlock(item, block, source);
  const inSecond = (n: number) => boundary !== undefined && n >= boundary;
  const stories = [...review.stories];
  stories.splice(
    index,
    1,
    {
      ...item,
      story: first,
      lines: boundary === undefined ? item.lines : item.lines.filter((n) => !inSecond(n)),
      decisions: item.decisions.filter((d) => !(d.lines.length > 0 && d.lines.every(inSecond))),
    },
    {
      key: `${item.key}-${block}`,
      story: second,
      lines: boundary === undefined ? item.lines : item.lines.filter(inSecond),
      decisions: item.decisions.filter((d) => d.lines.length > 0 && d.lines.every(inSecond)),
    },
  );
  return { stories };
}

/**
 * Merges a story with the next one. The next story's title lines become paragraphs where they stood, its dateline
 * opens its lead (or becomes the dateline when the first has none); bylines and notes are joined.
 */
export function mergeWithNext(review: Review, index: number): Review {
  const a = review.stories[index];
  const b = review.stories[index + 1];
  if (!a || !b) return review;
  const x = a.story;
  const y = b.story;
  const titles: Block[] = [y.kicker, y.headline, y.subheadline].filter((t) => t !== '').map((text) => ({ type: 'paragraph', text }));
  let body = y.body.map((blk) => ({ ...blk }));
  let dateline = x.dateline;
  if (y.dateline !== '') {
    if (x.dateline === '') dateline = y.dateline;
    else if (body[0]) body[0] = { ...body[0], text: `${y.dateline} ${body[0].text}` };
    else body = [{ type: 'paragraph', text: y.dateline }];
  }
  const keep = (blocks: Block[]) => blocks.filter((blk) => blk.text !== '');
  const joined: Story = {
    ...x,
    dateline,
    byline: [...copyByline(x.byline), ...copyByline(y.byline)],
    bylinePosition: x.byline.length > 0 ? x.bylinePosition : y.bylinePosition,
    notes: [x.notes, y.notes].filter((n) => n !== '').join('\n\n'),
  };
  const merged = withBody(joined, keep([...x.body, ...titles, ...body]));
  const stories = [...review.stories];
  stories.splice(index, 2, {
    key: a.key,
    story: merged,
    lines: [...new Set([...a.lines, ...b.lines])].sort((p, q) => p - q),
    decisions: [...a.decisions, ...b.decisions],
  });
  return { stories };
}

/** The first page line of a block (found by its opening characters, in order); none when it cannot be told. */
export function lineOfBlock(item: ReviewStory, block: number, source: readonly string[]): number | undefined {
  let from = 0;
  let found: number | undefined;
  for (let k = 0; k <= block; k++) {
    const opening = (item.story.body[k]?.text ?? '').slice(0, 8);
    if (opening === '') continue;
    const at = item.lines.findIndex((n, i) => i >= from && (source[n - 1] ?? '').includes(opening));
    if (at < 0) {
      if (k === block) return undefined;
      continue;
    }
    found = item.lines[at];
    from = at + 1;
  }
  return found;
}

function change(review: Review, index: number, fix: (s: Story) => Story): Review {
  const item = review.stories[index];
  if (!item) return review;
  const story = fix(item.story);
  if (story === item.story) return review;
  return { stories: review.stories.map((s, i) => (i === index ? { ...s, story } : s)) };
}

/** The story with a line set to a text (the byline is read). */
function put(s: Story, ref: LineRef, text: string): Story {
  if ('block' in ref) return { ...s, body: s.body.map((b, i) => (i === ref.block ? { ...b, text } : b)) };
  if (ref.field === 'byline') return { ...s, byline: text === '' ? [] : contributorsKeepingUnread(readByline(text)) };
  return { ...s, [ref.field]: text };
}

/** A body never left without a block: an empty lead paragraph stands for none. */
function withBody(s: Story, body: Block[]): Story {
  return { ...s, body: body.length > 0 ? body : [{ type: 'paragraph', text: '' }] };
}

function copyByline(byline: readonly Contributor[]): Contributor[] {
  return byline.map((c) => ({ ...c, names: [...c.names] }));
}
