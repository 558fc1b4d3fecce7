// The exporter: LAYOUT.md's plain-text layout under a house style, and the refusal of incomplete stories.
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_HOUSE_STYLE,
  ExportRefused,
  exportStories,
  exportStory,
  findHouseStyle,
  houseStyleSchema,
  normalizePunctuation,
  type HouseStyle,
  type Story,
} from '../../shared/index';
import { by, p, page, story, sub } from './helpers';

const style = (fields: Partial<HouseStyle>): HouseStyle => houseStyleSchema.parse({ name: 'test', ...fields });

/** Kicker, headline, lead, one more paragraph, reporter and correspondent. */
function plain(fields: Partial<Story> = {}): Story {
  return story({
    kicker: '青苔镇',
    headline: '镇上首家共享农具站开门迎客',
    dateline: '本报讯',
    byline: [by('记者', ['韦书言']), by('通讯员', ['樊小禾'])],
    body: [p('4月9日上午，青苔镇共享农具站正式开放，首批租出微耕机12台。'), p('农具站由镇农技中心统一管理，村民凭卡预约。')],
    ...fields,
  });
}

/** Headline in two parts, subheadline, lead, paragraph, two subheadings. */
function withSubheadings(fields: Partial<Story> = {}): Story {
  return story({
    headline: '四项措施护航春耕备耕 确保农资供应',
    subheadline: '县农业服务中心下沉一线，为种植户解难题',
    dateline: '本报讯',
    byline: [by('记者', ['韦书言']), by('通讯员', ['樊小禾'])],
    body: [
      p('3月6日，县农业服务中心召开春耕备耕调度会。'),
      p('会议明确了四项措施。'),
      sub('开设农资直供专柜'),
      p('在全县九个乡镇设立直供专柜。'),
      sub('组建技术服务小分队'),
      p('二十名农技员分片包村。'),
    ],
    ...fields,
  });
}

describe('exportStory in the default house style', () => {
  it("writes LAYOUT.md's layout: one block a line, one blank line between, byline at the end", () => {
    expect(exportStory(plain())).toBe(
      page(
        '青苔镇',
        '',
        '镇上首家共享农具站开门迎客',
        '',
        '本报讯 4月9日上午，青苔镇共享农具站正式开放，首批租出微耕机12台。',
        '',
        '农具站由镇农技中心统一管理，村民凭卡预约。',
        '',
        '记者 韦书言 通讯员 樊小禾',
      ),
    );
  });

  it("is the default house style: no indent, LF, UTF-8, story's own byline position, no normalising", () => {
    expect(DEFAULT_HOUSE_STYLE).toMatchObject({
      datelineLabel: '本报讯',
      bylinePosition: 'keep',
      bylineParentheses: 'fullwidth',
      paragraphIndent: 'none',
      blankLinesBetweenStories: 1,
      lineEnding: 'lf',
      encoding: 'utf8',
      normalizePunctuation: false,
    });
  });

  it('writes kicker, subheadline and byline only when the story has them', () => {
    const s = plain({ kicker: '', subheadline: '', byline: [] });
    expect(exportStory(s)).toBe(
      page(
        '镇上首家共享农具站开门迎客',
        '',
        '本报讯 4月9日上午，青苔镇共享农具站正式开放，首批租出微耕机12台。',
        '',
        '农具站由镇农技中心统一管理，村民凭卡预约。',
      ),
    );
  });

  it('writes a headline, then a subheadline, when there is no kicker', () => {
    const text = exportStory(withSubheadings({ bylinePosition: 'end' }));
    expect(text.split('\n').slice(0, 4)).toEqual(['四项措施护航春耕备耕 确保农资供应', '', '县农业服务中心下沉一线，为种植户解难题', '']);
  });

  it('writes kicker, headline and subheadline in that order', () => {
    const text = exportStory(plain({ subheadline: '首批租出微耕机十二台，村民凭卡预约' }));
    expect(text.split('\n').slice(0, 6)).toEqual([
      '青苔镇',
      '',
      '镇上首家共享农具站开门迎客',
      '',
      '首批租出微耕机十二台，村民凭卡预约',
      '',
    ]);
  });

  it('keeps the one half-width space of a two-part headline', () => {
    const text = exportStory(withSubheadings());
    expect(text).toContain('\n四项措施护航春耕备耕 确保农资供应\n'.slice(1));
    expect(text.startsWith('四项措施护航春耕备耕 确保农资供应\n')).toBe(true);
  });

  it('writes a story without dateline with its lead alone on the line', () => {
    const text = exportStory(plain({ dateline: '' }));
    expect(text).toContain('\n4月9日上午，青苔镇共享农具站正式开放，首批租出微耕机12台。\n');
  });

  it('keeps a dispatch line such as 本报岩口6月3日电 as the story has it', () => {
    const text = exportStory(plain({ dateline: '本报岩口6月3日电' }));
    expect(text).toContain('\n本报岩口6月3日电 4月9日上午，');
  });

  it('trims stray white space around fields', () => {
    const text = exportStory(plain({ headline: '  镇上首家共享农具站开门迎客\u3000', kicker: ' 青苔镇 ' }));
    expect(text.startsWith('青苔镇\n\n镇上首家共享农具站开门迎客\n\n')).toBe(true);
  });

  it('leaves out empty blocks', () => {
    const s = plain({ body: [p('4月9日上午，农具站开放。'), p('  '), p('村民凭卡预约。'), sub('')] });
    expect(exportStory(s)).toBe(
      page(
        '青苔镇',
        '',
        '镇上首家共享农具站开门迎客',
        '',
        '本报讯 4月9日上午，农具站开放。',
        '',
        '村民凭卡预约。',
        '',
        '记者 韦书言 通讯员 樊小禾',
      ),
    );
  });

  it('never writes notes', () => {
    expect(exportStory(plain({ notes: '仅供编辑部参考的备注' }))).not.toContain('备注');
  });

  it('writes subheadings on their own lines between paragraphs', () => {
    const text = exportStory(withSubheadings({ bylinePosition: 'end' }));
    expect(text).toBe(
      page(
        '四项措施护航春耕备耕 确保农资供应',
        '',
        '县农业服务中心下沉一线，为种植户解难题',
        '',
        '本报讯 3月6日，县农业服务中心召开春耕备耕调度会。',
        '',
        '会议明确了四项措施。',
        '',
        '开设农资直供专柜',
        '',
        '在全县九个乡镇设立直供专柜。',
        '',
        '组建技术服务小分队',
        '',
        '二十名农技员分片包村。',
        '',
        '记者 韦书言 通讯员 樊小禾',
      ),
    );
  });
});

