// A photo's caption or credit: one line, saved as typed but never mid-composition (Pinyin is sent once chosen), set from outside by a copy-check fix.
import { useEffect, useRef, useState } from 'react';
import type { FieldHost } from '../editor/fieldHost';

interface Props {
  id: string;
  label: string;
  value: string;
  readOnly: boolean;
  host: FieldHost;
  onText(text: string): void;
  className?: string;
}

export function PhotoTextInput({ id, label, value, readOnly, host, onText, className }: Props) {
  const [text, setText] = useState(value);
  const composing = useRef(false);
  // the form never reloads, and never sends the story, while a caption is inside a composition
  useEffect(() => host.watchComposing(() => composing.current), [host]);
  // a fix of the copy check (or an undo) changes the text from outside; never under a composition
  useEffect(() => {
    if (!composing.current) setText(value);
  }, [value]);
  return (
    <div className={className}>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="text"
        value={text}
        readOnly={readOnly}
        spellCheck={false}
        autoComplete="off"
        onChange={(e) => {
          setText(e.target.value);
          const native = e.nativeEvent as InputEvent;
          if (!composing.current && !native.isComposing) onText(e.target.value);
        }}
        onCompositionStart={() => {
          composing.current = true;
        }}
        onCompositionEnd={(e) => {
          composing.current = false;
          onText(e.currentTarget.value);
        }}
      />
    </div>
  );
}
