// Per-character differences between two versions of a text (Myers, by code point) and of a story, field by field.
import { formatByline } from './byline';
import type { Story } from './story';

type DiffKind = 'same' | 'removed' | 'added';

/** A stretch of text: in both versions, only in the older one, or only in the newer one. */
export interface DiffRun {
  kind: DiffKind;
  text: string;
}

export interface DiffOptions {
  /**
   * Beyond this many inserted and removed characters (after the common start and end are set aside) the middle is
   * shown as replaced whole: a far-reaching search would cost time and tell the reader nothing useful.
   */
  maxEdits?: number;
  /**
   * Join a short stretch in common between two changes into them (a stretch no longer than the larger side of
   * the change on each side), so a rewritten phrase reads as one change, not as scattered 的 and 了 left standing.
   * Both texts are rebuilt as exactly; the edits are then no longer the fewest.
   */
  readable?: boolean;
}

/** Enough for any real revision of a story; keeps the search to a few tens of millions of steps at worst. */
const DEFAULT_MAX_EDITS = 2000;

/** The code points of a text (a surrogate pair is one character, never split). */
function codePoints(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(ch.codePointAt(0) as number);
  return out;
}

/** The text of code points from..to (in slices: a spread of a whole long body could overflow the stack). */
function textOf(cps: readonly number[], from: number, to: number): string {
  let text = '';
  for (let i = from; i < to; i += 4096) text += String.fromCodePoint(...cps.slice(i, Math.min(to, i + 4096)));
  return text;
}

/** Appends a run, joining it to the last one when they are of the same kind. */
function push(runs: DiffRun[], kind: DiffKind, text: string): void {
  if (text === '') return;
  const last = runs[runs.length - 1];
  if (last && last.kind === kind) last.text += text;
  else runs.push({ kind, text });
}

/**
 * The shortest edit script between a and b (Myers' O(ND) search), as one step per character from the start:
 * 0 same, 1 removed (from a), 2 added (from b). Undefined when it needs more than `maxEdits` edits.
 * Each round keeps only the diagonals it reached, so memory grows with D², not with D × (N + M).
 */
function myers(a: readonly number[], b: readonly number[], maxEdits: number): Uint8Array | undefined {
  const n = a.length;
  const m = b.length;
  const limit = Math.min(n + m, maxEdits);
  const offset = limit + 1;
  const v = new Int32Array(2 * limit + 3);
  const trace: Int32Array[] = [];
  v[offset + 1] = 0;
  let found = -1;
  for (let d = 0; d <= limit && found < 0; d++) {
    for (let k = -d; k <= d; k += 2) {
      let x =
        k === -d || (k !== d && (v[offset + k - 1] as number) < (v[offset + k + 1] as number))
          ? (v[offset + k + 1] as number)
          : (v[offset + k - 1] as number) + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) found = d;
    }
    trace.push(v.slice(offset - d, offset + d + 1));
  }
  if (found < 0) return undefined;

  // walk back from the end: each round adds one edit and the snake of equal characters before it
  const steps: number[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const prev = trace[d - 1] as Int32Array; // diagonals -(d-1)..(d-1), at index k + d - 1
    const at = (k: number) => prev[k + d - 1] as number;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    // where this round's edit ended; from there to (x, y) runs a snake of equal characters
    const startX = down ? prevX : prevX + 1;
    const startY = down ? prevY + 1 : prevY;
    while (x > startX && y > startY) {
      steps.push(0);
      x--;
      y--;
    }
    steps.push(down ? 2 : 1);
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    steps.push(0);
    x--;
    y--;
  }
  return Uint8Array.from(steps.reverse());
}

/** Puts what was removed before what was added inside each changed stretch (rebuilding either text stays exact). */
function tidy(runs: DiffRun[]): DiffRun[] {
  const out: DiffRun[] = [];
  let removed = '';
  let added = '';
  const flush = () => {
    push(out, 'removed', removed);
    push(out, 'added', added);
    removed = '';
    added = '';
  };
  for (const run of runs) {
    if (run.kind === 'removed') removed += run.text;
    else if (run.kind === 'added') added += run.text;
    else {
      flush();
      push(out, 'same', run.text);
    }
  }
  flush();
  return out;
}

type Segment = { same: string } | { removed: string; added: string };

const length = (text: string): number => {
  let n = 0;
  for (const _ of text) n++;
  return n;
};

