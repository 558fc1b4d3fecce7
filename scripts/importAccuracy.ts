// Field accuracy of the importer: a labelled page's expected stories against the stories parsePage read, field by field.
import { z } from 'zod';
import type { Contributor, Story } from '../shared/story';

/** The fields measured, in the order they are printed. */
export const FIELDS = ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'bylinePosition', 'body'] as const;
export type Field = (typeof FIELDS)[number];

const bodyBlockLabel = z.union([z.string(), z.strictObject({ subheading: z.string() })]);

/** One story as a person labelled it: the fields as the paper prints them; body paragraphs as strings, subheadings as `{ subheading }`. */
const expectedStorySchema = z.strictObject({
  kicker: z.string().default(''),
  headline: z.string(),
  subheadline: z.string().default(''),
  dateline: z.string().default(''),
  /** The byline as formatByline writes the contributors: `记者 王小明 通讯员 李红`, `记者 王小明 摄`. */
  byline: z.string().default(''),
  /** Where the byline stands; required when there is a byline, ignored when there is none. */
  bylinePosition: z.enum(['end', 'inline', 'dateline', 'top']).optional(),
  body: z.array(bodyBlockLabel).min(1),
});

/** A case's labels (NAME.json): the stories of the page NAME.txt in order, and the layouts it shows (for grouping). */
export const caseLabelsSchema = z.strictObject({
  layouts: z.array(z.string()).default([]),
  stories: z.array(expectedStorySchema).min(1),
  note: z.string().optional(),
});

export type ExpectedStory = z.infer<typeof expectedStorySchema>;
export type CaseLabels = z.infer<typeof caseLabelsSchema>;

/** The part of a parsed story measured. */
export type ReadStory = Pick<Story, 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'bylinePosition' | 'body'>;

export type FormatByline = (contributors: readonly Contributor[]) => string;

export interface FieldResult {
  /** Index of the expected story. */
  story: number;
  field: Field;
  right: boolean;
  expected: string;
  got: string;
}

export interface CaseResult {
  name: string;
  layouts: string[];
  expectedStories: number;
  gotStories: number;
  fields: FieldResult[];
  /** Body blocks: matched in order (longest common run), and the larger of expected and read, summed over stories. */
  blocks: { matched: number; expected: number; got: number; outOf: number };
  /** Characters of text the importer placed in no story. */
  unplacedChars: number;
}

/** Text compared: trimmed, every run of white space (U+3000 and NBSP too) one space. */
export function normalise(text: string): string {
  return text.replace(/[\s\u3000\u00a0\ufeff]+/gu, ' ').trim();
}

interface BlockText {
  type: 'paragraph' | 'subheading';
  text: string;
}

function expectedBlocks(story: ExpectedStory): BlockText[] {
  return story.body.map((b) =>
    typeof b === 'string' ? { type: 'paragraph', text: normalise(b) } : { type: 'subheading', text: normalise(b.subheading) },
  );
}

function readBlocks(story: ReadStory): BlockText[] {
  return story.body.map((b) => ({ type: b.type, text: normalise(b.text) })).filter((b) => b.text !== '');
}

const blockKey = (b: BlockText) => `${b.type === 'subheading' ? '## ' : ''}${b.text}`;

/** Length of the longest common subsequence of two lists of keys. */
function commonRun(a: readonly string[], b: readonly string[]): number {
  let prev = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    const row = [0];
    b.forEach((y, j) => row.push(x === y ? (prev[j] as number) + 1 : Math.max(prev[j + 1] as number, row[j] as number)));
    prev = row;
  }
  return prev[b.length] as number;
}

function bigrams(text: string): Map<string, number> {
  const chars = [...text.replace(/[\s\u3000]/gu, '')];
  const out = new Map<string, number>();
  for (let i = 0; i + 1 < chars.length; i++) {
    const g = `${chars[i]}${chars[i + 1]}`;
    out.set(g, (out.get(g) ?? 0) + 1);
  }
  return out;
}

/** How much two stories' text overlap (Dice coefficient of character pairs, 0 to 1). */
function likeness(expected: ExpectedStory, got: ReadStory, formatByline: FormatByline): number {
  const a = bigrams([expected.kicker, expected.headline, expected.subheadline, ...expectedBlocks(expected).map((b) => b.text)].join(''));
  const b = bigrams([got.kicker, got.headline, got.subheadline, ...got.body.map((x) => x.text), formatByline(got.byline)].join(''));
  let shared = 0;
  let total = 0;
  for (const n of a.values()) total += n;
  for (const n of b.values()) total += n;
  for (const [g, n] of a) shared += Math.min(n, b.get(g) ?? 0);
  return total === 0 ? 0 : (2 * shared) / total;
}

