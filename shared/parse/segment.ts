// Cutting a page's lines into stories: each lead's title lines, top byline, body and end byline.
import { isByline, mayBeByline, readByline, readNamesLine, readRolelessByline, startsWithRole, type BylineReading } from '../byline';
import { charLength, endsSentence, hanCount } from '../text';
import { bodyBlocks, looksLikeSubheading, OPEN_ENDING, trailingByline } from './body';
import { readLeadOpening, type DatelineReading } from './dateline';
import { usualGap } from './lines';
import type { PageLine } from './types';

type LineKind = 'dateline' | 'byline' | 'title' | 'text' | 'furniture';

export interface Classified extends PageLine {
  kind: LineKind;
  dateline?: DatelineReading;
  /** Set on the first line of a byline; a byline split over two lines is read as one. */
  byline?: BylineReading;
  /** The line continues the byline of the line before it. */
  bylineContinued?: boolean;
  /** A dateline alone on its line, with the bracketed byline and the lead on the next: that line's number. */
  leadLine?: number;
}

/** The lines of one story, by role. */
export interface Draft {
  /** Opened by a dateline further on, so its title lines are known to be titles. */
  anchored: boolean;
  /** A line of the page's own (edition, date, editor, source, （完）): kept for review, in no story. */
  furniture?: true;
  titles: Classified[];
  top: Classified[];
  anchor?: Classified;
  body: Classified[];
  end: Classified[];
}

const TITLE_MAX = 45;
/** A line of marks only (————, ★★★, ***): a separator between stories, never a title. */
const ORNAMENT = /^[\p{P}\p{S}\s]+$/u;
/** The page's own lines, never a story's title or text: 第3版, 2024年6月21日 星期五, 责任编辑：…, （编辑 王小明）, 来源：…, （完） */
const PAGE_FURNITURE =
  /^(?:第[0-9０-９一二三四五六七八九十]{1,3}版|[0-9０-９]{4}年[0-9０-９]{1,2}月[0-9０-９]{1,2}日|星期[一二三四五六日天]|[（(]?(?:责任编辑|本版编辑|美术编辑|编辑|校对|美编|版式|组版|值班主任|来源|稿件来源|原标题)(?:[\s\u3000]*[:：]|[\s\u3000]+[\u4e00-\u9fff]{2,4}[）)]?$)|[（(]完[）)]$)/u;

/** A headline may end with ！ or ？ ("一起来读书吧！"), never with 。: short, one sentence, no full stop inside. */
function exclaimedTitle(text: string): boolean {
  return /[！？!?]$/u.test(text) && !/[。.；;…]/u.test(text) && charLength(text) <= 30 && hanCount(text) >= 4;
}

/**
 * A headline that is a quotation or ends with one (“小区的事大家商量着办”, 欢乐邻里节 浓浓“年味儿”): the quote closes
 * words, not a sentence (nothing but ！？ before the closing mark), and the line is short.
 */
