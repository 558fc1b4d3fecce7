// The copy desk's entry points: a story's or a page's findings under a house style, and applying the certain fixes.
import { formatByline } from '../byline';
import { countText } from '../count';
import type { HouseStyle } from '../houseStyle';
import type { Story } from '../story';
import { typesetterCharacters } from './characterRules';
import { dashForm, ellipsisForm, estimateComma, interpunct, nestedQuotes } from './punctuationRules';
import { rangeMark } from './rangeRules';
import { layoutSpaces } from './layoutSpaces';
import { bylineForm, bylineStart, datelineField, leadRepeatsDateline, lengthTarget, pageDateline } from './formRules';
import {
  doubledPunctuation,
  fullwidthDigitsLetters,
  halfwidthPunctuation,
  straySpaces,
  unpairedMarks,
  type SpaceAllowance,
} from './textRules';
import { estimateDigits, mixedNumerals, percentRanges, twoDigitYears } from './numberRules';
import { numberStyleMixed } from './numberStyle';
import { bylineInBody, datelineInBody, datelineInLine } from './deskLayoutRules';
import { wordChecks } from './wordRules';
import { CHECK_IDS, DEFAULT_SEVERITY, type CheckId, type Finding, type FindingField, type RawFinding } from './types';

/** The texts a story is checked in, as the editor's fields hold them (the byline as typed). */
export interface CopyTexts {
  kicker: string;
  headline: string;
  subheadline: string;
  dateline: string;
  byline: string;
  body: ReadonlyArray<{ type: 'paragraph' | 'subheading'; text: string }>;
  /** The photos' captions and credits, in the story's order (absent: no photos). */
  photos?: ReadonlyArray<{ caption: string; credit: string }>;
}

export type CheckSettings = Pick<HouseStyle, 'datelineLabel' | 'headlineTarget' | 'storyTarget'> & {
  checks?: HouseStyle['checks'];
  /** The mark that joins a range of numbers (5～8月); absent: ～. */
  rangeMark?: HouseStyle['rangeMark'];
  /** What the typesetting system takes; absent: everything. */
  characterSet?: HouseStyle['characterSet'];
  // words (issue 18): the style's name (a finding says which list it came from) and its word lists
  name?: string;
  wordPairs?: HouseStyle['wordPairs'];
  neverUse?: HouseStyle['neverUse'];
};

function storyTexts(story: Story): CopyTexts {
  return {
    kicker: story.kicker,
    headline: story.headline,
    subheadline: story.subheadline,
    dateline: story.dateline,
    byline: formatByline(story.byline),
    body: story.body,
    photos: story.photos ?? [],
  };
}

/** The checks every line of copy goes through. */
function lineChecks(text: string, spaces: SpaceAllowance | null, style: CheckSettings): RawFinding[] {
  const percent = percentRanges(text, style.rangeMark);
  return [
    ...typesetterCharacters(text, style.characterSet),
    ...halfwidthPunctuation(text),
    ...unpairedMarks(text),
    ...doubledPunctuation(text),
    ...fullwidthDigitsLetters(text),
    ...(spaces ? straySpaces(text, spaces) : []),
    // GB/T 15835 numbers (wt-numbers)
    ...mixedNumerals(text),
    ...estimateDigits(text),
    ...twoDigitYears(text),
    ...percent,
    // GB/T 15834—2011 punctuation (wt-punct)
    ...ellipsisForm(text),
    ...dashForm(text),
    // a percentage range's mark is mended with its % sign (percent-range), not reported twice
    ...rangeMark(text, style.rangeMark).filter((r) => !percent.some((p) => p.start <= r.start && r.end <= p.end)),
    ...nestedQuotes(text),
    ...estimateComma(text),
    ...interpunct(text),
    // words (issue 18): misused words, the house style's word pairs and never-use words, 的/地/得
    ...wordChecks(text, style),
  ];
}

/**
 * A quotation of several paragraphs opens each with “ and closes only in the last (GB/T 15834): a paragraph's
 * opening “ left unclosed is no finding when the next paragraph opens with “ too.
 */
function continuedQuote(raw: RawFinding[], next: string | undefined): RawFinding[] {
  if (next === undefined || !next.trimStart().startsWith('“')) return raw;
  return raw.filter((r) => !(r.rule === 'unpaired-mark' && r.params.why === 'unclosed' && r.params.found === '“' && r.start === 0));
}

/** Gives raw findings their place and the house style's severity; drops the checks the style turns off. */
function placed(raw: readonly RawFinding[], field: FindingField, block: number | undefined, style: CheckSettings): Finding[] {
  const out: Finding[] = [];
  for (const r of raw) {
    const setting = style.checks?.[r.rule];
    if (setting === 'off') continue;
    const severity = setting === 'error' || setting === 'warning' ? setting : DEFAULT_SEVERITY[r.rule];
    out.push({ ...r, severity, field, ...(block !== undefined ? { block } : {}) });
  }
  return out;
}