/** The `readable` clean-up, on runs as `tidy` leaves them (same runs and changes alternate). */
function joinShortCommon(runs: readonly DiffRun[]): DiffRun[] {
  const segments: Segment[] = [];
  for (const run of runs) {
    const last = segments[segments.length - 1];
    if (run.kind === 'same') segments.push({ same: run.text });
    else if (last && !('same' in last)) last[run.kind] += run.text;
    else segments.push(run.kind === 'removed' ? { removed: run.text, added: '' } : { removed: '', added: run.text });
  }
  let i = 1;
  while (i < segments.length - 1) {
    const [left, middle, right] = [segments[i - 1], segments[i], segments[i + 1]] as [Segment, Segment, Segment];
    if ('same' in middle && !('same' in left) && !('same' in right)) {
      const n = length(middle.same);
      if (n <= Math.max(length(left.removed), length(left.added)) && n <= Math.max(length(right.removed), length(right.added))) {
        segments.splice(i - 1, 3, { removed: left.removed + middle.same + right.removed, added: left.added + middle.same + right.added });
        i = Math.max(1, i - 2); // the joined change may now take in the stretch before it
        continue;
      }
    }
    i++;
  }
  const out: DiffRun[] = [];
  for (const segment of segments) {
    if ('same' in segment) push(out, 'same', segment.same);
    else {
      push(out, 'removed', segment.removed);
      push(out, 'added', segment.added);
    }
  }
  return out;
}

/**
 * How `after` differs from `before`, character by character (code points: Chinese has no spaces between words,
 * and a character outside the BMP is never cut in half). Same runs joined with removed ones give `before`; with
 * added ones, `after`. Equal texts give one 'same' run (none when both are empty).
 */
export function diffText(before: string, after: string, options: DiffOptions = {}): DiffRun[] {
  if (before === after) return before === '' ? [] : [{ kind: 'same', text: before }];
  const a = codePoints(before);
  const b = codePoints(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const runs: DiffRun[] = [];
  push(runs, 'same', textOf(a, 0, start));
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const steps = midA.length === 0 || midB.length === 0 ? undefined : myers(midA, midB, options.maxEdits ?? DEFAULT_MAX_EDITS);
  if (steps) {
    let i = 0;
    let j = 0;
    for (const step of steps) {
      if (step === 0) {
        push(runs, 'same', String.fromCodePoint(midA[i++] as number));
        j++;
      } else if (step === 1) push(runs, 'removed', String.fromCodePoint(midA[i++] as number));
      else push(runs, 'added', String.fromCodePoint(midB[j++] as number));
    }
  } else {
    // nothing in common in the middle, or too far apart: the middle was replaced
    push(runs, 'removed', textOf(midA, 0, midA.length));
    push(runs, 'added', textOf(midB, 0, midB.length));
  }
  push(runs, 'same', textOf(a, endA, a.length));
  return options.readable ? joinShortCommon(tidy(runs)) : tidy(runs);
}

/** The text of either version rebuilt from runs. */
export function textFromRuns(runs: readonly DiffRun[], side: 'before' | 'after'): string {
  const skip: DiffKind = side === 'before' ? 'added' : 'removed';
  return runs
    .filter((r) => r.kind !== skip)
    .map((r) => r.text)
    .join('');
}

/** The fields of a story compared in history, in the page's order. */
const COMPARED_FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body', 'photos', 'notes'] as const;
export type ComparedField = (typeof COMPARED_FIELDS)[number];

export interface FieldDiff {
  field: ComparedField;
  before: string;
  after: string;
  changed: boolean;
  runs: DiffRun[];
}

/** Marks a subheading's line in the body's text, so a paragraph turned into a subheading shows as a change. */
export const SUBHEADING_MARK = '■ ';

/** Marks a photo's line (its caption and credit) in the photos' text, so a photo added without a caption shows too. */
export const PHOTO_MARK = '▣ ';

/** A field of a story as one text: the byline as the paper writes it, the body's blocks and the photos one a line. */
export function fieldText(story: Story, field: ComparedField): string {
  if (field === 'byline') return formatByline(story.byline);
  if (field === 'photos') return story.photos.map((p) => PHOTO_MARK + [p.caption, p.credit].filter((t) => t !== '').join(' ')).join('\n');
  if (field === 'body') return story.body.map((b) => (b.type === 'subheading' ? SUBHEADING_MARK + b.text : b.text)).join('\n');
  return story[field];
}

/** Two versions of a story, field by field (`readable` unless told otherwise: this is for people to read). */
export function diffStories(before: Story, after: Story, options: DiffOptions = {}): FieldDiff[] {
  const diffOptions = { ...options, readable: options.readable ?? true };
  return COMPARED_FIELDS.map((field) => {
    const a = fieldText(before, field);
    const b = fieldText(after, field);
    return { field, before: a, after: b, changed: a !== b, runs: diffText(a, b, diffOptions) };
  });
}
