// The import review before its stories show: choose a page, the page being read, a problem with it, or how many stories a big page holds.
import { useEffect, useId, useRef } from 'react';
import { counted, useLanguage, useT } from '../i18n/index';

export type Waiting =
  | { phase: 'choose'; problem: string }
  | { phase: 'reading'; name: string }
  /** A big page read: its size and number of stories said before the review is built. */
  | { phase: 'found'; name: string; bytes: number; count: number };

interface Props {
  state: Waiting;
  onChoose(file: File): void;
  /** Build the review of the big page found. */
  onContinue(): void;
  onClose(): void;
}

export function ChoosePage({ state, onChoose, onContinue, onClose }: Props) {
  const t = useT();
  const language = useLanguage();
  const inputId = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const continueRef = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    if (state.phase === 'found') continueRef.current?.focus();
    else if (state.phase === 'choose' && (!state.problem || document.activeElement === document.body)) inputRef.current?.focus();
  }, [state]);

  if (state.phase === 'found')
    return (
      <div className="ir-choose">
        <h2>{t('importReview.title')}</h2>
        <p role="status">
          {counted(t, language, 'importReview.bigPage', state.count, {
            name: state.name,
            size: (state.bytes / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 }),
          })}
        </p>
        <div className="actions">
          <button type="button" className="primary" ref={continueRef} onClick={onContinue}>
            {t('importReview.bigPageContinue')}
          </button>
          <button type="button" onClick={onClose}>
            {t('importReview.cancel')}
          </button>
        </div>
      </div>
    );

  return (
    <div className="ir-choose">
      <h2>{t('importReview.title')}</h2>
      <label htmlFor={inputId}>{t('importReview.open')}</label>
      <input
        id={inputId}
        ref={inputRef}
        type="file"
        accept=".txt,.docx,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document"
        disabled={state.phase === 'reading'}
        onChange={(e) => {
          const chosen = e.target.files?.[0];
          e.target.value = '';
          if (chosen) onChoose(chosen);
        }}
      />
      <p className="quiet">{t('importReview.openHint')}</p>
      {state.phase === 'reading' && <p role="status">{t('importReview.reading', { name: state.name })}</p>}
      {state.phase === 'choose' && state.problem !== '' && (
        <p className="problem" role="alert">
          {state.problem}
        </p>
      )}
      <button type="button" onClick={onClose}>
        {t('importReview.cancel')}
      </button>
    </div>
  );
}
