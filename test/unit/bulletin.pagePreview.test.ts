// The page preview: exactly the exporter's text for the stories in order, the total count, and what export would refuse.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOUSE_STYLES, DEFAULT_HOUSE_STYLE, countStory, exportStories } from '../../shared/index';
import { pagePreview } from '../../renderer/src/bulletin/pagePreview';
import { by, p, story } from './helpers';

const first = story({ kicker: '东湖街道', headline: '举办开放日', body: [p('5月8日上午，活动举行。')], byline: [by('记者', ['李明'])] });
const second = story({ headline: '读书节开幕', body: [p('活动持续一个月。'), p('共有20场讲座。')] });

describe('pagePreview', () => {
  it('is the exporter’s text for the stories in page order, under every built-in house style', () => {
    for (const style of BUILT_IN_HOUSE_STYLES) {
      expect(pagePreview([second, first], style).text).toBe(exportStories([second, first], style));
      expect(pagePreview([second, first], style).refused).toEqual([]);
    }
    expect(pagePreview([first, second], DEFAULT_HOUSE_STYLE).text).toBe(
      '东湖街道\n\n举办开放日\n\n本报讯 5月8日上午，活动举行。\n\n记者 李明\n\n读书节开幕\n\n本报讯 活动持续一个月。\n\n共有20场讲座。\n',
    );
  });
  it('counts every story with countStory', () => {
    expect(pagePreview([first, second], DEFAULT_HOUSE_STYLE).characters).toBe(countStory(first).story + countStory(second).story);
    expect(pagePreview([], DEFAULT_HOUSE_STYLE)).toEqual({ text: '', refused: [], characters: 0 });
  });
  it('still shows what is there when export would refuse, naming each story, its position and what it lacks', () => {
    const noBody = story({ headline: '只有标题' });
    const nothing = story({});
    const preview = pagePreview([first, noBody, nothing], DEFAULT_HOUSE_STYLE);
    expect(preview.refused).toEqual([
      { position: 2, storyId: noBody.id, headline: '只有标题', missing: ['body'] },
      { position: 3, storyId: nothing.id, headline: '', missing: ['headline', 'body'] },
    ]);
    expect(preview.text).toContain('只有标题');
    expect(preview.text.startsWith('东湖街道\n\n举办开放日')).toBe(true);
  });
});
