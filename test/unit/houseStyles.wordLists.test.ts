// The house style editor's word lists as rows: word pairs and never-use words read from and written to the style, each problem told.
import { describe, expect, it } from 'vitest';
import { checkDraft, draftOf, roleRow } from '../../renderer/src/houseStyles/styleDraft';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';

const draft = () => draftOf({ ...DEFAULT_HOUSE_STYLE, name: '南湖日报' });

describe('word pairs and never-use words in the house style draft', () => {
  it('rows become the style’s lists; blank rows are dropped; a never-use word needs no reason', () => {
    const d = {
      ...draft(),
      wordPairs: [roleRow(' 二七区政府 ', '二七区人民政府'), roleRow('', '')],
      neverUse: [roleRow('史上最强', '夸大其词'), roleRow('老赖', '')],
    };
    const checked = checkDraft(d);
    expect(checked.ok && checked.style.wordPairs).toEqual({ 二七区政府: '二七区人民政府' });
    expect(checked.ok && checked.style.neverUse).toEqual({ 史上最强: '夸大其词', 老赖: '' });
    if (checked.ok)
      expect(draftOf(checked.style).neverUse.map((r) => [r.written, r.printed])).toEqual([
        ['史上最强', '夸大其词'],
        ['老赖', ''],
      ]);
  });

  it('an incomplete, same-sided or repeated row is a problem of its row', () => {
    const d = {
      ...draft(),
      wordPairs: [
        roleRow('', '二七区人民政府'),
        roleRow('二七区政府', ''),
        roleRow('政府', '政府'),
        roleRow('区委', '区委员会'),
        roleRow('区委', '中共区委'),
      ],
      neverUse: [roleRow('', '夸大其词'), roleRow('老赖', ''), roleRow('老赖', '不雅')],
    };
    const checked = checkDraft(d);
    expect(checked.ok ? [] : checked.problems).toEqual([
      { field: 'wordPairs', code: 'wordWrong', row: 1 },
      { field: 'wordPairs', code: 'wordRight', row: 2 },
      { field: 'wordPairs', code: 'wordSame', row: 3, word: '政府' },
      { field: 'wordPairs', code: 'wordTwice', row: 5, word: '区委' },
      { field: 'neverUse', code: 'neverUseWord', row: 1 },
      { field: 'neverUse', code: 'wordTwice', row: 3, word: '老赖' },
    ]);
  });
});
