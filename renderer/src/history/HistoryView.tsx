// A story's history: its snapshots on a timeline, one compared with the current text per character, and restore.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi, Snapshot } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { useLanguage, useT } from '../i18n/index';
import { type DeskFailure, failureOf, failureText } from '../shell/errors';
import type { StorySession } from '../session/storySession';
import { useSessionView } from '../session/useSession';
import { formatTakenAt } from './historyFormat';
import { RestoreConfirm } from './RestoreConfirm';
import { sameAsCurrent, SnapshotComparison } from './SnapshotComparison';
import { SnapshotTimeline } from './SnapshotTimeline';
import './history.css';

export interface HistoryViewProps {
  api: BulletinDeskApi;
  /** The open story's session (restore goes through it, so the form shows the restored text). */
  session: StorySession;
  onClose(): void;
}

type Listing = { state: 'loading' } | { state: 'failed'; failure: DeskFailure } | { state: 'ready'; snapshots: Snapshot[] };
type Read = { story: Story } | { error: DeskFailure };

/** How long a restore waits for the story's pending edits to reach the disk. */
const FLUSH_MS = 5000;

export function HistoryView({ api, session, onClose }: HistoryViewProps) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const view = useSessionView(session);
  const [listing, setListing] = useState<Listing>({ state: 'loading' });
  const [selectedId, setSelectedId] = useState<string | undefined>(undefined);
  const [reads, setReads] = useState<Record<string, Read>>({});
  const [confirming, setConfirming] = useState(false);
  const [restoring, setRestoring] = useState(false);
  const [problem, setProblem] = useState('');
  const restoreButton = useRef<HTMLButtonElement>(null);
  const shown = useRef(true);
  // back to the story (the story pane starts its form from the newest text when it is mounted again)
  const leave = onClose;

  // the snapshots, again after each save (a save may take one); the chosen one stays chosen
  const list = useCallback(async () => {
    try {
      const { snapshots } = await api.call('history.list', { id: session.id });
      setListing({ state: 'ready', snapshots });
      setSelectedId((chosen) =>
        chosen !== undefined && snapshots.some((s) => s.snapshotId === chosen) ? chosen : snapshots[0]?.snapshotId,
      );
    } catch (e) {
      setListing({ state: 'failed', failure: failureOf(e) });
    }
  }, [api, session]);
  useEffect(() => {
    void list();
  }, [list, view.savedAt]);

  // the chosen snapshot's text, read once
  const chosenRead = selectedId !== undefined ? reads[selectedId] : undefined;
  useEffect(() => {
    if (selectedId === undefined || chosenRead !== undefined) return;
    let live = true;
    api.call('history.read', { id: session.id, snapshotId: selectedId }).then(
      ({ story }) => live && setReads((r) => ({ ...r, [selectedId]: { story } })),
      (e: unknown) => live && setReads((r) => ({ ...r, [selectedId]: { error: failureOf(e) } })),
    );
    return () => {
      live = false;
    };
  }, [api, session, selectedId, chosenRead]);

  // left, however: the focus goes back where it was
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    shown.current = true;
    return () => {
      shown.current = false;
      const lost = () => document.activeElement === null || document.activeElement === document.body;
      if (opener && lost()) setTimeout(() => opener.isConnected && lost() && opener.focus(), 0);
    };
  }, [session]);

  const snapshots = listing.state === 'ready' ? listing.snapshots : [];
  const chosen = snapshots.find((s) => s.snapshotId === selectedId);
  const chosenTime = chosen ? formatTakenAt(chosen.takenAt, language) : '';
  const chosenStory = chosenRead && 'story' in chosenRead ? chosenRead.story : undefined;
  const statusNote =
    chosenStory && chosenStory.status !== view.latest.status
      ? t('history.confirm.status', { status: t(`editor.status.${chosenStory.status}`) })
      : undefined;

  /** Restores a snapshot through the session: its pending edits go to disk first. Answers what to tell the reporter, if anything went wrong. */
  const restoreThrough = async (snapshotId: string): Promise<{ problem?: string }> => {
    await Promise.race([session.flush(), new Promise((resolve) => setTimeout(resolve, FLUSH_MS))]);
    const now = session.getView();
    if (now.dirty || now.phase.kind !== 'ok') return { problem: t('history.unsaved') };
    try {
      const restored = await api.call('history.restore', { id: session.id, snapshotId, baseRevision: session.revision });
      session.adoptRestored(restored);
      return {};
    } catch (e) {
      const failure = failureOf(e);
      if (failure.code !== 'conflict') return { problem: t('history.restoreFailed', { reason: failureText(e, t) }) };
      session.onExternalChange(failure.current?.revision); // the session looks at the disk and reloads or asks, by its rules
      return { problem: t('history.conflict') };
    }
  };

  const restore = async () => {
    if (!chosen) return;
    setConfirming(false);
    setRestoring(true);
    setProblem('');
    const outcome = await restoreThrough(chosen.snapshotId);
    if (!shown.current) return; // the reporter went elsewhere meanwhile: the form shows the outcome when the story is shown
    if (outcome.problem === undefined) return leave(); // the story again, showing the restored text
    setProblem(outcome.problem);
    setRestoring(false);
    restoreButton.current?.focus();
    void list(); // the text as it was may have been kept as a snapshot all the same
  };

  const headline = view.latest.headline.trim();
  return (
    <main className="editor history-view" aria-labelledby={`${ids}-title`}>
      <header className="history-header bar bar-spread">
        <h2 id={`${ids}-title`}>
          {t('history.title')}
          {headline !== '' && <span className="history-of"> {t('history.of', { headline })}</span>}
        </h2>
        <button type="button" onClick={leave}>
          {t('history.back')}
        </button>
      </header>

      {listing.state === 'loading' && <p className="quiet history-note">{t('history.loading')}</p>}
      {listing.state === 'failed' && (
        <div className="history-note" role="alert">
          <p className="problem">{t('history.loadFailed', { reason: failureText(listing.failure, t) })}</p>
          <button type="button" onClick={() => void list()}>
            {t('history.retry')}
          </button>
        </div>
      )}
      {listing.state === 'ready' && snapshots.length === 0 && <p className="history-note">{t('history.empty')}</p>}

      {snapshots.length > 0 && (
        <div className="history-body">
          <SnapshotTimeline snapshots={snapshots} selectedId={selectedId} onSelect={setSelectedId} focusOnMount />
          <section className="history-comparison" aria-label={t('history.comparison')} aria-busy={chosenRead === undefined || restoring}>
            <div className="history-comparison-bar bar">
              <button
                ref={restoreButton}
                type="button"
                className="primary"
                disabled={!chosenStory || sameAsCurrent(chosenStory, view.latest)}
                // not disabled while restoring: the focus stays here, for what comes next
                aria-disabled={restoring}
                onClick={() => !restoring && setConfirming(true)}
              >
                {t('history.restore')}
              </button>
              {restoring && <span className="quiet">{t('history.restoring')}</span>}
            </div>
            <p className="problem history-problem" role="alert">
              {problem}
            </p>
            {chosenRead === undefined && <p className="quiet">{t('history.reading')}</p>}
            {chosenRead && 'error' in chosenRead && (
              <div role="alert">
                <p className="problem">{t('history.readFailed', { reason: failureText(chosenRead.error, t) })}</p>
                <button
                  type="button"
                  onClick={() =>
                    setReads((r) => {
                      const { [selectedId as string]: _failed, ...rest } = r;
                      return rest;
                    })
                  }
                >
                  {t('history.retry')}
                </button>
              </div>
            )}
            {chosen && chosenStory && <SnapshotComparison snapshot={chosenStory} current={view.latest} takenAt={chosen.takenAt} />}
          </section>
        </div>
      )}

      {confirming && chosen && (
        <RestoreConfirm
          time={chosenTime}
          {...(statusNote ? { statusNote } : {})}
          onRestore={() => void restore()}
          onClose={() => setConfirming(false)}
        />
      )}
    </main>
  );
}
