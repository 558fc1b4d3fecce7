// The editor's pure text helpers: single-line values, pasted text as a line or as paragraphs, blocks ↔ node descriptions.
import { describe, expect, it } from 'vitest';
import {
  blocksToNodeSpecs,
  nodeSpecsToBlocks,
  oneLine,
  pastedTextToLine,
  pastedTextToParagraphs,
} from '../../renderer/src/editor/fieldText';

describe('pastedTextToLine', () => {
  it('turns the line breaks of a pasted two-line headline into one space', () => {
    expect(pastedTextToLine('三项举措护航夏粮收购\r\n确保颗粒归仓')).toBe('三项举措护航夏粮收购 确保颗粒归仓');
    expect(pastedTextToLine('三项举措护航夏粮收购\n\n  确保颗粒归仓 \n')).toBe('三项举措护航夏粮收购 确保颗粒归仓');
    expect(pastedTextToLine('甲\u2028乙\u2029丙\r丁')).toBe('甲 乙 丙 丁');
  });
  it('keeps text without line breaks as it is, spaces included', () => {
    expect(pastedTextToLine(' 东湖街道  举办 ')).toBe(' 东湖街道  举办 ');
  });
  it('drops zero-width marks and turns tabs into spaces', () => {
    expect(pastedTextToLine('东\u200b湖\t街道')).toBe('东湖 街道');
  });
});

describe('pastedTextToParagraphs', () => {
  it('makes one paragraph per non-empty line, trimmed of indents (half- and full-width)', () => {
    const word = '\u3000\u3000第一段，来自Word。\r\n\r\n\u3000\u3000第二段。\n \n\t\n第三段  \n';
    expect(pastedTextToParagraphs(word)).toEqual(['第一段，来自Word。', '第二段。', '第三段']);
  });
  it('gives nothing for blank text', () => {
    expect(pastedTextToParagraphs('\n \r\n\u3000')).toEqual([]);
  });
  it('keeps one line as one paragraph', () => {
    expect(pastedTextToParagraphs('只有一句。')).toEqual(['只有一句。']);
  });
});

describe('oneLine', () => {
  it('never lets a line break through', () => {
    expect(oneLine('甲\n乙\r\n丙')).toBe('甲 乙 丙');
    expect(oneLine('甲\n\n乙')).toBe('甲 乙');
  });
});

describe('blocks ↔ node descriptions', () => {
  const blocks = [
    { type: 'paragraph' as const, text: '5月8日上午，东湖街道举办活动。' },
    { type: 'subheading' as const, text: '现场互动' },
    { type: 'paragraph' as const, text: '' },
  ];
  it('maps paragraphs to paragraph nodes and subheadings to heading nodes', () => {
    expect(blocksToNodeSpecs(blocks)).toEqual([
      { node: 'paragraph', text: '5月8日上午，东湖街道举办活动。' },
      { node: 'heading', text: '现场互动' },
      { node: 'paragraph', text: '' },
    ]);
  });
  it('round-trips, empty blocks included', () => {
    expect(nodeSpecsToBlocks(blocksToNodeSpecs(blocks))).toEqual(blocks);
  });
  it('gives an empty body one empty paragraph (the lead to be)', () => {
    expect(blocksToNodeSpecs([])).toEqual([{ node: 'paragraph', text: '' }]);
  });
  it('reads stray line breaks and zero-width marks out of the editor as spaces and nothing', () => {
    expect(nodeSpecsToBlocks([{ node: 'paragraph', text: '\u200b本报\n讯' }])).toEqual([{ type: 'paragraph', text: '本报 讯' }]);
  });
});
