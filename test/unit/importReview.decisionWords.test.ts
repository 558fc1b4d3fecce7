// The importer's decisions as the import review lists them (renderer/src/importReview/decisionWords.ts): Chinese says what each is about, English keeps the importer's words, the two readings of the titles are said.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../shared/index';
import type { Decision } from '../../shared/parse/types';
import { newStory } from '../../shared/story';
import { reviewOf, type ReviewStory } from '../../renderer/src/importReview/corrections';
import { decisionTexts } from '../../renderer/src/importReview/decisionWords';
import { readTitlesAs } from '../../renderer/src/importReview/titleReadings';
import { translator } from '../../renderer/src/i18n/translate';
import { QINGSHI_LINES } from '../pages';

const zh = translator('zh-CN');
const en = translator('en');

/** A made-up page, as the review's source column numbers it. */
const SOURCE = [
  '东湖街道 举办社区消防安全开放日',
  '',
  '本报讯 5月8日上午，东湖街道在文化广场举办消防安全开放日活动，吸引',
  '居民200余人参加。',
  '',
  '现场互动',
  '',
  '现场设置了灭火器实操、逃生体验等4个互动区域。',
  '',
  '记者 岑晓岚 摄',
];

/** A story of the review with hand-made decisions (the wording does not depend on how the importer reads a page). */
function item(decisions: Array<Omit<Decision, 'story'>>): ReviewStory {
  return { key: 'story-1', story: newStory(), lines: [1, 10], decisions: decisions.map((d) => ({ story: 0, ...d })) };
}

const KINDS: Array<Omit<Decision, 'story'>> = [
  { kind: 'story', lines: [1, 10], message: 'lines 1–10 taken as story 1' },
  { kind: 'dateline', lines: [3], field: 'dateline', message: 'line 3 opens with the dateline “本报讯”' },
  { kind: 'join', lines: [3, 4], field: 'body', message: 'lines 3 and 4 joined: line 3 ends mid-sentence' },
  { kind: 'subheading', lines: [6], field: 'body', message: 'line 6 taken as a subheading: short, no sentence punctuation' },
  { kind: 'paragraph', lines: [8], field: 'body', message: 'line 8 kept as a paragraph: a short line, but nothing follows it' },
  { kind: 'byline', lines: [10], field: 'byline', message: 'line 10: byline on its own line after the body, read as 记者 岑晓岚 (摄)' },
  { kind: 'removed', lines: [3], removed: '（）', message: 'line 3: “（）” around the dateline removed' },
];

describe('the decisions in Chinese', () => {
  it('say what each is about, with the line it reads and its numbers as a reader says them', () => {
    expect(decisionTexts(zh, item(KINDS), SOURCE)).toEqual([
      '第1至10行为一篇稿件',
      '第3行以电头开头：“本报讯 5月8日上午，东湖街道…”',
      '第3、4行被分栏断开，合为一段',
      '第6行“现场互动”较短，没有句末标点，作为小标题',
      '第8行“现场设置了灭火器实操、逃生体验…”虽短，但后面已无正文，仍作为段落',
      '署名取自第10行：“记者 岑晓岚 摄”',
      '第3行：去掉“（）”（导出时按版式重写）',
    ]);
  });

  it('tell a title line, a line split into kicker and headline, and a story with no title line apart', () => {
    const split = item([
      {
        kind: 'title',
        lines: [1],
        field: 'kicker',
        message: 'line 1 split: “东湖街道” taken as the kicker (names a unit), the rest as the headline',
      },
    ]);
    expect(decisionTexts(zh, split, SOURCE)).toEqual(['第1行“东湖街道 举办社区消防安全开放日”拆成引题和主题（开头是地名或单位名）']);
    const none = item([
      { kind: 'title', lines: [3], field: 'headline', message: 'no title line before line 3: the story has no headline' },
      { kind: 'dateline', lines: [3], field: 'dateline', message: 'line 3 opens with the dateline “本报讯”' },
    ]);
    expect(decisionTexts(zh, none, SOURCE)[0]).toBe('第3行之前没有标题行，本篇尚无主题');
    const lead = item([{ kind: 'lead', lines: [8], message: 'no dateline: line 8 taken as the lead' }]);
    expect(decisionTexts(zh, lead, SOURCE)).toEqual(['没有电头：第8行“现场设置了灭火器实操、逃生体验…”作为导语']);
    const unplaced = item([{ kind: 'unplaced', lines: [6, 7, 8], message: 'lines 6–8 not placed in a story' }]);
    expect(decisionTexts(zh, unplaced, SOURCE)).toEqual(['第6至8行不属于任何稿件，保留在本篇备注中']);
  });

  it('quote a line’s own quotes as inner ones, and say a photo credit given to a name already in the byline', () => {
    const source = ['解放路不再“堵心”', '', '王小明摄'];
    const quotes = item([{ kind: 'title', lines: [1], field: 'headline', message: 'line 1 taken as the headline: the only title line' }]);
    expect(decisionTexts(zh, quotes, source)).toEqual(['第1行“解放路不再‘堵心’”作为主题']);
    const merged = item([
      {
        kind: 'byline',
        lines: [3],
        field: 'byline',
        removed: '王小明',
        message: 'line 3: the photo credit of 王小明, already in the byline, given to that contributor (the name kept once)',
      },
    ]);
    expect(decisionTexts(zh, merged, source)).toEqual(['第3行“王小明摄”：王小明已在署名中，这条图片署名归到王小明名下，姓名只留一次']);
    expect(decisionTexts(en, merged, source)).toEqual([merged.decisions[0]?.message]);
  });

  it('hold no English word', () => {
    for (const text of decisionTexts(zh, item(KINDS), SOURCE)) expect(text.replace(/“[^”]*”/gu, '')).not.toMatch(/[A-Za-z]{2,}/u);
  });
});

