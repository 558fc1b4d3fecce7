// The "Copy check" panel beside the form: each finding's place (导语, 第2段, 小标题1) and its mark in context, Fix and Ignore, Fix all, Ctrl+Z undoing the last fix.
import { memo, useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import type { Finding, MarkContext } from '../../../shared/copyDesk';
import { useT, type Translate } from '../i18n';
import type { CopyCheck } from './copyCheck';
import { messageKey, placeWords } from './copyMessages';
import { useStickyBeside } from './stickyBeside';
import './copyDesk.css';

/** Spaces are invisible in an excerpt: shown as ␣ and □ (full width). */
const visible = (text: string) => text.replace(/ /g, '␣').replace(/\u3000/g, '□');

/** A long mark (a whole headline over its target) is cut: its start is enough to find it. */
const MARK_SHOWN = 16;
function shortMark(mark: string): string {
  const chars = [...mark];
  return chars.length > MARK_SHOWN ? `${chars.slice(0, MARK_SHOWN).join('')}…` : mark;
}

/** "…活动于周六上午,在社区…" with the mark highlighted; nothing when the finding marks no text. */
function Context({ context }: { context: MarkContext }) {
  if (context.mark === '') return null;
  return (
    <p className="copy-context">
      {context.clippedBefore && '…'}
      {visible(context.before)}
      <mark>{visible(shortMark(context.mark))}</mark>
      {visible(context.after)}
      {context.clippedAfter && '…'}
    </p>
  );
}

function placeOf(check: CopyCheck, f: Finding, t: Translate): string {
  return placeWords(check.place(f), t);
}

export interface FindingsPanelProps {
  check: CopyCheck;
  readOnly: boolean;
  /** The id of the panel's heading (the badge in the form's bar moves the focus there). */
  titleId: string;
  /** Moves a dateline typed at the lead's start to its fields; answers what the reporter is told. */
  onMoveLead?: () => string | null;
}

/** A dateline at the lead's start (本报讯（记者 张明）…): it can go to its fields. */
const inLead = (f: Finding) => f.rule === 'dateline-form' && f.params.problem === 'in-lead';

function useFindings(check: CopyCheck): readonly Finding[] {
  const subscribe = useCallback((fn: () => void) => check.subscribe(fn), [check]);
  return useSyncExternalStore(subscribe, () => check.findings());
}

function summaryOf(findings: readonly Finding[], t: Translate): string {
  const errors = findings.filter((f) => f.severity === 'error').length;
  return findings.length === 0 ? t('copyDesk.none') : t('copyDesk.summary', { errors, warnings: findings.length - errors });
}

/** The findings' tally in the form's bar: a button that takes the focus to the Copy check panel. Memoised: a keystroke's re-render of the form stops here. */
export const CopyCheckBadge = memo(function CopyCheckBadge({ check, titleId }: { check: CopyCheck; titleId: string }) {
  const t = useT();
  const findings = useFindings(check);
  const errors = findings.some((f) => f.severity === 'error');
  return (
    <button
      type="button"
      className={`copy-badge${findings.length === 0 ? ' clean' : errors ? ' errors' : ''}`}
      onClick={() => {
        const heading = document.getElementById(titleId);
        heading?.scrollIntoView({ block: 'start', behavior: 'smooth' });
        heading?.focus({ preventScroll: true });
      }}
    >
      {t('copyDesk.badge', { summary: findings.length === 0 ? t('copyDesk.badge.clean') : summaryOf(findings, t) })}
    </button>
  );
});

/** Memoised (its props keep their identity): it draws again when the findings change, not at every keystroke. */
export const FindingsPanel = memo(function FindingsPanel({ check, readOnly, titleId, onMoveLead }: FindingsPanelProps) {
  const t = useT();
  const listRef = useRef<HTMLUListElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusAt = useRef<{ index: number; action: 'fix' | 'ignore' } | null>(null);
  const [notice, setNotice] = useState('');
  // on a narrow window the panel is docked under the view with its first finding; the reporter may open the whole list
  const [expanded, setExpanded] = useState(false);
  const listId = useId();
  const panelRef = useStickyBeside<HTMLElement>();
  const findings = useFindings(check);

  // after Fix or Ignore the item is gone: the focus goes to the next one, or to the heading
  useEffect(() => {
    const at = focusAt.current;
    if (at === null) return;
    focusAt.current = null;
    const items = listRef.current?.querySelectorAll('li') ?? [];
    const item = items[Math.min(at.index, items.length - 1)];
    // the same action on the next finding, so Fix, Fix, Fix goes down the list
    const button = (item?.querySelector(`button[data-action="${at.action}"]:not(:disabled)`) ??
      item?.querySelector('button:not(:disabled)')) as HTMLButtonElement | null;
    (button ?? headingRef.current)?.focus();
  }, [findings]);

  const fixable = findings.filter((f) => f.fix).length;

  const onKeyDown = (e: KeyboardEvent<HTMLElement>) => {
    if ((e.ctrlKey || e.metaKey) && !e.shiftKey && e.key.toLowerCase() === 'z') {
      e.preventDefault();
      if (check.undoLastFix()) setNotice(t('copyDesk.undone'));
    }
  };

  return (
    <section
      ref={panelRef}
      className="copy-check"
      data-expanded={expanded ? 'true' : 'false'}
      data-clean={findings.length === 0 ? 'true' : undefined}
      aria-labelledby={titleId}
      onKeyDown={onKeyDown}
    >
      <div className="copy-check-head">
        <h2 id={titleId} ref={headingRef} tabIndex={-1}>
          {t('copyDesk.title')}
        </h2>
        <p className="copy-check-summary">{summaryOf(findings, t)}</p>
        {fixable > 0 && (
          <button
            type="button"
            className="copy-fix-all"
            disabled={readOnly}
            onClick={() => {
              const n = check.fixAll();
              focusAt.current = { index: 0, action: 'fix' };
              setNotice(t('copyDesk.fixAllDone', { n }));
            }}
          >
            {t('copyDesk.fixAll', { n: fixable })}
          </button>
        )}
        {findings.length > 1 && (
          <button
            type="button"
            className="copy-expand"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((e) => !e)}
          >
            {expanded ? t('copyDesk.dock.fewer') : t('copyDesk.dock.all', { n: findings.length })}
          </button>
        )}
      </div>
      {findings.length > 0 && (
        <ul ref={listRef} id={listId} className="copy-findings">
          {findings.map((f, i) => {
            const messageId = `${titleId}-m${i}`;
            const context = check.context(f);
            return (
              <li
                key={`${f.rule}-${f.field}-${f.block ?? ''}-${f.start}-${i}`}
                className="copy-finding"
                data-severity={f.severity}
                data-rule={f.rule}
              >
                <div className="copy-finding-where">
                  <span className={`copy-severity ${f.severity}`}>{t(`copyDesk.severity.${f.severity}`)}</span>
                  <span className="copy-place">{placeOf(check, f, t)}</span>
                </div>
                <Context context={context} />
                <p id={messageId} className="copy-message">
                  {t(messageKey(f), f.params)}
                </p>
                <div className="copy-actions">
                  {f.field !== 'story' && (
                    <button type="button" aria-describedby={messageId} onClick={() => check.reveal(f)}>
                      {t('copyDesk.show')}
                    </button>
                  )}
                  {onMoveLead && inLead(f) && (
                    <button
                      type="button"
                      data-action="fix"
                      aria-describedby={messageId}
                      disabled={readOnly}
                      onClick={() => {
                        focusAt.current = { index: i, action: 'fix' };
                        const told = onMoveLead();
                        if (told) setNotice(told);
                        check.checkNow();
                      }}
                    >
                      {t('copyDesk.moveLead')}
                    </button>
                  )}
                  {f.fix && (
                    <button
                      type="button"
                      data-action="fix"
                      aria-describedby={messageId}
                      title={f.fix.replacement === '' ? t('copyDesk.fixRemove') : t('copyDesk.fixTo', { replacement: f.fix.replacement })}
                      disabled={readOnly}
                      onClick={() => {
                        focusAt.current = { index: i, action: 'fix' };
                        if (check.fix(f)) setNotice(t('copyDesk.fixDone'));
                      }}
                    >
                      {t('copyDesk.fix')}
                    </button>
                  )}
                  <button
                    type="button"
                    data-action="ignore"
                    aria-describedby={messageId}
                    onClick={() => {
                      focusAt.current = { index: i, action: 'ignore' };
                      check.ignore(f);
                      setNotice(t('copyDesk.ignored'));
                    }}
                  >
                    {t('copyDesk.ignore')}
                  </button>
                </div>
              </li>
            );
          })}
        </ul>
      )}
      <p className="copy-notice" aria-live="polite">
        {notice}
      </p>
    </section>
  );
});
