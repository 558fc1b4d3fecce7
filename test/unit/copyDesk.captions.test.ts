// The copy desk on photos' captions and credits: checked like the other one-line fields, placed by photo, fixed, and laid out by `bulletin lint`.
import { describe, expect, it } from 'vitest';
import { checkStory, fixStory, placeOf } from '../../shared/copyDesk';
import { placeInLayout } from '../../shared/copyDesk/layoutPlace';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import type { Photo } from '../../shared/photo';
import { newStory } from '../../shared/story';

const style = DEFAULT_HOUSE_STYLE;
const photo = (n: number, caption: string, credit = '记者 张明 摄'): Photo => ({
  file: `${String(n).repeat(64)}.jpg`,
  caption,
  credit,
  width: 1200,
  height: 800,
});
const story = (...photos: Photo[]) =>
  newStory({ headline: '社区义诊进楼院', body: [{ type: 'paragraph', text: '社区卫生服务中心走进楼院。' }], photos }, { id: 'captions' });

describe('the copy desk on captions and credits', () => {
  it('finds half-width punctuation in a caption and names the photo it is on', () => {
    const findings = checkStory(story(photo(1, '志愿者为老人测量血压。'), photo(2, '居民排队问诊,秩序井然.')), style);
    const onCaptions = findings.filter((f) => f.field === 'caption');
    expect(onCaptions.map((f) => [f.block, f.rule])).toEqual([
      [1, 'halfwidth-punctuation'],
      [1, 'halfwidth-punctuation'],
    ]);
    expect(placeOf(onCaptions[0] as (typeof onCaptions)[number], [])).toEqual({ kind: 'caption', n: 2 });
  });

  it('keeps a credit’s spaces between role, name and credit, and checks its punctuation', () => {
    expect(checkStory(story(photo(1, '活动现场。')), style).filter((f) => f.field === 'credit')).toEqual([]);
    const credit = checkStory(story(photo(1, '活动现场。', '记者 张明,王芳 摄')), style).filter((f) => f.field === 'credit');
    expect(credit.map((f) => f.rule)).toEqual(['halfwidth-punctuation']);
    expect(placeOf(credit[0] as (typeof credit)[number], [])).toEqual({ kind: 'credit', n: 1 });
  });

  it('flags a stray space inside a caption', () => {
    const findings = checkStory(story(photo(1, '志愿者 为老人测量血压。')), style);
    expect(findings.filter((f) => f.field === 'caption').map((f) => f.rule)).toEqual(['stray-space']);
  });

  it('lists a photo’s caption before its credit, photo by photo, after the byline', () => {
    const findings = checkStory(story(photo(1, '现场,', '记者 张明,摄'), photo(2, '排队.')), style).filter(
      (f) => f.field === 'caption' || f.field === 'credit',
    );
    expect(findings.map((f) => `${f.field}${f.block}`)).toEqual(['caption0', 'credit0', 'caption1']);
  });

  it('fixes captions and credits with the story', () => {
    const fixed = fixStory(story(photo(1, '居民排队问诊,秩序井然.', '记者 张明,王芳 摄')), style);
    expect(fixed.photos[0]?.caption).toBe('居民排队问诊，秩序井然。');
    expect(fixed.photos[0]?.credit).toBe('记者 张明，王芳 摄');
  });

  it('places a caption finding on its line after the body when the house style prints captions there', () => {
    const s = story(photo(1, '居民排队问诊,秩序井然。'));
    const f = checkStory(s, style).find((x) => x.field === 'caption');
    expect(f).toBeDefined();
    const at = placeInLayout(s, f as NonNullable<typeof f>, { ...style, captions: 'afterBody' });
    // headline (1), the lead (3), the byline-less story's caption line (5)
    expect(at).toEqual({ line: 5, column: 7 });
  });
});
