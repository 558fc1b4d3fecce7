// The import review's corrections (renderer/src/importReview/corrections.ts): each correction, undo, and no character lost by split or merge.
import { describe, expect, it } from 'vitest';
import { formatByline, parsePage, type Story } from '../../shared/index';
import { TAOWU_LINES } from '../pages';
import {
  applied,
  historyOf,
  lineOfBlock,
  mergeWithNext,
  missing,
  moveLine,
  rereadByline,
  reviewOf,
  splitStory,
  swapKickerAndSubheadline,
  undone,
  type Review,
} from '../../renderer/src/importReview/corrections';

const PAGE = [
  '东湖街道',
  '',
  '举办社区消防安全开放日',
  '',
  '本报讯 5月8日上午，东湖街道在文化广场举办消防安全开放日活动，吸引居民200余人参加。',
  '',
  '现场设置了灭火器实操、逃生体验等4个互动区域。',
  '',
  '消防员还为居民讲解了家庭防火知识。',
  '',
  '记者 李明 通讯员 王芳',
  '',
  ...TAOWU_LINES,
].join('\n');
const SOURCE = PAGE.split('\n');

function review(text = PAGE): Review {
  let n = 0;
  return reviewOf(parsePage(text, { newId: () => `s-${++n}` }), (d) => `line ${d.lines[0]}:\n${d.text}`);
}

/** Every non-blank character the stories hold, sorted: what split and merge must keep. */
function characters(r: Review): string {
  const all = r.stories.flatMap(({ story: s }: { story: Story }) => [
    s.kicker,
    s.headline,
    s.subheadline,
    s.dateline,
    formatByline(s.byline),
    s.notes,
    ...s.body.map((b) => b.text),
  ]);
  return [...all.join('').replace(/\s/gu, '')].sort().join('');
}

describe('the review of a page', () => {
  it('holds the stories with their source lines and decisions', () => {
    const r = review();
    expect(r.stories).toHaveLength(2);
    expect(r.stories[0]?.lines).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(r.stories[1]?.lines[0]).toBe(13);
    expect(r.stories[0]?.decisions.some((d) => d.kind === 'title' && d.field === 'kicker')).toBe(true);
  });

  it('keeps unplaced text in the notes of the story after it, with its lines', () => {
    const r = review(['记者 赵六', '', PAGE].join('\n'));
    const first = r.stories[0];
    expect(first?.story.notes).toContain('记者 赵六');
    expect(first?.lines[0]).toBe(1);
    expect(first?.decisions[0]?.kind).toBe('unplaced');
  });

  it('tells what a story lacks', () => {
    const r = moveLine(review(), 0, { field: 'headline' }, 'paragraph');
    expect(missing(r.stories[0]!.story)).toEqual(['headline']);
    expect(missing({ ...r.stories[0]!.story, body: [{ type: 'paragraph', text: '' }] })).toEqual(['headline', 'body']);
  });
});

