// The default house style and the built-in ones as plain data (no zod), for code that only reads styles, such as the renderer's first script.
import type { HouseStyle } from './houseStyle';
import { DEFAULT_DATELINE } from './story';

export const ENCODINGS = ['utf8', 'utf8-bom', 'gb18030'] as const;
export const LINE_ENDINGS = ['lf', 'crlf'] as const;
/** What a typesetting system can take: every character, GBK's (no GB18030 four-byte sequence, no emoji) or GB2312's. */
export const CHARACTER_SETS = ['all', 'gbk', 'gb2312'] as const;
export type CharacterSet = (typeof CHARACTER_SETS)[number];
/** Where photo captions go in the page text: after each story's body, nowhere, or only in the package's captions file. */
export const PHOTO_CAPTIONS = ['afterBody', 'none', 'separateFile'] as const;
/** How the package names photos: by page order (01-1.jpg) or after the story's headline (三项举措-1.jpg). */
export const PHOTO_NAMES = ['pageOrder', 'headline'] as const;
export type Encoding = (typeof ENCODINGS)[number];
export type LineEnding = (typeof LINE_ENDINGS)[number];

/** A style with every field at houseStyleSchema's default (a test checks the two agree). */
const withDefaults = (style: Partial<HouseStyle> & { name: string }): HouseStyle => ({
  datelineLabel: DEFAULT_DATELINE,
  bylinePosition: 'keep',
  bylineParentheses: 'fullwidth',
  roleWords: {},
  nameSeparator: ' ',
  paragraphIndent: 'none',
  blankLinesBetweenStories: 1,
  lineEnding: 'lf',
  encoding: 'utf8',
  characterSet: 'all',
  columns: 2,
  normalizePunctuation: false,
  headlineTarget: 0,
  storyTarget: 0,
  checks: {},
  captions: 'afterBody',
  photoNames: 'pageOrder',
  photoLongEdge: 0,
  photoQuality: 85,
  fileWhenSent: false,
  rangeMark: '～',
  wordPairs: {},
  neverUse: {},
  ...style,
});

/** LAYOUT.md exactly: no indent, LF, UTF-8, byline where each story has it (new stories: at the end). */
export const DEFAULT_HOUSE_STYLE: HouseStyle = withDefaults({ name: 'default' });

/** Styles that ship with the app; preferences may add more. */
export const BUILT_IN_HOUSE_STYLES: readonly HouseStyle[] = [
  DEFAULT_HOUSE_STYLE,
  withDefaults({ name: 'byline-in-dateline', bylinePosition: 'dateline' }),
  withDefaults({ name: 'byline-at-end', bylinePosition: 'end' }),
  withDefaults({
    name: 'legacy-typesetter',
    paragraphIndent: 'fullwidth2',
    lineEnding: 'crlf',
    encoding: 'gb18030',
    characterSet: 'gbk',
    normalizePunctuation: true,
  }),
];

export function findHouseStyle(name: string, extra: readonly HouseStyle[] = []): HouseStyle | undefined {
  return [...extra, ...BUILT_IN_HOUSE_STYLES].find((s) => s.name === name);
}
