// Exporting the whole page in one go: the copy-check gate first, then encoding and line endings (from the bulletin's house style), Save as… and Copy to clipboard.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Encoding, HouseStyle, LineEnding } from '../../../shared/houseStyle';
import { refusedCharacters } from '../export/characterCheck';
import { CopyGateNotice } from '../export/CopyGateNotice';
import { hasFindings, type CopyTally } from '../export/copyGate';
import { EncodingFields } from '../export/EncodingFields';
import { copyExport, failedExport, saveExport, type ExportOutcome } from '../export/exportActions';
import { styleLabel } from '../houseStyles/styleChoices';
import { counted, useLanguage, useT } from '../i18n/index';
import { ModalDialog } from '../shell/ModalDialog';

interface Props {
  api: BulletinDeskApi;
  open: boolean;
  onClose(): void;
  title: string;
  /** The bulletin's id: the saved file is named after the page (its title and date). */
  bulletinId?: string | undefined;
  /** The page's story ids in order. */
  ids: readonly string[];
  /** The bulletin's house style by name, and as found among the reporter's styles. */
  styleName: string;
  style: HouseStyle;
  /** Sends the open story's pending edits (export reads the files). */
  flush: (() => Promise<boolean>) | undefined;
  /** The copy check's findings of the page's stories: asked about before anything is exported. */
  copyTally: CopyTally;
  /** Review: the dialog closes and the first finding is shown. */
  onReview(): void;
}

type Outcome = ExportOutcome | undefined;

export function PageExportDialog({ api, open, onClose, title, bulletinId, ids, styleName, style, flush, copyTally, onReview }: Props) {
  const t = useT();
  const language = useLanguage();
  const labels = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [encoding, setEncoding] = useState<Encoding>(style.encoding);
  const [lineEnding, setLineEnding] = useState<LineEnding>(style.lineEnding);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [gatePassed, setGatePassed] = useState(false);
  // closed: the next opening asks again (reset as it closes, so that an opening never shows the export's choices first)
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (!open) setGatePassed(false);
  }
  const gated = ids.length > 0 && !gatePassed && hasFindings(copyTally);
  // past the gate: the focus goes to the export's first choice, as when the dialog opens without one
  useEffect(() => {
    if (gatePassed) dialog.current?.querySelector<HTMLElement>('select')?.focus();
  }, [gatePassed]);

  const opened = useCallback(() => {
    setEncoding(style.encoding);
    setLineEnding(style.lineEnding);
    setOutcome(undefined);
  }, [style]);

  const run = async (action: () => Promise<ExportOutcome>) => {
    if (busy || ids.length === 0) return;
    setBusy(true);
    setOutcome({ text: t('export.working'), problem: false });
    try {
      const saved = flush ? await flush() : true;
      const outcome = await action();
      // the open story's latest edits could not reach the disk: the page holds its version on disk, and the reporter is told
      setOutcome(saved ? outcome : { text: `${outcome.text} ${t('export.unsaved')}`, problem: true });
    } catch (e) {
      setOutcome(failedExport(e, t));
    } finally {
      setBusy(false);
    }
  };

  // characters the style's typesetting system cannot take are named before anything is written
  const checked = async (action: () => Promise<ExportOutcome>) => (await refusedCharacters(api, ids, style, t)) ?? action();
  const saveAs = () =>
    run(() =>
      checked(() =>
        saveExport(api, ids, { houseStyle: styleName, encoding, lineEnding, bulletin: bulletinId }, t, dialog.current as HTMLElement),
      ),
    );
  const copy = () => run(() => checked(() => copyExport(api, ids, styleName, lineEnding, t, dialog.current as HTMLElement)));

  return (
    <ModalDialog
      open={open}
      title={t('bulletin.export.title')}
      className="export-dialog"
      dialogRef={dialog}
      cancelLabel={t('bulletin.export.close')}
      secondary={
        gated
          ? { label: t('gate.review'), closes: true, onClick: onReview }
          : ids.length > 0
            ? { label: t('bulletin.export.copy'), disabled: busy, onClick: () => void copy() }
            : undefined
      }
      primary={
        gated
          ? { label: t('gate.exportAnyway'), onClick: () => setGatePassed(true) }
          : ids.length > 0
            ? { label: t('bulletin.export.save'), disabled: busy, onClick: () => void saveAs() }
            : undefined
      }
      onOpen={opened}
      onClose={onClose}
    >
      {ids.length === 0 ? (
        <p>{t('bulletin.export.empty')}</p>
      ) : gated ? (
        <>
          <p>
            {counted(t, language, 'bulletin.export.what', ids.length, {
              title: title || t('bulletin.untitled'),
              style: styleLabel(styleName, t),
            })}
          </p>
          <CopyGateNotice tally={copyTally} question="export" />
        </>
      ) : (
        <>
          <p>
            {counted(t, language, 'bulletin.export.what', ids.length, {
              title: title || t('bulletin.untitled'),
              style: styleLabel(styleName, t),
            })}
          </p>
          <div className="export-fields">
            <EncodingFields
              idPrefix={labels}
              encoding={encoding}
              lineEnding={lineEnding}
              onEncoding={setEncoding}
              onLineEnding={setLineEnding}
            />
          </div>
          <p className="quiet">{t('export.clipboardNote')}</p>
        </>
      )}
      <p className={outcome?.problem ? 'export-outcome problem bulletin-outcome' : 'export-outcome bulletin-outcome'} aria-live="polite">
        {outcome?.text ?? ''}
      </p>
    </ModalDialog>
  );
}
