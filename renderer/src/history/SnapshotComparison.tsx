// A snapshot and the current text side by side, field by field: removed characters struck through, added ones underlined.
import { Fragment, useMemo } from 'react';
import { COMPARED_FIELDS, diffStories, fieldText, type DiffRun } from '../../../shared/diff';
import type { Story } from '../../../shared/story';
import { useLanguage, useT } from '../i18n/index';
import { formatTakenAt } from './historyFormat';

interface Props {
  snapshot: Story;
  current: Story;
  takenAt: string;
}

/** True when restoring the snapshot would change nothing. */
export function sameAsCurrent(snapshot: Story, current: Story): boolean {
  return snapshot.status === current.status && COMPARED_FIELDS.every((f) => fieldText(snapshot, f) === fieldText(current, f));
}

export function SnapshotComparison({ snapshot, current, takenAt }: Props) {
  const t = useT();
  const language = useLanguage();
  const fields = useMemo(() => diffStories(snapshot, current), [snapshot, current]);
  const statusChanged = snapshot.status !== current.status;
  const nothingChanged = !statusChanged && fields.every((f) => !f.changed);

  return (
    <>
      <p className="quiet history-legend">{nothingChanged ? t('history.sameText') : t('history.legend')}</p>
      <table className="history-compare">
        <caption className="offscreen">{t('history.comparison')}</caption>
        <thead>
          <tr>
            <th scope="col" className="history-field-name">
              <span className="offscreen">{t('history.field')}</span>
            </th>
            <th scope="col">{t('history.snapshotOf', { time: formatTakenAt(takenAt, language) })}</th>
            <th scope="col">{t('history.current')}</th>
          </tr>
        </thead>
        <tbody>
          {statusChanged && (
            <tr>
              <th scope="row">{t('field.status')}</th>
              <td>
                <del>{t(`editor.status.${snapshot.status}`)}</del>
              </td>
              <td>
                <ins>{t(`editor.status.${current.status}`)}</ins>
              </td>
            </tr>
          )}
          {fields.map((f) =>
            f.changed ? (
              <tr key={f.field}>
                <th scope="row">{t(`field.${f.field}`)}</th>
                <td>
                  <Runs runs={f.runs} side="before" lineBreak={t('history.lineBreak')} />
                </td>
                <td>
                  <Runs runs={f.runs} side="after" lineBreak={t('history.lineBreak')} />
                </td>
              </tr>
            ) : (
              <tr key={f.field} className="history-unchanged">
                <th scope="row">{t(`field.${f.field}`)}</th>
                <td colSpan={2} className="quiet">
                  {t('history.unchanged')}
                </td>
              </tr>
            ),
          )}
        </tbody>
      </table>
    </>
  );
}

/** One side of a field: its text, with what only this side has marked (a line break in a mark is shown as a sign). */
function Runs({ runs, side, lineBreak }: { runs: readonly DiffRun[]; side: 'before' | 'after'; lineBreak: string }) {
  const marked = side === 'before' ? 'removed' : 'added';
  return (
    <div className="history-text">
      {runs.map((run, i) => {
        if (run.kind === 'same') return <Fragment key={i}>{run.text}</Fragment>;
        if (run.kind !== marked) return null;
        const text = run.text.split('\n').join(`${lineBreak}\n`);
        return side === 'before' ? <del key={i}>{text}</del> : <ins key={i}>{text}</ins>;
      })}
    </div>
  );
}
