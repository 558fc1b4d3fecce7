// The two readings of a story's title lines in the import review (renderer/src/importReview/titleReadings.ts): which one the story holds, the flip as a correction, Undo, nothing overwritten.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../shared/index';
import { applied, historyOf, moveLine, reviewOf, undone, type Review } from '../../renderer/src/importReview/corrections';
import { withFullWidthMarks } from '../../renderer/src/importReview/pageWide';
import { readTitlesAs, titleReadingsOf } from '../../renderer/src/importReview/titleReadings';
import { LIUAN_LINES, QINGSHI_LINES, XIAOXIANG_LINES } from '../pages';

const PAGE = [...QINGSHI_LINES, '', ...XIAOXIANG_LINES, '', ...LIUAN_LINES].join('\n');

function review(text = PAGE): Review {
  let n = 0;
  return reviewOf(parsePage(text, { newId: () => `s-${++n}` }), (d) => `line ${d.lines[0]}:\n${d.text}`);
}

const titles = (r: Review, i: number) => {
  const s = r.stories[i]?.story;
  return [s?.kicker, s?.headline, s?.subheadline];
};

describe('the two readings of the title lines', () => {
  it('are known for a story the importer found close, with the reading the story holds', () => {
    const r = review();
    expect(titleReadingsOf(r.stories[0]!)).toEqual({
      importers: 'kickerHeadline',
      other: 'headlineSubheadline',
      lines: [1, 3],
      current: 'kickerHeadline',
    });
    expect(titleReadingsOf(r.stories[1]!)).toEqual({
      importers: 'headlineSubheadline',
      other: 'kickerHeadline',
      lines: [11, 13],
      current: 'headlineSubheadline',
    });
    expect(titleReadingsOf(r.stories[2]!)).toBeNull(); // 柳岸街道 names a place: not close
  });

  it('flip from the importer’s reading to the other one and back', () => {
    const r = review();
    const other = readTitlesAs(r, 0, 'headlineSubheadline');
    expect(titles(other, 0)).toEqual(['', '老街新貌', '青石社区完成雨污分流改造']);
    expect(titleReadingsOf(other.stories[0]!)?.current).toBe('headlineSubheadline');
    const back = readTitlesAs(other, 0, 'kickerHeadline');
    expect(titles(back, 0)).toEqual(['老街新貌', '青石社区完成雨污分流改造', '']);
    expect(back.stories[0]?.story).toEqual(r.stories[0]?.story);

    const kicker = readTitlesAs(r, 1, 'kickerHeadline');
    expect(titles(kicker, 1)).toEqual(['小巷焕新颜', '三条背街小巷完成改造，居民出行更方便', '']);
    expect(kicker.stories[0]).toBe(r.stories[0]); // the other stories are untouched
  });

  it('change nothing when the story already holds that reading or has no other', () => {
    const r = review();
    expect(readTitlesAs(r, 0, 'kickerHeadline')).toBe(r);
    expect(readTitlesAs(r, 2, 'headlineSubheadline')).toBe(r);
    expect(readTitlesAs(r, 9, 'headlineSubheadline')).toBe(r);
  });

  it('is a correction Undo takes back', () => {
    const h0 = historyOf(review());
    const h1 = applied(h0, readTitlesAs(h0.current, 0, 'headlineSubheadline'));
    expect(h1.past).toHaveLength(1);
    expect(titles(h1.current, 0)).toEqual(['', '老街新貌', '青石社区完成雨污分流改造']);
    expect(titles(undone(h1).current, 0)).toEqual(['老街新貌', '青石社区完成雨污分流改造', '']);
  });

  it('never overwrites titles the reporter changed otherwise', () => {
    const r = moveLine(review(), 0, { block: 1 }, 'subheadline');
    expect(titleReadingsOf(r.stories[0]!)?.current).toBeNull();
    expect(readTitlesAs(r, 0, 'headlineSubheadline')).toBe(r);
  });

  it('keeps a correction made since: full-width marks stay when the lines are read the other way', () => {
    const page = PAGE.replace('完成改造，居民', '完成改造,居民');
    const r = review(page);
    expect(titleReadingsOf(r.stories[1]!)?.current).toBe('headlineSubheadline');
    const wide = withFullWidthMarks(r).review;
    expect(wide.stories[1]?.story.subheadline).toBe('三条背街小巷完成改造，居民出行更方便');
    expect(titleReadingsOf(wide.stories[1]!)?.current).toBe('headlineSubheadline');
    expect(titles(readTitlesAs(wide, 1, 'kickerHeadline'), 1)).toEqual(['小巷焕新颜', '三条背街小巷完成改造，居民出行更方便', '']);
  });
});
