// Asks before marking the page's stories filed (the modal dialog: Enter confirms, Escape cancels); the copy check's errors and warnings first, when there are any.
import { CopyGateNotice } from '../export/CopyGateNotice';
import { hasFindings, type CopyTally } from '../export/copyGate';
import { counted, useLanguage, useT } from '../i18n/index';
import { ModalDialog } from '../shell/ModalDialog';

interface Props {
  open: boolean;
  title: string;
  count: number;
  /** The copy check's findings of the page's stories. */
  copyTally: CopyTally;
  /** Review: the dialog closes and the first finding is shown. */
  onReview(): void;
  onConfirm(): void;
  onClose(): void;
}

export function MarkFiledDialog({ open, title, count, copyTally, onReview, onConfirm, onClose }: Props) {
  const t = useT();
  const language = useLanguage();
  const gated = hasFindings(copyTally);
  const question = counted(t, language, 'bulletin.markFiled.question', count, { title: title || t('bulletin.untitled') });
  return (
    <ModalDialog
      open={open}
      title={t('bulletin.markFiled.title')}
      description={
        gated ? (
          <>
            <p>{question}</p>
            <CopyGateNotice tally={copyTally} question="file" />
          </>
        ) : (
          question
        )
      }
      className="export-dialog"
      cancelLabel={t('bulletin.cancel')}
      secondary={gated ? { label: t('gate.review'), closes: true, onClick: onReview } : undefined}
      primary={{ label: t(gated ? 'gate.fileAnyway' : 'bulletin.markFiled.confirm'), closes: true, onClick: onConfirm }}
      initialFocus={gated ? 'first' : 'primary'}
      onClose={onClose}
    />
  );
}
