// The export dialog: house style, encoding and line endings; Copy to clipboard, Save as (a file in Electron, a download in a browser).
import { useCallback, useId, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Encoding, HouseStyle, LineEnding } from '../../../shared/houseStyle';
import { styleLabel } from '../houseStyles/styleChoices';
import { useT } from '../i18n/index';
import { ModalDialog } from '../shell/ModalDialog';
import { refusedCharacters } from './characterCheck';
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
  const [styleName, setStyleName] = useState(defaultStyle.name);
  const [encoding, setEncoding] = useState<Encoding>(defaultStyle.encoding);
  const [lineEnding, setLineEnding] = useState<LineEnding>(defaultStyle.lineEnding);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(undefined);
  const [unsaved, setUnsaved] = useState(false);

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