describe('corrections', () => {
  it('swaps kicker and subheadline', () => {
    const r = swapKickerAndSubheadline(review(), 0);
    expect(r.stories[0]?.story.kicker).toBe('');
    expect(r.stories[0]?.story.subheadline).toBe('东湖街道');
    expect(swapKickerAndSubheadline(r, 0).stories[0]?.story.kicker).toBe('东湖街道');
  });

  it('moves a title line into an empty title field', () => {
    const s = moveLine(review(), 0, { field: 'kicker' }, 'subheadline').stories[0]!.story;
    expect([s.kicker, s.headline, s.subheadline]).toEqual(['', '举办社区消防安全开放日', '东湖街道']);
  });

  it('moves into a field that holds text: the two trade places', () => {
    const s = moveLine(review(), 0, { field: 'kicker' }, 'headline').stories[0]!.story;
    expect([s.kicker, s.headline]).toEqual(['举办社区消防安全开放日', '东湖街道']);
    const p = moveLine(review(), 0, { block: 1 }, 'headline').stories[0]!.story;
    expect(p.headline).toBe('现场设置了灭火器实操、逃生体验等4个互动区域。');
    expect(p.body[1]).toEqual({ type: 'paragraph', text: '举办社区消防安全开放日' });
  });

  it('moves a paragraph into an empty field, and a title line into the body', () => {
    const s = moveLine(review(), 0, { block: 2 }, 'subheadline').stories[0]!.story;
    expect(s.subheadline).toBe('消防员还为居民讲解了家庭防火知识。');
    expect(s.body).toHaveLength(2);
    const t = moveLine(review(), 0, { field: 'kicker' }, 'subheading').stories[0]!.story;
    expect(t.kicker).toBe('');
    expect(t.body[0]).toEqual({ type: 'subheading', text: '东湖街道' });
    expect(t.body).toHaveLength(4);
  });

  it('turns a paragraph into a subheading and back', () => {
    const r = moveLine(review(), 0, { block: 1 }, 'subheading');
    expect(r.stories[0]?.story.body[1]?.type).toBe('subheading');
    expect(moveLine(r, 0, { block: 1 }, 'paragraph').stories[0]?.story.body[1]?.type).toBe('paragraph');
  });

  it('moves a line into the byline and reads it; the byline into the body goes last', () => {
    const r = moveLine(review(), 1, { field: 'byline' }, 'paragraph');
    expect(r.stories[1]?.story.byline).toEqual([]);
    expect(r.stories[1]?.story.body.at(-1)?.text).toBe('实习生 卜一凡');
    const back = moveLine(r, 1, { block: 2 }, 'byline');
    expect(back.stories[1]?.story.byline).toEqual([{ role: '实习生', names: ['卜一凡'], credit: '' }]);
    expect(back.stories[1]?.story.body).toHaveLength(2);
  });

  it('rereads the byline from the reporter’s text, keeping what it cannot read', () => {
    const r = rereadByline(review(), 0, '记者 欧阳 明日 通讯员 王芳');
    expect(r.stories[0]?.story.byline).toEqual([
      { role: '记者', names: ['欧阳', '明日'], credit: '' },
      { role: '通讯员', names: ['王芳'], credit: '' },
    ]);
    const odd = rereadByline(review(), 0, '记者 李明 x');
    expect(odd.stories[0]?.story.byline.at(-1)).toEqual({ role: '', names: ['x'], credit: '' });
  });

  it('splits a story before a paragraph: the rest is a new story with empty titles, its source lines with it', () => {
    const before = review();
    const r = splitStory(before, 0, 2, SOURCE);
    expect(r.stories).toHaveLength(3);
    const [a, b] = [r.stories[0]!, r.stories[1]!];
    expect(a.story.body.map((x) => x.text)).toHaveLength(2);
    expect(b.story.body[0]?.text).toBe('消防员还为居民讲解了家庭防火知识。');
    expect([b.story.kicker, b.story.headline, b.story.subheadline, b.story.dateline]).toEqual(['', '', '', '']);
    expect(formatByline(b.story.byline)).toBe('记者 李明 通讯员 王芳'); // the byline stood at the end, after the split
    expect(a.lines.at(-1)).toBe(8);
    expect(b.lines[0]).toBe(9);
    expect(new Set(r.stories.map((s) => s.key)).size).toBe(3);
    expect(characters(r)).toBe(characters(before));
  });

  it('finds a block’s source line, also for the lead behind its dateline', () => {
    const item = review().stories[0]!;
    expect(lineOfBlock(item, 0, SOURCE)).toBe(5);
    expect(lineOfBlock(item, 2, SOURCE)).toBe(9);
  });

  it('merges a story with the next: its titles and dateline become text in place, nothing lost', () => {
    const before = review();
    const r = mergeWithNext(before, 0);
    expect(r.stories).toHaveLength(1);
    const s = r.stories[0]!.story;
    expect(s.headline).toBe('举办社区消防安全开放日');
    expect(s.body.map((b) => b.text).slice(3)).toEqual([
      '桃坞村',
      '秋收农产品展销会开幕',
      '本报4月5日讯 当天，桃坞村秋收农产品展销会在村文化礼堂开幕。',
      '展销会汇集了周边十余家合作社的产品。',
    ]);
    expect(formatByline(s.byline)).toBe('记者 李明 通讯员 王芳 实习生 卜一凡');
    expect(r.stories[0]?.lines).toEqual([...SOURCE.keys()].map((i) => i + 1).filter((n) => n !== 12)); // the blank line between stays outside
    expect(characters(r)).toBe(characters(before));
  });

  it('split then merge gives the story back', () => {
    const before = review();
    const r = mergeWithNext(splitStory(before, 0, 1, SOURCE), 0);
    expect(r.stories[0]?.story.body).toEqual(before.stories[0]?.story.body);
    expect(characters(r)).toBe(characters(before));
  });

  it('refuses what cannot be done, changing nothing', () => {
    const r = review();
    expect(splitStory(r, 0, 0, SOURCE)).toBe(r);
    expect(mergeWithNext(r, 1)).toBe(r);
    expect(moveLine(r, 0, { field: 'subheadline' }, 'headline')).toBe(r); // empty: nothing to move
    expect(moveLine(r, 0, { block: 0 }, 'paragraph')).toBe(r);
  });
});

describe('undo', () => {
  it('takes back corrections one at a time, and ignores corrections that change nothing', () => {
    const start = historyOf(review());
    const one = applied(start, swapKickerAndSubheadline(start.current, 0));
    const two = applied(one, mergeWithNext(one.current, 0));
    expect(applied(two, mergeWithNext(two.current, 0))).toBe(two);
    expect(two.past).toHaveLength(2);
    expect(undone(two).current).toBe(one.current);
    expect(undone(undone(two)).current).toBe(start.current);
    expect(undone(start)).toBe(start);
  });
});
