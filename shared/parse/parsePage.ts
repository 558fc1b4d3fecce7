// The importer: a plain-text page to stories, with every decision it took and why, for review before drafts are written.
import { addContributors, type BylineReading } from '../byline';
import { newId, newStory, type BylinePosition, type Contributor, type Story } from '../story';
import { bodyBlocks, trailingByline, type BodyLine } from './body';
import { pageLines } from './lines';
import { classify, segment, settleDatelessLead, type Classified, type Draft } from './segment';
import { assignTitles } from './titles';
import type { Decision, ParsedPage } from './types';

export interface ParseOptions {
  now?: Date;
  newId?: () => string;
}

/** Marks a page sets before a paragraph: ▶, ●, ■ … */
const PARAGRAPH_MARK = /^[▶►▷◆◇●○■□★☆※•][\s\u3000]*/u;

const span = (lines: readonly number[]) => (lines.length === 1 ? `line ${lines[0]}` : `lines ${lines[0]}–${lines[lines.length - 1]}`);

function allLines(d: Draft): Classified[] {
  return [...d.titles, ...d.top, ...(d.anchor ? [d.anchor] : []), ...d.body, ...d.end].sort((a, b) => a.no - b.no);
}

function unplaced(lines: readonly Classified[], why: string): Decision {
  const nos = lines.map((l) => l.no);
  return {
    kind: 'unplaced',
    story: null,
    lines: nos,
    text: lines.map((l) => l.text).join('\n'),
    message: `${span(nos)} not placed in a story: ${why}; kept for review`,
  };
}

/** Reads the byline lines of one place (top or end): consecutive lines are one byline. */
function readLines(group: readonly Classified[]): BylineReading {
  const readings = group.filter((l) => l.byline).map((l) => l.byline as BylineReading);
  return {
    contributors: readings.flatMap((r) => r.contributors),
    unread: readings.flatMap((r) => r.unread),
    removed: readings.map((r) => r.removed).join(''),
  };
}

function describe(contributors: readonly Contributor[]): string {
  return contributors.map((c) => `${c.role} ${c.names.join('、')}${c.credit ? ` (${c.credit})` : ''}`).join(', ');
}

