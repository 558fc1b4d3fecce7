// A field's frame: its visible caption (also the editable element's accessible name), its live count, the field itself and a paste's notice under it.
import type { ReactNode } from 'react';
import { counted, useLanguage, useT } from '../i18n';
import { PasteSplitSlot } from './PasteSplitNotice';

export interface FieldFrameProps {
  /** What the field is (kicker, body …): its class and data-field. */
  name: string;
  labelId: string;
  label: string;
  /** When set, the caption is a <label> of this native control. */
  labelFor?: string;
  /** A click on a caption that is not a <label> (Lexical fields): focus the field. */
  onCaptionClick?: () => void;
  /** Characters in the field; no count shown when absent. */
  count?: number;
  /** The house style's length target (0: none), marked when exceeded, never enforced. */
  target?: number;
  /** A short note beside the caption. */
  note?: ReactNode;
  children: ReactNode;
}

export function FieldFrame({ name, labelId, label, labelFor, onCaptionClick, count, target = 0, note, children }: FieldFrameProps) {
  const t = useT();
  const language = useLanguage();
  const over = target > 0 && count !== undefined && count > target;
  return (
    <div className={`field field-${name}`} data-field={name}>
      <div className="field-head">
        {labelFor ? (
          <label id={labelId} htmlFor={labelFor} className="field-caption">
            {label}
          </label>
        ) : (
          // a click on the caption focuses its field, as a label's would (a Lexical field cannot be a label's
          // target); from the keyboard, Tab reaches the field itself
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-static-element-interactions
          <span id={labelId} className="field-caption" onClick={onCaptionClick}>
            {label}
          </span>
        )}
        {note && <span className="field-note">{note}</span>}
        {count !== undefined && (
          <span className={over ? 'field-count over' : 'field-count'}>
            {target > 0 ? t('editor.count.target', { n: count, target }) : counted(t, language, 'editor.count.words', count, { n: count })}
          </span>
        )}
      </div>
      {children}
      <PasteSplitSlot field={name} />
    </div>
  );
}
