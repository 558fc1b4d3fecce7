// The importer on other papers' layouts (issue 14): quoted titles, >> kickers, compound roles, broken words, photo credits …
import { describe, expect, it } from 'vitest';
import { parsePage, type Decision, type ParsedPage, type Story } from '../../shared/index';
import { by, keptTexts, p, page, sub, T0 } from './helpers';

function parse(text: string): ParsedPage {
  let n = 0;
  return parsePage(text, { now: T0, newId: () => `parsed-${++n}` });
}

/** The page gives exactly one story, places all its text, and keeps every character somewhere. */
function one(text: string): { story: Story; decisions: Decision[] } {
  const r = parse(text);
  expect(r.stories.map((s) => s.headline)).toHaveLength(1);
  expect(r.decisions.filter((d) => d.kind === 'unplaced')).toEqual([]);
  expectAllKept(text, r);
  return { story: r.stories[0] as Story, decisions: r.decisions };
}

/** Every non-space character of the page is in a field, in `removed` marks or in unplaced text. */
function expectAllKept(text: string, r: ParsedPage): void {
  const count = (s: string) => {
    const m = new Map<string, number>();
    for (const ch of s.replace(/[\s\u3000]/gu, '')) m.set(ch, (m.get(ch) ?? 0) + 1);
    return m;
  };
  const kept = count(keptTexts(r).join(''));
  for (const [ch, n] of count(text)) expect(kept.get(ch) ?? 0, `“${ch}” kept`).toBeGreaterThanOrEqual(n);
}

const titlesOf = (s: Story) => [s.kicker, s.headline, s.subheadline];

describe('1. quoted titles are titles', () => {
  it('a headline that is a quotation, alone on its line', () => {
    const { story } = one(
      page('“小区的事大家商量着办”', '', '本报讯（记者 王小明）近日，花园社区召开居民议事会。', '', '会上，居民们就加装电梯一事各抒己见。'),
    );
    expect(titlesOf(story)).toEqual(['', '“小区的事大家商量着办”', '']);
    expect(story.dateline).toBe('本报讯');
    expect(story.body).toEqual([p('近日，花园社区召开居民议事会。'), p('会上，居民们就加装电梯一事各抒己见。')]);
  });

  it('a two-part headline whose second part ends in a quote', () => {
    const { story } = one(page('欢乐邻里节 浓浓“年味儿”', '', '本报讯 1月20日，东湖社区举办邻里节。', '', '记者 王小明'));
    expect(titlesOf(story)).toEqual(['', '欢乐邻里节 浓浓“年味儿”', '']);
  });

  it('a quoted headline between two stories starts the second story, it does not split one', () => {
    const r = parse(
      page(
        '花园社区举办议事会',
        '',
        '本报讯 近日，花园社区召开居民议事会。',
        '',
        '记者 王小明',
        '',
        '“我们的菜园子又回来了”',
        '',
        '本报讯 日前，东湖村的荒地变身共享菜园。',
        '',
        '记者 李红',
      ),
    );
    expect(r.stories.map((s) => s.headline)).toEqual(['花园社区举办议事会', '“我们的菜园子又回来了”']);
  });

  it('a quoted line inside a story, after a paragraph, stays a paragraph', () => {
    const { story } = one(
      page(
        '花园社区举办议事会',
        '',
        '本报讯 近日，花园社区召开居民议事会。居民老张说：',
        '',
        '“这样的会，我们愿意参加。”',
        '',
        '记者 王小明',
      ),
    );
    expect(story.body).toEqual([p('近日，花园社区召开居民议事会。居民老张说：“这样的会，我们愿意参加。”')]);
  });
});

describe('2. three title lines with a >> kicker', () => {
  it('kicker, quoted headline, subheadline with a comma', () => {
    const { story, decisions } = one(
      page(
        '花园社区>>',
        '“楼道里的热心人”',
        '清理小广告、维护花坛,他们啥都干',
        '',
        '本报讯（记者 王小明）走进花园社区，楼道干净整洁。',
        '',
        '记者 王小明',
      ),
    );
    expect(titlesOf(story)).toEqual(['花园社区', '“楼道里的热心人”', '清理小广告、维护花坛,他们啥都干']);
    expect(decisions.some((d) => d.kind === 'removed' && d.removed === '>>')).toBe(true);
  });
});