function quotedTitle(text: string): boolean {
  const m = /([^”"’」』])[”"’」』]+$/u.exec(text);
  if (!m || /[。；;…，,：:]/u.test(m[1] as string)) return false;
  return !/[。；;…]/u.test(text) && charLength(text) <= 30 && hanCount(text) >= 2;
}

/** Short, no full stop inside, no sentence end (but ！？ or a quote that closes words), no byline at its end: a line that can be a title. */
function isTitleLike(text: string): boolean {
  const short = text.length <= TITLE_MAX || (text.length <= 2 * TITLE_MAX && charLength(text) <= TITLE_MAX);
  return short && !text.includes('。') && (!endsSentence(text) || exclaimedTitle(text) || quotedTitle(text)) && !trailingByline(text);
}

/** What each line is on its own: a dateline's line, a byline, a title-like line, or text. */
export function classify(lines: readonly PageLine[]): Classified[] {
  const out: Classified[] = lines.flatMap(splitGluedByline).map((line) => {
    const dateline = readLeadOpening(line.text);
    if (dateline) return { ...line, kind: 'dateline', dateline };
    const byline = mayBeByline(line.text) ? readByline(line.text) : undefined;
    if (byline && isByline(byline)) return { ...line, kind: 'byline', byline };
    const photo = readRolelessByline(line.text);
    if (photo) return { ...line, kind: 'byline', byline: photo };
    if (PAGE_FURNITURE.test(line.text)) return { ...line, kind: 'furniture' };
    return { ...line, kind: isTitleLike(line.text) && !ORNAMENT.test(line.text) ? 'title' : 'text' };
  });
  // "东湖新闻网2026年10月8日讯" alone, then "（记者 谢一）近日，…": one dateline, its byline and the lead
  for (let i = out.length - 1; i > 0; i--) {
    const a = out[i - 1] as Classified;
    const b = out[i] as Classified;
    if (!a.dateline || a.dateline.rest !== '' || a.dateline.byline || b.dateline?.label !== '') continue;
    const { label } = a.dateline;
    out.splice(i - 1, 2, { ...a, dateline: { ...b.dateline, label, removed: a.dateline.removed + b.dateline.removed }, leadLine: b.no });
  }
  // a byline split over two lines: "记者 李明 通讯员" + "王芳"
  for (let i = 0; i + 1 < out.length; i++) {
    const a = out[i] as Classified;
    const b = out[i + 1] as Classified;
    if (a.kind === 'byline' || a.kind === 'dateline' || b.kind === 'dateline' || a.text.length > 80 || b.text.length > 12) continue;
    if (!startsWithRole(a.text.replace(/^[□■（(]\s*/u, ''))) continue;
    const joined = readByline(`${a.text} ${b.text}`);
    if (!isByline(joined)) continue;
    out[i] = { ...a, kind: 'byline', byline: joined };
    const { byline: _own, ...rest } = b; // its own reading (a roleless 李明明 文/图) is part of the joined one
    out[i + 1] = { ...rest, kind: 'byline', bylineContinued: true };
    i++;
  }
  return out;
}

/** A title and a byline on one line, the byline after a mark (居民盼着家门口的新书房□本刊记者 王小峰 文/图): two lines. */
function splitGluedByline(line: PageLine): PageLine[] {
  const at = line.text.search(/[□■◎]/u);
  if (at < 2 || line.text.length > 80) return [line];
  const tail = line.text.slice(at);
  const reading = readByline(tail);
  if (!isByline(reading) && !readRolelessByline(tail)) return [line];
  return [
    { ...line, text: line.text.slice(0, at).trimEnd() },
    { ...line, text: tail, blankBefore: 0 },
  ];
}

/** Index of the first line of each story that a dateline opens, keyed to the dateline's line. */
function anchoredStarts(lines: readonly Classified[], gap: number): Map<number, number> {
  const starts = new Map<number, number>();
  let previous = -1;
  lines.forEach((line, a) => {
    if (line.kind !== 'dateline') return;
    let j = a - 1;
    let top = -1;
    while (j > previous && (lines[j] as Classified).kind === 'byline') top = j--;
    let title = -1;
    // title lines, up to a wider gap than the page's usual one (what stands above it is not this story's)
    while (j > previous && (lines[j] as Classified).kind === 'title') {
      title = j--;
      if ((lines[title] as Classified).blankBefore > gap) break;
    }
    // a byline right before the lead is the story's own (top) only with titles above it, or at the page's start
    const start = title >= 0 ? title : top >= 0 && j < 0 ? top : a;
    starts.set(start, a);
    previous = a;
  });
  return starts;
}

function hasBody(d: Draft): boolean {
  return d.body.length > 0 || (d.anchor?.dateline?.rest ?? '') !== '';
}

/** The page's lines grouped into story drafts, in order. */
export function segment(lines: readonly Classified[]): Draft[] {
  const gap = usualGap(lines);
  const starts = anchoredStarts(lines, gap);
  const drafts: Draft[] = [];
  let cur: Draft | undefined;
  let state: 'titles' | 'top' | 'body' | 'closed' = 'titles';
  const open = (anchored: boolean): Draft => {
    const d: Draft = { anchored, titles: [], top: [], body: [], end: [] };
    drafts.push(d);
    state = 'titles';
    return d;
  };
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as Classified;
    if (line.kind === 'furniture') {
      // set aside where it stands; the story around it goes on
      drafts.push({ anchored: false, furniture: true, titles: [], top: [], body: [line], end: [] });
      continue;
    }
    if (starts.has(i)) cur = open(true);
    cur ??= open(false);
    if (line.kind === 'dateline') {
      cur.anchor = line;
      state = 'body';
      continue;
    }
    switch (state) {
      case 'titles':
        if (line.kind === 'title' && (cur.anchored || cur.titles.length < 3)) cur.titles.push(line);
        else if (line.kind === 'byline') {
          cur.top.push(line);
          state = 'top';
        } else {
          cur.body.push(line);
          state = 'body';
        }
        break;
      case 'top':
        if (line.kind === 'byline') cur.top.push(line);
        else {
          cur.body.push(line);
          state = 'body';
        }
        break;
      case 'body': {
        const names = line.kind === 'byline' ? null : namesAtTheEnd(lines, i, gap);
        if (line.kind === 'byline' || names) {
          cur.end.push(names ? { ...line, kind: 'byline', byline: names } : line);
          state = 'closed';
        } else if (line.kind === 'title' && hasBody(cur) && startsNewStory(lines, i, gap)) {
          // a wider gap before title-like lines and a paragraph: the next story, one without a dateline
          cur = open(false);
          cur.titles.push(line);
        } else cur.body.push(line);
        break;
      }
      case 'closed':
        if (line.kind === 'byline') cur.end.push(line);
        else {
          cur = open(false);
          i--;
        }
        break;
    }
  }
  return drafts;
}

/** Names alone on the last line of a story, after a paragraph that ends a sentence: its byline (庞一 温二). */
function namesAtTheEnd(lines: readonly Classified[], i: number, gap: number): BylineReading | null {
  const before = lines[i - 1];
  const next = lines[i + 1];
  const last =
    next === undefined || next.kind === 'dateline' || next.kind === 'furniture' || next.blankBefore > gap || next.kind === 'title';
  if (!last || !before || !endsSentence(before.text)) return null;
  return readNamesLine((lines[i] as Classified).text);
}

/**
 * Inside a story's body, the next story without a dateline: title-like lines and then text, after a gap wider
 * than the page's usual one, or two or three such lines in a row (a subheading stands alone).
 */
function startsNewStory(lines: readonly Classified[], i: number, gap: number): boolean {
  let j = i;
  while (j < lines.length && (lines[j] as Classified).kind === 'title' && j - i < 3) j++;
  const next = lines[j];
  if (!next || next.kind === 'dateline' || !(next.kind === 'text' || next.kind === 'byline')) return false;
  if ((lines[i] as Classified).blankBefore > gap) return true;
  const before = lines[i - 1];
  const run = lines.slice(i, j);
  // "夜市重开张" / "记者 周四" / text: a headline, its byline on the next line, then the story's body
  const after = lines[j + 1];
  if (next.kind === 'byline' && after?.kind === 'text' && before !== undefined && endsSentence(before.text)) return true;
  return (
    run.length >= 2 &&
    before !== undefined &&
    endsSentence(before.text) &&
    run.slice(0, -1).every((l) => looksLikeSubheading(l.text)) &&
    !OPEN_ENDING.test((run[run.length - 1] as Classified).text)
  );
}

/**
 * A story without a dateline starts its body at the first line that is not title-like. When lines joined into
 * that lead read as a title after all (the page's columns cut it), they are titles: laid out again, they would be.
 */
export function settleDatelessLead(d: Draft): void {
  if (d.anchor) return;
  while (d.titles.length < 3 && d.body.length > 0) {
    const { blocks } = bodyBlocks(d.body);
    const lead = blocks[0];
    if (!lead || !isTitleLike(lead.text)) return;
    const taken = d.body.splice(0, lead.lines.length);
    d.titles.push({ ...(taken[0] as Classified), text: lead.text, kind: 'title' });
  }
}
