// Asks before a snapshot is restored (a modal dialog: Escape or Cancel keeps everything as it is).
import { useEffect, useId, useRef } from 'react';
import { useT } from '../i18n/index';

interface Props {
  /** The snapshot's time, as shown in the timeline. */
  time: string;
  /** Said when the restore changes the story's status too. */
  statusNote?: string;
  onRestore(): void;
  onCancel(): void;
}

export function RestoreConfirm({ time, statusNote, onRestore, onCancel }: Props) {
  const t = useT();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (!el.open) el.showModal();
    cancel.current?.focus(); // the safe answer first; Tab reaches Restore
    return () => {
      if (el.open) el.close();
    };
  }, []);

  // closed before it goes away, so the focus can return to the page (a removed open modal leaves it nowhere)
  const closeThen = (answer: () => void) => {
    if (dialog.current?.open) dialog.current.close();
    answer();
  };

  return (
    <dialog
      ref={dialog}
      className="modal-dialog history-confirm"
      aria-labelledby={`${ids}-title`}
      aria-describedby={`${ids}-body`}
      onCancel={(e) => {
        e.preventDefault();
        closeThen(onCancel);
      }}
    >
      <h2 id={`${ids}-title`}>{t('history.confirm.title', { time })}</h2>
      <div id={`${ids}-body`}>
        <p>{t('history.confirm.body')}</p>
        {statusNote && <p className="history-confirm-status">{statusNote}</p>}
      </div>
      <div className="history-actions">
        <button ref={cancel} type="button" onClick={() => closeThen(onCancel)}>
          {t('history.confirm.cancel')}
        </button>
        <button type="button" className="primary" onClick={() => closeThen(onRestore)}>
          {t('history.confirm.restore')}
        </button>
      </div>
    </dialog>
  );
}