function buildStory(d: Draft, index: number, options: ParseOptions, decisions: Decision[]): Story {
  const say = (decision: Omit<Decision, 'story'>) => decisions.push({ story: index, ...decision });
  const first = (d.titles[0] ?? d.top[0] ?? d.anchor ?? d.body[0]) as Classified;
  const last = (d.end[d.end.length - 1] ??
    d.body[d.body.length - 1] ??
    d.anchor ??
    d.top[d.top.length - 1] ??
    d.titles[d.titles.length - 1]) as Classified;
  const lines = first.no === last.no ? [first.no] : [first.no, last.no];
  say({ kind: 'story', lines, message: `${span(lines)} taken as story ${index + 1}` });

  const titles = assignTitles(d.titles);
  titles.reasons.forEach((r, i) =>
    say({
      kind: 'title',
      lines: r.lines,
      field: r.field,
      message: r.message,
      ...(r.how ? { how: r.how } : {}),
      // the other reading of the title lines rides on the first title decision
      ...(i === 0 && titles.alternative ? { alternative: titles.alternative } : {}),
    }),
  );
  for (const r of titles.removed) say({ kind: 'removed', lines: r.lines, removed: r.text, message: r.message });
  if (d.titles.length === 0)
    say({
      kind: 'title',
      lines: [lines[0] as number],
      field: 'headline',
      message: `no title line before ${span([lines[0] as number])}: the story has no headline`,
    });

  let byline: Contributor[] = [];
  let position: BylinePosition | undefined;
  const takeByline = (reading: BylineReading, where: BylinePosition, nos: number[], how: string, told = false) => {
    const added = addContributors(byline, reading.contributors);
    byline = added.byline;
    position ??= where;
    say({
      kind: 'byline',
      lines: nos,
      field: 'byline',
      message: `${span(nos)}: byline ${how}, read as ${describe(reading.contributors)}`,
      ...(told ? { how: 'toldInLead' as const } : {}),
    });
    for (const name of added.twice)
      say({
        kind: 'byline',
        lines: nos,
        field: 'byline',
        removed: name,
        message: `${span(nos)}: the photo credit of ${name}, already in the byline, given to that contributor (the name kept once)`,
      });
    if (reading.removed)
      say({
        kind: 'removed',
        lines: nos,
        removed: reading.removed,
        message: `${span(nos)}: “${reading.removed}” around the byline removed (the layout writes it anew)`,
      });
  };

  const body: BodyLine[] = [];
  let dateline = '';
  if (d.anchor?.dateline) {
    const r = d.anchor.dateline;
    const at = d.anchor.leadLine === undefined ? [d.anchor.no] : [d.anchor.no, d.anchor.leadLine];
    dateline = r.label;
    say({
      kind: 'dateline',
      lines: at,
      field: 'dateline',
      ...(r.label === '' ? { how: 'bracketedByline' as const } : {}),
      message:
        r.label === ''
          ? `${span(at)}: the lead opens with a byline in brackets and no dateline`
          : `${span(at)}: the lead opens with the dateline “${r.label}”`,
    });
    if (r.byline)
      takeByline(
        { ...r.byline, removed: '' },
        'dateline',
        at,
        r.told ? 'told in the lead (…报道)' : 'in brackets after the dateline',
        r.told === true,
      );
    if (r.removed)
      say({
        kind: 'removed',
        lines: at,
        removed: r.removed,
        message: `${span(at)}: “${r.removed}” around the dateline${r.byline ? ' and its byline' : ''} removed (the layout writes it anew)`,
      });
    if (r.rest !== '') body.push({ no: d.anchor.leadLine ?? d.anchor.no, text: r.rest });
  } else if (d.body[0]) {
    say({ kind: 'lead', lines: [d.body[0].no], message: `no dateline: line ${d.body[0].no} taken as the lead` });
  }
  if (d.top.length > 0)
    takeByline(
      readLines(d.top),
      'top',
      d.top.map((l) => l.no),
      'on its own line before the lead',
    );
  for (const l of d.body) {
    // "▶老小区建于上世纪七十年代…": a mark before a paragraph is layout
    const mark = PARAGRAPH_MARK.exec(l.text);
    if (mark && mark[0].length < l.text.length) {
      say({
        kind: 'removed',
        lines: [l.no],
        removed: mark[0].trim(),
        message: `line ${l.no}: “${mark[0].trim()}” before the paragraph removed (the layout writes it anew)`,
      });
      body.push({ no: l.no, text: l.text.slice(mark[0].length), blankBefore: l.blankBefore, indented: l.indented === true });
    } else body.push({ no: l.no, text: l.text, blankBefore: l.blankBefore, indented: l.indented === true });
  }

  const { blocks, notes } = bodyBlocks(body);
  for (const n of notes) say({ kind: n.kind, lines: n.lines, field: 'body', message: n.message, ...(n.how ? { how: n.how } : {}) });

  // at a paragraph's end: the last paragraph before the first subheading, else the last paragraph
  const firstSub = blocks.findIndex((b) => b.type === 'subheading');
  const candidates = [firstSub > 0 ? firstSub - 1 : -1, blocks.length - 1].filter((i, k, all) => i >= 0 && all.indexOf(i) === k);
  for (const i of candidates) {
    const block = blocks[i];
    if (!block || block.type !== 'paragraph') continue;
    const found = trailingByline(block.text);
    if (!found) continue;
    block.text = found.text;
    takeByline(found.reading, 'inline', [block.lines[block.lines.length - 1] as number], 'at the end of a paragraph');
    break;
  }
  if (d.end.length > 0)
    takeByline(
      readLines(d.end),
      'end',
      d.end.map((l) => l.no),
      d.end.length > 1 ? 'over several lines after the body' : 'on its own line after the body',
    );

  const now = new Date((options.now ?? new Date()).getTime() + index);
  return newStory(
    {
      kicker: titles.kicker,
      headline: titles.headline,
      subheadline: titles.subheadline,
      dateline,
      byline,
      bylinePosition: position ?? 'end',
      body: blocks.map((b) => ({ type: b.type, text: b.text })),
    },
    { id: (options.newId ?? newId)(), now },
  );
}

/**
 * Reads a plain-text page (LAYOUT.md) into stories. Never throws, never drops text: every non-blank
 * character lands in a field of a story, in an unplaced block, or in a decision's `removed` marks.
 */
export function parsePage(text: string, options: ParseOptions = {}): ParsedPage {
  const stories: Story[] = [];
  const decisions: Decision[] = [];
  for (const d of segment(classify(pageLines(text)))) {
    settleDatelessLead(d);
    const hasText = d.anchor !== undefined || d.body.length > 0;
    if (!d.anchor && d.titles.length === 0) {
      decisions.push(
        unplaced(
          allLines(d),
          d.furniture
            ? "the page's own line (edition, date, editor, source)"
            : d.body.length > 0
              ? 'text with no title and no dateline'
              : 'a byline with no story',
        ),
      );
      continue;
    }
    if (!hasText) {
      decisions.push(unplaced(allLines(d), 'title-like lines with no story text after them'));
      continue;
    }
    if (d.titles.length > 3) {
      const extra = d.titles.splice(0, d.titles.length - 3);
      decisions.push(unplaced(extra, 'more than three title lines before a lead'));
    }
    stories.push(buildStory(d, stories.length, options, decisions));
  }
  return { stories, decisions };
}