describe('3. two title lines, headline first', () => {
  it('the news, then what explains it: headline + subheadline', () => {
    const { story } = one(page('解放路不再“堵心”', '三条背街小巷完成改造', '', '本报讯 日前，解放路片区三条背街小巷完成改造。'));
    expect(titlesOf(story)).toEqual(['', '解放路不再“堵心”', '三条背街小巷完成改造']);
  });

  it('a short place, then the news: kicker + headline', () => {
    const { story } = one(page('东湖街道', '三条背街小巷完成改造', '', '本报讯 日前，东湖街道三条背街小巷完成改造。'));
    expect(titlesOf(story)).toEqual(['东湖街道', '三条背街小巷完成改造', '']);
  });

  it('a campaign, then the news: kicker + headline', () => {
    const { story } = one(page('我为群众办实事', '社区食堂开进老旧小区', '', '本报讯 日前，东湖街道首家社区食堂开业。'));
    expect(titlesOf(story)).toEqual(['我为群众办实事', '社区食堂开进老旧小区', '']);
  });

  it('when the readings are close, the other one is one click away', () => {
    const r = parse(page('文明实践进万家', '志愿服务队走进千家万户', '', '本报讯 日前，志愿服务队走进千家万户。'));
    const first = r.decisions.find((d) => d.kind === 'title');
    const s = r.stories[0] as Story;
    expect(first?.alternative).toBeDefined();
    const alt = first?.alternative;
    expect([alt?.kicker, alt?.headline, alt?.subheadline]).not.toEqual(titlesOf(s));
    expect([s.kicker, s.headline, s.subheadline].filter(Boolean).sort()).toEqual(
      [alt?.kicker, alt?.headline, alt?.subheadline].filter(Boolean).sort(),
    );
  });
});

describe('4. byline in the brackets, roles glued to names', () => {
  it('全媒体记者 and 通讯员 with no space, a quote right after the bracket', () => {
    const { story } = one(
      page('花园社区的“热心人”', '', '本报讯(全媒体记者王小明 通讯员李红)“阿姨，这件事交给我们。”近日，花园社区的志愿者忙个不停。'),
    );
    expect(story.byline).toEqual([by('全媒体记者', ['王小明']), by('通讯员', ['李红'])]);
    expect(story.bylinePosition).toBe('dateline');
    expect(story.body).toEqual([p('“阿姨，这件事交给我们。”近日，花园社区的志愿者忙个不停。')]);
  });

  it('融媒体中心记者 in full-width brackets', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯（融媒体中心记者赵一 通讯员钱二）近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('融媒体中心记者', ['赵一']), by('通讯员', ['钱二'])]);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it.each([
    ['郑报全媒体记者', '孙三'],
    ['见习记者', '周四'],
    ['首席记者', '吴五'],
    ['特约通讯员', '郑六'],
    ['区融媒体中心记者', '冯七'],
    ['本报全媒体记者', '陈八'],
  ])('%s is a role, and the name follows it without a space', (role, name) => {
    const { story } = one(page('东湖村的荒地变菜园', '', `本报讯（${role}${name}）近日，东湖村的荒地变身共享菜园。`));
    expect(story.byline).toEqual([by(role, [name])]);
  });
});

describe('5. a paragraph broken across a blank line inside a word', () => {
  it('the lead broken after 近: one lead, 近日，…', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯(记者王小明)近', '', '日，东湖村的荒地变身共享菜园。', '', '记者 王小明'));
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('a short block with no punctuation, then a block that cannot open a paragraph: one paragraph', () => {
    const { story } = one(
      page(
        '东湖村的荒地变菜园',
        '',
        '本报讯 近日，东湖村的荒地变身共享菜园。',
        '',
        '村里组织志愿',
        '',
        '者，把荒地分成了小块。',
        '',
        '记者 王小明',
      ),
    );
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。'), p('村里组织志愿者，把荒地分成了小块。')]);
  });

  it('a short block with no punctuation before a paragraph that opens well stays a subheading', () => {
    const { story } = one(
      page(
        '东湖村的荒地变菜园',
        '',
        '本报讯 近日，东湖村的荒地变身共享菜园。',
        '',
        '荒地变身菜园',
        '',
        '村里组织志愿者，把荒地分成了小块。',
        '',
        '记者 王小明',
      ),
    );
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。'), sub('荒地变身菜园'), p('村里组织志愿者，把荒地分成了小块。')]);
  });
});

describe('6. a photo credit line at the end', () => {
  it('王小明摄 alone: the 摄 credit of the reporter in the byline', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯（记者 王小明）近日，东湖村的荒地变身共享菜园。', '', '王小明摄'));
    expect(story.byline).toEqual([by('记者', ['王小明'], '摄')]);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('记者 王小明 摄 after the byline: the credit goes to him', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯 近日，东湖村的荒地变身共享菜园。', '', '通讯员 李红', '记者 王小明 摄'));
    expect(story.byline).toEqual([by('通讯员', ['李红']), by('记者', ['王小明'], '摄')]);
  });

  it('a photographer who is not in the byline is added with the credit', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯（记者 王小明）近日，东湖村的荒地变身共享菜园。', '', '李红 摄'));
    expect(story.byline).toEqual([by('记者', ['王小明']), by('', ['李红'], '摄')]);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });
});

