// The proof's model: each story's parts as the exporter lays them out (dateline label, byline position, indent), a bulletin in order.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOUSE_STYLES, DEFAULT_HOUSE_STYLE, houseStyleSchema, storyLines, type HouseStyle } from '../../shared/index';
import { linesOfProof, proofEntries, proofStory, titleParts } from '../../renderer/src/proof/proofModel';
import { storyArb } from './arbitraries';
import { by, p, story, sub } from './helpers';

const styleNamed = (name: string): HouseStyle => BUILT_IN_HOUSE_STYLES.find((s) => s.name === name) as HouseStyle;

const WHOLE = story({
  kicker: '东湖街道',
  headline: '三项举措护航夏粮收购 确保颗粒归仓',
  subheadline: '县粮食局压实责任，为种粮农户办实事',
  byline: [by('记者', ['李明']), by('通讯员', ['王芳'], '文/图')],
  body: [p('6月2日，县粮食局召开夏粮收购工作推进会。'), sub('开辟绿色通道'), p('在全县12个收购网点设立售粮专用通道。')],
});

describe('a story in the proof', () => {
  it('tells kicker, headline, subheadline, the lead with its dateline, subheadings, paragraphs and the byline apart', () => {
    const proof = proofStory(WHOLE, DEFAULT_HOUSE_STYLE);
    expect(proof).toMatchObject({
      kicker: '东湖街道',
      headline: '三项举措护航夏粮收购 确保颗粒归仓',
      subheadline: '县粮食局压实责任，为种粮农户办实事',
      bylineTop: '',
      bylineEnd: '记者 李明 通讯员 王芳 文/图',
      missing: [],
    });
    expect(proof.blocks).toEqual([
      { kind: 'lead', dateline: '本报讯 ', text: '6月2日，县粮食局召开夏粮收购工作推进会。' },
      { kind: 'subheading', text: '开辟绿色通道' },
      { kind: 'paragraph', text: '在全县12个收购网点设立售粮专用通道。' },
    ]);
  });

  it('says what export says: the house style’s dateline label and role words, the byline in the dateline', () => {
    const style = houseStyleSchema.parse({ name: 'county', datelineLabel: '本报讯（县融媒体中心）', roleWords: { 记者: '本报记者' } });
    const own = proofStory(WHOLE, style);
    expect(own.blocks[0]).toEqual({ kind: 'lead', dateline: '本报讯（县融媒体中心） ', text: '6月2日，县粮食局召开夏粮收购工作推进会。' });
    expect(own.bylineEnd).toBe('本报记者 李明 通讯员 王芳 文/图');

    const inDateline = proofStory(WHOLE, styleNamed('byline-in-dateline'));
    expect(inDateline.bylineEnd).toBe('');
    expect(inDateline.blocks[0]).toEqual({
      kind: 'lead',
      dateline: '本报讯（记者 李明 通讯员 王芳 文/图）',
      text: '6月2日，县粮食局召开夏粮收购工作推进会。',
    });
  });

  it('puts a byline set on top above the body, and an inline one at the end of the last paragraph before a subheading', () => {
    const top = proofStory({ ...WHOLE, bylinePosition: 'top' }, DEFAULT_HOUSE_STYLE);
    expect([top.bylineTop, top.bylineEnd]).toEqual(['记者 李明 通讯员 王芳 文/图', '']);
    const inline = proofStory({ ...WHOLE, bylinePosition: 'inline' }, DEFAULT_HOUSE_STYLE);
    expect(inline.bylineEnd).toBe('');
    expect(inline.blocks[0]?.text).toBe('6月2日，县粮食局召开夏粮收购工作推进会。记者 李明 通讯员 王芳 文/图');
  });

  it('drops the typed indent (the proof indents paragraphs two characters itself) and normalises punctuation as export does', () => {
    const proof = proofStory({ ...WHOLE, body: [p('6月2日,县粮食局召开推进会.'), p('第二段。')] }, styleNamed('legacy-typesetter'));
    expect(proof.blocks).toEqual([
      { kind: 'lead', dateline: '本报讯 ', text: '6月2日，县粮食局召开推进会。' },
      { kind: 'paragraph', text: '第二段。' },
    ]);
  });

  it('marks what export would refuse: no headline, no body text', () => {
    const bare = proofStory(story({ kicker: '引题', body: [p('  ')] }), DEFAULT_HOUSE_STYLE);
    expect(bare).toMatchObject({ kicker: '引题', headline: '', blocks: [], missing: ['headline', 'body'] });
  });

  it('gives back exactly the exporter’s lines, for any story under every built-in house style', () => {
    fc.assert(
      fc.property(storyArb, fc.constantFrom(...BUILT_IN_HOUSE_STYLES), (s, style) => {
        expect(linesOfProof(proofStory(s, style), style)).toEqual(storyLines(s, style));
      }),
      { numRuns: 300 },
    );
  });
});

