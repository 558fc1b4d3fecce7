// A house style's word list for the copy check: word pairs (written → the paper's form) or never-use words (word, why); rows added and removed.
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/index';
import { roleRow, type RoleRow } from './styleDraft';

interface Props {
  list: 'wordPairs' | 'neverUse';
  /** Rows of two cells: the word as written and the paper's form (word pairs), or the word and why (never-use). */
  rows: readonly RoleRow[];
  /** Rows with a problem (1-based), marked invalid. */
  invalidRows: ReadonlySet<number>;
  describedBy?: string;
  onChange(rows: RoleRow[]): void;
}

export function WordListTable({ list, rows, invalidRows, describedBy, onChange }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const focusNext = useRef<{ row: number } | { add: true } | undefined>(undefined);

  // after adding a row its first cell has the focus; after removing one, the row that took its place (or Add)
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = undefined;
    const root = box.current;
    if ('add' in want) root?.querySelector<HTMLButtonElement>('.word-add')?.focus();
    else root?.querySelector<HTMLInputElement>(`[data-word-row="${want.row}"]`)?.focus();
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
    <div className="role-words word-list" ref={box}>
      {rows.length === 0 ? (
        <p className="quiet">{t(`houseStyles.${list}.none`)}</p>
      ) : (
        <table aria-describedby={describedBy}>
          <thead>
            <tr>
              <th scope="col">{t(`houseStyles.${list}.first`)}</th>
              <th scope="col">{t(`houseStyles.${list}.second`)}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <td>
                  <input
                    type="text"
                    data-word-row={i}
                    aria-label={t(`houseStyles.${list}.firstRow`, { row: i + 1 })}
                    aria-invalid={invalidRows.has(i + 1) || undefined}
                    value={r.written}
                    onChange={(e) => set(i, { written: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={t(`houseStyles.${list}.secondRow`, { row: i + 1 })}
                    aria-invalid={invalidRows.has(i + 1) || undefined}
                    value={r.printed}
                    onChange={(e) => set(i, { printed: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="small"
                    aria-label={t(`houseStyles.${list}.remove`, { row: i + 1 })}
                    onClick={() => remove(i)}
                  >
                    {t('houseStyles.wordList.remove')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="small word-add" onClick={add}>
        {t(`houseStyles.${list}.add`)}
      </button>
    </div>
  );
}
