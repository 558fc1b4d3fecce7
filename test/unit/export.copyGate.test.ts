// The copy-check gate's tally: errors and warnings of the stories to be exported or filed, the first to review, and its words in both languages.
import { describe, expect, it } from 'vitest';
import { checkStory } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyleDefaults';
import { findingsText, gateSummary, hasFindings, tallyCopy } from '../../renderer/src/export/copyGate';
import { translator } from '../../renderer/src/i18n/translate';
import { p, story } from './helpers';

const style = DEFAULT_HOUSE_STYLE;
const clean = () =>
  story({
    headline: '青苔街道举办邻里节',
    dateline: '本报讯',
    body: [p('5月8日上午，青苔街道在社区广场举办第三届邻里节，居民们带来自家做的点心，互相品尝。')],
  });
const withErrors = () => story({ headline: '枫溪镇开展义诊,,', dateline: '本报讯', body: [p('当天上午,义诊现场人头攒动.')] });

describe('tallyCopy', () => {
  it('counts nothing for clean copy: no extra step', () => {
    const s = clean();
    const tally = tallyCopy([s], style);
    expect(checkStory(s, style).filter((f) => f.severity === 'error')).toEqual([]);
    expect(tally.errors).toBe(0);
    expect(tally.byStory.has(s.id)).toBe(tally.warnings > 0);
  });

  it('counts each story’s errors and warnings, and points Review at the first error in page order', () => {
    const a = clean();
    const b = withErrors();
    const c = withErrors();
    const tally = tallyCopy([a, b, c], style);
    const ofB = checkStory(b, style);
    const errorsOfB = ofB.filter((f) => f.severity === 'error').length;
    expect(errorsOfB).toBeGreaterThan(0);
    expect(tally.byStory.get(b.id)).toEqual({ errors: errorsOfB, warnings: ofB.length - errorsOfB });
    expect(tally.errors).toBe(2 * errorsOfB + (tally.byStory.get(a.id)?.errors ?? 0));
    expect(tally.first?.storyId).toBe(b.id);
    expect(tally.first?.finding.severity).toBe('error');
    expect(tally.first?.finding).toEqual(ofB.find((f) => f.severity === 'error'));
    expect(hasFindings(tally)).toBe(true);
  });

  it('points Review at the first warning when there is no error', () => {
    const s = story({ headline: '青苔街道举办邻里节', dateline: '本报讯', body: [p('居民们  互相品尝。')] });
    const tally = tallyCopy([s], style);
    expect(tally.errors).toBe(0);
    expect(tally.warnings).toBeGreaterThan(0);
    expect(tally.first?.finding.severity).toBe('warning');
  });

  it('follows the house style: a check turned off is not counted', () => {
    const s = story({ headline: '枫溪镇开展义诊,', dateline: '本报讯', body: [p('当天上午,义诊现场人头攒动。')] });
    const off = { ...style, checks: { ...style.checks, 'halfwidth-punctuation': 'off' as const } };
    expect(tallyCopy([s], style).errors).toBeGreaterThan(tallyCopy([s], off).errors);
  });
});

describe('the gate’s words', () => {
  const tally = { errors: 12, warnings: 4, stories: 3, byStory: new Map() };

  it('says the page’s count in Chinese as the newsroom says it', () => {
    const zh = translator('zh-CN');
    expect(gateSummary(tally, zh, 'zh-CN')).toBe('3 篇稿件共有 12 处错误、4 处提醒。');
    expect(gateSummary({ ...tally, warnings: 0, stories: 1 }, zh, 'zh-CN', true)).toBe('这篇稿件校对出 12 处错误。');
    expect(findingsText({ errors: 0, warnings: 1 }, zh, 'zh-CN')).toBe('1 处提醒');
  });

  it('says it in English with the plural each count takes', () => {
    const en = translator('en');
    expect(gateSummary(tally, en, 'en')).toBe('3 stories have 12 errors and 4 warnings from the copy check between them.');
    expect(gateSummary({ errors: 1, warnings: 1, stories: 1, byStory: new Map() }, en, 'en')).toBe(
      '1 story has 1 error and 1 warning from the copy check.',
    );
    expect(gateSummary({ errors: 0, warnings: 2, stories: 1, byStory: new Map() }, en, 'en', true)).toBe(
      'This story has 2 warnings from the copy check.',
    );
  });
});
