// The check for characters the house style's typesetting system cannot take: named with their place, only under a style that says so.
import { describe, expect, it } from 'vitest';
import { checkStory, checkText, storyCharactersOutside } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE, findHouseStyle, houseStyleSchema, type HouseStyle } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';

const LEGACY = findHouseStyle('legacy-typesetter') as HouseStyle;
const STORY = newStory({
  headline: '消防安全开放日🚒 市民走进消防站',
  body: [
    { type: 'paragraph', text: '市民朱镕基同名的张先生到场。' },
    { type: 'paragraph', text: '孩子们说“太酷了👍🏽”，还认识了𠀀字。' },
  ],
  byline: [{ role: '记者', names: ['李喆'], credit: '' }],
});

describe('characters the typesetting system cannot take', () => {
  it('the built-in 旧排版系统 style takes GBK only', () => {
    expect(LEGACY.encoding).toBe('gb18030');
    expect(LEGACY.characterSet).toBe('gbk');
    expect(DEFAULT_HOUSE_STYLE.characterSet).toBe('all');
  });

  it('are findings under a GBK style, each with its field, paragraph and place', () => {
    const found = checkStory(STORY, LEGACY).filter((f) => f.rule === 'typesetter-characters');
    expect(
      found.map((f) => ({ field: f.field, block: f.block, start: f.start, end: f.end, severity: f.severity, params: f.params })),
    ).toEqual([
      {
        field: 'headline',
        block: undefined,
        start: 7,
        end: 9,
        severity: 'error',
        params: { found: '🚒', codePoints: 'U+1F692', kind: 'emoji', set: 'GBK' },
      },
      {
        field: 'body',
        block: 1,
        start: 8,
        end: 12,
        severity: 'error',
        params: { found: '👍🏽', codePoints: 'U+1F44D U+1F3FD', kind: 'emoji', set: 'GBK' },
      },
      {
        field: 'body',
        block: 1,
        start: 18,
        end: 20,
        severity: 'error',
        params: { found: '𠀀', codePoints: 'U+20000', kind: 'character', set: 'GBK' },
      },
    ]);
    expect(found.every((f) => f.fix === undefined)).toBe(true);
  });

  it('include GBK’s own characters under a GB2312 style (镕, 喆)', () => {
    const gb2312 = houseStyleSchema.parse({ name: 'oldest', characterSet: 'gb2312' });
    const found = checkStory(STORY, gb2312).filter((f) => f.rule === 'typesetter-characters');
    expect(found.map((f) => f.params.found)).toEqual(['🚒', '镕', '👍🏽', '𠀀', '喆']);
  });

  it('are no finding under a style that takes every character, or with the check turned off', () => {
    expect(checkStory(STORY, DEFAULT_HOUSE_STYLE).filter((f) => f.rule === 'typesetter-characters')).toEqual([]);
    const off = { ...LEGACY, checks: { 'typesetter-characters': 'off' as const } };
    expect(checkStory(STORY, off).filter((f) => f.rule === 'typesetter-characters')).toEqual([]);
  });

  it('are found line by line on a plain-text page', () => {
    const found = checkText('消防安全开放日\n市民说好😀\n', LEGACY).filter((f) => f.rule === 'typesetter-characters');
    expect(found).toMatchObject([{ field: 'page', block: 1, start: 4, end: 6 }]);
  });

  it('are listed for export by field and paragraph, whatever the check’s setting', () => {
    expect(storyCharactersOutside(STORY, 'gbk')).toEqual([
      { field: 'headline', found: '🚒', emoji: true },
      { field: 'body', block: 1, found: '👍🏽', emoji: true },
      { field: 'body', block: 1, found: '𠀀', emoji: false },
    ]);
    expect(storyCharactersOutside(STORY, 'all')).toEqual([]);
  });
});