describe('7. a line holding only spaces or U+3000 is a blank line', () => {
  it('between paragraphs and between stories', () => {
    const r = parse(
      page(
        '花园社区举办议事会',
        '   ',
        '本报讯 近日，花园社区召开居民议事会。',
        '\u3000\u3000',
        '会上，居民们各抒己见。',
        ' \u3000 ',
        '记者 王小明',
        '\u3000',
        '东湖村的荒地变菜园',
        '\t',
        '本报讯 近日，东湖村的荒地变身共享菜园。',
      ),
    );
    expect(r.stories.map((s) => s.headline)).toEqual(['花园社区举办议事会', '东湖村的荒地变菜园']);
    expect(r.stories[0]?.body).toEqual([p('近日，花园社区召开居民议事会。'), p('会上，居民们各抒己见。')]);
  });
});

describe('8. byline before the body, dateline glued to a quote', () => {
  it('□记者 王小明, then 本报讯“阿姨，…', () => {
    const { story } = one(
      page('楼道里的热心人', '', '□记者 王小明', '', '本报讯“阿姨，这件事交给我们。”近日，花园社区的志愿者忙个不停。', '', '大家都说好。'),
    );
    expect(story.headline).toBe('楼道里的热心人');
    expect(story.byline).toEqual([by('记者', ['王小明'])]);
    expect(story.bylinePosition).toBe('top');
    expect(story.dateline).toBe('本报讯');
    expect(story.body).toEqual([p('“阿姨，这件事交给我们。”近日，花园社区的志愿者忙个不停。'), p('大家都说好。')]);
  });
});

describe('9. byline inside the lead sentence', () => {
  it('本报讯 通讯员王小明、李红报道：…', () => {
    const { story, decisions } = one(page('东湖村的荒地变菜园', '', '本报讯 通讯员王小明、李红报道：近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('通讯员', ['王小明', '李红'])]);
    expect(story.dateline).toBe('本报讯');
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
    expect(decisions.some((d) => d.kind === 'byline' && d.lines.includes(3))).toBe(true);
  });

  it('记者 …报道 with no colon', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯 记者王小明报道 近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('记者', ['王小明'])]);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });
});

describe('10. a byline in brackets on its own line at the end', () => {
  it('（记者 王小明 通讯员 李红）', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯 近日，东湖村的荒地变身共享菜园。', '', '（记者 王小明 通讯员 李红）'));
    expect(story.byline).toEqual([by('记者', ['王小明']), by('通讯员', ['李红'])]);
    expect(story.bylinePosition).toBe('end');
  });
});

describe('11. indented paragraphs', () => {
  it.each([
    ['two spaces', '  '],
    ['four spaces', '    '],
    ['two U+3000', '\u3000\u3000'],
  ])('%s lose the indent', (_, indent) => {
    const { story } = one(
      page(
        '东湖村的荒地变菜园',
        '',
        `${indent}本报讯 近日，东湖村的荒地变身共享菜园。`,
        `${indent}村里组织志愿者，把荒地分成了小块。`,
        `${indent}记者 王小明`,
      ),
    );
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。'), p('村里组织志愿者，把荒地分成了小块。')]);
    expect(story.byline).toEqual([by('记者', ['王小明'])]);
  });
});