describe('byline positions', () => {
  it('end: on its own line after the body', () => {
    const lines = exportStory(plain({ bylinePosition: 'end' })).split('\n');
    expect(lines.at(-2)).toBe('记者 韦书言 通讯员 樊小禾');
  });

  it('inline: appended to the last paragraph before the first subheading, with no space', () => {
    const text = exportStory(withSubheadings({ bylinePosition: 'inline' }));
    expect(text).toContain('\n会议明确了四项措施。记者 韦书言 通讯员 樊小禾\n\n开设农资直供专柜\n');
    expect(text.match(/记者/g)).toHaveLength(1);
    expect(text.endsWith('二十名农技员分片包村。\n')).toBe(true);
  });

  it('inline: appended to the lead when the first subheading follows it, after the dateline', () => {
    const s = withSubheadings({
      bylinePosition: 'inline',
      body: [p('3月6日，调度会召开。'), sub('开设农资直供专柜'), p('在全县设立直供专柜。')],
    });
    expect(exportStory(s)).toContain('\n本报讯 3月6日，调度会召开。记者 韦书言 通讯员 樊小禾\n\n开设农资直供专柜\n');
  });

  it('inline: appended to the last paragraph when there is no subheading', () => {
    const text = exportStory(plain({ bylinePosition: 'inline' }));
    expect(text.endsWith('\n农具站由镇农技中心统一管理，村民凭卡预约。记者 韦书言 通讯员 樊小禾\n')).toBe(true);
  });

  it('dateline: in full-width parentheses right after the label, no space before the lead', () => {
    const text = exportStory(plain({ bylinePosition: 'dateline' }));
    expect(text).toContain('\n本报讯（记者 韦书言 通讯员 樊小禾）4月9日上午，青苔镇共享农具站正式开放，首批租出微耕机12台。\n');
    expect(text.match(/韦书言/g)).toHaveLength(1);
    expect(text.endsWith('村民凭卡预约。\n')).toBe(true);
  });

  it('dateline: half-width parentheses when the house style asks', () => {
    const text = exportStory(plain({ bylinePosition: 'dateline' }), style({ bylineParentheses: 'halfwidth' }));
    expect(text).toContain('\n本报讯(记者 韦书言 通讯员 樊小禾)4月9日上午，');
  });

  it('dateline: after a dispatch line too', () => {
    const text = exportStory(plain({ bylinePosition: 'dateline', dateline: '本报岩口6月3日电' }));
    expect(text).toContain('\n本报岩口6月3日电（记者 韦书言 通讯员 樊小禾）4月9日上午，');
  });

  it('dateline: a story without dateline does not lose its byline', () => {
    const text = exportStory(plain({ bylinePosition: 'dateline', dateline: '' }));
    expect(text.match(/记者 韦书言 通讯员 樊小禾/g)).toHaveLength(1);
    expect(text.endsWith('\n记者 韦书言 通讯员 樊小禾\n')).toBe(true);
  });

  it('top: on its own line between the title lines and the lead', () => {
    const text = exportStory(withSubheadings({ bylinePosition: 'top' }));
    expect(text.split('\n').slice(0, 8)).toEqual([
      '四项措施护航春耕备耕 确保农资供应',
      '',
      '县农业服务中心下沉一线，为种植户解难题',
      '',
      '记者 韦书言 通讯员 樊小禾',
      '',
      '本报讯 3月6日，县农业服务中心召开春耕备耕调度会。',
      '',
    ]);
    expect(text.match(/韦书言/g)).toHaveLength(1);
  });

  it('no byline: nothing is written for it in any position', () => {
    for (const bylinePosition of ['end', 'inline', 'dateline', 'top'] as const) {
      const text = exportStory(plain({ byline: [], bylinePosition }));
      expect(text).toBe(
        page(
          '青苔镇',
          '',
          '镇上首家共享农具站开门迎客',
          '',
          '本报讯 4月9日上午，青苔镇共享农具站正式开放，首批租出微耕机12台。',
          '',
          '农具站由镇农技中心统一管理，村民凭卡预约。',
        ),
      );
    }
  });

  it("the house style's byline position overrides the story's own", () => {
    const s = plain({ bylinePosition: 'end' });
    expect(exportStory(s, style({ bylinePosition: 'dateline' }))).toContain('\n本报讯（记者 韦书言 通讯员 樊小禾）4月9日上午');
    expect(exportStory(s, findHouseStyle('byline-in-dateline'))).toContain('\n本报讯（记者 韦书言 通讯员 樊小禾）4月9日上午');
    const t = plain({ bylinePosition: 'dateline' });
    expect(exportStory(t, findHouseStyle('byline-at-end')).endsWith('\n记者 韦书言 通讯员 樊小禾\n')).toBe(true);
    expect(exportStory(t, style({ bylinePosition: 'top' }))).toContain(
      '镇上首家共享农具站开门迎客\n\n记者 韦书言 通讯员 樊小禾\n\n本报讯 4月9日',
    );
    expect(exportStory(t, style({ bylinePosition: 'inline' }))).toContain('村民凭卡预约。记者 韦书言 通讯员 樊小禾\n');
  });
});

