// The timeline of a story's snapshots: a labelled list, newest first, the arrow keys move through it and choose.
import { useEffect, useId, useRef, type KeyboardEvent } from 'react';
import type { Snapshot } from '../../../shared/api';
import { counted, useLanguage, useT } from '../i18n/index';
import { formatTakenAt } from './historyFormat';

interface Props {
  snapshots: readonly Snapshot[];
  selectedId: string | undefined;
  onSelect(snapshotId: string): void;
  /** Put the focus on the chosen snapshot once (when the history opens). */
  focusOnMount: boolean;
}

export function SnapshotTimeline({ snapshots, selectedId, onSelect, focusOnMount }: Props) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const options = useRef(new Map<string, HTMLLIElement>());
  const selectedIndex = Math.max(
    0,
    snapshots.findIndex((s) => s.snapshotId === selectedId),
  );

  // once, when the history opens: later choices move the focus themselves
  const focused = useRef(false);
  useEffect(() => {
    if (!focusOnMount || focused.current || !selectedId) return;
    focused.current = true;
    options.current.get(selectedId)?.focus();
  }, [focusOnMount, selectedId]);

  const choose = (index: number) => {
    const next = snapshots[Math.min(snapshots.length - 1, Math.max(0, index))];
    if (!next) return;
    onSelect(next.snapshotId);
    options.current.get(next.snapshotId)?.focus();
  };

  const onKeyDown = (e: KeyboardEvent<HTMLUListElement>) => {
    const moves: Record<string, number> = {
      ArrowDown: selectedIndex + 1,
      ArrowUp: selectedIndex - 1,
      Home: 0,
      End: snapshots.length - 1,
      PageDown: selectedIndex + 10,
      PageUp: selectedIndex - 10,
    };
    const to = moves[e.key];
    if (to === undefined) return;
    e.preventDefault();
    choose(to);
  };

  return (
    <section className="history-timeline" aria-labelledby={`${ids}-title`}>
      <h3 id={`${ids}-title`}>{t('history.snapshots')}</h3>
      <p id={`${ids}-help`} className="quiet history-help">
        {t('history.snapshotsHelp')}
      </p>
      <ul role="listbox" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-help`} onKeyDown={onKeyDown}>
        {snapshots.map((s, i) => {
          const selected = i === selectedIndex;
          return (
            <li
              key={s.snapshotId}
              ref={(el) => {
                if (el) options.current.set(s.snapshotId, el);
                else options.current.delete(s.snapshotId);
              }}
              role="option"
              aria-selected={selected}
              tabIndex={selected ? 0 : -1}
              className={`history-snapshot reason-${s.reason}`}
              onClick={() => choose(i)}
              onKeyDown={(e) => {
                if (e.key === 'Enter' || e.key === ' ') {
                  e.preventDefault();
                  choose(i);
                }
              }}
            >
              <span className="history-when">{formatTakenAt(s.takenAt, language)}</span>
              <span className="history-reason">{t(`history.reason.${s.reason}`)}</span>
              <span className="history-headline">{s.headline.trim() === '' ? t('history.noHeadline') : s.headline}</span>
              <span className="history-count quiet">{counted(t, language, 'history.characters', s.characters)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
