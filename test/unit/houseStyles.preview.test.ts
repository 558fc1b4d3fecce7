// The house-style preview's sample page: under the default style it is exactly LAYOUT.md; each setting shows in it.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOUSE_STYLES, DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../shared/houseStyle';
import { previewLines, samplePage } from '../../renderer/src/houseStyles/samplePage';

/**
 * Written out by hand from LAYOUT.md: one block a line, one blank line between blocks and between stories; the first
 * story's photo caption (with its credit) after its byline, where the default style prints captions.
 */
const LAYOUT_MD_PAGE = [
  '东湖街道',
  '',
  '举办社区消防安全开放日',
  '',
  '本报讯 5月8日上午，东湖街道在文化广场举办消防安全开放日活动，吸引居民200余人参加(其中老人60余名)。',
  '',
  '现场设置了灭火器实操、逃生体验等4个互动区域。',
  '',
  '记者 李明 张伟 通讯员 王芳',
  '',
  '居民在消防员指导下练习使用灭火器。 记者 张伟 摄',
  '',
  '三项举措护航夏粮收购 确保颗粒归仓',
  '',
  '县粮食局压实责任，为种粮农户办实事',
  '',
  '本报讯 6月2日，县粮食局召开夏粮收购工作推进会。会议明确了三项重点举措。记者 李明 通讯员 赵强',
  '',
  '开辟绿色通道',
  '',
  '在全县12个收购网点设立售粮专用通道，缩短农户排队时间。',
  '',
  '强化质量检测',
  '',
  '每个网点配备快速检测设备，当场出具检测结果。',
  '',
].join('\n');

const style = (settings: Record<string, unknown>) => houseStyleSchema.parse({ name: 'test', ...settings });

describe('the sample page of the house-style preview', () => {
  it('is exactly the layout of LAYOUT.md under the default house style', () => {
    expect(samplePage(DEFAULT_HOUSE_STYLE)).toBe(LAYOUT_MD_PAGE);
    expect(BUILT_IN_HOUSE_STYLES[0]).toBe(DEFAULT_HOUSE_STYLE);
  });

  it('shows the indent, CRLF, blank lines, full-width punctuation and the byline positions', () => {
    const legacy = samplePage(
      style({ paragraphIndent: 'fullwidth2', lineEnding: 'crlf', normalizePunctuation: true, blankLinesBetweenStories: 2 }),
    );
    expect(legacy).toContain('\u3000\u3000本报讯 5月8日上午，');
    expect(legacy).toContain('（其中老人60余名）。');
    expect(legacy).toContain('\r\n\r\n\u3000\u3000现场设置了');
    expect(legacy).toContain('记者 李明 张伟 通讯员 王芳\r\n\r\n居民在消防员指导下练习使用灭火器。 记者 张伟 摄\r\n\r\n\r\n三项举措');
    expect(legacy.replace(/\r\n/g, '')).not.toContain('\n');

    const inDateline = samplePage(style({ bylinePosition: 'dateline', datelineLabel: '本报讯', bylineParentheses: 'halfwidth' }));
    expect(inDateline).toContain('本报讯(记者 李明 张伟 通讯员 王芳)5月8日上午');
    const printed = samplePage(style({ roleWords: { 记者: '本报记者' }, nameSeparator: '\u3000', datelineLabel: '本报消息' }));
    expect(printed).toContain('本报记者 李明\u3000张伟 通讯员 王芳');
    expect(printed).toContain('本报消息 6月2日');
  });
});

describe('previewLines', () => {
  it('keeps each line with the end it had', () => {
    expect(previewLines('a\r\nb\n\nc')).toEqual([
      { text: 'a', end: 'crlf' },
      { text: 'b', end: 'lf' },
      { text: '', end: 'lf' },
      { text: 'c', end: 'none' },
    ]);
    expect(previewLines('')).toEqual([]);
  });
});