const FIELD_ORDER: readonly FindingField[] = [
  'kicker',
  'headline',
  'subheadline',
  'dateline',
  'body',
  'byline',
  'caption',
  'story',
  'page',
];
/** A photo's credit is read with its caption: photo 1's caption and credit, then photo 2's. */
const orderOf = (field: FindingField) => FIELD_ORDER.indexOf(field === 'credit' ? 'caption' : field);

/** Findings in reading order: field by field, block by block (a photo's caption before its credit), then by position. */
function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) =>
      orderOf(a.field) - orderOf(b.field) ||
      (a.block ?? 0) - (b.block ?? 0) ||
      Number(a.field === 'credit') - Number(b.field === 'credit') ||
      a.start - b.start ||
      CHECK_IDS.indexOf(a.rule) - CHECK_IDS.indexOf(b.rule),
  );
}

/** Every finding of a story's texts under a house style. */
export function checkCopy(texts: CopyTexts, style: CheckSettings): Finding[] {
  const out: Finding[] = [];
  for (const field of ['kicker', 'headline', 'subheadline'] as const) {
    out.push(...placed(lineChecks(texts[field], { titleParts: true }, style), field, undefined, style));
  }
  const headlineCount = countText(texts.headline).words;
  out.push(...placed(lengthTarget(headlineCount, style.headlineTarget, 'headline', texts.headline.length), 'headline', undefined, style));
  out.push(
    ...placed(
      [...lineChecks(texts.dateline, null, style), ...datelineField(texts.dateline, style.datelineLabel)],
      'dateline',
      undefined,
      style,
    ),
  );
  texts.body.forEach((block, i) => {
    // a byline or photo credit at a paragraph's end (图为活动现场。记者 李明 摄) and a dateline's bracketed byline keep their spaces, as on a page
    const exempt = block.type === 'paragraph' ? bodyExempt(block.text) : [];
    const raw = continuedQuote(
      lineChecks(block.text, block.type === 'subheading' ? { titleParts: true } : { exempt }, style),
      texts.body[i + 1]?.text,
    );
    if (i === 0 && block.type === 'paragraph') raw.push(...leadRepeatsDateline(block.text));
    // the desk's layout mistakes (issue 18): a dateline inside the body, the byline left in the body's first or last paragraph
    if (block.type === 'paragraph') {
      raw.push(...datelineInBody(block.text, i, style.datelineLabel));
      if (i === 0 || i === texts.body.length - 1) raw.push(...bylineInBody(block.text, texts.byline));
    }
    out.push(...placed(raw, 'body', i, style));
  });
  // the byline's spaces are its own: between roles and names
  out.push(...placed([...lineChecks(texts.byline, null, style), ...bylineForm(texts.byline)], 'byline', undefined, style));
  // a caption is one line of copy; a credit (记者 张明 摄) keeps its spaces between role, names and credit, as a byline does
  (texts.photos ?? []).forEach((photo, i) => {
    out.push(...placed(lineChecks(photo.caption, {}, style), 'caption', i, style));
    out.push(...placed(lineChecks(photo.credit, null, style), 'credit', i, style));
  });
  // GB/T 15835 numbers (wt-numbers): dates and counts in one form across the story's body and captions (titles keep their own)
  const bodyTexts = texts.body.map((b) => (b.type === 'paragraph' ? b.text : ''));
  const captions = (texts.photos ?? []).map((p) => p.caption);
  const styled = numberStyleMixed([...bodyTexts, ...captions]);
  styled.forEach((raw, i) => {
    if (i < bodyTexts.length) out.push(...placed(raw, 'body', i, style));
    else out.push(...placed(raw, 'caption', i - bodyTexts.length, style));
  });
  const storyCount = [texts.kicker, texts.headline, texts.subheadline, texts.dateline, texts.byline, ...texts.body.map((b) => b.text)]
    .map((t) => countText(t).words)
    .reduce((a, b) => a + b, 0);
  out.push(...placed(lengthTarget(storyCount, style.storyTarget, 'story', 0), 'story', undefined, style));
  return sortFindings(out);
}

/** The ranges of a paragraph whose spaces are the layout's own: a byline after its last sentence, a dateline's brackets, a closing credit. */
function bodyExempt(text: string): Array<[number, number]> {
  const exempt = [...pageDateline(text).exempt, ...layoutSpaces(text)];
  const byline = bylineStart(text);
  if (byline >= 0) exempt.push([byline, text.length]);
  return exempt;
}

export function checkStory(story: Story, style: CheckSettings): Finding[] {
  return checkCopy(storyTexts(story), style);
}

/** A line of a page that reads as a title or a subheading: short, no full stop. */
function isTitleLike(line: string): boolean {
  return [...line].length <= 40 && !/[。.；;]/u.test(line);
}

