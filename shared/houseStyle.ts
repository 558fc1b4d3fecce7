// House styles: the paper's layout choices for export (LAYOUT.md), with the default and the built-in variants.
import { z } from 'zod';
import { BYLINE_POSITIONS, DEFAULT_DATELINE } from './story';
import { CHECK_SETTINGS, RANGE_MARKS } from './copyDesk/settings';
import { CHARACTER_SETS, ENCODINGS, LINE_ENDINGS, PHOTO_CAPTIONS, PHOTO_NAMES } from './houseStyleDefaults';

// the styles as plain data live apart (no zod), for the renderer's first script
export {
  BUILT_IN_HOUSE_STYLES,
  CHARACTER_SETS,
  DEFAULT_HOUSE_STYLE,
  ENCODINGS,
  findHouseStyle,
  LINE_ENDINGS,
  PHOTO_CAPTIONS,
  PHOTO_NAMES,
  type Encoding,
  type LineEnding,
} from './houseStyleDefaults';

export const houseStyleSchema = z.object({
  name: z.string().min(1, { error: 'a house style needs a name' }),
  /** Label that stands for the paper's generic dateline (a story's "本报讯" is written as this). */
  datelineLabel: z.string().default(DEFAULT_DATELINE),
  /** "keep": each story's own choice; otherwise every story's byline goes there. */
  bylinePosition: z.enum(['keep', ...BYLINE_POSITIONS]).default('keep'),
  /** Brackets around a byline in the dateline: 本报讯（记者 李明） or 本报讯(记者 李明). */
  bylineParentheses: z.enum(['fullwidth', 'halfwidth']).default('fullwidth'),
  /** Role words as printed, e.g. { "记者": "本报记者" }; a role not listed is printed as written. */
  roleWords: z.record(z.string(), z.string()).default({}),
  /** Between names under one role: a half-width or a full-width space. */
  nameSeparator: z.enum([' ', '\u3000']).default(' '),
  paragraphIndent: z.enum(['none', 'fullwidth2']).default('none'),
  blankLinesBetweenStories: z.number().int().min(1).max(9).default(1),
  lineEnding: z.enum(LINE_ENDINGS).default('lf'),
  encoding: z.enum(ENCODINGS).default('utf8'),
  /** The characters the receiving typesetting system takes: all, GBK's (GB18030's two-byte ones) or GB2312's; others are refused on export. */
  characterSet: z.enum(CHARACTER_SETS).default('all'),
  /** Columns of the page, as the proof sets it across the sheet. */
  columns: z.number().int().min(1).max(6).default(2),
  /** Make half-width punctuation in Chinese text full-width on export. */
  normalizePunctuation: z.boolean().default(false),
  /** Length targets in characters (0 = none): marked, never enforced. */
  headlineTarget: z.number().int().min(0).default(0),
  storyTarget: z.number().int().min(0).default(0),
  /** The copy desk's checks by id (halfwidth-punctuation …): off, or the severity shown; absent = the check's own. */
  checks: z.record(z.string(), z.enum(CHECK_SETTINGS, { error: 'expected "off", "warning" or "error"' })).default({}),
  /** Where photo captions go in the page text: after each story's body (caption, then its credit), nowhere, or only in captions.txt. */
  captions: z.enum(PHOTO_CAPTIONS, { error: 'expected "afterBody", "none" or "separateFile"' }).default('afterBody'),
  /** How "Export page with photos" names them: by page order (01-1.jpg, 01-2.jpg, 02-1.jpg) or after the headline. */
  photoNames: z.enum(PHOTO_NAMES, { error: 'expected "pageOrder" or "headline"' }).default('pageOrder'),
  /** Photos resized for sending to this long edge in pixels (never enlarged); 0: sent as taken. */
  photoLongEdge: z.number().int().min(0).max(20_000).default(0),
  /** JPEG quality of a resized photo, 40 to 100. */
  photoQuality: z.number().int().min(40).max(100).default(85),
  /** A page sent from the outbox marks its stories filed (已交稿) once the desk's server or folder has it. */
  fileWhenSent: z.boolean().default(false),
  /** The mark that joins a range of numbers (5～8月 or 5—8月, GB/T 15834—2011 4.13); the copy check's `range-mark` fixes to it. */
  rangeMark: z.enum(RANGE_MARKS).default('～'),
  // words (issue 18): the copy desk's house word lists
  /** Words the paper writes otherwise, wrong → right (二七区政府 → 二七区人民政府): the copy check's `house-word`. */
  wordPairs: z.record(z.string().min(1), z.string().min(1)).default({}),
  /** Words the paper never prints → why (may be empty): the copy check's `never-use`. */
  neverUse: z.record(z.string().min(1), z.string()).default({}),
});

export type HouseStyle = z.infer<typeof houseStyleSchema>;
