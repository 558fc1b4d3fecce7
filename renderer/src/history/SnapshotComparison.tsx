// Two versions of a story side by side, field by field: what only the first has struck through, what only the second has underlined.
import { Fragment, useMemo, type ReactNode } from 'react';
import { diffStories, type DiffRun } from '../../../shared/diff';
import { sameStoryContent } from '../../../shared/sameStory';
import type { Story } from '../../../shared/story';
import { useLanguage, useT, type Translate } from '../i18n/index';
import { formatTakenAt } from './historyFormat';

interface Props {
  snapshot: Story;
  current: Story;
  takenAt: string;
}

/** The words of a comparison: its two columns, the legend, and what is said before a mark to those who do not see it. */
export interface ComparisonLabels {
  before: ReactNode;
  after: ReactNode;
  legend: string;
  same: string;
  removedMark: string;
  addedMark: string;
}

/** True when restoring the snapshot would change nothing (a restore keeps the story's id and creation time). */
export function sameAsCurrent(snapshot: Story, current: Story): boolean {
  return sameStoryContent({ ...snapshot, id: current.id, createdAt: current.createdAt }, current);
}

/** The settings chosen from a list (status, byline position) that differ, as words: name, snapshot's, current. */
function changedChoices(snapshot: Story, current: Story, t: Translate): Array<[string, string, string]> {
  const out: Array<[string, string, string]> = [];
  if (snapshot.status !== current.status)
    out.push([t('field.status'), t(`editor.status.${snapshot.status}`), t(`editor.status.${current.status}`)]);
  if (snapshot.bylinePosition !== current.bylinePosition)
    out.push([
      t('field.bylinePosition'),
      t(`editor.bylinePosition.${snapshot.bylinePosition}`),
      t(`editor.bylinePosition.${current.bylinePosition}`),
    ]);
  return out;
}

/** A snapshot of the history (left) against the current text (right). */
export function SnapshotComparison({ snapshot, current, takenAt }: Props) {
  const t = useT();
  const language = useLanguage();
  const labels: ComparisonLabels = {
    before: t('history.snapshotOf', { time: formatTakenAt(takenAt, language) }),
    after: t('history.current'),
    legend: t('history.legend'),
    same: t('history.sameText'),
    removedMark: t('history.removedMark'),
    addedMark: t('history.addedMark'),
  };
  return <StoryComparison before={snapshot} after={current} labels={labels} />;
}

/** Any two versions of a story (a snapshot and the current text; the two sides of a sync conflict). */
export function StoryComparison({ before, after, labels }: { before: Story; after: Story; labels: ComparisonLabels }) {
  const t = useT();
  const fields = useMemo(() => diffStories(before, after), [before, after]);
  const choices = changedChoices(before, after, t);
  const nothingChanged = choices.length === 0 && fields.every((f) => !f.changed);
  const marks = { removed: labels.removedMark, added: labels.addedMark, lineBreak: t('history.lineBreak') };

  return (
    <>
      <p className="quiet history-legend">{nothingChanged ? labels.same : labels.legend}</p>
      <table className="history-compare">
        <caption className="offscreen">{t('history.comparison')}</caption>
        <thead>
          <tr>
            <th scope="col" className="history-field-name">
              <span className="offscreen">{t('history.field')}</span>
            </th>
            <th scope="col">{labels.before}</th>
            <th scope="col">{labels.after}</th>
          </tr>
        </thead>
        <tbody>
          {choices.map(([name, was, is]) => (
            <tr key={name}>
              <th scope="row">{name}</th>
              <td>
                <Runs runs={[{ kind: 'removed', text: was }]} side="before" marks={marks} />
              </td>
              <td>
                <Runs runs={[{ kind: 'added', text: is }]} side="after" marks={marks} />
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
