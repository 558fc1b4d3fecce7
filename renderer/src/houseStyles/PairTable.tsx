// A house style's table of word pairs, rows added and removed: role words (as written → as printed), the copy check's word pairs (written → the paper's form) and never-use words (word, why).
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/index';
import { roleRow, type RoleRow } from './styleDraft';

/** Each table's words: its columns, each row's cells and Remove button, Add, and what it says when empty. */
const WORDS = {
  roleWords: {
    first: 'houseStyles.roleWords.written',
    second: 'houseStyles.roleWords.printed',
    firstRow: 'houseStyles.roleWords.writtenRow',
    secondRow: 'houseStyles.roleWords.printedRow',
    remove: 'houseStyles.roleWords.remove',
    add: 'houseStyles.roleWords.add',
    none: 'houseStyles.roleWords.none',
  },
  wordPairs: {
    first: 'houseStyles.wordPairs.first',
    second: 'houseStyles.wordPairs.second',
    firstRow: 'houseStyles.wordPairs.firstRow',
    secondRow: 'houseStyles.wordPairs.secondRow',
    remove: 'houseStyles.wordPairs.remove',
    add: 'houseStyles.wordPairs.add',
    none: 'houseStyles.wordPairs.none',
  },
  neverUse: {
    first: 'houseStyles.neverUse.first',
    second: 'houseStyles.neverUse.second',
    firstRow: 'houseStyles.neverUse.firstRow',
    secondRow: 'houseStyles.neverUse.secondRow',
    remove: 'houseStyles.neverUse.remove',
    add: 'houseStyles.neverUse.add',
    none: 'houseStyles.neverUse.none',
  },
} as const;

interface Props {
  list: keyof typeof WORDS;
  /** Rows of two cells: a role as written and as printed, a word and the paper's form, or a word and why. */
  rows: readonly RoleRow[];
  /** Rows with a problem (1-based), marked invalid. */
  invalidRows: ReadonlySet<number>;
  describedBy?: string;
  onChange(rows: RoleRow[]): void;
}

export function PairTable({ list, rows, invalidRows, describedBy, onChange }: Props) {
  const t = useT();
  const words = WORDS[list];
  const box = useRef<HTMLDivElement>(null);
  const focusNext = useRef<{ row: number } | { add: true } | undefined>(undefined);

  // after adding a row its first cell has the focus; after removing one, the row that took its place (or Add)
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = undefined;
    const root = box.current;
    if ('add' in want) root?.querySelector<HTMLButtonElement>('.pair-add')?.focus();
    else root?.querySelector<HTMLInputElement>(`[data-pair-row="${want.row}"]`)?.focus();
  });

  const set = (i: number, part: Partial<RoleRow>) => onChange(rows.map((r, j) => (j === i ? { ...r, ...part } : r)));
  const add = () => {
    focusNext.current = { row: rows.length };
    onChange([...rows, roleRow()]);
  };
  const remove = (i: number) => {
    focusNext.current = rows.length > 1 ? { row: Math.min(i, rows.length - 2) } : { add: true };
    onChange(rows.filter((_, j) => j !== i));
  };

  return (
    <div className="role-words" ref={box}>
      {rows.length === 0 ? (
        <p className="quiet">{t(words.none)}</p>
      ) : (
        <table aria-describedby={describedBy}>
          <thead>
            <tr>
              <th scope="col">{t(words.first)}</th>
              <th scope="col">{t(words.second)}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <td>
                  <input
                    type="text"
                    data-pair-row={i}
                    aria-label={t(words.firstRow, { row: i + 1 })}
                    aria-invalid={invalidRows.has(i + 1) || undefined}
                    value={r.written}
                    onChange={(e) => set(i, { written: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={t(words.secondRow, { row: i + 1 })}
                    aria-invalid={invalidRows.has(i + 1) || undefined}
                    value={r.printed}
                    onChange={(e) => set(i, { printed: e.target.value })}
                  />
                </td>
                <td>
                  <button type="button" className="small" aria-label={t(words.remove, { row: i + 1 })} onClick={() => remove(i)}>
                    {t('houseStyles.wordList.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="small pair-add" onClick={add}>
        {t(words.add)}
      </button>
    </div>
  );
}
