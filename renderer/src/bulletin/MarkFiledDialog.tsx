// Asks before marking the page's stories filed (a modal <dialog>: Enter confirms, Escape cancels); the answer goes to onConfirm.
import { useEffect, useId, useRef } from 'react';
import { counted, useLanguage, useT } from '../i18n/index';

interface Props {
  open: boolean;
  title: string;
  count: number;
  onConfirm(): void;
  onClose(): void;
}

export function MarkFiledDialog({ open, title, count, onConfirm, onClose }: Props) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const confirm = useRef<HTMLButtonElement>(null);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      el.showModal();
      confirm.current?.focus();
    } else if (!open && el.open) el.close();
  }, [open]);

  return (
    <dialog ref={dialog} className="modal-dialog export-dialog" aria-labelledby={`${ids}-title`} aria-describedby={`${ids}-question`} onClose={onClose}>
      <h2 id={`${ids}-title`}>{t('bulletin.markFiled.title')}</h2>
      <p id={`${ids}-question`}>{counted(t, language, 'bulletin.markFiled.question', count, { title: title || t('bulletin.untitled') })}</p>
      <div className="dialog-actions">
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('bulletin.cancel')}
        </button>
        <button
          ref={confirm}
          type="button"
          className="primary"
          onClick={() => {
            dialog.current?.close();
            onConfirm();
          }}
        >
          {t('bulletin.markFiled.confirm')}
        </button>
      </div>
    </dialog>
  );
}
