// The importer: every case of LAYOUT.md "Reading it back" and of issue 2's Import section, field by field.
import { describe, expect, it } from 'vitest';
import { parsePage, type Decision, type ParsedPage, type Story } from '../../shared/index';
import { by, content, p, page, sub, T0 } from './helpers';

function parse(text: string): ParsedPage {
  let n = 0;
  return parsePage(text, { now: T0, newId: () => `parsed-${++n}` });
}

/** The page must give exactly one story and place all its text. */
function one(text: string): { story: Story; decisions: Decision[] } {
  const r = parse(text);
  expect(r.stories).toHaveLength(1);
  expect(r.decisions.filter((d) => d.kind === 'unplaced')).toEqual([]);
  return { story: r.stories[0] as Story, decisions: r.decisions };
}

type Fields = Pick<Story, 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'bylinePosition' | 'body'>;
function fields(s: Story): Fields {
  const { kicker, headline, subheadline, dateline, byline, bylinePosition, body } = s;
  return { kicker, headline, subheadline, dateline, byline, bylinePosition, body };
}

const LEAD = '4月9日上午，青苔镇共享农具站正式开放，首批租出微耕机12台。';
const SECOND = '农具站由镇农技中心统一管理，村民凭卡预约。';
const TWO = [by('记者', ['韦书言']), by('通讯员', ['樊小禾'])];

/** kicker, headline, lead, paragraph, byline at the end: the page LAYOUT.md shows first. */
const BASIC = page('青苔镇', '', '镇上首家共享农具站开门迎客', '', `本报讯 ${LEAD}`, '', SECOND, '', '记者 韦书言 通讯员 樊小禾');

