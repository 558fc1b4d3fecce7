// The importer's decisions about a story in the interface's language (no DOM): English shows the importer's own message, Chinese words each kind with the line it is about; the two readings of the title lines are said too.
import type { Decision } from '../../../shared/parse/types';
import type { Translate } from '../i18n/translate';
import type { ReviewStory } from './corrections';
import { titleReadingsOf } from './titleReadings';

/** A line quoted in a decision is cut after this many characters. */
const QUOTE_MAX = 16;

/** Line numbers as a reader says them: a story's span as a range, runs of three or more as ranges ("第3至5、9行"). */
function linesText(t: Translate, d: Decision): string {
  const nos = d.kind === 'story' && d.lines.length === 2 ? [d.lines] : runs(d.lines);
  return nos
    .map((run) =>
      run.length === 1 ? String(run[0]) : t('importReview.lineRange', { from: run[0] as number, to: run[run.length - 1] as number }),
    )
    .join(t('importReview.lineSeparator'));
}

/** Consecutive numbers of three or more grouped as [first, last]; the others one by one. */
function runs(lines: readonly number[]): number[][] {
  const out: number[][] = [];
  let run: number[] = [];
  const close = () => {
    if (run.length >= 3) out.push([run[0] as number, run[run.length - 1] as number]);
    else out.push(...run.map((n) => [n]));
    run = [];
  };
  for (const n of lines) {
    if (run.length > 0 && n !== (run[run.length - 1] as number) + 1) close();
    run.push(n);
  }
  if (run.length > 0) close();
  return out;
}

/** The page's text of a decision's first line, cut short for a sentence; its own quotes become inner ones (“…‘…’…”). */
function quoted(source: readonly string[], d: Decision): string {
  const line = (source[(d.lines[0] ?? 0) - 1] ?? '')
    .replace(/^[\s\u3000]+|[\s\u3000]+$/gu, '')
    .replace(/“/gu, '‘')
    .replace(/”/gu, '’');
  const chars = Array.from(line);
  return chars.length > QUOTE_MAX ? `${chars.slice(0, QUOTE_MAX - 1).join('')}…` : line;
}

/** Which wording a title decision takes: a line split into kicker and headline, no title line at all, or one line to one field. */
function titleKey(d: Decision, item: ReviewStory) {
  const others = item.decisions.filter((o) => o !== d);
  // with no title line, the decision points at the story's first line, which another decision placed (dateline, lead, byline)
  const placedElsewhere = others.some(
    (o) => o.kind !== 'title' && o.kind !== 'removed' && o.kind !== 'story' && o.kind !== 'unplaced' && o.lines.includes(d.lines[0] ?? -1),
  );
  if (placedElsewhere) return 'importReview.decision.noTitle' as const;
  const headlineTaken = item.decisions.some((o) => o.kind === 'title' && o.field === 'headline');
  if (d.field === 'kicker' && !headlineTaken) return 'importReview.decision.titleSplit' as const;
  return 'importReview.decision.title' as const;
}

/** One decision in the interface's language. */
function decisionText(t: Translate, d: Decision, item: ReviewStory, source: readonly string[]): string {
  const key = d.how
    ? (`importReview.decision.how.${d.how}` as const) // a case the kind alone does not tell (shared/parse/types.ts DecisionHow)
    : d.kind === 'title'
      ? titleKey(d, item)
      : d.kind === 'byline' && d.removed
        ? ('importReview.decision.bylineMerged' as const) // a name credited again (王小明摄 under 记者 王小明): kept once
        : (`importReview.decision.${d.kind}` as const);
  return t(key, {
    message: d.message,
    lines: linesText(t, d),
    field: d.field ? t(`field.${d.field}`) : '',
    removed: d.removed ?? '',
    text: quoted(source, d),
  });
}

/**
 * The decisions about a story, as the review lists them. After the title decisions, when the importer found the title
 * lines readable two ways: the reading the story holds and the other one, or the reporter's choice and the importer's.
 */
export function decisionTexts(t: Translate, item: ReviewStory, source: readonly string[]): string[] {
  const texts = item.decisions.map((d) => decisionText(t, d, item, source));
  const readings = titleReadingsOf(item);
  if (!readings) return texts;
  const chosen = readings.current === readings.other;
  const reading = t(`importReview.reading.${chosen ? readings.other : readings.importers}`);
  const other = t(`importReview.reading.${chosen ? readings.importers : readings.other}`);
  const lines = readings.lines.join(t('importReview.lineSeparator'));
  // the importer's reading with the button beside the titles; the reporter's choice; or titles since changed otherwise (no button)
  const key =
    readings.current === null
      ? 'importReview.decision.readingWas'
      : chosen
        ? 'importReview.decision.readingChosen'
        : 'importReview.decision.readingOffered';
  const said = t(key, { lines, reading, other });
  const lastTitle = item.decisions.reduce((at, d, i) => (d.kind === 'title' ? i : at), -1);
  texts.splice(lastTitle + 1, 0, said);
  return texts;
}
