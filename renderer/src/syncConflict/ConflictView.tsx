// A sync tool's conflict: this computer's version beside the other computer's, per character, and which to keep (or both).
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi, CallOutput, StoryWithRevision, SyncConflict } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { StoryComparison, type ComparisonLabels } from '../history/SnapshotComparison';
import { formatTakenAt } from '../history/historyFormat';
import { useLanguage, useT } from '../i18n/index';
import { failureOf, failureText } from '../shell/errors';
import '../history/history.css';
import './syncConflict.css';

export type Keep = 'original' | 'copy' | 'both';

/** What a resolution did, for the desk (the library's list, the open story). */
export interface ConflictResolution {
  file: string;
  keep: Keep;
  /** The story whose text was written: the original with the copy's text (`copy`), the new story (`both`). */
  story?: StoryWithRevision;
}

export interface ConflictViewProps {
  api: BulletinDeskApi;
  /** The conflict copy's file name. */
  file: string;
  /** The conflict as the library lists it now; undefined once it is gone (resolved on another computer). */
  listed: SyncConflict | undefined;
  /** Sends the story's pending edits to disk; false when they are not all there. */
  settle(id: string): Promise<boolean>;
  onResolved(resolution: ConflictResolution): void;
  onOpenStory(id: string): void;
  onClose(): void;
}

/** Nothing in any field: the left side when this computer's version is gone. */
const emptyLike = (story: Story): Story => ({
  ...story,
  kicker: '',
  headline: '',
  subheadline: '',
  dateline: '',
  byline: [],
  body: [],
  notes: '',
});

type Read = { state: 'reading' } | { state: 'failed'; message: string } | { state: 'ready'; both: CallOutput<'conflict.read'> };
type Outcome = { keep: Keep; storyId: string | undefined; other?: StoryWithRevision };

