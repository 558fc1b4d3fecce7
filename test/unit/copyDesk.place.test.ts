// A finding's place in the reporter's terms (the lead, paragraph n, subheading n) and the characters around its mark.
import { describe, expect, it } from 'vitest';
import { checkStory, contextOf, placeOf } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';

const p = (text: string) => ({ type: 'paragraph' as const, text });
const h = (text: string) => ({ type: 'subheading' as const, text });

describe('placeOf', () => {
  const body = [p('东湖街道举办活动。'), p('第二段。'), h('现场'), p('第三段,在社区。'), h('反响'), p('第四段。')];

  it('calls the first paragraph the lead and counts paragraphs and subheadings apart', () => {
    expect(placeOf({ field: 'body', block: 0 }, body)).toEqual({ kind: 'lead' });
    expect(placeOf({ field: 'body', block: 1 }, body)).toEqual({ kind: 'paragraph', n: 2 });
    expect(placeOf({ field: 'body', block: 2 }, body)).toEqual({ kind: 'subheading', n: 1 });
    // the third paragraph, after a subheading, is the third paragraph (not the fourth block)
    expect(placeOf({ field: 'body', block: 3 }, body)).toEqual({ kind: 'paragraph', n: 3 });
    expect(placeOf({ field: 'body', block: 4 }, body)).toEqual({ kind: 'subheading', n: 2 });
    expect(placeOf({ field: 'body', block: 5 }, body)).toEqual({ kind: 'paragraph', n: 4 });
  });

  it('does not count blank paragraphs, which the page does not print', () => {
    expect(placeOf({ field: 'body', block: 2 }, [p('导语。'), p(' '), p('第二段,')])).toEqual({ kind: 'paragraph', n: 2 });
    expect(placeOf({ field: 'body', block: 1 }, [p(''), p('导语,')])).toEqual({ kind: 'lead' });
  });

  it('names the title fields and the whole story', () => {
    expect(placeOf({ field: 'headline' }, body)).toEqual({ kind: 'field', field: 'headline' });
    expect(placeOf({ field: 'byline' }, body)).toEqual({ kind: 'field', field: 'byline' });
    expect(placeOf({ field: 'story' }, body)).toEqual({ kind: 'story' });
  });

  it('places the findings of a checked story', () => {
    const story = newStory({ headline: '标题', body, byline: [{ role: '记者', names: ['李明'], credit: '' }] });
    const findings = checkStory(story, DEFAULT_HOUSE_STYLE).filter((f) => f.field === 'body');
    expect(findings.map((f) => placeOf(f, story.body))).toEqual([{ kind: 'paragraph', n: 3 }]);
  });
});

describe('contextOf', () => {
  it('gives a few characters either side of the mark, clipped where the text goes on', () => {
    const text = '东湖街道的消防开放日活动于周六上午,在社区广场举行,居民踊跃参加。';
    const at = text.indexOf(',');
    expect(contextOf(text, at, at + 1, 6)).toEqual({
      before: '活动于周六上午'.slice(1),
      mark: ',',
      after: '在社区广场举',
      clippedBefore: true,
      clippedAfter: true,
    });
  });

  it('keeps whole characters (no half of a surrogate pair) and stops at the text’s ends', () => {
    const text = '𠀋𠀋,';
    expect(contextOf(text, 4, 5, 1)).toEqual({ before: '𠀋', mark: ',', after: '', clippedBefore: true, clippedAfter: false });
    expect(contextOf('a,b', 1, 2)).toEqual({ before: 'a', mark: ',', after: 'b', clippedBefore: false, clippedAfter: false });
  });
});
