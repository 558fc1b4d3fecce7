// Asks before marking the page's stories filed (the modal dialog: Enter confirms, Escape cancels); the answer goes to onConfirm.
import { counted, useLanguage, useT } from '../i18n/index';
import { ModalDialog } from '../shell/ModalDialog';

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
  return (
    <ModalDialog
      open={open}
      title={t('bulletin.markFiled.title')}
      description={counted(t, language, 'bulletin.markFiled.question', count, { title: title || t('bulletin.untitled') })}
      className="export-dialog"
      cancelLabel={t('bulletin.cancel')}
      primary={{ label: t('bulletin.markFiled.confirm'), closes: true, onClick: onConfirm }}
      initialFocus="primary"
      onClose={onClose}
    />
  );
}
