// The copy desk's checks: a story's or a page's findings under a house style (the fixes are in fix.ts, the check while typing in incremental.ts).
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
import { numberStyleMixed, numberUsesIn } from './numberStyle';
import { NO_MEMO, type TextMemo } from './textMemo';
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
export function placed(raw: readonly RawFinding[], field: FindingField, block: number | undefined, style: CheckSettings): Finding[] {
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

/**
 * Every finding of a story's texts under a house style. `memo` (see incremental.ts) gives back each text's own
 * checks from the check before when that text is unchanged; the story-wide ones (a number's form across the
 * story, the story's length, a quotation over several paragraphs, the lead and the last paragraph) are made
 * again each time from the texts' remembered parts.
 */
export function checkCopy(texts: CopyTexts, style: CheckSettings, memo: TextMemo = NO_MEMO): Finding[] {
  const out: Finding[] = [];
  const titleChecks = (text: string) => lineChecks(text, { titleParts: true }, style);
  for (const field of ['kicker', 'headline', 'subheadline'] as const) {
    out.push(...placed(memo.of('title', texts[field], titleChecks), field, undefined, style));
  }
  const words = (text: string) => memo.of('words', text, (t) => countText(t).words);
  out.push(
    ...placed(lengthTarget(words(texts.headline), style.headlineTarget, 'headline', texts.headline.length), 'headline', undefined, style),
  );
  const datelineChecks = (text: string) => [...lineChecks(text, null, style), ...datelineField(text, style.datelineLabel)];
  out.push(...placed(memo.of('dateline', texts.dateline, datelineChecks), 'dateline', undefined, style));
  // a byline or photo credit at a paragraph's end (图为活动现场。记者 李明 摄) and a dateline's bracketed byline keep their spaces, as on a page
  const paragraphChecks = (text: string) => lineChecks(text, { exempt: bodyExempt(text) }, style);
  // datelineInBody tells only the lead (block 0) from the other paragraphs
  const inBody = (text: string) => datelineInBody(text, 1, style.datelineLabel);
  const inLead = (text: string) => datelineInBody(text, 0, style.datelineLabel);
  texts.body.forEach((block, i) => {
    const own = block.type === 'subheading' ? memo.of('title', block.text, titleChecks) : memo.of('paragraph', block.text, paragraphChecks);
    const raw = [...continuedQuote(own, texts.body[i + 1]?.text)];
    if (i === 0 && block.type === 'paragraph') raw.push(...leadRepeatsDateline(block.text));
    // the desk's layout mistakes (issue 18): a dateline inside the body, the byline left in the body's first or last paragraph
    if (block.type === 'paragraph') {
      raw.push(...(i === 0 ? memo.of('dateline-in-lead', block.text, inLead) : memo.of('dateline-in-body', block.text, inBody)));
      if (i === 0 || i === texts.body.length - 1) raw.push(...bylineInBody(block.text, texts.byline));
    }
    out.push(...placed(raw, 'body', i, style));
  });
  // the byline's spaces are its own: between roles and names
  const bylineChecks = (text: string) => [...lineChecks(text, null, style), ...bylineForm(text)];
  out.push(...placed(memo.of('byline', texts.byline, bylineChecks), 'byline', undefined, style));
  // a caption is one line of copy; a credit (记者 张明 摄) keeps its spaces between role, names and credit, as a byline does
  const captionChecks = (text: string) => lineChecks(text, {}, style);
  const creditChecks = (text: string) => lineChecks(text, null, style);
  (texts.photos ?? []).forEach((photo, i) => {
    out.push(...placed(memo.of('caption', photo.caption, captionChecks), 'caption', i, style));
    out.push(...placed(memo.of('credit', photo.credit, creditChecks), 'credit', i, style));
  });
  // GB/T 15835 numbers (wt-numbers): dates and counts in one form across the story's body and captions (titles keep their own)
  const bodyTexts = texts.body.map((b) => (b.type === 'paragraph' ? b.text : ''));
  const captions = (texts.photos ?? []).map((p) => p.caption);
  const styled = numberStyleMixed([...bodyTexts, ...captions], (text) => memo.of('numbers', text, numberUsesIn));
  styled.forEach((raw, i) => {
    if (i < bodyTexts.length) out.push(...placed(raw, 'body', i, style));
    else out.push(...placed(raw, 'caption', i - bodyTexts.length, style));
  });
  const storyCount = [texts.kicker, texts.headline, texts.subheadline, texts.dateline, texts.byline, ...texts.body.map((b) => b.text)]
    .map(words)
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

export type { CheckId };
