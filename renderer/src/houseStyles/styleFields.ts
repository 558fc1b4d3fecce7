// Every setting of a house style as the form shows it: its kind of control, its choices, its catalog keys, its section.
// One more setting of houseStyleSchema = one more entry here (and its words in i18n/houseStyles.ts).
import { CHARACTER_SETS, ENCODINGS, LINE_ENDINGS, PHOTO_CAPTIONS, PHOTO_NAMES, type HouseStyle } from '../../../shared/houseStyle';
import { RANGE_MARKS } from '../../../shared/copyDesk/settings';
import { BYLINE_POSITIONS } from '../../../shared/story';
import type { houseStylesMessages } from '../i18n/houseStyles';

/** A key of this area's catalog (imported from the catalog itself, so that tests can load this file). */
type MessageKey = keyof (typeof houseStylesMessages)['en'];

interface Choice {
  value: string;
  label: MessageKey;
}

interface FieldBase {
  key: keyof HouseStyle & string;
  label: MessageKey;
  hint?: MessageKey;
}

export type FieldSpec =
  | (FieldBase & { kind: 'text' })
  | (FieldBase & { kind: 'choice'; choices: readonly Choice[] })
  | (FieldBase & { kind: 'switch' })
  | (FieldBase & { kind: 'number'; min: number; max?: number })
  | (FieldBase & { kind: 'roleWords' })
  | (FieldBase & { kind: 'wordList'; key: 'wordPairs' | 'neverUse' })
  | (FieldBase & { kind: 'checks' });

export interface FieldSection {
  title: MessageKey;
  fields: readonly FieldSpec[];
}

const choices = <V extends string>(field: string, values: readonly V[], keyOf: (v: V) => string = (v) => v): Choice[] =>
  values.map((value) => ({ value, label: `houseStyles.option.${field}.${keyOf(value)}` as MessageKey }));

export const FIELD_SECTIONS: readonly FieldSection[] = [
  {
    title: 'houseStyles.section.byline',
    fields: [
      { key: 'datelineLabel', kind: 'text', label: 'houseStyles.field.datelineLabel', hint: 'houseStyles.hint.datelineLabel' },
      {
        key: 'bylinePosition',
        kind: 'choice',
        label: 'houseStyles.field.bylinePosition',
        choices: choices('bylinePosition', ['keep', ...BYLINE_POSITIONS]),
      },
      {
        key: 'bylineParentheses',
        kind: 'choice',
        label: 'houseStyles.field.bylineParentheses',
        choices: choices('bylineParentheses', ['fullwidth', 'halfwidth']),
      },
      { key: 'roleWords', kind: 'roleWords', label: 'houseStyles.field.roleWords' },
      {
        key: 'nameSeparator',
        kind: 'choice',
        label: 'houseStyles.field.nameSeparator',
        choices: choices('nameSeparator', [' ', '\u3000'], (v) => (v === ' ' ? 'halfwidth' : 'fullwidth')),
      },
    ],
  },
  {
    title: 'houseStyles.section.page',
    fields: [
      {
        key: 'paragraphIndent',
        kind: 'choice',
        label: 'houseStyles.field.paragraphIndent',
        choices: choices('paragraphIndent', ['none', 'fullwidth2']),
      },
      {
        key: 'blankLinesBetweenStories',
        kind: 'number',
        min: 1,
        max: 9,
        label: 'houseStyles.field.blankLinesBetweenStories',
        hint: 'houseStyles.hint.blankLinesBetweenStories',
      },
      { key: 'normalizePunctuation', kind: 'switch', label: 'houseStyles.field.normalizePunctuation' },
      { key: 'columns', kind: 'number', min: 1, max: 6, label: 'houseStyles.field.columns', hint: 'houseStyles.hint.columns' },
    ],
  },
  {
    title: 'houseStyles.section.file',
    fields: [
      { key: 'lineEnding', kind: 'choice', label: 'houseStyles.field.lineEnding', choices: choices('lineEnding', LINE_ENDINGS) },
      { key: 'encoding', kind: 'choice', label: 'houseStyles.field.encoding', choices: choices('encoding', ENCODINGS) },
      {
        key: 'characterSet',
        kind: 'choice',
        label: 'houseStyles.field.characterSet',
        hint: 'houseStyles.hint.characterSet',
        choices: choices('characterSet', CHARACTER_SETS),
      },
    ],
  },
  {
    title: 'houseStyles.section.photos',
    fields: [
      {
        key: 'captions',
        kind: 'choice',
        label: 'houseStyles.field.captions',
        hint: 'houseStyles.hint.captions',
        choices: choices('captions', PHOTO_CAPTIONS),
      },
      { key: 'photoNames', kind: 'choice', label: 'houseStyles.field.photoNames', choices: choices('photoNames', PHOTO_NAMES) },
      {
        key: 'photoLongEdge',
        kind: 'number',
        min: 0,
        max: 20_000,
        label: 'houseStyles.field.photoLongEdge',
        hint: 'houseStyles.hint.photoLongEdge',
      },
      {
        key: 'photoQuality',
        kind: 'number',
        min: 40,
        max: 100,
        label: 'houseStyles.field.photoQuality',
        hint: 'houseStyles.hint.photoQuality',
      },
    ],
  },
  {
    title: 'houseStyles.section.sending',
    fields: [{ key: 'fileWhenSent', kind: 'switch', label: 'houseStyles.field.fileWhenSent', hint: 'houseStyles.hint.fileWhenSent' }],
  },
  {
    title: 'houseStyles.section.targets',
    fields: [
      { key: 'headlineTarget', kind: 'number', min: 0, label: 'houseStyles.field.headlineTarget', hint: 'houseStyles.hint.headlineTarget' },
      { key: 'storyTarget', kind: 'number', min: 0, label: 'houseStyles.field.storyTarget', hint: 'houseStyles.hint.storyTarget' },
    ],
  },
  {
    title: 'houseStyles.section.checks',
    fields: [
      { key: 'checks', kind: 'checks', label: 'houseStyles.field.checks', hint: 'houseStyles.hint.checks' },
      {
        key: 'rangeMark',
        kind: 'choice',
        label: 'houseStyles.field.rangeMark',
        hint: 'houseStyles.hint.rangeMark',
        choices: choices('rangeMark', RANGE_MARKS, (v) => (v === '～' ? 'wave' : 'dash')),
      },
      // words (issue 18): the copy desk's house word lists
      { key: 'wordPairs', kind: 'wordList', label: 'houseStyles.field.wordPairs', hint: 'houseStyles.hint.wordPairs' },
      { key: 'neverUse', kind: 'wordList', label: 'houseStyles.field.neverUse', hint: 'houseStyles.hint.neverUse' },
    ],
  },
];

export const ALL_FIELDS: readonly FieldSpec[] = FIELD_SECTIONS.flatMap((s) => s.fields);

export function fieldSpec(key: string): FieldSpec | undefined {
  return ALL_FIELDS.find((f) => f.key === key);
}
