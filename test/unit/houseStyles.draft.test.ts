// The house-style form's draft: every setting round-trips, numbers and role words are checked, names are unique; every setting has its words.
import { describe, expect, it } from 'vitest';
import { BUILT_IN_HOUSE_STYLES, DEFAULT_HOUSE_STYLE, houseStyleSchema } from '../../shared/houseStyle';
import {
  checkDraft,
  draftOf,
  freeName,
  nameProblem,
  previewStyle,
  roleRow,
  type StyleDraft,
} from '../../renderer/src/houseStyles/styleDraft';
import { ALL_FIELDS } from '../../renderer/src/houseStyles/styleFields';
import { houseStylesMessages } from '../../renderer/src/i18n/houseStyles';

const legacy = BUILT_IN_HOUSE_STYLES.find((s) => s.name === 'legacy-typesetter')!;

describe('draftOf and checkDraft', () => {
  it('give back every style unchanged, and keep settings the form does not know', () => {
    for (const style of [
      ...BUILT_IN_HOUSE_STYLES,
      houseStyleSchema.parse({ name: 'x', roleWords: { 记者: '本报记者', 通讯员: '特约通讯员' }, headlineTarget: 12 }),
    ]) {
      expect(checkDraft(draftOf(style))).toEqual({ ok: true, style });
    }
    const later = { ...DEFAULT_HOUSE_STYLE, checks: { halfwidth: 'off' } };
    // a setting the form shows no control for is carried through the draft to the schema
    expect((draftOf(later as typeof DEFAULT_HOUSE_STYLE) as unknown as { checks: unknown }).checks).toEqual({ halfwidth: 'off' });
  });

  it('holds numbers as typed and refuses what is not a whole number in range', () => {
    const draft = draftOf(legacy);
    expect(draft.blankLinesBetweenStories).toBe('1');
    const at = (settings: Partial<StyleDraft>) => checkDraft({ ...draft, ...settings });
    expect(at({ blankLinesBetweenStories: ' 3 ' })).toMatchObject({ ok: true, style: { blankLinesBetweenStories: 3 } });
    for (const bad of ['0', '10', '', 'two', '1.5', '-1'])
      expect(at({ blankLinesBetweenStories: bad })).toEqual({
        ok: false,
        problems: [{ field: 'blankLinesBetweenStories', code: 'number' }],
      });
    expect(at({ storyTarget: '800', headlineTarget: 'x' })).toEqual({ ok: false, problems: [{ field: 'headlineTarget', code: 'number' }] });
  });

  it('reads role words from rows: blank rows skipped, half-filled or repeated rows refused', () => {
    const draft = draftOf(DEFAULT_HOUSE_STYLE);
    const rows = (...r: Array<[string, string]>) => checkDraft({ ...draft, roleWords: r.map(([w, p]) => roleRow(w, p)) });
    expect(rows(['记者', '本报记者'], ['', ''], [' 通讯员 ', '特约通讯员'])).toMatchObject({
      ok: true,
      style: { roleWords: { 记者: '本报记者', 通讯员: '特约通讯员' } },
    });
    expect(rows(['', '本报记者'])).toEqual({ ok: false, problems: [{ field: 'roleWords', code: 'roleWritten', row: 1 }] });
    expect(rows(['记者', ' '])).toEqual({ ok: false, problems: [{ field: 'roleWords', code: 'rolePrinted', row: 1 }] });
    expect(rows(['记者', '本报记者'], ['记者', '记者'])).toEqual({
      ok: false,
      problems: [{ field: 'roleWords', code: 'roleTwice', row: 2, role: '记者' }],
    });
  });
});

describe('the form', () => {
  it('has a control for every setting of houseStyleSchema (a new setting needs its entry in styleFields.ts)', () => {
    const settings = Object.keys(houseStyleSchema.shape).filter((k) => k !== 'name');
    expect(ALL_FIELDS.map((f) => f.key).sort()).toEqual(settings.sort());
    for (const f of ALL_FIELDS) {
      expect(houseStylesMessages.en).toHaveProperty([f.label]);
      if (f.kind === 'choice') for (const c of f.choices) expect(houseStylesMessages.en).toHaveProperty([c.label]);
    }
  });
});

describe('names', () => {
  it('must not be empty nor another style’s name or label', () => {
    const others = ['default', 'Default (the paper’s layout)', 'Evening'];
    expect(nameProblem('  ', others)).toBe('empty');
    expect(nameProblem('Evening ', others)).toBe('taken');
    expect(nameProblem('Default (the paper’s layout)', others)).toBe('taken');
    expect(nameProblem('Evening paper', others)).toBeUndefined();
  });
  it('new ones are numbered until free', () => {
    expect(freeName('New style', ['default'])).toBe('New style');
    expect(freeName('New style', ['New style', 'New style 2'])).toBe('New style 3');
  });
});

describe('previewStyle', () => {
  it('follows every valid setting of a draft with problems, the others as they were', () => {
    const draft = {
      ...draftOf(DEFAULT_HOUSE_STYLE),
      paragraphIndent: 'fullwidth2' as const,
      blankLinesBetweenStories: 'x',
      roleWords: [roleRow('记者', '')],
    };
    expect(previewStyle(draft, legacy)).toEqual({
      ...DEFAULT_HOUSE_STYLE,
      paragraphIndent: 'fullwidth2',
      blankLinesBetweenStories: legacy.blankLinesBetweenStories,
      roleWords: {},
    });
    const fine = { ...draftOf(DEFAULT_HOUSE_STYLE), storyTarget: '800' };
    expect(previewStyle(fine, legacy)).toEqual({ ...DEFAULT_HOUSE_STYLE, storyTarget: 800 });
  });
});