export function ConflictView({ api, file, listed, settle, onResolved, onOpenStory, onClose }: ConflictViewProps) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const [read, setRead] = useState<Read>({ state: 'reading' });
  const [busy, setBusy] = useState<Keep | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const [outcome, setOutcome] = useState<Outcome | undefined>(undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  const openButton = useRef<HTMLButtonElement>(null);
  const shown = useRef(true);

  const load = useCallback(async () => {
    try {
      const both = await api.call('conflict.read', { file });
      if (shown.current) setRead({ state: 'ready', both });
    } catch (e) {
      if (shown.current) setRead({ state: 'failed', message: failureText(e, t) });
    }
  }, [api, file, t]);

  // read again when the copy changes (a sync tool wrote it again); never after it was resolved here
  const listedRevision = listed?.revision;
  const resolved = outcome !== undefined;
  useEffect(() => {
    if (!resolved && listedRevision !== undefined) void load();
  }, [load, listedRevision, resolved]);

  // the heading takes the focus when the view opens; leaving gives it back where it was
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    shown.current = true;
    heading.current?.focus();
    return () => {
      shown.current = false;
      const lost = () => document.activeElement === null || document.activeElement === document.body;
      if (opener && lost()) setTimeout(() => opener.isConnected && lost() && opener.focus(), 0);
    };
  }, []);

  useEffect(() => {
    if (outcome) (openButton.current ?? heading.current)?.focus();
  }, [outcome]);

  const both = read.state === 'ready' ? read.both : undefined;
  const original = both?.original;
  const gone = listed === undefined && !outcome;

  const resolve = async (keep: Keep) => {
    if (!both || busy) return;
    setBusy(keep);
    setProblem('');
    try {
      // the copy's text goes over the story: what this window has not saved of it must be on disk first
      if (keep === 'copy' && original && !(await settle(original.story.id))) return setProblem(t('syncConflict.unsaved'));
      const answer = await api.call('conflict.resolve', {
        file,
        keep,
        copyRevision: both.copy.revision,
        ...(original ? { originalRevision: original.revision } : {}),
      });
      if (!shown.current) return;
      const storyId = keep === 'both' ? original?.story.id : (answer.story?.story.id ?? original?.story.id);
      setOutcome({ keep, storyId, ...(keep === 'both' && answer.story ? { other: answer.story } : {}) });
      onResolved({ file, keep, ...(answer.story ? { story: answer.story } : {}) });
    } catch (e) {
      const failure = failureOf(e);
      if (!shown.current) return;
      if (failure.code === 'conflict' || failure.code === 'not-found') {
        setProblem(failure.code === 'conflict' ? t('syncConflict.changed') : '');
        await load();
      } else setProblem(t('syncConflict.failed', { reason: failureText(e, t) }));
    } finally {
      if (shown.current) setBusy(undefined);
    }
  };

  const headline = (original?.story.headline ?? both?.copy.story.headline ?? listed?.headline ?? '').trim();
  const tool = t(`conflicts.tool.${both?.conflict.tool ?? listed?.tool ?? 'other'}`);
  const column = (name: string, updatedAt: string) => (
    <>
      {name}
      <span className="conflict-saved">{t('syncConflict.savedAt', { time: formatTakenAt(updatedAt, language) })}</span>
    </>
  );
  const labels: ComparisonLabels | undefined = both && {
    before: original ? column(t('syncConflict.mine'), original.story.updatedAt) : t('syncConflict.mine'),
    after: column(t('syncConflict.theirs'), both.copy.story.updatedAt),
    legend: t('syncConflict.legend'),
    same: t('syncConflict.sameText'),
    removedMark: t('syncConflict.removedMark'),
    addedMark: t('syncConflict.addedMark'),
  };
  let result = '';
  if (outcome?.keep === 'original') result = t('syncConflict.keptMine');
  else if (outcome?.keep === 'copy') result = t('syncConflict.keptTheirs');
  else if (outcome?.keep === 'both')
    result = t('syncConflict.keptBoth', { headline: outcome.other?.story.headline || t('library.noHeadline') });

  const action = (keep: Keep, label: string, disabled = false) => (
    <button
      type="button"
      className={keep === 'both' ? 'primary' : undefined}
      disabled={disabled}
      aria-disabled={busy !== undefined}
      onClick={() => void resolve(keep)}
    >
      {label}
    </button>
  );

  return (
    <main className="editor history-view conflict-view" aria-labelledby={`${ids}-title`}>
      <header className="history-header bar bar-spread">
        <h2 id={`${ids}-title`} ref={heading} tabIndex={-1}>
          {t('syncConflict.title')}
          {headline !== '' && <span className="history-of"> {t('syncConflict.of', { headline })}</span>}
        </h2>
        <button type="button" onClick={onClose}>
          {t('syncConflict.back')}
        </button>
      </header>

      {/* what was kept, said as it happens */}
      <p role="status" className="conflict-result">
        {result}
      </p>
      {outcome && (
        <div className="conflict-actions actions">
          {outcome.storyId !== undefined && (
            <button ref={openButton} type="button" className="primary" onClick={() => onOpenStory(outcome.storyId as string)}>
              {t('syncConflict.openStory')}
            </button>
          )}
          {outcome.other && (
            <button type="button" onClick={() => onOpenStory((outcome.other as StoryWithRevision).story.id)}>
              {t('syncConflict.openOther')}
            </button>
          )}
        </div>
      )}

      {!outcome && (
        <>
          <p className="history-note">{t('syncConflict.help', { tool })}</p>
          {gone && <p className="problem history-note">{t('syncConflict.gone')}</p>}
          {read.state === 'reading' && !gone && <p className="quiet history-note">{t('syncConflict.reading')}</p>}
          {read.state === 'failed' && !gone && (
            <div className="history-note" role="alert">
              <p className="problem">{t('syncConflict.readFailed', { reason: read.message })}</p>
              <button type="button" onClick={() => void load()}>
                {t('syncConflict.retry')}
              </button>
            </div>
          )}
          {both && !gone && (
            <>
              <div className="conflict-actions actions" role="group" aria-label={t('syncConflict.actions')} aria-busy={busy !== undefined}>
                {action('original', t('syncConflict.keepMine'), !original)}
                {action('copy', t('syncConflict.keepTheirs'))}
                {action('both', t('syncConflict.keepBoth'), !original)}
                {busy && <span className="quiet">{t('syncConflict.resolving')}</span>}
              </div>
              <p className="problem history-problem" role="alert">
                {problem}
              </p>
              {!original && <p className="history-note">{t('syncConflict.noOriginal')}</p>}
              <section className="history-comparison" aria-label={t('history.comparison')}>
                <StoryComparison
                  before={original?.story ?? emptyLike(both.copy.story)}
                  after={both.copy.story}
                  labels={labels as ComparisonLabels}
                />
              </section>
            </>
          )}
        </>
      )}
    </main>
  );
}