/**
 * Pairs expected stories with read ones in page order, so that the pairs overlap most (a read story pairs with at
 * most one expected story; a pair needs some text in common). Returns, for each expected story, its read story's index or -1.
 */
export function alignStories(expected: readonly ExpectedStory[], got: readonly ReadStory[], formatByline: FormatByline): number[] {
  const sim = expected.map((e) => got.map((g) => likeness(e, g, formatByline)));
  const best: number[][] = Array.from({ length: expected.length + 1 }, () => new Array<number>(got.length + 1).fill(0));
  for (let i = expected.length - 1; i >= 0; i--)
    for (let j = got.length - 1; j >= 0; j--) {
      const s = sim[i]?.[j] as number;
      const pair = s > 0.1 ? s + (best[i + 1]?.[j + 1] as number) : -1;
      best[i]![j] = Math.max(pair, best[i + 1]?.[j] as number, best[i]?.[j + 1] as number);
    }
  const pairs = new Array<number>(expected.length).fill(-1);
  let i = 0;
  let j = 0;
  while (i < expected.length && j < got.length) {
    const s = sim[i]?.[j] as number;
    if (s > 0.1 && best[i]?.[j] === s + (best[i + 1]?.[j + 1] as number)) pairs[i++] = j++;
    else if (best[i]?.[j] === best[i + 1]?.[j]) i++;
    else j++;
  }
  return pairs;
}

/**
 * Where two bodies first part, for the report: the block's number and counts, and each side from a few characters
 * before the first character that differs.
 */
export function bodyDifference(want: readonly string[], have: readonly string[]): [string, string] {
  const k = want.findIndex((w, i) => w !== have[i]);
  const at = k < 0 ? want.length : k;
  const a = [...(want[at] ?? '(none)')];
  const b = [...(have[at] ?? '(none)')];
  let c = 0;
  while (c < a.length && c < b.length && a[c] === b[c]) c++;
  const from = Math.max(0, c - 6);
  const cut = (chars: string[]) => `${from > 0 ? '…' : ''}${chars.slice(from).join('')}`;
  return [`${want.length} blocks, #${at + 1}: ${cut(a)}`, `${have.length} blocks, #${at + 1}: ${cut(b)}`];
}

const EMPTY: ReadStory = { kicker: '', headline: '', subheadline: '', dateline: '', byline: [], bylinePosition: 'end', body: [] };

/**
 * Compares one page. A field is right when it equals the label after `normalise`; the byline is compared as
 * formatByline writes the contributors; the position only where the label has a byline; the body when every
 * block (type and text) is the same, in order. An expected story no read story pairs with has every field wrong.
 */
export function compareCase(
  name: string,
  labels: CaseLabels,
  got: readonly ReadStory[],
  formatByline: FormatByline,
  unplacedChars = 0,
): CaseResult {
  const pairs = alignStories(labels.stories, got, formatByline);
  const fields: FieldResult[] = [];
  const blocks = { matched: 0, expected: 0, got: 0, outOf: 0 };
  labels.stories.forEach((e, story) => {
    const g = got[pairs[story] as number] ?? EMPTY;
    const found = g !== EMPTY;
    const add = (field: Field, expected: string, read: string, same = expected === read) =>
      fields.push({ story, field, right: found && same, expected, got: found ? read : '(no story)' });
    add('kicker', normalise(e.kicker), normalise(g.kicker));
    add('headline', normalise(e.headline), normalise(g.headline));
    add('subheadline', normalise(e.subheadline), normalise(g.subheadline));
    add('dateline', normalise(e.dateline), normalise(g.dateline));
    const bylineRead = normalise(formatByline(g.byline));
    add('byline', normalise(e.byline), bylineRead);
    if (normalise(e.byline) !== '')
      add('bylinePosition', e.bylinePosition ?? '(unlabelled)', bylineRead === '' ? '(none)' : g.bylinePosition);
    const want = expectedBlocks(e).map(blockKey);
    const have = readBlocks(g).map(blockKey);
    add('body', ...bodyDifference(want, have), want.length === have.length && want.every((w, i) => w === have[i]));
    blocks.matched += found ? commonRun(want, have) : 0;
    blocks.expected += want.length;
    blocks.got += found ? have.length : 0;
    blocks.outOf += Math.max(want.length, found ? have.length : 0);
  });
  return { name, layouts: labels.layouts, expectedStories: labels.stories.length, gotStories: got.length, fields, blocks, unplacedChars };
}

export interface Tally {
  right: number;
  total: number;
}