describe('12. no 本报讯 at all', () => {
  it('headline, a byline line, then the body', () => {
    const { story } = one(
      page('东湖村的荒地变菜园', '', '记者 王小明', '', '近日，东湖村的荒地变身共享菜园。', '', '村里组织志愿者，把荒地分成了小块。'),
    );
    expect(story.headline).toBe('东湖村的荒地变菜园');
    expect(story.dateline).toBe('');
    expect(story.byline).toEqual([by('记者', ['王小明'])]);
    expect(story.bylinePosition).toBe('top');
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。'), p('村里组织志愿者，把荒地分成了小块。')]);
  });

  it('two such stories on one page are two stories', () => {
    const r = parse(
      page(
        '东湖村的荒地变菜园',
        '',
        '记者 王小明',
        '',
        '近日，东湖村的荒地变身共享菜园。',
        '',
        '',
        '花园社区举办议事会',
        '',
        '记者 李红',
        '',
        '近日，花园社区召开居民议事会。',
      ),
    );
    expect(r.stories.map((s) => [s.headline, s.byline[0]?.names[0]])).toEqual([
      ['东湖村的荒地变菜园', '王小明'],
      ['花园社区举办议事会', '李红'],
    ]);
  });
});

describe('more forms of other papers', () => {
  it('an unbracketed byline after 本报讯, up to the lead', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯 记者 王小明 通讯员 李红 近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('记者', ['王小明']), by('通讯员', ['李红'])]);
    expect(story.bylinePosition).toBe('dateline');
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('each name with what it did: 记者 王小明/文 李红/图', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯（记者 王小明/文 李红/图）近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('记者', ['王小明'], '文'), by('记者', ['李红'], '图')]);
  });

  it('names alone in brackets at the end are the byline', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯 近日，东湖村的荒地变身共享菜园。', '', '（王小明 李红）'));
    expect(story.byline).toEqual([by('', ['王小明', '李红'])]);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('◎ before a top byline, 摄影报道 after it', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '◎本报记者 王小明 摄影报道', '', '本报讯 近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('本报记者', ['王小明'], '摄影报道')]);
    expect(story.bylinePosition).toBe('top');
  });
});

