// A proof of a story or a bulletin, set like a newspaper column, to print or save as PDF.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { HouseStyle } from '../../../shared/houseStyle';
import { useLanguage, useT } from '../i18n/index';
import { failureOf, failureText } from '../shell/errors';
import type { ProofTarget } from '../shell/workspace';
import { loadProof, type ProofSheet } from './loadProof';
import { ProofSheetView } from './ProofSheetView';
import './proof.css';

export interface ProofViewProps {
  api: BulletinDeskApi;
  target: ProofTarget;
  houseStyle: HouseStyle;
  /** Waits until the open story's edits are on disk (false: they could not be saved). */
  flush(): Promise<boolean>;
  onClose(): void;
}

type State = { kind: 'loading' } | { kind: 'ready'; sheet: ProofSheet } | { kind: 'failed'; message: string };

export function ProofView({ api, target, houseStyle, flush, onClose }: ProofViewProps) {
  const t = useT();
  const language = useLanguage();
  const [state, setState] = useState<State>({ kind: 'loading' });
  const [host, setHost] = useState<'electron' | 'browser'>('browser');
  const [printedAt, setPrintedAt] = useState(() => new Date());
  const [message, setMessage] = useState<{ text: string; problem: boolean }>({ text: '', problem: false });
  /** A save in progress: the button keeps its focus (never disabled under the keyboard), a second press waits. */
  const saving = useRef(false);
  const printRef = useRef<HTMLButtonElement>(null);
  const flushRef = useRef(flush);
  flushRef.current = flush;

  const { kind, id } = target;
  useEffect(() => {
    let live = true;
    setState({ kind: 'loading' });
    api.call('app.info', {}).then(
      (info) => live && setHost(info.host),
      () => undefined,
    );
    loadProof(
      api,
      { kind, id } as ProofTarget,
      houseStyle,
      () => flushRef.current(),
      (e) => failureText(e, t),
    ).then(
      (sheet) => {
        if (!live) return;
        setPrintedAt(new Date());
        setState({ kind: 'ready', sheet });
      },
      (e: unknown) => live && setState({ kind: 'failed', message: failureText(e, t) }),
    );
    return () => {
      live = false;
    };
  }, [api, kind, id, houseStyle, t]);

  // the Print button has the focus once there is something to print
  useEffect(() => {
    if (state.kind === 'ready') printRef.current?.focus();
  }, [state.kind]);

  // the time printed is the time of printing
  useEffect(() => {
    const now = () => setPrintedAt(new Date());
    window.addEventListener('beforeprint', now);
    return () => window.removeEventListener('beforeprint', now);
  }, []);

  const sheet = state.kind === 'ready' ? state.sheet : undefined;
  const name = sheet?.title || t(kind === 'bulletin' ? 'proof.untitledBulletin' : 'proof.untitled');

  const print = useCallback(() => {
    setPrintedAt(new Date());
    setMessage({ text: '', problem: false });
    // after React has set the new time on the sheet
    requestAnimationFrame(() => window.print());
  }, []);

  const savePdf = useCallback(async () => {
    if (saving.current) return;
    saving.current = true;
    setPrintedAt(new Date());
    setMessage({ text: t('proof.saving'), problem: false });
    await new Promise((resolve) => requestAnimationFrame(resolve));
    try {
      const answer = await api.call('proof.savePdf', { fileName: t('proof.fileName', { name }) });
      setMessage(
        answer.cancelled ? { text: '', problem: false } : { text: t('proof.savedTo', { path: answer.path ?? '' }), problem: false },
      );
    } catch (e) {
      const failure = failureOf(e);
      setMessage({
        text: failure.code === 'refused' ? t('proof.pdfInBrowser') : t('proof.saveFailed', { reason: failure.message }),
        problem: true,
      });
    } finally {
      saving.current = false;
    }
  }, [api, name, t]);

  const heading = state.kind === 'loading' ? t('proof.heading', { name: '…' }) : t('proof.heading', { name });
  return (
    <main className="editor proof-view" aria-labelledby="proof-heading">
      <div className="proof-bar bar bar-band">
        <h2 id="proof-heading">{heading}</h2>
        <div className="proof-actions actions">
          <button ref={printRef} type="button" className="primary" disabled={!sheet} onClick={print} title={t('proof.printHint')}>
            {t('proof.print')}
          </button>
          {host === 'electron' && (
            <button type="button" disabled={!sheet} onClick={() => void savePdf()}>
              {t('proof.savePdf')}
            </button>
          )}
          <button type="button" onClick={onClose}>
            {t('proof.back')}
          </button>
        </div>
        <p className={message.problem ? 'proof-message problem' : 'proof-message quiet'} aria-live="polite">
          {message.text}
        </p>
        {sheet && !sheet.saved && <p className="proof-message problem">{t('proof.unsaved')}</p>}
      </div>
      {state.kind === 'loading' && <p className="proof-note quiet">{t('proof.loading')}</p>}
      {state.kind === 'failed' && (
        <p className="proof-note problem" role="alert">
          {t('proof.loadFailed', { reason: state.message })}
        </p>
      )}
      {sheet && <ProofSheetView sheet={sheet} printedAt={printedAt} language={language} />}
    </main>
  );
}
