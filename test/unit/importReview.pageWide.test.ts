// The import review's corrections of the whole page (renderer/src/importReview/pageWide.ts): marks made full width, stories left out.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../shared/index';
import { reviewOf, type Review } from '../../renderer/src/importReview/corrections';
import { storiesToWrite, withFullWidthMarks, withWritten } from '../../renderer/src/importReview/pageWide';

const OLD_PAGE = [
  '桂园社区',
  '',
  '“十分钟生活圈”(试点)启动',
  '',
  '本报讯 6月3日上午,桂园社区“十分钟生活圈”试点启动.居民代表说:家门口就能办事,真方便!',
  '',
  '试点涵盖买菜、看病、托育等(共12项)服务,访问 www.example.org/a,b 可查看地图.',
  '',
  '记者 岑子衿',
  '',
  '松江镇',
  '',
  '2026智慧小镇博览会开幕',
  '',
  '本报讯 展会共设3.5万平方米展区,吸引1,000余家企业参展.',
  '',
  '记者 柯晓岚',
].join('\n');

const reviewOfPage = (text: string): Review => reviewOf(parsePage(text), () => 'note');

describe('withFullWidthMarks', () => {
  it('makes the half-width marks of Chinese text full width in titles and bodies, and counts them', () => {
    const { review, marks } = withFullWidthMarks(reviewOfPage(OLD_PAGE));
    const [first, second] = review.stories.map((s) => s.story);
    expect(first?.headline).toBe('“十分钟生活圈”（试点）启动');
    expect(first?.body.map((b) => b.text)).toEqual([
      '6月3日上午，桂园社区“十分钟生活圈”试点启动。居民代表说：家门口就能办事，真方便！',
      '试点涵盖买菜、看病、托育等（共12项）服务，访问 www.example.org/a,b 可查看地图。',
    ]);
    // numbers (3.5, 1,000) and the web address keep their marks, as the copy desk's rule reads them
    expect(second?.body[0]?.text).toBe('展会共设3.5万平方米展区，吸引1,000余家企业参展。');
    expect(marks).toBe(11 + 2);
  });

  it('changes nothing twice: the second time finds no mark and gives the same review back', () => {
    const once = withFullWidthMarks(reviewOfPage(OLD_PAGE)).review;
    const twice = withFullWidthMarks(once);
    expect(twice.marks).toBe(0);
    expect(twice.review).toBe(once);
  });

  it('leaves a story the reporter left out as it is', () => {
    const review = withWritten(reviewOfPage(OLD_PAGE), 0, false);
    const { review: fixed, marks } = withFullWidthMarks(review);
    expect(fixed.stories[0]).toBe(review.stories[0]);
    expect(marks).toBe(2);
  });
});

describe('withWritten and storiesToWrite', () => {
  it('leaves one story out, every story out, every story in; the same review when nothing changes', () => {
    const review = reviewOfPage(OLD_PAGE);
    expect(storiesToWrite(review)).toHaveLength(2);
    const one = withWritten(review, 1, false);
    expect(storiesToWrite(one).map((s) => s.key)).toEqual(['story-1']);
    expect(withWritten(one, 1, false)).toBe(one);
    const none = withWritten(one, 'all', false);
    expect(storiesToWrite(none)).toEqual([]);
    const all = withWritten(none, 'all', true);
    expect(storiesToWrite(all).map((s) => s.key)).toEqual(['story-1', 'story-2']);
    expect(all.stories.every((s) => !('leftOut' in s))).toBe(true);
    expect(withWritten(all, 'all', true)).toBe(all);
  });
});