export interface Summary {
  cases: number;
  perField: Record<Field, Tally>;
  overall: Tally;
  share: number;
  blocks: { matched: number; expected: number; got: number; outOf: number; share: number };
  /** Pages read as more stories than they have (must be none), and as fewer. */
  overSplit: string[];
  underSplit: string[];
  /** Pages with text placed in no story. */
  unplaced: string[];
  /** Fields right per layout label. */
  perLayout: Record<string, Tally>;
  wrong: Array<FieldResult & { name: string }>;
}

const ratio = (t: Tally) => (t.total === 0 ? 1 : t.right / t.total);

export function summarise(results: readonly CaseResult[]): Summary {
  const perField = Object.fromEntries(FIELDS.map((f) => [f, { right: 0, total: 0 }])) as Record<Field, Tally>;
  const overall = { right: 0, total: 0 };
  const blocks = { matched: 0, expected: 0, got: 0, outOf: 0 };
  const perLayout: Record<string, Tally> = {};
  const wrong: Summary['wrong'] = [];
  for (const r of results) {
    for (const f of r.fields) {
      const tallies = [perField[f.field], overall, ...r.layouts.map((l) => (perLayout[l] ??= { right: 0, total: 0 }))];
      for (const t of tallies) {
        t.total++;
        if (f.right) t.right++;
      }
      if (!f.right) wrong.push({ name: r.name, ...f });
    }
    blocks.matched += r.blocks.matched;
    blocks.expected += r.blocks.expected;
    blocks.got += r.blocks.got;
    blocks.outOf += r.blocks.outOf;
  }
  return {
    cases: results.length,
    perField,
    overall,
    share: ratio(overall),
    blocks: { ...blocks, share: blocks.outOf === 0 ? 1 : blocks.matched / blocks.outOf },
    overSplit: results.filter((r) => r.gotStories > r.expectedStories).map((r) => r.name),
    underSplit: results.filter((r) => r.gotStories < r.expectedStories).map((r) => r.name),
    unplaced: results.filter((r) => r.unplacedChars > 0).map((r) => r.name),
    perLayout,
    wrong,
  };
}

/** A value cut short for a line of the report. */
export function short(text: string, max = 36): string {
  const chars = [...text];
  return chars.length <= max ? text : `${chars.slice(0, max - 1).join('')}…`;
}

const percent = (t: Tally) => `${(ratio(t) * 100).toFixed(1)}%`;

/** The report as printed: per field, overall, splits, per layout, then each wrong field. */
export function formatSummary(s: Summary, results: readonly CaseResult[]): string {
  const out: string[] = [`Import field accuracy over ${s.cases} page(s)`, ''];
  for (const f of FIELDS)
    out.push(
      `  ${f.padEnd(15)} ${String(s.perField[f].right).padStart(4)} / ${String(s.perField[f].total).padEnd(4)} ${percent(s.perField[f])}`,
    );
  out.push(
    `  ${'all fields'.padEnd(15)} ${String(s.overall.right).padStart(4)} / ${String(s.overall.total).padEnd(4)} ${percent(s.overall)}`,
  );
  out.push(
    `  body blocks     ${String(s.blocks.matched).padStart(4)} / ${String(s.blocks.outOf).padEnd(4)} ${(s.blocks.share * 100).toFixed(1)}%  (expected ${s.blocks.expected}, read ${s.blocks.got})`,
    '',
    `Pages split into more stories than they have: ${s.overSplit.length}${s.overSplit.length ? ` (${s.overSplit.join(', ')})` : ''}`,
    `Pages read as fewer stories than they have: ${s.underSplit.length}${s.underSplit.length ? ` (${s.underSplit.join(', ')})` : ''}`,
    `Pages with text placed in no story: ${s.unplaced.length}${s.unplaced.length ? ` (${s.unplaced.join(', ')})` : ''}`,
  );
  const layouts = Object.keys(s.perLayout).sort();
  if (layouts.length > 0) {
    out.push('', 'Fields right per layout:');
    for (const l of layouts)
      out.push(
        `  ${l.padEnd(48)} ${percent(s.perLayout[l] as Tally)} (${(s.perLayout[l] as Tally).right}/${(s.perLayout[l] as Tally).total})`,
      );
  }
  if (s.wrong.length > 0) {
    out.push('', 'Wrong fields (case #story field: expected → got):');
    for (const w of s.wrong) {
      const r = results.find((x) => x.name === w.name);
      const story = r && r.expectedStories > 1 ? `#${w.story + 1}` : '';
      out.push(`  ${w.name}${story} ${w.field}: ${JSON.stringify(short(w.expected, 60))} → ${JSON.stringify(short(w.got, 60))}`);
    }
  }
  return out.join('\n');
}