describe('parsePage: a plain story', () => {
  it('reads kicker, headline, dateline, lead, paragraph and byline at the end', () => {
    const { story, decisions } = one(BASIC);
    expect(fields(story)).toEqual({
      kicker: '青苔镇',
      headline: '镇上首家共享农具站开门迎客',
      subheadline: '',
      dateline: '本报讯',
      byline: TWO,
      bylinePosition: 'end',
      body: [p(LEAD), p(SECOND)],
    });
    expect(story).toMatchObject({ format: 'bulletin-desk/story', version: 2, status: 'draft', notes: '', id: 'parsed-1', photos: [] });
    expect(story.createdAt).toBe(T0.toISOString());
    const byKind = (kind: string) => decisions.filter((d) => d.kind === kind);
    expect(byKind('story')).toEqual([expect.objectContaining({ story: 0, lines: [1, 9] })]);
    expect(byKind('title').map((d) => [d.lines, d.field])).toEqual([
      [[1], 'kicker'],
      [[3], 'headline'],
    ]);
    expect(byKind('title')[0]?.message).toMatch(/^line 1 taken as the kicker: /);
    expect(byKind('title')[1]?.message).toMatch(/^line 3 taken as the headline/);
    expect(byKind('dateline')).toEqual([expect.objectContaining({ lines: [5], field: 'dateline' })]);
    expect(byKind('dateline')[0]?.message).toContain('本报讯');
    expect(byKind('byline')).toEqual([expect.objectContaining({ lines: [9], field: 'byline' })]);
    expect(byKind('byline')[0]?.message).toContain('韦书言');
  });

  it('gives each story a fresh id and the given time', () => {
    const r = parse(`${BASIC}\n${BASIC}`);
    expect(r.stories.map((s) => s.id)).toEqual(['parsed-1', 'parsed-2']);
    const plain = parsePage(BASIC);
    expect(plain.stories[0]?.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('gives nothing for an empty or blank page', () => {
    for (const text of ['', '\n', '\n\n  \n\u3000\n', '\r\n\r\n']) expect(parse(text)).toEqual({ stories: [], decisions: [] });
  });

  it('keeps half-width punctuation as it is', () => {
    const { story } = one(
      page(
        '镇上首家共享农具站开门迎客',
        '',
        '本报讯 4月9日上午,青苔镇共享农具站正式开放.',
        '',
        '问题是:谁来维修?答案是由农技员负责!',
        '',
        '记者 韦书言',
      ),
    );
    expect(story.body).toEqual([p('4月9日上午,青苔镇共享农具站正式开放.'), p('问题是:谁来维修?答案是由农技员负责!')]);
  });
});

describe('parsePage: title lines', () => {
  const rest = ['', `本报讯 ${LEAD}`, '', '记者 韦书言'];

  it('headline only', () => {
    const { story, decisions } = one(page('镇上首家共享农具站开门迎客', ...rest));
    expect([story.kicker, story.headline, story.subheadline]).toEqual(['', '镇上首家共享农具站开门迎客', '']);
    expect(decisions.find((d) => d.kind === 'title')?.message).toMatch(/^line 1 taken as the headline/);
  });

  it('kicker + headline: the kicker is short and names a unit', () => {
    for (const kicker of ['青苔镇', '柳岸街道', '北沙社区', '市农业农村局', '岩口县']) {
      const { story } = one(page(kicker, '', '镇上首家共享农具站开门迎客', ...rest));
      expect([story.kicker, story.headline, story.subheadline]).toEqual([kicker, '镇上首家共享农具站开门迎客', '']);
    }
  });

  it('headline + subheadline: the subheadline is longer and reads as a sentence', () => {
    const { story, decisions } = one(page('镇上首家共享农具站开门迎客', '', '首批租出微耕机十二台，村民凭卡预约使用', ...rest));
    expect([story.kicker, story.headline, story.subheadline]).toEqual([
      '',
      '镇上首家共享农具站开门迎客',
      '首批租出微耕机十二台，村民凭卡预约使用',
    ]);
    expect(decisions.find((d) => d.field === 'subheadline')?.message).toMatch(/^line 3 taken as the subheadline: /);
  });

  it('headline + subheadline led by a dash', () => {
    const { story } = one(page('共享农具站开门迎客', '', '——青苔镇探索农机共享新模式', ...rest));
    expect([story.kicker, story.headline, story.subheadline]).toEqual(['', '共享农具站开门迎客', '——青苔镇探索农机共享新模式']);
  });

  it('a two-part headline keeps its space and is not split', () => {
    const { story } = one(page('四项措施护航春耕备耕 确保农资供应', '', '县农业服务中心下沉一线，为种植户解难题', ...rest));
    expect([story.kicker, story.headline, story.subheadline]).toEqual([
      '',
      '四项措施护航春耕备耕 确保农资供应',
      '县农业服务中心下沉一线，为种植户解难题',
    ]);
  });

  it('a two-part headline alone', () => {
    const { story } = one(page('四项措施护航春耕备耕 确保农资供应', ...rest));
    expect([story.kicker, story.headline]).toEqual(['', '四项措施护航春耕备耕 确保农资供应']);
  });

  it('three title lines: kicker, headline, subheadline', () => {
    const { story, decisions } = one(page('安平县', '', '四项措施护航春耕备耕', '', '县农业服务中心下沉一线，为种植户解难题', ...rest));
    expect([story.kicker, story.headline, story.subheadline]).toEqual([
      '安平县',
      '四项措施护航春耕备耕',
      '县农业服务中心下沉一线，为种植户解难题',
    ]);
    expect(decisions.filter((d) => d.kind === 'title').map((d) => d.message.split(':')[0])).toEqual([
      'line 1 taken as the kicker',
      'line 3 taken as the headline',
      'line 5 taken as the subheadline',
    ]);
  });

  it('kicker and headline on one line, separated by a space, the first part naming a unit', () => {
    const { story, decisions } = one(page('青苔镇 镇上首家共享农具站开门迎客', ...rest));
    expect([story.kicker, story.headline, story.subheadline]).toEqual(['青苔镇', '镇上首家共享农具站开门迎客', '']);
    expect(decisions.find((d) => d.field === 'kicker')?.message).toMatch(/^line 1/);
    const two = one(page('柳岸街道\u3000老旧小区加装电梯签约仪式举行', ...rest)).story;
    expect([two.kicker, two.headline]).toEqual(['柳岸街道', '老旧小区加装电梯签约仪式举行']);
  });

  it('kicker and headline on one line, then a subheadline', () => {
    const { story } = one(page('柳岸街道 老旧小区加装电梯签约仪式举行', '', '首批六个楼栋将在年内完工，惠及住户一百余户', ...rest));
    expect([story.kicker, story.headline, story.subheadline]).toEqual([
      '柳岸街道',
      '老旧小区加装电梯签约仪式举行',
      '首批六个楼栋将在年内完工，惠及住户一百余户',
    ]);
  });

  it('a kicker ending in >> loses its mark, and the decision says so', () => {
    const { story, decisions } = one(page('柳岸街道>>', '', '老旧小区加装电梯签约仪式举行', ...rest));
    expect([story.kicker, story.headline, story.subheadline]).toEqual(['柳岸街道', '老旧小区加装电梯签约仪式举行', '']);
    expect(decisions.filter((d) => d.kind === 'removed').map((d) => d.removed)).toEqual(['>>']);
  });

  it("a kicker ending in >> on the headline's line", () => {
    const { story } = one(page('柳岸街道>> 老旧小区加装电梯签约仪式举行', ...rest));
    expect([story.kicker, story.headline]).toEqual(['柳岸街道', '老旧小区加装电梯签约仪式举行']);
    const glued = one(page('柳岸街道>>老旧小区加装电梯签约仪式举行', ...rest)).story;
    expect([glued.kicker, glued.headline]).toEqual(['柳岸街道', '老旧小区加装电梯签约仪式举行']);
  });

  it('a kicker ending in >>, a headline and a subheadline', () => {
    const { story } = one(
      page('柳岸街道>>', '', '老旧小区加装电梯签约仪式举行', '', '首批六个楼栋将在年内完工，惠及住户一百余户', ...rest),
    );
    expect([story.kicker, story.headline, story.subheadline]).toEqual([
      '柳岸街道',
      '老旧小区加装电梯签约仪式举行',
      '首批六个楼栋将在年内完工，惠及住户一百余户',
    ]);
  });

  it('a story without any title line has no headline, and the decisions say so', () => {
    const r = parse(page(`本报讯 ${LEAD}`, '', '记者 韦书言'));
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]?.headline).toBe('');
    expect(r.stories[0]?.body).toEqual([p(LEAD)]);
    expect(r.decisions.some((d) => d.kind === 'title' && /no headline/.test(d.message))).toBe(true);
  });
});

describe('parsePage: datelines', () => {
  const head = ['镇上首家共享农具站开门迎客', ''];

  it.each([
    ['本报讯 当天上午，农具站开放。', '本报讯', '当天上午，农具站开放。'],
    ['本报4月5日讯 当天上午，农具站开放。', '本报4月5日讯', '当天上午，农具站开放。'],
    ['本报岩口5月8日电 当天上午，农具站开放。', '本报岩口5月8日电', '当天上午，农具站开放。'],
    ['本报岩口讯 当天上午，农具站开放。', '本报岩口讯', '当天上午，农具站开放。'],
    ['本报讯　当天上午，农具站开放。', '本报讯', '当天上午，农具站开放。'],
  ])('%s', (line, dateline, lead) => {
    const { story } = one(page(...head, line, '', '记者 韦书言'));
    expect(story.dateline).toBe(dateline);
    expect(story.body).toEqual([p(lead)]);
  });

  it('a story with no dateline at all: the first body line is the lead, and the decisions say so', () => {
    const { story, decisions } = one(page('镇上首家共享农具站开门迎客', '', LEAD, '', SECOND, '', '记者 韦书言 通讯员 樊小禾'));
    expect(fields(story)).toEqual({
      kicker: '',
      headline: '镇上首家共享农具站开门迎客',
      subheadline: '',
      dateline: '',
      byline: TWO,
      bylinePosition: 'end',
      body: [p(LEAD), p(SECOND)],
    });
    expect(decisions.find((d) => d.kind === 'lead')?.message).toBe('no dateline: line 3 taken as the lead');
  });

  it('a story with no dateline, with kicker and subheadline', () => {
    const { story } = one(
      page('青苔镇', '', '镇上首家共享农具站开门迎客', '', '首批租出微耕机十二台，村民凭卡预约使用', '', LEAD, '', '记者 韦书言'),
    );
    expect([story.kicker, story.headline, story.subheadline, story.dateline]).toEqual([
      '青苔镇',
      '镇上首家共享农具站开门迎客',
      '首批租出微耕机十二台，村民凭卡预约使用',
      '',
    ]);
    expect(story.body).toEqual([p(LEAD)]);
  });

  it('a sentence that starts like a dispatch is not a dateline', () => {
    const { story } = one(page('镇上首家共享农具站开门迎客', '', '本报记者日前从镇农技中心获悉，共享农具站即将开放。', '', '记者 韦书言'));
    expect(story.dateline).toBe('');
    expect(story.body).toEqual([p('本报记者日前从镇农技中心获悉，共享农具站即将开放。')]);
  });

  it.each(['本报记者日前从市电力公司获悉，农具站即将开放。', '本报综合执法大队讯息显示，农具站即将开放。'])(
    'a sentence with 电 or 讯 in it is not a dateline either: %s',
    (line) => {
      const { story } = one(page('镇上首家共享农具站开门迎客', '', line, '', '记者 韦书言'));
      expect(story.dateline).toBe('');
      expect(story.body).toEqual([p(line)]);
    },
  );
});

describe('parsePage: bylines', () => {
  const head = ['青苔镇', '', '镇上首家共享农具站开门迎客', ''];

  it.each([
    ['本报讯（记者 韦书言 通讯员 樊小禾）4月9日上午，', TWO],
    ['本报讯(记者 韦书言 通讯员 樊小禾)4月9日上午，', TWO],
    ['本报讯 （记者 韦书言 通讯员 樊小禾） 4月9日上午，', TWO],
    ['本报讯（ 记者 韦书言  通讯员 樊小禾 ）4月9日上午，', TWO],
    ['本报讯（\u3000记者\u3000韦书言\u3000）4月9日上午，', [by('记者', ['韦书言'])]],
    ['本报讯 ( 记者韦书言 ) 4月9日上午，', [by('记者', ['韦书言'])]],
    ['本报讯（记者 韦书言、艾青禾）4月9日上午，', [by('记者', ['韦书言', '艾青禾'])]],
  ])("in the dateline's brackets: %s", (start, byline) => {
    const { story, decisions } = one(page(...head, `${start}青苔镇共享农具站正式开放。`, '', SECOND));
    expect(story.dateline).toBe('本报讯');
    expect(story.byline).toEqual(byline);
    expect(story.bylinePosition).toBe('dateline');
    expect(story.body).toEqual([p('4月9日上午，青苔镇共享农具站正式开放。'), p(SECOND)]);
    expect(decisions.find((d) => d.kind === 'byline')?.lines).toEqual([5]);
  });

  it('in the brackets after a dispatch line', () => {
    const { story } = one(page(...head, '本报岩口5月8日电（记者 韦书言）当天上午，农具站开放。'));
    expect([story.dateline, story.bylinePosition]).toEqual(['本报岩口5月8日电', 'dateline']);
    expect(story.byline).toEqual([by('记者', ['韦书言'])]);
    expect(story.body).toEqual([p('当天上午，农具站开放。')]);
  });

  it.each([
    ['记者 韦书言 通讯员 樊小禾'],
    ['□记者 韦书言 通讯员 樊小禾'],
    ['□ 记者 韦书言 通讯员 樊小禾'],
    ['（记者 韦书言 通讯员 樊小禾）'],
  ])('on its own line before the lead: %s', (line) => {
    const { story, decisions } = one(page(...head, line, '', `本报讯 ${LEAD}`, '', SECOND));
    expect(fields(story)).toEqual({
      kicker: '青苔镇',
      headline: '镇上首家共享农具站开门迎客',
      subheadline: '',
      dateline: '本报讯',
      byline: TWO,
      bylinePosition: 'top',
      body: [p(LEAD), p(SECOND)],
    });
    expect(decisions.find((d) => d.kind === 'byline')?.lines).toEqual([5]);
  });

  it('on its own line before a lead without dateline', () => {
    const { story } = one(page(...head, '记者 韦书言', '', LEAD, '', SECOND));
    expect([story.dateline, story.bylinePosition]).toEqual(['', 'top']);
    expect(story.byline).toEqual([by('记者', ['韦书言'])]);
    expect(story.body).toEqual([p(LEAD), p(SECOND)]);
  });

  it.each([
    ['记者杜望舒', [by('记者', ['杜望舒'])]],
    ['记者 杜望舒、艾青禾', [by('记者', ['杜望舒', '艾青禾'])]],
    ['记者杜望舒、艾青禾 通讯员樊小禾', [by('记者', ['杜望舒', '艾青禾']), by('通讯员', ['樊小禾'])]],
    ['记者 杜望舒\u3000艾青禾', [by('记者', ['杜望舒', '艾青禾'])]],
    ['本报记者 杜望舒', [by('本报记者', ['杜望舒'])]],
    ['晚报记者 杜望舒', [by('晚报记者', ['杜望舒'])]],
    ['见习记者 杜望舒', [by('见习记者', ['杜望舒'])]],
    ['记者 杜望舒 实习生 卜一凡', [by('记者', ['杜望舒']), by('实习生', ['卜一凡'])]],
    ['记者 杜望舒 文/图', [by('记者', ['杜望舒'], '文/图')]],
    ['记者 杜望舒 文图', [by('记者', ['杜望舒'], '文图')]],
    ['记者 杜望舒 通讯员 樊小禾 文/图', [by('记者', ['杜望舒']), by('通讯员', ['樊小禾'], '文/图')]],
    ['□记者 杜望舒', [by('记者', ['杜望舒'])]],
    ['（记者 杜望舒）', [by('记者', ['杜望舒'])]],
  ])('at the end: %s', (line, byline) => {
    const { story } = one(page(...head, `本报讯 ${LEAD}`, '', SECOND, '', line));
    expect(story.byline).toEqual(byline);
    expect(story.bylinePosition).toBe('end');
    expect(story.body).toEqual([p(LEAD), p(SECOND)]);
  });

  it.each([
    [['记者 韦书言 通讯员', '樊小禾'], TWO],
    [['记者', '韦书言'], [by('记者', ['韦书言'])]],
    [['记者 韦书言', '通讯员 樊小禾'], TWO],
  ])('split over two lines at the end: %j', (lines, byline) => {
    const { story, decisions } = one(page(...head, `本报讯 ${LEAD}`, '', SECOND, '', lines[0] as string, lines[1] as string));
    expect(story.byline).toEqual(byline);
    expect(story.bylinePosition).toBe('end');
    expect(story.body).toEqual([p(LEAD), p(SECOND)]);
    expect(decisions.find((d) => d.kind === 'byline')?.lines).toEqual([9, 10]);
  });

  it('split over two lines with a blank line between', () => {
    const { story } = one(page(...head, `本报讯 ${LEAD}`, '', SECOND, '', '记者 韦书言 通讯员', '', '樊小禾'));
    expect(story.byline).toEqual(TWO);
    expect(story.body).toEqual([p(LEAD), p(SECOND)]);
  });

  it('split over two lines before the lead', () => {
    const { story } = one(page(...head, '记者 韦书言 通讯员', '樊小禾', '', `本报讯 ${LEAD}`));
    expect(story.byline).toEqual(TWO);
    expect(story.bylinePosition).toBe('top');
    expect(story.body).toEqual([p(LEAD)]);
  });

  it('at the end of the lead (no subheadings): inline, with no space', () => {
    const { story, decisions } = one(page(...head, `本报讯 ${LEAD}记者 韦书言 通讯员 樊小禾`));
    expect(story.byline).toEqual(TWO);
    expect(story.bylinePosition).toBe('inline');
    expect(story.body).toEqual([p(LEAD)]);
    expect(decisions.find((d) => d.kind === 'byline')?.message).toMatch(/^line 5: byline at the end of a paragraph/);
  });

  it('at the end of the last paragraph before the first subheading: inline', () => {
    const { story } = one(
      page(
        '四项措施护航春耕备耕 确保农资供应',
        '',
        '县农业服务中心下沉一线，为种植户解难题',
        '',
        '本报讯 3月6日，县农业服务中心召开春耕备耕调度会。',
        '',
        '会议明确了四项措施。记者 韦书言 通讯员 樊小禾',
        '',
        '开设农资直供专柜',
        '',
        '在全县九个乡镇设立直供专柜。',
        '',
        '组建技术服务小分队',
        '',
        '二十名农技员分片包村。',
      ),
    );
    expect(fields(story)).toEqual({
      kicker: '',
      headline: '四项措施护航春耕备耕 确保农资供应',
      subheadline: '县农业服务中心下沉一线，为种植户解难题',
      dateline: '本报讯',
      byline: TWO,
      bylinePosition: 'inline',
      body: [
        p('3月6日，县农业服务中心召开春耕备耕调度会。'),
        p('会议明确了四项措施。'),
        sub('开设农资直供专柜'),
        p('在全县九个乡镇设立直供专柜。'),
        sub('组建技术服务小分队'),
        p('二十名农技员分片包村。'),
      ],
    });
  });

  it('at the end of the last paragraph, with a space before it', () => {
    const { story } = one(page(...head, `本报讯 ${LEAD}`, '', `${SECOND} 记者 韦书言`));
    expect(story.byline).toEqual([by('记者', ['韦书言'])]);
    expect(story.bylinePosition).toBe('inline');
    expect(story.body).toEqual([p(LEAD), p(SECOND)]);
  });

  it('a line such as 记者手记 is not a byline: it stays in the text', () => {
    const { story } = one(page(...head, `本报讯 ${LEAD}`, '', '记者手记', '', SECOND, '', '记者 韦书言'));
    expect(story.body).toEqual([p(LEAD), sub('记者手记'), p(SECOND)]);
    expect(story.byline).toEqual([by('记者', ['韦书言'])]);
  });

  it('a column head such as 记者探营 between paragraphs is a subheading, not a byline that ends the story', () => {
    const { story } = one(page(...head, `本报讯 ${LEAD}`, '', '记者探营', '', SECOND, '', '记者 韦书言'));
    expect(story.body).toEqual([p(LEAD), sub('记者探营'), p(SECOND)]);
    expect(story.byline).toEqual([by('记者', ['韦书言'])]);
    expect(story.bylinePosition).toBe('end');
  });
});

describe('parsePage: body', () => {
  const head = ['镇上首家共享农具站开门迎客', ''];

  it('paragraphs indented with spaces or full-width spaces lose their indent', () => {
    const { story } = one(page(...head, `　　本报讯 ${LEAD}`, '', `    ${SECOND}`, '', '\t三天内归还即可。', '', '记者 韦书言'));
    expect(story.dateline).toBe('本报讯');
    expect(story.body).toEqual([p(LEAD), p(SECOND), p('三天内归还即可。')]);
  });

  it('indented paragraphs with no blank lines between them', () => {
    const { story } = one(`镇上首家共享农具站开门迎客\n　　本报讯 ${LEAD}\n　　${SECOND}\n　　三天内归还即可。\n记者 韦书言\n`);
    expect(story.headline).toBe('镇上首家共享农具站开门迎客');
    expect(story.body).toEqual([p(LEAD), p(SECOND), p('三天内归还即可。')]);
    expect(story.byline).toEqual([by('记者', ['韦书言'])]);
  });

  it('subheadings between paragraphs, with a decision for each', () => {
    const { story, decisions } = one(
      page(
        ...head,
        `本报讯 ${LEAD}`,
        '',
        '开设农资直供专柜',
        '',
        '在全县九个乡镇设立直供专柜。',
        '',
        '二、组建技术服务小分队',
        '',
        '二十名农技员分片包村。',
        '',
        '记者 韦书言',
      ),
    );
    expect(story.body).toEqual([
      p(LEAD),
      sub('开设农资直供专柜'),
      p('在全县九个乡镇设立直供专柜。'),
      sub('二、组建技术服务小分队'),
      p('二十名农技员分片包村。'),
    ]);
    expect(decisions.filter((d) => d.kind === 'subheading').map((d) => d.message)).toEqual([
      'line 5 taken as a subheading: short, no sentence punctuation',
      'line 9 taken as a subheading: short, no sentence punctuation',
    ]);
  });

  it('a paragraph broken in two by the columns is joined, and the decision names the lines', () => {
    const { story, decisions } = one(
      page(...head, `本报讯 ${LEAD}`, '', '农具站由镇农技中心统一管理，村民凭卡', '', '预约，每次最长可租用三天。', '', '记者 韦书言'),
    );
    expect(story.body).toEqual([p(LEAD), p('农具站由镇农技中心统一管理，村民凭卡预约，每次最长可租用三天。')]);
    const join = decisions.filter((d) => d.kind === 'join');
    expect(join).toHaveLength(1);
    expect(join[0]?.lines).toEqual([5, 7]);
    expect(join[0]?.message).toBe('lines 5 and 7 joined: line 5 ends mid-sentence');
  });

  it('a paragraph that ends in ！ ？ …… ” or a half-width mark is not joined to the next', () => {
    const endings = ['村民说：“这下方便多了！”', '谁来维修？', '农具站还在不断完善……', '预约热线已开通!', '下一步将扩大规模.'];
    const { story, decisions } = one(page(...head, `本报讯 ${LEAD}`, '', ...endings.flatMap((e) => [e, '']), '记者 韦书言'));
    expect(story.body).toEqual([p(LEAD), ...endings.map(p)]);
    expect(decisions.filter((d) => d.kind === 'join')).toEqual([]);
  });

  it('a broken lead is joined to its second half', () => {
    const { story, decisions } = one(
      page(...head, '本报讯 4月9日上午，青苔镇共享农具站正式', '', '开放，首批租出微耕机12台。', '', SECOND, '', '记者 韦书言'),
    );
    expect(story.body).toEqual([p(LEAD), p(SECOND)]);
    expect(decisions.find((d) => d.kind === 'join')?.message).toBe('lines 3 and 5 joined: line 3 ends mid-sentence');
  });

  it('a paragraph broken in three is joined into one', () => {
    const { story } = one(
      page(
        ...head,
        `本报讯 ${LEAD}`,
        '',
        '农具站由镇农技中心统一管理，',
        '村民凭卡预约，每次最长',
        '可租用三天，逾期需续约。',
        '',
        '记者 韦书言',
      ),
    );
    expect(story.body).toEqual([p(LEAD), p('农具站由镇农技中心统一管理，村民凭卡预约，每次最长可租用三天，逾期需续约。')]);
  });

  it('a broken paragraph whose halves meet in Latin letters or digits gets a space between them', () => {
    const { story } = one(
      page(...head, `本报讯 ${LEAD}`, '', '预约可通过微信小程序或拨打热线0571', '2345678，每次最长可租用三天。', '', '记者 韦书言'),
    );
    expect(story.body[1]?.text).toBe('预约可通过微信小程序或拨打热线0571 2345678，每次最长可租用三天。');
  });
});

describe('parsePage: a page of stories', () => {
  const A = page('青苔镇', '', '镇上首家共享农具站开门迎客', '', `本报讯 ${LEAD}`, '', SECOND, '', '记者 韦书言 通讯员 樊小禾');
  const B = page(
    '柳岸街道',
    '',
    '老旧小区加装电梯签约仪式举行',
    '',
    '首批六个楼栋将在年内完工，惠及住户一百余户',
    '',
    '本报讯（记者 杜望舒）3月12日上午，柳岸街道举行加装电梯签约仪式。',
  );
  const C = page(
    '秋收农产品展销会开幕',
    '',
    '本报4月5日讯 当天，秋收农产品展销会在岩口县会展中心开幕。记者 艾青禾',
    '',
    '展销会设五个展区',
    '',
    '展区汇集了全县一百余家合作社的产品。',
  );
  const expectA = {
    kicker: '青苔镇',
    headline: '镇上首家共享农具站开门迎客',
    subheadline: '',
    dateline: '本报讯',
    byline: TWO,
    bylinePosition: 'end',
    body: [p(LEAD), p(SECOND)],
  };
  const expectB = {
    kicker: '柳岸街道',
    headline: '老旧小区加装电梯签约仪式举行',
    subheadline: '首批六个楼栋将在年内完工，惠及住户一百余户',
    dateline: '本报讯',
    byline: [by('记者', ['杜望舒'])],
    bylinePosition: 'dateline',
    body: [p('3月12日上午，柳岸街道举行加装电梯签约仪式。')],
  };
  const expectC = {
    kicker: '',
    headline: '秋收农产品展销会开幕',
    subheadline: '',
    dateline: '本报4月5日讯',
    byline: [by('记者', ['艾青禾'])],
    bylinePosition: 'inline',
    body: [p('当天，秋收农产品展销会在岩口县会展中心开幕。'), sub('展销会设五个展区'), p('展区汇集了全县一百余家合作社的产品。')],
  };

  it('finds each story: a story starts at the title lines before its dateline and ends at its byline', () => {
    const r = parse(`${A}\n${B}\n${C}`);
    expect(r.stories.map(fields)).toEqual([expectA, expectB, expectC]);
    expect(r.decisions.filter((d) => d.kind === 'story').map((d) => [d.story, d.lines])).toEqual([
      [0, [1, 9]],
      [1, [11, 17]],
      [2, [19, 25]],
    ]);
    expect(r.decisions.filter((d) => d.kind === 'unplaced')).toEqual([]);
  });

  it.each([[0], [1], [2], [3], [6]])('accepts %i blank lines between stories', (n) => {
    const gap = '\n'.repeat(n);
    const r = parse(`${A}${gap}${B}${gap}${C}${gap}${A}`);
    expect(r.stories.map(fields)).toEqual([expectA, expectB, expectC, expectA]);
  });

  it('accepts stray blank lines (and white space) at the start and the end of the page', () => {
    const r = parse(`\n\n  \n\u3000\n${A}\n${B}\n\n\n \n`);
    expect(r.stories.map(fields)).toEqual([expectA, expectB]);
    expect(r.decisions.find((d) => d.kind === 'title')?.message).toMatch(/^line 5 taken as the kicker: /);
  });

  it('counts blank lines in the line numbers of its decisions', () => {
    const r = parse(`\n${A}`);
    expect(r.decisions.find((d) => d.kind === 'title')?.message).toMatch(/^line 2 taken as the kicker: /);
    expect(r.decisions.find((d) => d.kind === 'story')?.lines).toEqual([2, 10]);
  });

  it('reads CRLF (and CR) line ends as LF', () => {
    const lf = `${A}\n${B}\n${C}`;
    const r = parse(lf.replace(/\n/g, '\r\n'));
    expect(r).toEqual(parse(lf));
    expect(parse(lf.replace(/\n/g, '\r'))).toEqual(parse(lf));
  });

  it('drops a byte order mark at the start', () => {
    expect(parse(`\ufeff${A}`).stories.map(fields)).toEqual([expectA]);
  });

  it('a story whose byline is in the dateline is followed by a story with title lines', () => {
    const r = parse(`${B}\n${A}`);
    expect(r.stories.map(fields)).toEqual([expectB, expectA]);
  });

  it('a story without dateline after a story that ends with its byline', () => {
    const noDateline = page(
      '秋收农产品展销会开幕',
      '',
      '当天，秋收农产品展销会在岩口县会展中心开幕。',
      '',
      '展区汇集了全县一百余家合作社的产品。',
      '',
      '记者 艾青禾',
    );
    const r = parse(`${A}\n${noDateline}`);
    expect(r.stories.map(fields)).toEqual([
      expectA,
      {
        kicker: '',
        headline: '秋收农产品展销会开幕',
        subheadline: '',
        dateline: '',
        byline: [by('记者', ['艾青禾'])],
        bylinePosition: 'end',
        body: [p('当天，秋收农产品展销会在岩口县会展中心开幕。'), p('展区汇集了全县一百余家合作社的产品。')],
      },
    ]);
  });

  it('three title lines of the next story right after a story with an inline byline in its last paragraph', () => {
    const first = page('镇上首家共享农具站开门迎客', '', `本报讯 ${LEAD}`, '', '三天内归还即可。记者 韦书言');
    const second = page(
      '安平县',
      '',
      '四项措施护航春耕备耕',
      '',
      '县农业服务中心下沉一线，为种植户解难题',
      '',
      '本报讯 3月6日，县农业服务中心召开春耕备耕调度会。',
      '',
      '记者 杜望舒',
    );
    const r = parse(`${first}\n${second}`);
    expect(r.stories.map(fields)).toEqual([
      {
        kicker: '',
        headline: '镇上首家共享农具站开门迎客',
        subheadline: '',
        dateline: '本报讯',
        byline: [by('记者', ['韦书言'])],
        bylinePosition: 'inline',
        body: [p(LEAD), p('三天内归还即可。')],
      },
      {
        kicker: '安平县',
        headline: '四项措施护航春耕备耕',
        subheadline: '县农业服务中心下沉一线，为种植户解难题',
        dateline: '本报讯',
        byline: [by('记者', ['杜望舒'])],
        bylinePosition: 'end',
        body: [p('3月6日，县农业服务中心召开春耕备耕调度会。')],
      },
    ]);
    expect(r.decisions.filter((d) => d.kind === 'unplaced')).toEqual([]);
  });

  it("a short last paragraph with an inline byline is not taken as the next story's headline", () => {
    const first = page(
      '镇上首家共享农具站开门迎客',
      '',
      '本报讯 4月9日上午，青苔镇共享农具站正式开放。',
      '',
      '三天内归还即可。记者 韦书言',
    );
    const second = page('秋收农产品展销会开幕', '', '本报讯 当天，展销会在岩口县会展中心开幕。');
    const r = parse(`${first}\n${second}`);
    expect(r.stories.map(fields)).toEqual([
      {
        kicker: '',
        headline: '镇上首家共享农具站开门迎客',
        subheadline: '',
        dateline: '本报讯',
        byline: [by('记者', ['韦书言'])],
        bylinePosition: 'inline',
        body: [p('4月9日上午，青苔镇共享农具站正式开放。'), p('三天内归还即可。')],
      },
      {
        kicker: '',
        headline: '秋收农产品展销会开幕',
        subheadline: '',
        dateline: '本报讯',
        byline: [],
        bylinePosition: 'end',
        body: [p('当天，展销会在岩口县会展中心开幕。')],
      },
    ]);
  });

  it("a story that ends without a byline, then the next story's title lines and dateline", () => {
    const first = page('镇上首家共享农具站开门迎客', '', `本报讯 ${LEAD}`, '', SECOND);
    const r = parse(`${first}\n${B}`);
    expect(r.stories.map(fields)).toEqual([
      {
        kicker: '',
        headline: '镇上首家共享农具站开门迎客',
        subheadline: '',
        dateline: '本报讯',
        byline: [],
        bylinePosition: 'end',
        body: [p(LEAD), p(SECOND)],
      },
      expectB,
    ]);
  });

  it('text before the first story is kept as unplaced, with its lines and text', () => {
    const r = parse(`本期简讯共三条，请审阅。\n\n${A}`);
    expect(r.stories.map(fields)).toEqual([expectA]);
    const unplaced = r.decisions.filter((d) => d.kind === 'unplaced');
    expect(unplaced).toEqual([expect.objectContaining({ story: null, lines: [1], text: '本期简讯共三条，请审阅。' })]);
    expect(unplaced[0]?.message).toMatch(/^line 1 not placed in a story/);
  });

  it('decisions name their story by index', () => {
    const r = parse(`${A}\n${B}`);
    const stories = new Set(r.decisions.map((d) => d.story));
    expect([...stories]).toEqual([0, 1]);
    expect(r.decisions.filter((d) => d.story === 1 && d.kind === 'title').map((d) => d.lines[0])).toEqual([11, 13, 15]);
  });
});

describe('parsePage round trip of a hand-made story', () => {
  it("reads back what LAYOUT.md's second example holds", () => {
    const text = page(
      '四项措施护航春耕备耕 确保农资供应',
      '',
      '县农业服务中心下沉一线，为种植户解难题',
      '',
      '本报讯 3月6日，县农业服务中心召开春耕备耕调度会。会议明确了四项措施。记者 韦书言 通讯员 樊小禾',
      '',
      '开设农资直供专柜',
      '',
      '在全县九个乡镇设立直供专柜。',
      '',
      '组建技术服务小分队',
      '',
      '二十名农技员分片包村。',
    );
    const { story } = one(text);
    expect(content(story)).toEqual({
      format: 'bulletin-desk/story',
      version: 2,
      status: 'draft',
      kicker: '',
      headline: '四项措施护航春耕备耕 确保农资供应',
      subheadline: '县农业服务中心下沉一线，为种植户解难题',
      dateline: '本报讯',
      byline: TWO,
      bylinePosition: 'inline',
      body: [
        p('3月6日，县农业服务中心召开春耕备耕调度会。会议明确了四项措施。'),
        sub('开设农资直供专柜'),
        p('在全县九个乡镇设立直供专柜。'),
        sub('组建技术服务小分队'),
        p('二十名农技员分片包村。'),
      ],
      photos: [],
      notes: '',
    });
  });
});

describe('pages as older systems and other papers set them', () => {
  it('leaves page furniture (edition, date, editor) out of the stories, kept as unplaced', () => {
    const r = parsePage(
      page(
        '第3版 社区新闻',
        '2024年6月21日 星期五',
        '青苔街道',
        '举办邻里运动会',
        '本报讯 当天，青苔街道举办邻里运动会。',
        '记者 韦书言',
        '责任编辑：柳岸',
      ),
    );
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]?.kicker).toBe('青苔街道');
    expect(r.stories[0]?.headline).toBe('举办邻里运动会');
    const unplaced = r.decisions.filter((d) => d.kind === 'unplaced').map((d) => d.text);
    expect(unplaced.join('\n')).toContain('第3版 社区新闻');
    expect(unplaced.join('\n')).toContain('责任编辑：柳岸');
  });

  it('reads a credit written before the role (文/图 本报记者 …)', () => {
    const r = parsePage(page('枫溪镇举办农技培训课', '文/图 本报记者 韦书言', '本报讯 日前，枫溪镇举办农技培训课。'));
    expect(r.stories[0]?.byline).toEqual([{ role: '本报记者', names: ['韦书言'], credit: '文/图' }]);
    expect(r.stories[0]?.bylinePosition).toBe('top');
  });

  it('takes a headline that ends with ！ or ？ as a title', () => {
    const r = parsePage(page('石门社区', '这个夏天，一起来读书吧！', '本报讯 7月1日，石门社区启动读书活动。', '记者 韦书言'));
    expect(r.stories[0]?.kicker).toBe('石门社区');
    expect(r.stories[0]?.headline).toBe('这个夏天，一起来读书吧！');
  });

  it('opens a story without dateline at two title lines that follow a paragraph', () => {
    const r = parsePage(
      page(
        '石门社区',
        '开展夜间义诊',
        '本报讯（记者 韦书言）当天，石门社区开展夜间义诊。',
        '现场气氛热烈。',
        '桃坞镇',
        '完成防汛应急演练',
        '日前，桃坞镇完成防汛应急演练。',
        '记者 柳岸',
      ),
    );
    expect(r.stories.map((s) => s.headline)).toEqual(['开展夜间义诊', '完成防汛应急演练']);
    expect(r.stories[1]?.kicker).toBe('桃坞镇');
    expect(r.stories[1]?.dateline).toBe('');
    expect(r.stories[1]?.byline[0]?.names).toEqual(['柳岸']);
  });

  it('keeps a single short line between paragraphs as a subheading', () => {
    const r = parsePage(page('开展夜间义诊', '本报讯 当天，石门社区开展夜间义诊。', '织密安全防线', '现场气氛热烈。', '记者 柳岸'));
    expect(r.stories).toHaveLength(1);
    expect(r.stories[0]?.body.map((b) => b.type)).toEqual(['paragraph', 'subheading', 'paragraph']);
  });
});

describe('more forms from other papers', () => {
  it('reads 文/记者 … 图/通讯员 … as who wrote and who took the photos', () => {
    const r = parsePage(page('石门社区开展夜间义诊', '本报讯 当天，石门社区开展夜间义诊。', '文/记者 韦书言 图/通讯员 柳岸'));
    expect(r.stories[0]?.byline).toEqual([
      { role: '记者', names: ['韦书言'], credit: '文' },
      { role: '通讯员', names: ['柳岸'], credit: '图' },
    ]);
  });

  it('takes a line of marks between stories as a separator, kept for review, not as a title', () => {
    const r = parsePage(
      page(
        '开展夜间义诊',
        '本报讯 当天，石门社区开展夜间义诊。',
        '记者 韦书言',
        '★★★',
        '完成防汛应急演练',
        '本报讯 日前，桃坞镇完成防汛应急演练。',
      ),
    );
    expect(r.stories.map((s) => [s.kicker, s.headline])).toEqual([
      ['', '开展夜间义诊'],
      ['', '完成防汛应急演练'],
    ]);
    expect(r.decisions.some((d) => d.kind === 'unplaced' && d.text === '★★★')).toBe(true);
  });
});
