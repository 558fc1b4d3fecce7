// The copy desk's certain fixes: applied to one text, to a plain-text page line by line, to every field of a story.
import { checkStory, checkText, placed, type CheckSettings } from './check';
import { doubledPunctuation, fullwidthDigitsLetters, halfwidthPunctuation } from './textRules';
import type { Finding, FindingField } from './types';
import type { Story } from '../story';

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