describe('byline wording', () => {
  it('writes role and names separated by one half-width space, several names under one role too', () => {
    const s = plain({ byline: [by('记者', ['韦书言', '艾青禾']), by('实习生', ['卜一凡'])] });
    expect(exportStory(s).endsWith('\n记者 韦书言 艾青禾 实习生 卜一凡\n')).toBe(true);
  });

  it('writes names under one role with a full-width space when the house style asks', () => {
    const s = plain({ byline: [by('记者', ['韦书言', '艾青禾'])] });
    expect(exportStory(s, style({ nameSeparator: '\u3000' })).endsWith('\n记者 韦书言\u3000艾青禾\n')).toBe(true);
  });

  it('writes a credit after the name', () => {
    const s = plain({ byline: [by('记者', ['韦书言'], '文/图'), by('通讯员', ['樊小禾'], '文图')] });
    expect(exportStory(s).endsWith('\n记者 韦书言 文/图 通讯员 樊小禾 文图\n')).toBe(true);
  });

  it('maps role words through the house style, leaving unlisted roles as written', () => {
    const s = plain({ byline: [by('记者', ['韦书言']), by('通讯员', ['樊小禾'])] });
    const text = exportStory(s, style({ roleWords: { 记者: '本报记者' } }));
    expect(text.endsWith('\n本报记者 韦书言 通讯员 樊小禾\n')).toBe(true);
  });

  it("maps role words in the dateline's parentheses too", () => {
    const s = plain({ byline: [by('记者', ['韦书言'])], bylinePosition: 'dateline' });
    expect(exportStory(s, style({ roleWords: { 记者: '晚报记者' } }))).toContain('本报讯（晚报记者 韦书言）4月9日');
  });
});

