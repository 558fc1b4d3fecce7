// Where a story's finding stands in the story as exported (line and column of the paper's layout), for `bulletin lint`.
import { formatByline } from '../byline';
import type { HouseStyle } from '../houseStyle';
import { DEFAULT_HOUSE_STYLE } from '../houseStyleDefaults';
import { DEFAULT_DATELINE, type Story } from '../story';
import { trimAll } from '../text';
import type { Finding } from './types';

export interface LayoutPlace {
  /** 1-based line of the exported story (blank lines between blocks counted). */
  line: number;
  /** 1-based column, in characters. */
  column: number;
}

interface Spot {
  /** Index among the exported (non-blank) lines. */
  index: number;
  /** Characters before the field's text on its line: the dateline, an indent. */
  before: number;
  /** Spaces trimmed off the field's start by the export. */
  trimmed: number;
}

const chars = (text: string) => [...text].length;
const leading = (text: string) => text.length - text.trimStart().length;

function spotsOf(story: Story, style: HouseStyle): Map<string, Spot> {
  const spots = new Map<string, Spot>();
  let index = 0;
  for (const field of ['kicker', 'headline', 'subheadline'] as const) {
    if (trimAll(story[field]) === '') continue;
    spots.set(field, { index: index++, before: 0, trimmed: leading(story[field]) });
  }
  const byline = formatByline(story.byline, { roleWords: style.roleWords, nameSeparator: style.nameSeparator });
  const dateline = trimAll(story.dateline) === DEFAULT_DATELINE ? style.datelineLabel : trimAll(story.dateline);
  let position = style.bylinePosition === 'keep' ? story.bylinePosition : style.bylinePosition;
  if (position === 'dateline' && dateline === '') position = 'end';
  if (byline !== '' && position === 'top') spots.set('byline', { index: index++, before: 0, trimmed: 0 });
  const indent = style.paragraphIndent === 'fullwidth2' ? 2 : 0;
  const blocks = story.body.map((b, i) => ({ ...b, i })).filter((b) => trimAll(b.text) !== '');
  const firstSub = blocks.findIndex((b) => b.type === 'subheading');
  const inlineTarget = blocks.slice(0, firstSub === -1 ? blocks.length : firstSub).findLastIndex((b) => b.type === 'paragraph');
  blocks.forEach((b, k) => {
    let before = b.type === 'paragraph' ? indent : 0;
    if (k === 0 && dateline !== '') {
      spots.set('dateline', { index, before, trimmed: leading(story.dateline) });
      if (byline !== '' && position === 'dateline') {
        spots.set('byline', { index, before: before + chars(dateline) + 1, trimmed: 0 });
        before += chars(dateline) + chars(byline) + 2;
      } else before += chars(dateline) + 1;
    }
    spots.set(`body:${b.i}`, { index, before, trimmed: leading(b.text) });
    if (byline !== '' && position === 'inline' && k === inlineTarget) {
      spots.set('byline', { index, before: before + chars(trimAll(b.text)), trimmed: 0 });
    }
    index++;
  });
  if (byline !== '' && !spots.has('byline')) spots.set('byline', { index: index++, before: 0, trimmed: 0 });
  // captions after the body: each photo's caption, a space, its credit, on a line of its own (captionLine)
  if (style.captions === 'afterBody') {
    story.photos.forEach((photo, i) => {
      const caption = trimAll(photo.caption);
      if (caption === '' && trimAll(photo.credit) === '') return;
      if (caption !== '') spots.set(`caption:${i}`, { index, before: 0, trimmed: leading(photo.caption) });
      spots.set(`credit:${i}`, { index, before: caption === '' ? 0 : chars(caption) + 1, trimmed: leading(photo.credit) });
      index++;
    });
  }
  return spots;
}

/** The finding's line and column in the story as `bulletin export` lays it out under the house style. */
export function placeInLayout(
  story: Story,
  finding: Pick<Finding, 'field' | 'block' | 'start'>,
  style: HouseStyle = DEFAULT_HOUSE_STYLE,
): LayoutPlace {
  const spots = spotsOf(story, style);
  const key =
    finding.field === 'body' || finding.field === 'caption' || finding.field === 'credit'
      ? `${finding.field}:${finding.block ?? 0}`
      : finding.field;
  const spot = spots.get(key);
  if (!spot) return { line: 1, column: 1 };
  const text =
    finding.field === 'body'
      ? (story.body[finding.block ?? 0]?.text ?? '')
      : finding.field === 'byline'
        ? formatByline(story.byline, { roleWords: style.roleWords, nameSeparator: style.nameSeparator })
        : finding.field === 'story' || finding.field === 'page'
          ? ''
          : finding.field === 'caption' || finding.field === 'credit'
            ? (story.photos[finding.block ?? 0]?.[finding.field] ?? '')
            : story[finding.field];
  const start = Math.max(spot.trimmed, Math.min(finding.start, text.length));
  return { line: spot.index * 2 + 1, column: spot.before + chars(text.slice(spot.trimmed, start)) + 1 };
}
