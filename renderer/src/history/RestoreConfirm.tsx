// Asks before a snapshot is restored (the modal dialog, shown while mounted: Escape or Cancel keeps everything as it is).
import { useT } from '../i18n/index';
import { ModalDialog } from '../shell/ModalDialog';

interface Props {
  /** The snapshot's time, as shown in the timeline. */
  time: string;
  /** Said when the restore changes the story's status too. */
  statusNote?: string;
  onRestore(): void;
  /** Closed, answered or not (the focus is back on the button that asked). */
  onClose(): void;
}

export function RestoreConfirm({ time, statusNote, onRestore, onClose }: Props) {
  const t = useT();
  return (
    <ModalDialog
      open
      title={t('history.confirm.title', { time })}
      description={
        <>
          <p>{t('history.confirm.body')}</p>
          {statusNote && <p className="history-confirm-status">{statusNote}</p>}
        </>
      }
      className="history-confirm"
      cancelLabel={t('history.confirm.cancel')}
      primary={{ label: t('history.confirm.restore'), closes: true, onClick: onRestore }}
      initialFocus="cancel" // the safe answer first; Tab reaches Restore
      onClose={onClose}
    />
  );
}
