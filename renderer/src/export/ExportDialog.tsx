// The export dialog: the copy-check gate first, then house style, encoding and line endings; Copy to clipboard, Save as (a file in Electron, a download in a browser).
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Finding } from '../../../shared/copyDesk';
import type { Encoding, HouseStyle, LineEnding } from '../../../shared/houseStyle';
import type { Story } from '../../../shared/story';
import { styleLabel } from '../houseStyles/styleChoices';
import { useT } from '../i18n/index';
import { ModalDialog } from '../shell/ModalDialog';
import { refusedCharacters } from './characterCheck';
import { CopyGateNotice } from './CopyGateNotice';
import { hasFindings, NO_FINDINGS, tallyCopy } from './copyGate';
import { EncodingFields } from './EncodingFields';
import { copyExport, failedExport, saveExport, type ExportOutcome } from './exportActions';
import './export.css';

export interface ExportTarget {
  id: string;
  headline: string;
  /** Its text as the form holds it, for the copy check. */
  story: Story;
}

interface Props {
  api: BulletinDeskApi;
  open: boolean;
  onClose(): void;
  target: ExportTarget | undefined;
  /** Sends the open story's pending edits; answers whether every edit is on disk (export reads the files). */
  flush(): Promise<boolean>;
  styles: readonly HouseStyle[];
  defaultStyle: HouseStyle;
  /** Review: the dialog closes and the form shows the finding. */
  onReview(storyId: string, finding: Finding): void;
}

type Outcome = ExportOutcome | undefined;

export function ExportDialog({ api, open, onClose, target, flush, styles, defaultStyle, onReview }: Props) {
  const t = useT();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [styleName, setStyleName] = useState(defaultStyle.name);
  const [encoding, setEncoding] = useState<Encoding>(defaultStyle.encoding);
  const [lineEnding, setLineEnding] = useState<LineEnding>(defaultStyle.lineEnding);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [unsaved, setUnsaved] = useState(false);
  // the copy-check gate: errors or warnings are told before anything is exported, until the reporter says export anyway
  const [gatePassed, setGatePassed] = useState(false);
  // closed: the next opening asks again (reset as it closes, so that an opening never shows the export's choices first)
  const [wasOpen, setWasOpen] = useState(open);
  if (open !== wasOpen) {
    setWasOpen(open);
    if (!open) setGatePassed(false);
  }
  const checkStyle = styles.find((s) => s.name === styleName) ?? defaultStyle;
  const story = open ? target?.story : undefined;
  const tally = useMemo(() => (story ? tallyCopy([story], checkStyle) : NO_FINDINGS), [story, checkStyle]);
  const gated = target !== undefined && !gatePassed && hasFindings(tally);
  // past the gate: the focus goes to the export's first choice, as when the dialog opens without one
  useEffect(() => {
    if (gatePassed) dialog.current?.querySelector<HTMLElement>('select')?.focus();
  }, [gatePassed]);

  const opened = useCallback(() => {
    setOutcome(undefined);
    void flush().then((saved) => setUnsaved(!saved));
  }, [flush]);

  const chooseStyle = (name: string) => {
    setStyleName(name);
    const style = styles.find((s) => s.name === name);
    if (style) {
      setEncoding(style.encoding);
      setLineEnding(style.lineEnding);
    }
  };

  const run = async (action: () => Promise<ExportOutcome>) => {
    if (!target || busy) return;
    setBusy(true);
    setOutcome({ text: t('export.working'), problem: false });
    try {
      const saved = await flush();
      setUnsaved(!saved);
      setOutcome(await action());
    } catch (e) {
      setOutcome(failedExport(e, t));
    } finally {
      setBusy(false);
    }
  };

  const storyIds = () => [(target as ExportTarget).id];
  // characters the style's typesetting system cannot take are named before anything is written
  const checked = async (action: () => Promise<ExportOutcome>) =>
    (await refusedCharacters(
      api,
      storyIds(),
      styles.find((s) => s.name === styleName),
      t,
    )) ?? action();
  const copy = () => run(() => checked(() => copyExport(api, storyIds(), styleName, lineEnding, t, dialog.current as HTMLElement)));
  const saveAs = () =>
    run(() =>
      checked(() => saveExport(api, storyIds(), { houseStyle: styleName, encoding, lineEnding }, t, dialog.current as HTMLElement)),
    );

  const review = () => {
    if (target && tally.first) onReview(target.id, tally.first.finding);
  };

  if (gated)
    return (
      <ModalDialog
        open={open}
        title={t('export.title')}
        className="export-dialog"
        dialogRef={dialog}
        cancelLabel={t('export.close')}
        secondary={{ label: t('gate.review'), closes: true, onClick: review }}
        primary={{ label: t('gate.exportAnyway'), onClick: () => setGatePassed(true) }}
        onOpen={opened}
        onClose={onClose}
      >
        <p>{t('export.what', { headline: target.headline || t('library.noHeadline') })}</p>
        <CopyGateNotice tally={tally} single question="export" />
      </ModalDialog>
    );

  return (
    <ModalDialog
      open={open}
      title={t('export.title')}
      className="export-dialog"
      dialogRef={dialog}
      cancelLabel={t('export.close')}
      secondary={target ? { label: t('export.copy'), disabled: busy, onClick: () => void copy() } : undefined}
      primary={target ? { label: t('export.save'), disabled: busy, onClick: () => void saveAs() } : undefined}
      onOpen={opened}
      onClose={onClose}
    >
      {target ? (
        <>
          <p>{t('export.what', { headline: target.headline || t('library.noHeadline') })}</p>
          <div className="export-fields">
            <label htmlFor={`${ids}-style`}>{t('export.houseStyle')}</label>
            <select id={`${ids}-style`} value={styleName} onChange={(e) => chooseStyle(e.target.value)}>
              {styles.map((s) => (
                <option key={s.name} value={s.name}>
                  {styleLabel(s.name, t)}
                </option>
              ))}
            </select>
            <EncodingFields
              idPrefix={ids}
              encoding={encoding}
              lineEnding={lineEnding}
              onEncoding={setEncoding}
              onLineEnding={setLineEnding}
            />
          </div>
          <p className="quiet">{t('export.clipboardNote')}</p>
          {unsaved && <p className="problem">{t('export.unsaved')}</p>}
        </>
      ) : (
        <p>{t('export.noStory')}</p>
      )}
      <p className={outcome?.problem ? 'export-outcome problem' : 'export-outcome'} aria-live="polite">
        {outcome?.text ?? ''}
      </p>
    </ModalDialog>
  );
}
