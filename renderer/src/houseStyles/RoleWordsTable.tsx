// The role words of a house style: a small table of a role as stories write it and as the paper prints it; rows added and removed.
import { useEffect, useRef } from 'react';
import { useT } from '../i18n/index';
import { roleRow, type RoleRow } from './styleDraft';

interface Props {
  id: string;
  rows: readonly RoleRow[];
  /** Rows with a problem (1-based), marked invalid. */
  invalidRows: ReadonlySet<number>;
  describedBy?: string;
  onChange(rows: RoleRow[]): void;
}

export function RoleWordsTable({ id, rows, invalidRows, describedBy, onChange }: Props) {
  const t = useT();
  const box = useRef<HTMLDivElement>(null);
  const focusNext = useRef<{ row: number } | { add: true } | undefined>(undefined);

  // after adding a row its first cell has the focus; after removing one, the row that took its place (or Add)
  useEffect(() => {
    const want = focusNext.current;
    if (!want) return;
    focusNext.current = undefined;
    const root = box.current;
    if ('add' in want) root?.querySelector<HTMLButtonElement>('.role-add')?.focus();
    else root?.querySelector<HTMLInputElement>(`[data-role-row="${want.row}"]`)?.focus();
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
        <p className="quiet" id={`${id}-none`}>
          {t('houseStyles.roleWords.none')}
        </p>
      ) : (
        <table aria-describedby={describedBy}>
          <thead>
            <tr>
              <th scope="col">{t('houseStyles.roleWords.written')}</th>
              <th scope="col">{t('houseStyles.roleWords.printed')}</th>
              <th scope="col" />
            </tr>
          </thead>
          <tbody>
            {rows.map((r, i) => (
              <tr key={r.id}>
                <td>
                  <input
                    type="text"
                    data-role-row={i}
                    aria-label={t('houseStyles.roleWords.writtenRow', { row: i + 1 })}
                    aria-invalid={invalidRows.has(i + 1) || undefined}
                    value={r.written}
                    onChange={(e) => set(i, { written: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    type="text"
                    aria-label={t('houseStyles.roleWords.printedRow', { row: i + 1 })}
                    aria-invalid={invalidRows.has(i + 1) || undefined}
                    value={r.printed}
                    onChange={(e) => set(i, { printed: e.target.value })}
                  />
                </td>
                <td>
                  <button type="button" className="small" onClick={() => remove(i)}>
                    {t('houseStyles.roleWords.remove', { row: i + 1 })}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <button type="button" className="small role-add" onClick={add}>
        {t('houseStyles.roleWords.add')}
      </button>
    </div>
  );
}
