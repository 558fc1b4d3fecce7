// Counting as Word counts 字数: Chinese characters and full-width marks one each, a Latin or number run one, spaces none.
import { describe, expect, it } from 'vitest';
import { countStory, countText, countWords } from '../../shared/count';
import { newStory } from '../../shared/story';

describe('countText', () => {
  it.each([
    ['', 0, 0],
    ['东湖街道', 4, 4],
    ['本报讯 5月8日上午，', 10, 10], // 本 报 讯 5 月 8 日 上 午 ，
    ['合格率达66.3%。', 6, 10], // 合 格 率 达 66.3% 。
    ['下午3:00开始', 5, 8],
    ['共有1,000人', 4, 8],
    ['使用Vue.js开发', 5, 10],
    ['He said: OK, fine.', 4, 15],
    ['“这样的活动办到了我们心坎上。”', 16, 16],
    ['《人民日报》报道……', 10, 10],
    ['记者 李明 通讯员 王芳', 9, 9],
    ['约翰·史密斯', 6, 6],
    ['iPhone 15 发布', 4, 10],
    ['详见https://example.cn/a?b=1。', 4, 27],
    ['１２ＡＢ', 4, 4], // full-width forms count as full-width characters, one each
    ['\u3000\u3000段落', 2, 2],
  ])('countText(%j): %i 字, %i without spaces', (text, words, withoutSpaces) => {
    const c = countText(text);
    expect(c.words).toBe(words);
    expect(c.withoutSpaces).toBe(withoutSpaces);
    expect(c.characters).toBe([...text].length);
    expect(countWords(text)).toBe(words);
  });

  it('counts a four-byte Han character once', () => {
    expect(countText('𠀀字').words).toBe(2);
    // each one alone, also beside another or beside Latin letters (Extension B names: 𠀀𠀁)
    expect(countText('𠀀𠀁').words).toBe(2);
    expect(countText('你好𠀀abc').words).toBe(4);
  });
});

describe('countStory', () => {
  it('counts each field as Word does and keeps the story total and the characters without spaces', () => {
    const story = newStory({
      kicker: '东湖街道',
      headline: '举办社区消防安全开放日',
      body: [
        { type: 'paragraph', text: '5月8日上午，东湖街道举办活动，吸引居民200余人参加。' },
        { type: 'paragraph', text: '出租率达66.3%。' },
      ],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    });
    const c = countStory(story);
    expect(c.fields).toEqual({ kicker: 4, headline: 11, subheadline: 0, dateline: 3, byline: 4, body: 26 + 6 });
    expect(c.story).toBe(4 + 11 + 3 + 4 + 32);
    expect(c.withoutSpaces).toBe(4 + 11 + 3 + 4 + 28 + 10);
  });
});
