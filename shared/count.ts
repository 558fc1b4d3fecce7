// Counting as Word counts 字数: each Chinese character or full-width mark is one, each Latin/number run is one, spaces none.
import type { Story } from './story';
import { formatByline } from './byline';

export type CountedField = 'kicker' | 'headline' | 'subheadline' | 'dateline' | 'byline' | 'body';

export interface StoryCount {
  /** 字数 per field, as Word counts it. */
  fields: Record<CountedField, number>;
  /** 字数 of everything that is exported as the story's text (notes are not; captions are counted apart). */
  story: number;
  /**
   * 字数 of the photos' captions with their credits (图片说明), counted apart from the story as the paper sets them
   * apart: under the photo, in another size. Not part of `story` nor of `withoutSpaces`.
   */
  captions: number;
  /** Characters other than white space, of everything that is exported. */
  withoutSpaces: number;
}

export interface TextCount {
  /** 字数 as Word counts it. */
  words: number;
  /** Characters (code points) other than white space. */
  withoutSpaces: number;
  /** Characters (code points), white space included. */
  characters: number;
}

/**
 * Characters that count one each, as Word counts East Asian text: Han (with extensions), kana, hangul,
 * CJK symbols and punctuation (U+3000–303F), full-width forms (U+FF00–FFEF), and the marks Chinese copy
 * sets full width although Unicode calls them ambiguous: “ ” ‘ ’ … — · ・.
 */
const EAST_ASIAN =
  /[\u1100-\u11ff\u2e80-\u2fdf\u3001-\u303f\u3040-\u30ff\u3100-\u31ff\u3200-\u4dbf\u4e00-\u9fff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\ufe30-\ufe4f\uff01-\uffef\u2018\u2019\u201c\u201d\u2026\u2014\u2015\u00b7\u30fb\u{20000}-\u{3ffff}]/u;
const SPACE = /[\s\u3000\u00a0\ufeff]/u;

/** True when a character counts one on its own (Chinese character or full-width mark). */
function countsAlone(ch: string): boolean {
  return EAST_ASIAN.test(ch);
}

/** 字数, characters without spaces and all characters of a text. */
export function countText(text: string): TextCount {
  let words = 0;
  let withoutSpaces = 0;
  let characters = 0;
  let inRun = false;
  for (const ch of text) {
    characters++;
    if (SPACE.test(ch)) {
      inRun = false;
      continue;
    }
    withoutSpaces++;
    if (countsAlone(ch)) {
      words++;
      inRun = false;
    } else if (!inRun) {
      // a run of Latin letters, digits and half-width marks: a word, or a number such as 66.3%
      words++;
      inRun = true;
    }
  }
  return { words, withoutSpaces, characters };
}

/** 字数 of a text, as Word counts it. */
export function countWords(text: string): number {
  return countText(text).words;
}

/** The texts of a story that are exported and counted, field by field (the byline as the paper writes it). */
function countedTexts(story: Story): Record<CountedField, string[]> {
  return {
    kicker: [story.kicker],
    headline: [story.headline],
    subheadline: [story.subheadline],
    dateline: [story.dateline],
    byline: [formatByline(story.byline)],
    body: story.body.map((b) => b.text),
  };
}

export function countStory(story: Story): StoryCount {
  return countStoryWith(story, countText);
}

function countStoryWith(story: Story, countText: (text: string) => TextCount): StoryCount {
  const texts = countedTexts(story);
  const fields = {} as Record<CountedField, number>;
  let withoutSpaces = 0;
  for (const [field, parts] of Object.entries(texts) as Array<[CountedField, string[]]>) {
    fields[field] = 0;
    for (const part of parts) {
      const c = countText(part);
      fields[field] += c.words;
      withoutSpaces += c.withoutSpaces;
    }
  }
  let captions = 0;
  for (const photo of story.photos ?? []) captions += countText(photo.caption).words + countText(photo.credit).words;
  return { fields, story: Object.values(fields).reduce((a, b) => a + b, 0), withoutSpaces, captions };
}

/** Counts stories one version after another (a form while the reporter types), with `countStory`'s results. */
export interface StoryCounter {
  story(story: Story): StoryCount;
  /** `countText` of one more text counted alongside the story (the notes); remembers the last one. */
  text(text: string): TextCount;
}

/**
 * A counter that remembers the counts of the texts it saw in the version before: typing in one paragraph
 * of a long body counts that paragraph again, not the whole story. It keeps only the last version's texts.
 */
export function storyCounter(): StoryCounter {
  let known = new Map<string, TextCount>();
  let seen = new Map<string, TextCount>();
  let lastText = '';
  let lastCount = countText('');
  const cached = (text: string): TextCount => {
    let c = seen.get(text) ?? known.get(text);
    if (c === undefined) c = countText(text);
    seen.set(text, c);
    return c;
  };
  return {
    story(story) {
      seen = new Map();
      const count = countStoryWith(story, cached);
      known = seen;
      return count;
    },
    text(text) {
      if (text !== lastText) {
        lastText = text;
        lastCount = countText(text);
      }
      return lastCount;
    },
  };
}