/** Every finding of a plain-text page, line by line (field 'page', block = the line's index from 0). */
export function checkText(page: string, style: CheckSettings): Finding[] {
  const out: Finding[] = [];
  const lines = page.split(/\r\n|\n|\r/);
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    const nextLine = lines.slice(i + 1).find((l) => l.trim() !== '');
    const dateline = pageDateline(line);
    const layout = layoutSpaces(line);
    const exempt = [...dateline.exempt, ...layout];
    const byline = bylineStart(line);
    if (byline >= 0) exempt.push([byline, line.length]);
    const spaces = { exempt, titleParts: byline < 0 && dateline.exempt.length === 0 && layout.length === 0 && isTitleLike(line) };
    const raw = [...continuedQuote(lineChecks(line, spaces, style), nextLine), ...dateline.findings];
    // the desk's layout mistakes (issue 18): a dateline inside a line (one opening a lead line is the page's form)
    raw.push(...datelineInLine(line, style.datelineLabel));
    out.push(...placed(raw, 'page', i, style));
  });
  // GB/T 15835 numbers (wt-numbers): the whole page is one setting for dates and counts; title-like lines keep their own
  numberStyleMixed(lines.map((l) => (isTitleLike(l) ? '' : l))).forEach((raw, i) => out.push(...placed(raw, 'page', i, style)));
  return sortFindings(out);
}

/**
 * The text with the findings' fixes applied (findings of this one text). Overlapping fixes: the first one wins,
 * the others wait for the next round.
 */
export function applyFixes(text: string, findings: readonly Pick<Finding, 'start' | 'end' | 'fix'>[]): string {
  const fixes = findings.filter((f) => f.fix).sort((a, b) => a.start - b.start || a.end - b.end);
  let out = '';
  let at = 0;
  for (const f of fixes) {
    if (f.start < at) continue;
    out += text.slice(at, f.start) + (f.fix as { replacement: string }).replacement;
    at = f.end;
  }
  return out + text.slice(at);
}

/** Applies certain fixes round after round (one fix can reveal another: ,, → ，， → ，) until none is left. */
function fixUntilSettled(text: string, find: (text: string) => Finding[]): string {
  let current = text;
  for (let round = 0; round < 6; round++) {
    const fixable = find(current).filter((f) => f.fix);
    if (fixable.length === 0) break;
    const next = applyFixes(current, fixable);
    if (next === current) break;
    current = next;
  }
  return current;
}

/** A plain-text page with every certain fix applied; line endings stay as they were. */
export function fixText(page: string, style: CheckSettings): string {
  return page
    .split(/(\r\n|\n|\r)/)
    .map((part, i) => {
      if (i % 2 === 1) return part;
      return fixUntilSettled(part, (line) => checkText(line, style));
    })
    .join('');
}

/** Findings of a story's field (or body block), so each text is fixed on its own. */
function ofField(findings: readonly Finding[], field: FindingField, block?: number): Finding[] {
  return findings.filter((f) => f.field === field && f.block === block);
}

/** A story with every certain fix applied to its fields; the byline's contributors are fixed piece by piece. */
export function fixStory(story: Story, style: CheckSettings): Story {
  const fixField = (field: Exclude<FindingField, 'story' | 'page' | 'body' | 'byline' | 'caption' | 'credit'>) =>
    fixUntilSettled(story[field], (t) => ofField(checkStory({ ...story, [field]: t }, style), field));
  const body = story.body.map((b, i) => ({
    ...b,
    text: fixUntilSettled(b.text, (t) =>
      ofField(checkStory({ ...story, body: story.body.map((x, j) => (j === i ? { ...x, text: t } : x)) }, style), 'body', i),
    ),
  }));
  const piece = (t: string) =>
    fixUntilSettled(t, (x) =>
      placed([...halfwidthPunctuation(x), ...doubledPunctuation(x), ...fullwidthDigitsLetters(x)], 'byline', undefined, style),
    );
  const byline = story.byline.map((c) => ({ ...c, role: piece(c.role), names: c.names.map(piece), credit: piece(c.credit) }));
  const photoPart = (i: number, part: 'caption' | 'credit', text: string) =>
    fixUntilSettled(text, (t) =>
      ofField(checkStory({ ...story, photos: story.photos.map((p, j) => (j === i ? { ...p, [part]: t } : p)) }, style), part, i),
    );
  const photos = story.photos.map((p, i) => ({
    ...p,
    caption: photoPart(i, 'caption', p.caption),
    credit: photoPart(i, 'credit', p.credit),
  }));
  return {
    ...story,
    kicker: fixField('kicker'),
    headline: fixField('headline'),
    subheadline: fixField('subheadline'),
    dateline: fixField('dateline'),
    body,
    byline,
    photos,
  };
}

export type { CheckId };
