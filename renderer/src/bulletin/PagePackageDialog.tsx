// "Export page with photos…": the page text, its photos and captions.txt as one .zip or a new folder, after the copy-check gate.
import { useCallback, useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi, CallOutput } from '../../../shared/api';
import { CopyGateNotice } from '../export/CopyGateNotice';
import { hasFindings, type CopyTally } from '../export/copyGate';
import { downloadBase64 } from '../export/download';
import { failedExport, type ExportOutcome } from '../export/exportActions';
import { styleLabel } from '../houseStyles/styleChoices';
import { counted, useLanguage, useT } from '../i18n/index';
import { ModalDialog } from '../shell/ModalDialog';

interface Props {
  api: BulletinDeskApi;
  open: boolean;
  onClose(): void;
  title: string;
  bulletinId: string;
  /** The page's story ids in order. */
  ids: readonly string[];
  styleName: string;
  /** Sends the open story's pending edits (export reads the files). */
  flush: (() => Promise<boolean>) | undefined;
  copyTally: CopyTally;
  onReview(): void;
}

type Plan = CallOutput<'export.packagePlan'> & { host: 'electron' | 'browser' };

export function PagePackageDialog({ api, open, onClose, title, bulletinId, ids, styleName, flush, copyTally, onReview }: Props) {
  const t = useT();
  const language = useLanguage();
  const fields = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [plan, setPlan] = useState<Plan | undefined>(undefined);
  const [as, setAs] = useState<'zip' | 'folder'>('zip');
  const [folder, setFolder] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ExportOutcome | undefined>(undefined);
  const [gatePassed, setGatePassed] = useState(false);
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (!open) setGatePassed(false);
  }
  const gated = ids.length > 0 && !gatePassed && hasFindings(copyTally);
  useEffect(() => {
    if (gatePassed) dialog.current?.querySelector<HTMLElement>('input')?.focus();
  }, [gatePassed]);

  // what goes with the page, asked each time the dialog opens (the stories' photos may have changed meanwhile)
  useEffect(() => {
    if (!open || ids.length === 0) return;
    let live = true;
    Promise.all([
      api.call('export.packagePlan', { bulletin: bulletinId, ids: [...ids], houseStyle: styleName }),
      api.call('app.info', {}),
    ]).then(
      ([planned, info]) => {
        if (!live) return;
        setPlan({ ...planned, host: info.host });
        setFolder((current) => (current === '' ? planned.folder : current));
      },
      (e: unknown) => live && setOutcome(failedExport(e, t)),
    );
    return () => {
      live = false;
    };
  }, [api, open, bulletinId, ids, styleName, t]);

  const opened = useCallback(() => setOutcome(undefined), []);

  const exportPackage = async () => {
    if (busy || ids.length === 0) return;
    setBusy(true);
    setOutcome({ text: t('export.working'), problem: false });
    try {
      const saved = flush ? await flush() : true;
      const browserFolder = plan?.host === 'browser' && as === 'folder' ? { folder } : {};
      const answer = await api.call('export.package', { bulletin: bulletinId, ids: [...ids], houseStyle: styleName, as, ...browserFolder });
      let done: ExportOutcome;
      if (answer.cancelled) done = { text: t('export.cancelled'), problem: false };
      else if (answer.base64 !== undefined) {
        downloadBase64(answer.base64, answer.name, dialog.current as HTMLElement, 'application/zip');
        done = { text: counted(t, language, 'package.downloaded', answer.photos, { name: answer.name }), problem: false };
      } else done = { text: counted(t, language, 'package.written', answer.photos, { path: answer.path ?? answer.name }), problem: false };
      setOutcome(saved ? done : { text: `${done.text} ${t('export.unsaved')}`, problem: true });
    } catch (e) {
      setOutcome(failedExport(e, t));
    } finally {
      setBusy(false);
    }
  };

  const what = { title: title || t('bulletin.untitled'), style: styleLabel(styleName, t) };
  return (
    <ModalDialog
      open={open}
      title={t('package.title')}
      className="export-dialog package-dialog"
      dialogRef={dialog}
      cancelLabel={t('package.close')}
      secondary={gated ? { label: t('gate.review'), closes: true, onClick: onReview } : undefined}
      primary={
        gated
          ? { label: t('gate.exportAnyway'), onClick: () => setGatePassed(true) }
          : ids.length > 0
            ? { label: t('package.export'), disabled: busy || !plan, onClick: () => void exportPackage() }
            : undefined
      }
      onOpen={opened}
      onClose={onClose}
    >
      {ids.length === 0 ? (
        <p>{t('bulletin.export.empty')}</p>
      ) : (
        <>
          {plan && <p>{plan.photos === 0 ? t('package.noPhotos', what) : counted(t, language, 'package.what', plan.photos, what)}</p>}
          {gated ? (
            <CopyGateNotice tally={copyTally} question="export" />
          ) : (
            <>
              {plan && plan.photos > 0 && (
                <p className="quiet">{plan.longEdge > 0 ? t('package.resized', { edge: plan.longEdge }) : t('package.asAdded')}</p>
              )}
              <fieldset className="package-as">
                <legend>{t('package.as')}</legend>
                <label>
                  <input type="radio" name={`${fields}-as`} value="zip" checked={as === 'zip'} onChange={() => setAs('zip')} />
                  {t('package.asZip')}
                </label>
                <label>
                  <input type="radio" name={`${fields}-as`} value="folder" checked={as === 'folder'} onChange={() => setAs('folder')} />
                  {t('package.asFolder')}
                </label>
              </fieldset>
              {plan?.host === 'browser' && as === 'folder' && (
                <div className="export-fields">
                  <label htmlFor={`${fields}-folder`}>{t('package.folder')}</label>
                  <input
                    id={`${fields}-folder`}
                    type="text"
                    value={folder}
                    spellCheck={false}
                    aria-describedby={`${fields}-folder-hint`}
                    onChange={(e) => setFolder(e.target.value)}
                  />
                  <p id={`${fields}-folder-hint`} className="quiet package-folder-hint">
                    {t('package.folderHint', { name: plan.name })}
                  </p>
                </div>
              )}
            </>
          )}
        </>
      )}
      <p className={outcome?.problem ? 'export-outcome problem bulletin-outcome' : 'export-outcome bulletin-outcome'} aria-live="polite">
        {outcome?.text ?? ''}
      </p>
    </ModalDialog>
  );
}
