// A whole story pasted into an empty story: when "Split into fields" is offered, and the fields the importer's reading fills.
import { describe, expect, it } from 'vitest';
import { isEmptyStory, readPastedStory, splitFields, splitFieldsOf, type SplitFields } from '../../shared/pastedStory';
import { newStory, type Story } from '../../shared/story';
import { LIUAN_LINES, TAOWU_LINES } from '../pages';

const REPORTER = [{ role: '记者', names: ['张明'], credit: '' }];
/** A new story as the desk makes it: the house dateline, the reporter's own byline, one empty lead paragraph. */
const fresh = (fields: Partial<Story> = {}): SplitFields => splitFieldsOf(newStory(fields, { id: 'x', byline: REPORTER }));
const WHOLE = LIUAN_LINES.join('\n');

describe('isEmptyStory', () => {
  it('takes a new story as empty: the house dateline, the reporter’s byline or none, an empty body', () => {
    expect(isEmptyStory(fresh(), '本报讯')).toBe(true);
    expect(isEmptyStory(fresh({ byline: [] }), '本报讯')).toBe(true);
    expect(isEmptyStory(fresh({ dateline: '' }), '本报讯')).toBe(true);
    expect(isEmptyStory(fresh({ dateline: '本台讯' }), '本台讯')).toBe(true);
    expect(
      isEmptyStory(
        fresh({
          body: [
            { type: 'paragraph', text: ' \u3000' },
            { type: 'paragraph', text: '' },
          ],
        }),
        '本报讯',
      ),
    ).toBe(true);
  });

  it('takes a story with anything written in it as not empty', () => {
    for (const fields of [
      { kicker: '东湖街道' },
      { headline: '本报讯' },
      { subheadline: '副题' },
      { notes: '明天补充数字' },
      { body: [{ type: 'paragraph' as const, text: '5月8日上午，' }] },
      { dateline: '本报5月8日讯' },
      { dateline: '本台讯' },
      { byline: [...REPORTER, { role: '通讯员', names: ['王芳'], credit: '' }] },
      { byline: [{ role: '记者', names: ['张明'], credit: '文/图' }] },
      { byline: [{ role: '记者', names: ['张明', '李红'], credit: '' }] },
    ])
      expect(isEmptyStory(fresh(fields), '本报讯'), JSON.stringify(fields)).toBe(false);
  });
});

describe('readPastedStory: offer or not', () => {
  it('offers the split of a whole story pasted into an empty story, with every field of the importer’s reading', () => {
    expect(readPastedStory(WHOLE, fresh({ byline: [] }), '本报讯')).toEqual({
      kind: 'story',
      unplaced: 0,
      fields: {
        kicker: '柳岸街道',
        headline: '老旧小区加装电梯签约仪式举行',
        subheadline: '',
        dateline: '本报讯',
        byline: [{ role: '记者', names: ['杜望舒'], credit: '' }],
        bylinePosition: 'end',
        body: [
          { type: 'paragraph', text: '3月12日上午，柳岸街道举行老旧小区加装电梯集中签约仪式。' },
          { type: 'paragraph', text: '首批六个楼栋的居民代表现场签约。' },
        ],
        notes: '',
      },
    });
  });

  it('reads a dated dateline and a bracketed byline as the importer does, in place of the house dateline and the reporter’s byline', () => {
    const pasted = [
      '桃坞村',
      '',
      '秋收农产品展销会开幕',
      '',
      '本报4月5日讯（记者 杜望舒）当天，桃坞村秋收农产品展销会开幕。',
      '',
      '展销会汇集了十余家合作社的产品。',
    ];
    const reading = readPastedStory(pasted.join('\r\n'), fresh(), '本报讯');
    expect(reading).toMatchObject({
      kind: 'story',
      fields: {
        dateline: '本报4月5日讯',
        byline: [{ role: '记者', names: ['杜望舒'], credit: '' }],
        bylinePosition: 'dateline',
        body: [{ text: '当天，桃坞村秋收农产品展销会开幕。' }, { text: '展销会汇集了十余家合作社的产品。' }],
      },
    });
  });

  it('says how many stories a paste of several holds, and offers no split', () => {
    expect(readPastedStory([...LIUAN_LINES, '', ...TAOWU_LINES].join('\n'), fresh(), '本报讯')).toEqual({ kind: 'several', stories: 2 });
  });

  it('offers nothing in a story already written, whatever is pasted', () => {
    expect(readPastedStory(WHOLE, fresh({ headline: '社区开放日' }), '本报讯')).toBeNull();
    expect(readPastedStory(WHOLE, fresh({ body: [{ type: 'paragraph', text: '5月8日上午，' }] }), '本报讯')).toBeNull();
    expect(readPastedStory([...LIUAN_LINES, '', ...TAOWU_LINES].join('\n'), fresh({ notes: '备' }), '本报讯')).toBeNull();
  });

  it('offers nothing for one line, even with blank lines of spaces or U+3000 around it', () => {
    expect(readPastedStory('老旧小区加装电梯签约仪式举行', fresh(), '本报讯')).toBeNull();
    expect(readPastedStory('\n  \n老旧小区加装电梯签约仪式举行\n\u3000\u3000\n', fresh(), '本报讯')).toBeNull();
  });

  it('offers nothing for paragraphs with no title, nor for a lead with its dateline (the pasted-lead move takes that)', () => {
    expect(readPastedStory('居民代表现场签约。\n\n首批六个楼栋完成签约。', fresh(), '本报讯')).toBeNull();
    expect(readPastedStory('本报讯（记者 张明）5月8日上午，东湖街道举办消防开放日。\n\n居民逐一上手练习。', fresh(), '本报讯')).toBeNull();
  });
});

