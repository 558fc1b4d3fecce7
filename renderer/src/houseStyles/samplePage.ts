// The house-style preview's sample page: two made-up stories, exported under a style, with its line ends made visible.
import type { HouseStyle } from '../../../shared/houseStyle';
import { exportStories } from '../../../shared/layout/export';
import { newStory, type Story } from '../../../shared/story';

const SAMPLE_TIME = new Date('2026-05-08T08:00:00.000Z');

/** Kicker, headline, two roles with two names under one, a half-width bracket pair, the byline at the end, a photo. */
const FIRE_SAFETY_DAY: Story = newStory(
  {
    kicker: '东湖街道',
    headline: '举办社区消防安全开放日',
    byline: [
      { role: '记者', names: ['李明', '张伟'], credit: '' },
      { role: '通讯员', names: ['王芳'], credit: '' },
    ],
    bylinePosition: 'end',
    body: [
      { type: 'paragraph', text: '5月8日上午，东湖街道在文化广场举办消防安全开放日活动，吸引居民200余人参加(其中老人60余名)。' },
      { type: 'paragraph', text: '现场设置了灭火器实操、逃生体验等4个互动区域。' },
    ],
    // its caption and credit show where the style puts captions (the file is never read for the preview)
    photos: [
      { file: `${'0'.repeat(64)}.jpg`, caption: '居民在消防员指导下练习使用灭火器。', credit: '记者 张伟 摄', width: 1600, height: 1067 },
    ],
  },
  { id: 'sample-fire-safety-day', now: SAMPLE_TIME },
);

/** Headline in two parts, subheadline, byline after the intro, two subheadings with their paragraphs. */
const SUMMER_GRAIN: Story = newStory(
  {
    headline: '三项举措护航夏粮收购 确保颗粒归仓',
    subheadline: '县粮食局压实责任，为种粮农户办实事',
    byline: [
      { role: '记者', names: ['李明'], credit: '' },
      { role: '通讯员', names: ['赵强'], credit: '' },
    ],
    bylinePosition: 'inline',
    body: [
      { type: 'paragraph', text: '6月2日，县粮食局召开夏粮收购工作推进会。会议明确了三项重点举措。' },
      { type: 'subheading', text: '开辟绿色通道' },
      { type: 'paragraph', text: '在全县12个收购网点设立售粮专用通道，缩短农户排队时间。' },
      { type: 'subheading', text: '强化质量检测' },
      { type: 'paragraph', text: '每个网点配备快速检测设备，当场出具检测结果。' },
    ],
  },
  { id: 'sample-summer-grain', now: SAMPLE_TIME },
);

const SAMPLE_STORIES: readonly Story[] = [FIRE_SAFETY_DAY, SUMMER_GRAIN];

/** The sample page as export writes it under the style (line ends as the style has them). */
export function samplePage(style: HouseStyle): string {
  return exportStories(SAMPLE_STORIES, style);
}

export interface PreviewLine {
  text: string;
  /** How the line ends: LF, CRLF, or not at all (the last piece of text). */
  end: 'lf' | 'crlf' | 'none';
}

/** Text cut into lines, each with the line end it had, so that the preview can show the ends. */
export function previewLines(text: string): PreviewLine[] {
  const lines: PreviewLine[] = [];
  const re = /\r?\n/g;
  let start = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    lines.push({ text: text.slice(start, m.index), end: m[0] === '\r\n' ? 'crlf' : 'lf' });
    start = m.index + m[0].length;
  }
  if (start < text.length) lines.push({ text: text.slice(start), end: 'none' });
  return lines;
}
