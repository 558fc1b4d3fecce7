// The desk's layout mistakes: a dateline repeated inside the body (dateline-in-body), a byline left in the body (byline-in-body).
import { describe, expect, it } from 'vitest';
import { checkStory, checkText, fixStory } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory, type Story } from '../../shared/story';

const BYLINE = [
  { role: '记者', names: ['李明'], credit: '' },
  { role: '通讯员', names: ['王芳'], credit: '' },
];
const story = (texts: string[], byline = BYLINE): Story =>
  newStory({ headline: '举办消防安全开放日', body: texts.map((text) => ({ type: 'paragraph' as const, text })), byline });
const found = (s: Story, style = DEFAULT_HOUSE_STYLE) =>
  checkStory(s, style)
    .filter((f) => f.rule !== 'stray-space')
    .map((f) => [f.rule, f.block, f.params.where, f.params.found]);

describe('dateline-in-body', () => {
  it('a later paragraph that opens with a dateline', () => {
    expect(found(story(['5月8日上午，东湖街道举办活动。', '本报讯 5月9日，又一场活动在西湖街道举行。']))).toEqual([
      ['dateline-in-body', 1, 'paragraph', '本报讯'],
    ]);
    expect(found(story(['5月8日上午，东湖街道举办活动。', '本报北京5月8日电 会议在京举行。']))).toEqual([
      ['dateline-in-body', 1, 'paragraph', '本报北京5月8日电'],
    ]);
  });

  it('本报讯 or the house style’s label inside the text, the lead’s too', () => {
    expect(found(story(['5月8日上午，东湖街道举办活动。本报讯 活动吸引居民200余人参加。']))).toEqual([
      ['dateline-in-body', 0, 'inside', '本报讯'],
    ]);
    const style = { ...DEFAULT_HOUSE_STYLE, datelineLabel: '南湖讯' };
    expect(found(story(['5月8日上午，东湖街道举办活动。', '活动吸引居民参加。南湖讯 记者获悉。']), style)).toEqual([
      ['dateline-in-body', 1, 'inside', '南湖讯'],
    ]);
  });

  it('leaves alone: the lead’s own dateline (dateline-form says it), a cited 本报讯, a sentence with 电', () => {
    expect(found(story(['本报讯 5月8日上午，东湖街道举办活动。'])).map((f) => f[0])).toEqual(['dateline-form']);
    expect(found(story(['5月8日上午，东湖街道举办活动。', '据本报讯，活动已筹备月余。', '他说：“‘本报讯’三个字印在最前面。”']))).toEqual(
      [],
    );
    expect(found(story(['5月8日上午，东湖街道举办活动。', '本报记者日前从市电力公司获悉，电网改造完成。']))).toEqual([]);
  });

  it('on a page: one inside a line, never one that opens a lead line', () => {
    expect(checkText('本报讯 5月8日上午，东湖街道举办活动。\n', DEFAULT_HOUSE_STYLE)).toEqual([]);
    expect(checkText('活动结束。本报讯 5月9日，又一场活动举行。\n', DEFAULT_HOUSE_STYLE).map((f) => [f.rule, f.block, f.start])).toEqual([
      ['dateline-in-body', 0, 5],
    ]);
  });
});

describe('byline-in-body', () => {
  it('the last paragraph ends with the byline the field holds: fixed by removing it', () => {
    const s = story(['5月8日上午，东湖街道举办活动。', '活动吸引居民200余人参加。记者 李明 通讯员 王芳']);
    expect(found(s)).toEqual([['byline-in-body', 1, 'end', '记者 李明 通讯员 王芳']]);
    expect(fixStory(s, DEFAULT_HOUSE_STYLE).body[1]?.text).toBe('活动吸引居民200余人参加。');
  });

  it('a paragraph that is the byline, at the start or the end: no fix (the reporter deletes the paragraph)', () => {
    const first = checkStory(story(['记者 李明', '5月8日上午，东湖街道举办活动。']), DEFAULT_HOUSE_STYLE);
    expect(first.map((f) => [f.rule, f.block, f.params.where, f.fix])).toEqual([['byline-in-body', 0, 'paragraph', undefined]]);
    expect(found(story(['5月8日上午，东湖街道举办活动。', '通讯员 王芳']))).toEqual([['byline-in-body', 1, 'paragraph', '通讯员 王芳']]);
  });

  it('leaves alone: a photo credit, other names, an empty byline field, a byline in a middle paragraph', () => {
    expect(found(story(['5月8日上午，东湖街道举办活动。', '图为活动现场。记者 李明 摄']))).toEqual([]);
    expect(found(story(['5月8日上午，东湖街道举办活动。', '活动结束。记者 赵强']))).toEqual([]);
    expect(found(story(['5月8日上午，东湖街道举办活动。', '活动结束。记者 李明'], [])).map((f) => f[0])).toEqual(['byline-form']);
    expect(found(story(['5月8日上午，东湖街道举办活动。', '记者 李明', '活动吸引居民参加。']))).toEqual([]);
  });
});
