// Recall of the GB/T 15834 form checks: one known error of each kind planted into well-formed copy is found, with its id, and nothing else.
import { describe, expect, it } from 'vitest';
import { checkText, fixText } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';

/** Made-up well-formed copy (lines of the corpus's kind; importing the corpus test would run its tests here again). */
const WELL_FORMED = [
  '5月8日上午，东湖街道在文化广场举办消防安全开放日活动，吸引居民200余人参加。',
  '会议传达学习了《关于加强基层治理的意见》精神。',
  '活动于下午3:00开始，持续约两个小时。',
  '比赛分为青年组（18～35岁）和中老年组（36岁以上）两个组别。',
  '下一步，街道将继续完善“一老一小”服务体系，让群众生活更加便利。',
  '据气象部门预报，未来三天我县将出现持续降雨天气，累计雨量50～80毫米。',
  '他说：“我们要把‘为民办实事’落到实处。”',
  '居民们纷纷表示，这样的活动既长知识又接地气。',
  '该剧改编自小说《平凡的世界》，由青年演员Li Na主演。',
  '连日来，县农业农村局组织农技人员深入田间地头，指导农户做好夏管工作。',
];

/** Each planted error: the well-formed line, what is replaced in it, by what, and the check that must find it. */
const PLANTED = [
  { rule: 'ellipsis-form', line: 7, from: '既长知识', to: '既长知识...' },
  { rule: 'ellipsis-form', line: 9, from: '地头，', to: '地头…' },
  { rule: 'dash-form', line: 4, from: '，让群众', to: '--让群众' },
  { rule: 'dash-form', line: 0, from: '吸引居民', to: '――吸引居民' },
  { rule: 'range-mark', line: 5, from: '50～80毫米', to: '50-80毫米' },
  { rule: 'range-mark', line: 3, from: '18～35岁', to: '18~35岁' },
  { rule: 'nested-quotes', line: 6, from: '‘为民办实事’', to: '“为民办实事”' },
  { rule: 'nested-quotes', line: 1, from: '《关于加强基层治理的意见》', to: '《关于《条例》的意见》' },
  { rule: 'estimate-comma', line: 2, from: '约两个小时', to: '约三、四个小时' },
  { rule: 'interpunct', line: 1, from: '学习了', to: '学习了约翰.史密斯的' },
  { rule: 'interpunct', line: 8, from: '青年演员', to: '青年演员约翰・史密斯和' },
] as const;

describe('one planted error of each GB/T 15834 kind', () => {
  it.each(PLANTED.map((p) => [p.rule, p.to, p]))('%s: %j is found, and nothing else', (_, __, p) => {
    const well = WELL_FORMED[p.line] as string;
    expect(well, 'the plant must change the line').toContain(p.from);
    const spoilt = well.replace(p.from, p.to);
    const findings = checkText(spoilt, DEFAULT_HOUSE_STYLE);
    expect(findings.map((f) => f.rule)).toEqual([p.rule]);
    const at = spoilt.indexOf(p.to);
    expect(findings[0]?.start).toBeGreaterThanOrEqual(at);
    expect(findings[0]?.end).toBeLessThanOrEqual(at + p.to.length);
  });

  it('every kind of the area is planted', () => {
    expect(new Set(PLANTED.map((p) => p.rule)).size).toBe(6);
  });

  it('the fixes give a line with no finding (the certain ones back to a well-formed line)', () => {
    for (const p of PLANTED) {
      const spoilt = (WELL_FORMED[p.line] as string).replace(p.from, p.to);
      expect(checkText(fixText(spoilt, DEFAULT_HOUSE_STYLE), DEFAULT_HOUSE_STYLE), spoilt).toEqual([]);
    }
  });
});