describe('house style layout options', () => {
  it("writes the house style's label in place of the generic 本报讯, and keeps other datelines", () => {
    const s = style({ datelineLabel: '晨报讯' });
    expect(exportStory(plain(), s)).toContain('\n晨报讯 4月9日上午，');
    expect(exportStory(plain({ dateline: '本报岩口6月3日电' }), s)).toContain('\n本报岩口6月3日电 4月9日上午，');
  });

  it('indents paragraphs, and only paragraphs, with two full-width spaces', () => {
    const text = exportStory(withSubheadings({ kicker: '安平县', bylinePosition: 'end' }), style({ paragraphIndent: 'fullwidth2' }));
    expect(text).toBe(
      page(
        '安平县',
        '',
        '四项措施护航春耕备耕 确保农资供应',
        '',
        '县农业服务中心下沉一线，为种植户解难题',
        '',
        '　　本报讯 3月6日，县农业服务中心召开春耕备耕调度会。',
        '',
        '　　会议明确了四项措施。',
        '',
        '开设农资直供专柜',
        '',
        '　　在全县九个乡镇设立直供专柜。',
        '',
        '组建技术服务小分队',
        '',
        '　　二十名农技员分片包村。',
        '',
        '记者 韦书言 通讯员 樊小禾',
      ),
    );
  });

  it('indents before a dateline that holds the byline', () => {
    const text = exportStory(plain({ bylinePosition: 'dateline' }), style({ paragraphIndent: 'fullwidth2' }));
    expect(text).toContain('\n　　本报讯（记者 韦书言 通讯员 樊小禾）4月9日上午');
  });

  it('ends every line with CRLF when the house style asks, and has no lone LF', () => {
    const text = exportStories([plain(), withSubheadings()], style({ lineEnding: 'crlf' }));
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.endsWith('记者 韦书言 通讯员 樊小禾\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '\n')).toBe(exportStories([plain(), withSubheadings()]));
  });

  it('puts one blank line between stories by default', () => {
    const text = exportStories([plain(), plain({ kicker: '', headline: '第二篇稿件的标题在此' })]);
    expect(text).toContain('\n记者 韦书言 通讯员 樊小禾\n\n第二篇稿件的标题在此\n\n本报讯');
  });

  it("puts the house style's number of blank lines between stories, and only between them", () => {
    const text = exportStories([plain(), plain({ kicker: '', headline: '第二篇稿件的标题在此' })], style({ blankLinesBetweenStories: 3 }));
    expect(text).toContain('\n记者 韦书言 通讯员 樊小禾\n\n\n\n第二篇稿件的标题在此\n\n本报讯');
    expect(text.startsWith('青苔镇\n\n镇上')).toBe(true);
    expect(text.endsWith('樊小禾\n')).toBe(true);
    expect(text).not.toMatch(/\n{5}/);
  });

  it('blank lines between stories and CRLF together', () => {
    const text = exportStories([plain(), plain()], style({ blankLinesBetweenStories: 2, lineEnding: 'crlf' }));
    expect(text).toContain('樊小禾\r\n\r\n\r\n青苔镇\r\n');
  });

  it('writes a page of stories as the stories one after another', () => {
    const a = plain();
    const b = withSubheadings();
    expect(exportStories([a, b])).toBe(`${exportStory(a)}\n${exportStory(b)}`);
    expect(exportStories([])).toBe('');
  });
});

describe('normalising punctuation', () => {
  const messy = plain({
    kicker: '青苔镇',
    headline: '农具站开门:首日租出12台!',
    byline: [by('记者', ['韦书言'])],
    body: [
      p('4月9日上午,青苔镇共享农具站(镇农技中心管理)正式开放.'),
      p('问题是:谁来维修?答案是;由镇农技员负责!'),
      p('首日出租率达66.3%,下午3:00前已租出1,000元的设备,详见https://nongju.example.cn/a?b=1,2.html。'),
    ],
  });

  it('is off by default: half-width marks are left alone', () => {
    const text = exportStory(messy);
    expect(text).toContain('农具站开门:首日租出12台!');
    expect(text).toContain('4月9日上午,青苔镇共享农具站(镇农技中心管理)正式开放.');
    expect(text).toContain('问题是:谁来维修?答案是;由镇农技员负责!');
  });

  it('when on, makes , . : ; ? ! ( ) in Chinese text full-width, in titles and body', () => {
    const text = exportStory(messy, style({ normalizePunctuation: true }));
    expect(text).toContain('\n农具站开门：首日租出12台！\n');
    expect(text).toContain('\n本报讯 4月9日上午，青苔镇共享农具站（镇农技中心管理）正式开放。\n');
    expect(text).toContain('\n问题是：谁来维修？答案是；由镇农技员负责！\n');
  });

  it('when on, leaves numbers and URLs alone: 66.3% 3:00 1,000 https://…', () => {
    const text = exportStory(messy, style({ normalizePunctuation: true }));
    expect(text).toContain('66.3%');
    expect(text).toContain('3:00');
    expect(text).toContain('1,000');
    expect(text).toContain('https://nongju.example.cn/a?b=1,2.html');
    expect(text).toContain('\n首日出租率达66.3%，下午3:00前已租出1,000元的设备，详见https://nongju.example.cn/a?b=1,2.html。\n');
  });

  it.each([
    ['会议指出,要加强巡查.', '会议指出，要加强巡查。'],
    ['活动现场(东坡广场)人头攒动!', '活动现场（东坡广场）人头攒动！'],
    ['一是加强巡查;二是完善制度.', '一是加强巡查；二是完善制度。'],
    ['谁来负责?', '谁来负责？'],
    ['合格率达66.3%。', '合格率达66.3%。'],
    ['下午3:00开始。', '下午3:00开始。'],
    ['共有1,000人参加。', '共有1,000人参加。'],
    ['报名网址www.baoming.example.cn/form?id=7。', '报名网址www.baoming.example.cn/form?id=7。'],
    ['邮箱tougao@example.cn。', '邮箱tougao@example.cn。'],
    ['He said: OK, fine.', 'He said: OK, fine.'],
    ['使用Vue.js开发', '使用Vue.js开发'],
    // a comma between two Chinese clauses, even with a number on either side of it
    ['出租率达66.3%,3:00前已全部租出。', '出租率达66.3%，3:00前已全部租出。'],
    ['共计1,000元,3天内到账。', '共计1,000元，3天内到账。'],
  ])('normalizePunctuation(%j) is %j', (input, output) => {
    expect(normalizePunctuation(input)).toBe(output);
  });

  it('when on, the half-width byline brackets that the house style asked for stay half-width', () => {
    const s = plain({ dateline: '本报讯', byline: [by('记者', ['韦书言'])], bylinePosition: 'dateline' });
    const text = exportStory(s, style({ normalizePunctuation: true, bylineParentheses: 'halfwidth' }));
    // the house style asked for half-width brackets around the byline: the exporter's own marks stay as asked
    expect(text).toContain('本报讯(记者 韦书言)4月9日上午');
  });
});

describe('refusal', () => {
  it('refuses a story without a headline, saying so', () => {
    const s = plain({ kicker: '', headline: '' });
    expect(() => exportStory(s)).toThrow(ExportRefused);
    try {
      exportStory(s);
    } catch (e) {
      const err = e as ExportRefused;
      expect(err.message).toContain('headline');
      expect(err.message).not.toMatch(/no body/);
      expect(err.problems).toEqual([expect.objectContaining({ storyId: s.id, missing: ['headline'] })]);
    }
  });

  it('refuses a story without a body (or only empty blocks), saying so', () => {
    for (const body of [[], [p('')], [p('  '), sub('\u3000')]]) {
      const s = plain({ body });
      let err: unknown;
      try {
        exportStory(s);
      } catch (e) {
        err = e;
      }
      expect(err).toBeInstanceOf(ExportRefused);
      expect((err as ExportRefused).message).toContain('body');
      expect((err as ExportRefused).message).toContain('镇上首家共享农具站开门迎客');
      expect((err as ExportRefused).problems[0]?.missing).toEqual(['body']);
    }
  });

  it('lists both when a story lacks headline and body', () => {
    const s = plain({ headline: '', body: [] });
    let err: ExportRefused | undefined;
    try {
      exportStory(s);
    } catch (e) {
      err = e as ExportRefused;
    }
    expect(err?.problems[0]?.missing).toEqual(['headline', 'body']);
    expect(err?.message).toMatch(/headline/);
    expect(err?.message).toMatch(/body/);
  });

  it('refuses the whole page, naming every story that lacks something, and names stories without headline by position', () => {
    const good = plain();
    const noHeadline = plain({ headline: '' });
    const noBody = withSubheadings({ body: [] });
    let err: ExportRefused | undefined;
    try {
      exportStories([good, noHeadline, noBody]);
    } catch (e) {
      err = e as ExportRefused;
    }
    expect(err).toBeInstanceOf(ExportRefused);
    expect(err?.problems.map((x) => x.storyId)).toEqual([noHeadline.id, noBody.id]);
    expect(err?.message).toContain('story 2');
    expect(err?.message).toContain('四项措施护航春耕备耕 确保农资供应');
    expect(err?.name).toBe('ExportRefused');
  });

  it('refuses a headline of white space only', () => {
    expect(() => exportStory(plain({ headline: ' \u3000 ' }))).toThrow(ExportRefused);
  });
});
