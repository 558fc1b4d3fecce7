// The notes: a plain multi-line field for the reporter and the desk, never exported.
import { memo, useEffect, useRef } from 'react';
import { useT } from '../i18n';
import { FieldFrame } from './FieldFrame';
import type { FieldHost } from './fieldHost';

export interface NotesFieldProps {
  host: FieldHost;
  initialText: string;
  readOnly: boolean;
  count: number;
}

/** Uncontrolled, so that React never writes the value back while the reporter is composing. */
export const NotesField = memo(function NotesField({ host, initialText, readOnly, count }: NotesFieldProps) {
  const t = useT();
  const ref = useRef<HTMLTextAreaElement>(null);
  const composing = useRef(false);
  const inputId = host.id('notes', 'input');

  useEffect(
    () =>
      host.register('notes', {
        focus: () => {
          const el = ref.current;
          if (!el) return;
          el.focus();
          el.setSelectionRange(el.value.length, el.value.length);
        },
        isComposing: () => composing.current,
      }),
    [host],
  );

  const commit = () => {
    if (ref.current) host.commit('notes', ref.current.value);
  };

  return (
    <FieldFrame
      name="notes"
      labelId={host.id('notes', 'label')}
      labelFor={inputId}
      label={t('field.notes')}
      count={count}
      note={t('editor.notes.hint')}
    >
      <textarea
        id={inputId}
        ref={ref}
        className="notes-input"
        defaultValue={initialText}
        readOnly={readOnly}
        rows={3}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={() => {
          composing.current = false;
          commit();
        }}
        onInput={(e) => {
          if (!composing.current && !(e.nativeEvent as InputEvent).isComposing) commit();
        }}
      />
    </FieldFrame>
  );
});