describe('a bulletin in the proof', () => {
  it('keeps the bulletin’s order and names a story it cannot read in its place', () => {
    const first = story({ headline: '第一篇', body: [p('甲。')] });
    const third = story({ headline: '第三篇', body: [p('丙。')] });
    const read = new Map([
      [first.id, { story: first }],
      [third.id, { story: third }],
      ['gone-1', { reason: 'no story with id gone-1' }],
    ]);
    const entries = proofEntries([third.id, 'gone-1', first.id], read, DEFAULT_HOUSE_STYLE);
    expect(
      entries.map((e) => (e.kind === 'story' ? `${e.position}:${e.story.headline}` : `${e.position}:missing ${e.id} (${e.reason})`)),
    ).toEqual(['1:第三篇', '2:missing gone-1 (no story with id gone-1)', '3:第一篇']);
  });
});

describe('a title’s parts in the proof', () => {
  it('breaks a two-part headline at the space between its parts, never inside a word', () => {
    expect(titleParts('三项举措护航夏粮收购 确保颗粒归仓')).toEqual(['三项举措护航夏粮收购', '确保颗粒归仓']);
    expect(titleParts('消防安全开放日 市民走进消防站')).toEqual(['消防安全开放日', '市民走进消防站']);
    expect(titleParts('消防安全开放日\u3000市民走进消防站')).toEqual(['消防安全开放日', '市民走进消防站']);
    expect(titleParts('枫溪镇开展夜间义诊')).toEqual(['枫溪镇开展夜间义诊']);
  });

  it('keeps a space next to a Latin word or a number inside its part', () => {
    expect(titleParts('全市 5G 基站超1万个')).toEqual(['全市 5G 基站超1万个']);
    expect(titleParts('iPhone 16 发布会 现场人头攒动')).toEqual(['iPhone 16 发布会', '现场人头攒动']);
  });

  it('gives the title back when its parts are joined by one space', () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[\u4e00-\u9fa5，“”]{1,12}$/), { minLength: 1, maxLength: 3 }), (parts) => {
        expect(titleParts(parts.join(' '))).toEqual(parts);
      }),
    );
  });
});

describe('a story’s photos in the proof', () => {
  const photo = (n: number, caption: string) => ({
    file: `${String(n).repeat(64)}.jpg`,
    caption,
    credit: '记者 李明 摄',
    width: 1600,
    height: 1200,
  });
  const WITH_PHOTOS = { ...WHOLE, photos: [photo(1, '农户排队售粮。'), photo(2, '')] };

  it('sets them after the body with their caption and credit, the byline still the story’s last line, and says what export says', () => {
    for (const captions of ['afterBody', 'separateFile', 'none'] as const) {
      const style = { ...DEFAULT_HOUSE_STYLE, captions };
      const proof = proofStory(WITH_PHOTOS, style);
      expect(proof.bylineEnd).toBe('记者 李明 通讯员 王芳 文/图');
      expect(proof.photos.map((x) => x.caption)).toEqual(captions === 'none' ? ['', ''] : ['农户排队售粮。 记者 李明 摄', '记者 李明 摄']);
      expect(proof.photos.map((x) => x.file)).toEqual([photo(1, '').file, photo(2, '').file]);
      expect(linesOfProof(proof, style)).toEqual(storyLines(WITH_PHOTOS, style));
    }
  });
});
