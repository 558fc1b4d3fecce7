// A made-up corpus of well-formed copy in the paper's style gives no finding at all; zhlint agrees on its half-width marks.
import { describe, expect, it } from 'vitest';
import { run as zhlint } from 'zhlint';
import { checkStory, checkText, fixText } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';
import { WELL_FORMED } from './helpers/wellFormedCopy';

const PAGE = `东湖街道

举办社区消防安全开放日

本报讯 ${WELL_FORMED[0]}

${WELL_FORMED[1]}

记者 李明 通讯员 王芳

三项举措护航夏粮收购 确保颗粒归仓

县粮食局压实责任，为种粮农户办实事

本报讯 6月2日，县粮食局召开夏粮收购工作推进会。会议明确了三项重点举措。记者 李明 通讯员 赵强

开辟绿色通道

${WELL_FORMED.slice(2, 16).join('\n\n')}

本报讯（记者 李明 通讯员 王芳）${WELL_FORMED.slice(16).join('\n\n')}

记者 李明 文图

本报北京5月8日电 ${WELL_FORMED[2]}

记者 李明\u3000王芳
`;

describe('a corpus of well-formed copy', () => {
  it('gives no finding at all as a page', () => {
    expect(checkText(PAGE, DEFAULT_HOUSE_STYLE)).toEqual([]);
    expect(fixText(PAGE, DEFAULT_HOUSE_STYLE)).toBe(PAGE);
    expect(checkText(PAGE.replace(/\n/g, '\r\n'), DEFAULT_HOUSE_STYLE)).toEqual([]);
  });

  it.each(WELL_FORMED.map((p, i) => [i, p]))('gives no finding as a story (paragraph %i)', (_, text) => {
    const story = newStory({
      kicker: '东湖街道',
      headline: '三项举措护航夏粮收购 确保颗粒归仓',
      subheadline: '县粮食局压实责任，为种粮农户办实事',
      body: [
        { type: 'paragraph', text },
        { type: 'subheading', text: '开辟绿色通道' },
        { type: 'paragraph', text: WELL_FORMED[1] as string },
      ],
      byline: [
        { role: '记者', names: ['李明'], credit: '' },
        { role: '通讯员', names: ['王芳', '赵强'], credit: '文/图' },
      ],
    });
    expect(checkStory(story, DEFAULT_HOUSE_STYLE)).toEqual([]);
  });
});

/**
 * zhlint, configured for newspaper copy (CONTRIBUTING.md), is the cross-check of the half-width rule: on the
 * corpus spoilt with half-width marks, every mark zhlint flags is one the copy desk flags too.
 */
describe('zhlint as a cross-check', () => {
  const options = { rules: { preset: 'default', adjustedFullwidthPunctuation: '', spaceBetweenMixedwidthContent: undefined } };
  const spoil = (t: string) =>
    t.replace(/，/g, ',').replace(/。/g, '.').replace(/：/g, ':').replace(/；/g, ';').replace(/？/g, '?').replace(/！/g, '!');
  it.each(WELL_FORMED.map((p, i) => [i, p]))('paragraph %i: the copy desk finds every mark zhlint finds', (_, text) => {
    const spoilt = spoil(text);
    let flagged: number[];
    try {
      flagged = zhlint(spoilt, options as never).validations.map((v) => v.index);
    } catch {
      return; // zhlint 0.8.2 throws on some mixed Latin text; nothing to compare then
    }
    const ours = new Set(
      checkText(spoilt, DEFAULT_HOUSE_STYLE)
        .filter((f) => f.rule === 'halfwidth-punctuation')
        .map((f) => f.start),
    );
    for (const at of flagged) if (/[,.:;?!]/.test(spoilt[at] ?? '')) expect(ours, `${spoilt} at ${at}`).toContain(at);
    // and the fix gives back the well-formed paragraph
    expect(fixText(spoilt, DEFAULT_HOUSE_STYLE)).toBe(text);
  });
});
