// Recall of the word checks and the desk's layout mistakes: one known error of each kind planted into made-up correct copy, each found with its id, nothing else.
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';
import { WELL_FORMED } from './helpers/wellFormedCopy';

const style: HouseStyle = {
  ...DEFAULT_HOUSE_STYLE,
  name: '南湖日报',
  wordPairs: { 东湖街道办: '东湖街道办事处' },
  neverUse: { 史上最强: '夸大其词' },
};

/** A planted error: the check that must find it, and the body with the error in it. */
const PLANTED: ReadonlyArray<{ rule: string; body: string[] }> = [
  { rule: 'misused-word', body: [WELL_FORMED[0] as string, '孩子们迫不急待地冲进展厅。'] },
  { rule: 'house-word', body: [WELL_FORMED[0] as string, '东湖街道办组织志愿者上门服务。'] },
  { rule: 'never-use', body: [WELL_FORMED[0] as string, '这是史上最强的一次演练。'] },
  { rule: 'de-di-de', body: [WELL_FORMED[0] as string, '今年的夏粮收购工作推进的十分顺利。'] },
  { rule: 'dateline-in-body', body: [WELL_FORMED[0] as string, `本报讯 ${WELL_FORMED[1]}`] },
  { rule: 'byline-in-body', body: [WELL_FORMED[0] as string, `${WELL_FORMED[1]}记者 李明 通讯员 王芳`] },
];

describe('recall of the word checks and the desk’s layout mistakes', () => {
  it.each(PLANTED.map((p) => [p.rule, p.body]))('%s is found, and nothing else', (rule, body) => {
    const story = newStory({
      kicker: '东湖街道',
      headline: '三项举措护航夏粮收购 确保颗粒归仓',
      body: (body as string[]).map((text) => ({ type: 'paragraph' as const, text })),
      byline: [
        { role: '记者', names: ['李明'], credit: '' },
        { role: '通讯员', names: ['王芳'], credit: '' },
      ],
    });
    expect(checkStory(story, style).map((f) => f.rule)).toEqual([rule]);
    // the same copy without the error gives nothing: the error is what is found
    const clean = newStory({ ...story, body: [{ type: 'paragraph', text: WELL_FORMED[0] as string }] });
    expect(checkStory(clean, style)).toEqual([]);
  });

  it('every kind of this area is planted once', () => {
    expect(PLANTED.map((p) => p.rule).sort()).toEqual(
      ['byline-in-body', 'dateline-in-body', 'de-di-de', 'house-word', 'misused-word', 'never-use'].sort(),
    );
  });
});
