// A made-up corpus of well-formed copy in the paper's style gives no finding at all; zhlint agrees on its half-width marks.
import { describe, expect, it } from 'vitest';
import { run as zhlint } from 'zhlint';
import { checkStory, checkText, fixText } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';

/** Made-up paragraphs as the paper prints them: numbers, percentages, times, URLs, e-mail, Latin names, 《》, “”. */
export const WELL_FORMED = [
  '5月8日上午，东湖街道在文化广场举办消防安全开放日活动，吸引居民200余人参加。',
  '现场设置了灭火器实操、逃生体验等4个互动区域。',
  '据统计，今年一季度全县粮食收购量达12.5万吨，同比增长6.3%。',
  '活动于下午3:00开始，持续约两个小时。',
  '全市共有1,000余名志愿者报名参加，其中青年志愿者占比66.3%。',
  '市民可登录https://www.example.gov.cn/service 查询办理进度。',
  '如有疑问，可发送邮件至service@example.gov.cn咨询。',
  '县图书馆馆长王芳介绍：“今年我们新增图书3万册，借阅量比去年翻了一番。”',
  '他手捧一本《乡村振兴读本》，认真地说：“书里讲的办法很实用。”',
  '会议传达学习了《关于加强基层治理的意见》精神。',
  '美国学者John Smith应邀作了题为“数字乡村”的讲座。',
  '该项目采用5G技术和AI算法，实现了农田墒情的实时监测。',
  '截至6月底，全区共发放补贴资金1,280万元，惠及农户3,600户。',
  '连日来，县农业农村局组织农技人员深入田间地头，指导农户做好夏管工作。',
  '“以前办事要跑好几趟，现在一次就办好了。”前来办事的居民李大爷说。',
  '比赛分为青年组（18～35岁）和中老年组（36岁以上）两个组别。',
  '据了解，该中心总投资约2.3亿元，建筑面积1.8万平方米。',
  '下一步，街道将继续完善“一老一小”服务体系，让群众生活更加便利。',
  '活动当天，气温高达35℃，但丝毫没有影响大家的热情。',
  '据气象部门预报，未来三天我县将出现持续降雨天气，累计雨量50～80毫米。',
  '他说：“我们要把‘为民办实事’落到实处。”',
  '该校学生在全国青少年科技创新大赛（CASTIC）中获得一等奖。',
  '本次展览共展出书画作品120余幅，展期至10月15日。',
  '详情请关注“东湖发布”微信公众号，或拨打热线电话0571-88886666。',
  '会上，区委书记张强指出，要坚持问题导向，抓好整改落实。',
  '今年以来，全镇新增市场主体456家，同比增长12%。',
  '项目负责人介绍，大桥全长1.2千米，计划于2025年底建成通车。',
  '居民们纷纷表示，这样的活动既长知识又接地气。',
  '该剧改编自小说《平凡的世界》，由青年演员Li Na主演。',
  '更多信息可访问www.example.cn查看。',
  '在iPhone 15和华为Mate 60之间，他最终选择了后者。',
  // GB/T 15835 numbers (wt-numbers): 万 after Arabic digits, ranges with both % signs, estimates in Chinese, durations
  '据统计，该县全年接待游客3500万人次，旅游收入增长15%～20%。',
  '26年来，他扎根基层，带领村民三四个人一组巡山护林，一律义务服务。',
  '地铁1、2号线今年将延长运营时间，海平面气压约1013百帕。',
  // GB/T 15834—2011 punctuation (wt-punct): ranges, dashes, nested marks, interpuncts and quoted two-part names as printed
  '活动以“迎七一 展风采”为主题，持续3～5天，预计5～8月完成全部场次。',
  '她只有一个心愿——回到家乡，“把‘种好地’这件事做下去”。',
  '美国学者约翰·史密斯在《〈乡村振兴读本〉导读》中写道：“村里来了三四个年轻人……”',
  '北京—上海高铁沿线，依据GB/T 15834-2011，热线0571-88886666，日期2026-06-21，比分3-1。',
  '鲁迅（1881—1936）的《三国志·蜀书》读书笔记获一、二等奖，第三、四季度继续展出。',
  // words (issue 18): near-misses a desk editor leaves alone
  '补贴按装修面积计算，大家俱乐部的活动也按装机容量分档。',
  '你说的很对，新来的很热情，孩子们跑得很快。',
  '记者从区住建局获悉，这项工程既使企业受益，又使群众满意。',
];

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
