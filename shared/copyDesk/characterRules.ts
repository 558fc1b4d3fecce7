// The check for characters the house style's typesetting system cannot take (emoji, characters outside GBK or GB2312).
import { formatByline } from '../byline';
import { charactersOutside, codePoints } from '../characterSet';
import type { CharacterSet } from '../houseStyleDefaults';
import type { Story } from '../story';
import type { FindingField, RawFinding } from './types';

const SET_NAMES: Record<CharacterSet, string> = { all: 'Unicode', gbk: 'GBK', gb2312: 'GB2312' };

/** Each run of characters outside the house style's character set, named with its code points. */
export function typesetterCharacters(text: string, set: CharacterSet | undefined): RawFinding[] {
  if (set === undefined || set === 'all') return [];
  return charactersOutside(text, set).map((run) => ({
    rule: 'typesetter-characters',
    start: run.start,
    end: run.end,
    message: `“${run.found}” (${codePoints(run.found)}) is ${run.emoji ? 'an emoji' : 'a character'} outside ${SET_NAMES[set]}: the house style's typesetting system cannot take it; replace or remove it`,
    params: { found: run.found, codePoints: codePoints(run.found), kind: run.emoji ? 'emoji' : 'character', set: SET_NAMES[set] },
  }));
}

/** Where a story holds characters the system cannot take: the field (a body block by its index), the characters. */
export interface OutsidePlace {
  field: Exclude<FindingField, 'story' | 'page'>;
  block?: number;
  found: string;
  emoji: boolean;
}

/** Every run of characters outside the set in a story's exported fields, in reading order. */
export function storyCharactersOutside(story: Story, set: CharacterSet): OutsidePlace[] {
  if (set === 'all') return [];
  const out: OutsidePlace[] = [];
  const add = (field: OutsidePlace['field'], text: string, block?: number) => {
    for (const run of charactersOutside(text, set))
      out.push({ field, ...(block !== undefined ? { block } : {}), found: run.found, emoji: run.emoji });
  };
  for (const field of ['kicker', 'headline', 'subheadline', 'dateline'] as const) add(field, story[field]);
  story.body.forEach((b, i) => add('body', b.text, i));
  add('byline', formatByline(story.byline));
  return out;
}