describe('splitFields: the parsed story to the fields', () => {
  const parsed = (fields: Partial<Story>): Story => newStory({ dateline: '', byline: [], ...fields }, { id: 'p' });

  it('fills the titles and the body from the reading, each block as it was read', () => {
    const fields = splitFields(
      parsed({
        kicker: '花园社区',
        headline: '楼道里的热心人',
        subheadline: '清理小广告、维护花坛，他们啥都干',
        body: [
          { type: 'paragraph', text: '近日，志愿者们又忙碌起来。' },
          { type: 'subheading', text: '每周一次' },
          { type: 'paragraph', text: '居民纷纷点赞。' },
        ],
      }),
      [],
      fresh(),
    );
    expect(fields).toMatchObject({
      kicker: '花园社区',
      headline: '楼道里的热心人',
      subheadline: '清理小广告、维护花坛，他们啥都干',
      body: [
        { type: 'paragraph', text: '近日，志愿者们又忙碌起来。' },
        { type: 'subheading', text: '每周一次' },
        { type: 'paragraph', text: '居民纷纷点赞。' },
      ],
    });
  });

  it('keeps the story’s own dateline, byline and its place when the paste has none', () => {
    const before = { ...fresh(), bylinePosition: 'top' as const };
    const fields = splitFields(parsed({ headline: '标题', body: [{ type: 'paragraph', text: '正文。' }] }), [], before);
    expect(fields).toMatchObject({ dateline: '本报讯', byline: REPORTER, bylinePosition: 'top' });
  });

  it('takes the paste’s dateline, byline and its place over the story’s defaults', () => {
    const byline = [{ role: '通讯员', names: ['王小明', '李红'], credit: '' }];
    const fields = splitFields(
      parsed({ headline: '标题', dateline: '本报讯', byline, bylinePosition: 'inline' }),
      [],
      fresh({ dateline: '本台讯' }),
    );
    expect(fields).toMatchObject({ dateline: '本报讯', byline, bylinePosition: 'inline' });
  });

  it('puts what the importer placed nowhere in the notes, never loses it; an empty body stays one empty lead', () => {
    const fields = splitFields(parsed({ headline: '标题', body: [] }), ['张老师好，稿子发您：', '  ', '图片另发'], fresh());
    expect(fields.notes).toBe('张老师好，稿子发您：\n\n图片另发');
    expect(fields.body).toEqual([{ type: 'paragraph', text: '' }]);
  });
});