describe('the decisions in English', () => {
  it('are the importer’s own words', () => {
    expect(decisionTexts(en, item(KINDS), SOURCE)).toEqual(KINDS.map((d) => d.message));
  });
});

describe('the two readings of the title lines', () => {
  const page = parsePage(QINGSHI_LINES.join('\n'));
  const review = reviewOf(page, () => '');
  const source = [...QINGSHI_LINES];

  it('are said after the title decisions: the reading taken, and that the other is one click away', () => {
    const zhTexts = decisionTexts(zh, review.stories[0]!, source);
    expect(zhTexts.slice(0, 3)).toEqual([
      '第1行“老街新貌”作为引题',
      '第3行“青石社区完成雨污分流改造”作为主题',
      '第1、3行读作“引题＋主题”；读作“主题＋副题”也说得通，可点标题下方的按钮改读',
    ]);
    expect(decisionTexts(en, review.stories[0]!, source)[2]).toBe(
      'Lines 1, 3 read as kicker + headline; headline + subheadline reads nearly as well (the button under the titles)',
    );
  });

  it('say the reporter’s choice once the other reading is taken', () => {
    const flipped = readTitlesAs(review, 0, 'headlineSubheadline').stories[0]!;
    expect(decisionTexts(zh, flipped, source)[2]).toBe('第1、3行已按你的选择改读为“主题＋副题”；导入时读作“引题＋主题”');
    expect(decisionTexts(en, flipped, source)[2]).toBe(
      'Lines 1, 3 read as headline + subheadline, as you chose; the importer read them as kicker + headline',
    );
  });

  it('say only what the importer read once the titles were changed otherwise', () => {
    const changed = { ...review.stories[0]!, story: { ...review.stories[0]!.story, subheadline: '改造' } };
    expect(decisionTexts(zh, changed, source)[2]).toBe('导入时第1、3行读作“引题＋主题”；读作“主题＋副题”也说得通');
  });
});

describe('cases of other papers, worded by what they are', () => {
  const page = [
    '【走基层】小镇上的共享菜园',
    '',
    '（记者 王小明）近',
    '',
    '日，东湖村的荒地变身共享菜园。',
    '',
    '东湖村的荒地变菜园',
    '',
    '本报讯 通讯员李红报道：近日，东湖村的荒地变身共享菜园。',
  ];
  const parsed = parsePage(page.join('\n'));
  const texts = (t: typeof zh) => reviewOf(parsed, () => '').stories.flatMap((s) => decisionTexts(t, s, page));

  it('says in Chinese what each case was', () => {
    const said = texts(zh);
    expect(said).toContain('第1行“【走基层】小镇上的共享菜园”拆开：【】里的栏目名作为引题，其余作为主题');
    expect(said).toContain('第3行没有电头，以括号里的署名开头，其后作为导语');
    expect(said).toContain('第3、5行之间断在一个词的中间，合为一段');
    expect(said).toContain('署名取自第9行导语开头的“……报道”');
  });

  it('keeps the importer’s words in English', () => {
    const said = texts(en);
    expect(said.some((s) => s.includes('in 【】 taken as the kicker'))).toBe(true);
    expect(said.some((s) => s.includes('opens with a byline in brackets and no dateline'))).toBe(true);
    expect(said.some((s) => s.includes('the rest of a word cut in two'))).toBe(true);
    expect(said.some((s) => s.includes('told in the lead'))).toBe(true);
  });
});
