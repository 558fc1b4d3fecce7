// The export dialog: house style, encoding and line endings; Copy to clipboard, Save as (a file in Electron, a download in a browser).
import { useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Encoding, HouseStyle, LineEnding } from '../../../shared/houseStyle';
import { styleLabel } from '../houseStyles/styleChoices';
import { useT } from '../i18n/index';
import { EncodingFields } from './EncodingFields';
import { copyExport, failedExport, saveExport, type ExportOutcome } from './exportActions';
import './export.css';

export interface ExportTarget {
  id: string;
  headline: string;
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
}

type Outcome = ExportOutcome | undefined;

export function ExportDialog({ api, open, onClose, target, flush, styles, defaultStyle }: Props) {
  const t = useT();
  const ids = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const [styleName, setStyleName] = useState(defaultStyle.name);
  const [encoding, setEncoding] = useState<Encoding>(defaultStyle.encoding);
  const [lineEnding, setLineEnding] = useState<LineEnding>(defaultStyle.lineEnding);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [unsaved, setUnsaved] = useState(false);

  useEffect(() => {
    const el = dialog.current;
    if (!el) return;
    if (open && !el.open) {
      returnFocus.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
      setOutcome(undefined);
      el.showModal();
      void flush().then((saved) => setUnsaved(!saved));
    } else if (!open && el.open) {
      el.close();
    }
  }, [open, flush]);

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
  const copy = () => run(() => copyExport(api, storyIds(), styleName, lineEnding, t, dialog.current as HTMLElement));
  const saveAs = () => run(() => saveExport(api, storyIds(), { houseStyle: styleName, encoding, lineEnding }, t, dialog.current as HTMLElement));

  const closed = () => {
    onClose();
    returnFocus.current?.focus();
  };

  return (
    <dialog ref={dialog} className="modal-dialog export-dialog" aria-labelledby={`${ids}-title`} onClose={closed}>
      <h2 id={`${ids}-title`}>{t('export.title')}</h2>
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
            <EncodingFields idPrefix={ids} encoding={encoding} lineEnding={lineEnding} onEncoding={setEncoding} onLineEnding={setLineEnding} />
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
      <div className="dialog-actions">
        {target && (
          <>
            <button type="button" disabled={busy} onClick={() => void copy()}>
              {t('export.copy')}
            </button>
            <button type="button" className="primary" disabled={busy} onClick={() => void saveAs()}>
              {t('export.save')}
            </button>
          </>
        )}
        <button type="button" onClick={() => dialog.current?.close()}>
          {t('export.close')}
        </button>
      </div>
    </dialog>
  );
}
