// A snapshot and the current text side by side, field by field: removed characters struck through, added ones underlined.
import { Fragment, useMemo } from 'react';
import { diffStories, type DiffRun } from '../../../shared/diff';
import type { Story } from '../../../shared/story';
import { useLanguage, useT, type Translate } from '../i18n/index';
import { contentKey } from '../session/storyContent';
import { formatTakenAt } from './historyFormat';

interface Props {
  snapshot: Story;
  current: Story;
  takenAt: string;
}

/** True when restoring the snapshot would change nothing (a restore keeps the story's id and creation time). */
export function sameAsCurrent(snapshot: Story, current: Story): boolean {
  return contentKey({ ...snapshot, id: current.id, createdAt: current.createdAt }) === contentKey(current);
}

/** The settings chosen from a list (status, byline position) that differ, as words: name, snapshot's, current. */
function changedChoices(snapshot: Story, current: Story, t: Translate): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  if (snapshot.status !== current.status) out.push([t('field.status'), t(`editor.status.${snapshot.status}`), t(`editor.status.${current.status}`)]);
  if (snapshot.bylinePosition !== current.bylinePosition)
    out.push([t('field.bylinePosition'), t(`editor.bylinePosition.${snapshot.bylinePosition}`), t(`editor.bylinePosition.${current.bylinePosition}`)]);
  return out;
}

export function SnapshotComparison({ snapshot, current, takenAt }: Props) {
  const t = useT();
  const language = useLanguage();
  const fields = useMemo(() => diffStories(snapshot, current), [snapshot, current]);
  const choices = changedChoices(snapshot, current, t);
  const nothingChanged = choices.length === 0 && fields.every((f) => !f.changed);
  const marks = { removed: t('history.removedMark'), added: t('history.addedMark'), lineBreak: t('history.lineBreak') };

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
          {choices.map(([name, before, after]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                <Runs runs={[{ kind: 'removed', text: before }]} side="before" marks={marks} />
              </td>
              <td>
                <Runs runs={[{ kind: 'added', text: after }]} side="after" marks={marks} />
              </td>
            </tr>
          ))}
          {fields.map((f) =>
            f.changed ? (
              <tr key={f.field}>
                <th scope="row">{t(`field.${f.field}`)}</th>
                <td>
                  <Runs runs={f.runs} side="before" marks={marks} />
                </td>
                <td>
                  <Runs runs={f.runs} side="after" marks={marks} />
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

interface Marks {
  /** Said before a mark to those who do not see it struck through or underlined. */
  removed: string;
  added: string;
  /** Shown for a line break inside a mark. */
  lineBreak: string;
}

/** One side of a field: its text, with what only this side has marked (a line break in a mark is shown as a sign). */
function Runs({ runs, side, marks }: { runs: readonly DiffRun[]; side: 'before' | 'after'; marks: Marks }) {
  const marked = side === 'before' ? 'removed' : 'added';
  return (
    <div className="history-text">
      {runs.map((run, i) => {
        if (run.kind === 'same') return <Fragment key={i}>{run.text}</Fragment>;
        if (run.kind !== marked) return null;
        const text = run.text.split('\n').join(`${marks.lineBreak}\n`);
        return (
          <Fragment key={i}>
            <span className="offscreen">{marks[marked]}</span>
            {side === 'before' ? <del>{text}</del> : <ins>{text}</ins>}
          </Fragment>
        );
      })}
    </div>
  );
}