describe('forms met in measuring', () => {
  it('a name padded to three characters (张 舟) is one name', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯（融媒体中心记者 张 舟 通讯员 刘小丽）近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('融媒体中心记者', ['张舟']), by('通讯员', ['刘小丽'])]);
  });

  it('□ and a name with no role, before the body: the top byline', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '  □沈均', '', '  近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('', ['沈均'])]);
    expect(story.bylinePosition).toBe('top');
  });

  it('a name and 摄影报道 at the end, with no role', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '近日，东湖村的荒地变身共享菜园。', '', '吕依林 摄影报道'));
    expect(story.byline).toEqual([by('', ['吕依林'], '摄影报道')]);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('a photo credit with no role at the end of the last paragraph', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '近日，东湖村的荒地变身共享菜园，村民们都来认领。常远东 摄'));
    expect(story.byline).toEqual([by('', ['常远东'], '摄')]);
    expect(story.bylinePosition).toBe('inline');
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园，村民们都来认领。')]);
  });

  it('names with a slash between them at the end of the last paragraph', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '近日，东湖村的荒地变身共享菜园。陈立国/林木'));
    expect(story.byline).toEqual([by('', ['陈立国', '林木'])]);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('a bracketed byline at the paragraph end that opens with a name and then a role', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '近日，东湖村的荒地变身共享菜园。（刘小龙 本报通讯员 肖定安 摄影报道）'));
    expect(story.byline).toEqual([by('', ['刘小龙']), by('本报通讯员', ['肖定安'], '摄影报道')]);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('a title line with a □ byline glued on: the title, and the top byline', () => {
    const { story } = one(
      page('社区书房开到居民家门口 周末也不打烊', '居民盼着家门口的新书房□本刊记者 王小峰 文/图', '', '本报讯 近日，东湖社区书房开放。'),
    );
    expect(titlesOf(story)).toEqual(['', '社区书房开到居民家门口 周末也不打烊', '居民盼着家门口的新书房']);
    expect(story.byline).toEqual([by('本刊记者', ['王小峰'], '文/图')]);
    expect(story.bylinePosition).toBe('top');
  });

  it('a lead that opens with a bracketed byline and no dateline', () => {
    const { story } = one(page('乡村发展新动能', '', '（记者 张一 通讯员 王二）14日，东湖村的辣椒迎来丰收。'));
    expect(story.dateline).toBe('');
    expect(story.byline).toEqual([by('记者', ['张一']), by('通讯员', ['王二'])]);
    expect(story.body).toEqual([p('14日，东湖村的辣椒迎来丰收。')]);
  });

  it('a dateline alone on its line, the bracketed byline opening the next: one story', () => {
    const { story } = one(
      page('邻里节搭起交流平台', '', '东湖新闻网2026年10月8日讯', '', '（记者 谢一 通讯员 范二 文/图）近日，东湖社区开展邻里节活动。'),
    );
    expect(story.dateline).toBe('东湖新闻网2026年10月8日讯');
    expect(story.byline).toEqual([by('记者', ['谢一']), by('通讯员', ['范二'], '文/图')]);
    expect(story.body).toEqual([p('近日，东湖社区开展邻里节活动。')]);
  });

  it.each([
    ['江城讯', '江城讯（记者 王小明）近日，东湖村的荒地变身共享菜园。'],
    ['青苔讯', '青苔讯 近日，东湖村的荒地变身共享菜园。'],
    ['东海网-石城日报5月2日讯', '东海网-石城日报5月2日讯（记者 王小明）近日，东湖村的荒地变身共享菜园。'],
  ])('the dateline %s', (label, lead) => {
    const { story } = one(page('东湖村的荒地变菜园', '', lead));
    expect(story.dateline).toBe(label);
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('a headline that ends in 电 is not a dateline', () => {
    const r = parse(page('龙泉村', '', '村级光伏电站并网发电', '', '本报讯 11月7日，龙泉村光伏电站并网发电。'));
    expect(r.stories.map(titlesOf)).toEqual([['龙泉村', '村级光伏电站并网发电', '']]);
  });

  it('a sentence that opens with 喜讯 is not a dateline', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '喜讯 传来，东湖村的荒地变身共享菜园。'));
    expect(story.dateline).toBe('');
  });

  it('roles and names with no space at all', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯（记者张京实习生张玉）近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('记者', ['张京']), by('实习生', ['张玉'])]);
  });

  it('a column in 【】 before the headline is the kicker', () => {
    const { story, decisions } = one(page('【走基层】小镇上的共享菜园', '', '本报讯 近日，东湖村的荒地变身共享菜园。'));
    expect(titlesOf(story)).toEqual(['走基层', '小镇上的共享菜园', '']);
    expect(decisions.some((d) => d.kind === 'removed' && d.removed === '【】')).toBe(true);
  });

  it('a ▶ before a paragraph is removed, and the decision says so', () => {
    const { story, decisions } = one(
      page('东湖村的荒地变菜园', '', '▶近日，东湖村的荒地变身共享菜园。', '', '▶村里组织志愿者，把荒地分成了小块。'),
    );
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。'), p('村里组织志愿者，把荒地分成了小块。')]);
    expect(decisions.filter((d) => d.kind === 'removed' && d.removed === '▶')).toHaveLength(2);
  });

  it('paragraphs of a list end in ；, each one after a blank line', () => {
    const { story } = one(
      page(
        '东湖村的荒地变菜园',
        '',
        '本报讯 近日，东湖村的荒地变身共享菜园。',
        '',
        '“这块地归我了！”老张在菜园里忙着浇水；',
        '',
        '“我种番茄。”李阿姨在隔壁搭起了架子；',
        '',
        '村里的孩子们也来帮忙。',
      ),
    );
    expect(story.body.map((b) => b.text)).toEqual([
      '近日，东湖村的荒地变身共享菜园。',
      '“这块地归我了！”老张在菜园里忙着浇水；',
      '“我种番茄。”李阿姨在隔壁搭起了架子；',
      '村里的孩子们也来帮忙。',
    ]);
  });

  it('a newsroom before 媒体记者 is part of the role', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯（江城媒体记者 王小明）近日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('江城媒体记者', ['王小明'])]);
  });

  it('headline, dashed subheadline, then □names 文/图 with no role', () => {
    const { story } = one(
      page('社区办集市 服务暖人心', '——东湖街道“社区大集”见闻', '□冷一 刘二 文/图', '', '日前，东湖街道的“社区大集”又开张了。'),
    );
    expect(titlesOf(story)).toEqual(['', '社区办集市 服务暖人心', '——东湖街道“社区大集”见闻']);
    expect(story.byline).toEqual([by('', ['冷一', '刘二'], '文/图')]);
    expect(story.bylinePosition).toBe('top');
  });

  it('the page’s own lines after a story (editor, source, （完）) are kept for review, not paragraphs', () => {
    const r = parse(
      page('东湖村的荒地变菜园', '', '本报讯 近日，东湖村的荒地变身共享菜园。', '', '（完）', '', '来源：江城日报', '', '责任编辑 柳岸'),
    );
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]?.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
    expect(r.decisions.filter((d) => d.kind === 'unplaced').map((d) => d.text)).toEqual(['（完）', '来源：江城日报', '责任编辑 柳岸']);
    expectAllKept(page('东湖村的荒地变菜园', '本报讯 近日，东湖村的荒地变身共享菜园。', '（完）', '来源：江城日报', '责任编辑 柳岸'), r);
  });

  it('after a story with a dateline, a headline, a byline line and a body: the next story', () => {
    const r = parse(
      page(
        '东湖村的荒地变菜园',
        '',
        '本报讯 近日，东湖村的荒地变身共享菜园。',
        '',
        '夜市重开张',
        '',
        '记者 周四',
        '',
        '　　入夜，老街夜市重新开张。',
        '',
        '周四摄',
      ),
    );
    expect(r.stories.map((s) => [s.headline, s.byline])).toEqual([
      ['东湖村的荒地变菜园', []],
      ['夜市重开张', [by('记者', ['周四'], '摄')]],
    ]);
  });

  it('names with no role in the dateline’s brackets are its byline', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯(柯一 温二)5月6日，东湖村的荒地变身共享菜园。'));
    expect(story.byline).toEqual([by('', ['柯一', '温二'])]);
    expect(story.bylinePosition).toBe('dateline');
    expect(story.body).toEqual([p('5月6日，东湖村的荒地变身共享菜园。')]);
  });

  it.each([
    ['南湖晚报记者', '（南湖晚报记者 杜一）东湖村的荒地变身共享菜园。', ''],
    ['城南广电全媒体记者', '东湖村的荒地变身共享菜园。（城南广电全媒体记者 岑一 报道）', '报道'],
  ])('a paper or station before the role: %s', (role, line, credit) => {
    const { story } = one(page('东湖村的荒地变菜园', '', line));
    expect(story.byline).toEqual([by(role, [role === '南湖晚报记者' ? '杜一' : '岑一'], credit)]);
    expect(story.body).toEqual([p('东湖村的荒地变身共享菜园。')]);
  });

  it('names alone on the last line, after a paragraph, are the end byline', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯 近日，东湖村的荒地变身共享菜园。', '', '庞一 温二'));
    expect(story.byline).toEqual([by('', ['庞一', '温二'])]);
    expect(story.bylinePosition).toBe('end');
    expect(story.body).toEqual([p('近日，东湖村的荒地变身共享菜园。')]);
  });

  it('two short words that open with surnames stay a headline', () => {
    const { story } = one(page('金秋 丰收', '', '本报讯 近日，东湖村的稻谷迎来丰收。'));
    expect(story.headline).toBe('金秋 丰收');
    expect(story.byline).toEqual([]);
  });

  it('a letter-spaced role and name, then a second byline line', () => {
    const { story } = one(page('东湖村的荒地变菜园', '', '本报讯 近日，东湖村的荒地变身共享菜园。', '', '记 者 杜 望', '特约记者 柯一 摄'));
    expect(story.byline).toEqual([by('记者', ['杜望']), by('特约记者', ['柯一'], '摄')]);
  });

  it('a hard-wrapped page: a line that ends in 。 goes on when the next has no indent', () => {
    const { story } = one(
      page(
        '东湖村的荒地变菜园',
        '本报讯 近日，东湖村的荒地变身共享菜园，',
        '村民们纷纷前来认领。',
        '    村里组织志愿者，把荒地分成了小块。每块地都',
        '挂上了认领人的名牌。',
        '有的种番茄，有的种青菜。',
        '    菜园开园当天，孩子们也来帮忙。',
      ),
    );
    expect(story.body).toEqual([
      p('近日，东湖村的荒地变身共享菜园，村民们纷纷前来认领。'),
      p('村里组织志愿者，把荒地分成了小块。每块地都挂上了认领人的名牌。有的种番茄，有的种青菜。'),
      p('菜园开园当天，孩子们也来帮忙。'),
    ]);
  });

  it('a paper, a date and 报道 before a break open the lead as its dateline', () => {
    const { story } = one(page('村道修到家门口', '', '南湖日报3月8日报道 3月6日，记者走进桃坞镇杏林村。'));
    expect(story.dateline).toBe('南湖日报3月8日报道');
    expect(story.body).toEqual([p('3月6日，记者走进桃坞镇杏林村。')]);
  });

  it('新华社报道， in a sentence is no dateline', () => {
    const { story } = one(page('村道修到家门口', '', '新华社报道，桃坞镇杏林村的村道修到了家门口。'));
    expect(story.dateline).toBe('');
  });
});
