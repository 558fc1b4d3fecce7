// Spaces other papers' layouts set (measured on published copy: they were the stray-space false alarms): an indented dateline, another paper's dateline, a closing credit, a line of names after ■.
import { describe, expect, it } from 'vitest';
import { checkStory, checkText } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';

const spaces = (page: string) => checkText(page, DEFAULT_HOUSE_STYLE).filter((f) => f.rule === 'stray-space');
const inBody = (...paragraphs: string[]) =>
  checkStory(
    newStory({ headline: '活动', body: paragraphs.map((text) => ({ type: 'paragraph' as const, text })) }),
    DEFAULT_HOUSE_STYLE,
  ).filter((f) => f.rule === 'stray-space');

describe('spaces that are the layout’s, not stray', () => {
  it.each([
    ['an indented dateline with its bracketed byline', '　　本报讯（记者 李明 通讯员 王芳）5月8日上午，东湖街道举办活动。'],
    ['an indented dateline, half-width indent', '    本报讯（记者 李明）5月8日上午，东湖街道举办活动。'],
    ['another paper’s dateline (客户端讯)', '长城网·南湖客户端讯（记者 张京 通讯员 李红）为进一步增强全民消防意识，社区开展演练。'],
    ['another paper’s dateline (报道)', '云上南湖报道（通讯员 张敏）为有效做好辖区消防工作，街道组织培训。'],
    ['a photo credit in brackets closing the paragraph', '社区为车棚更换了金属屋顶。（吕枫 摄）'],
    ['a role and a credit in brackets', '中心为居民提供家门口的医疗卫生服务。（本报通讯员 成和平 摄影报道）'],
    ['names alone in brackets', '参加活动的居民人数达400余人。（李欣 李谦）'],
    ['a line of names after ■', '■王小明   李红'],
  ])('%s', (_, line) => {
    expect(spaces(line)).toEqual([]);
    expect(inBody(line)).toEqual([]);
  });

  it.each([
    ['two sentences joined by a space', '平台已上线。 居民只需关注公众号。'],
    ['a space before a bracket in the sentence', '各街道 （乡镇）新闻工作者参加培训。'],
    ['a space inside a sentence', '家长们 和 老师提出了建议。'],
    ['a bracket of words, not names, closing the paragraph', '活动持续到下午。（详情 见 公众号）'],
  ])('still flags %s', (_, line) => {
    expect(spaces(line).length).toBeGreaterThan(0);
  });
});
