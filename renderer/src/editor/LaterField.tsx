// The form's later fields: drawn as their text until the first paint of the form is done, then mounted as editors (a new story is typed in at once).
import { startTransition, useEffect, useState, type CSSProperties, type ReactNode } from 'react';
import { useT } from '../i18n';
import { FieldFrame } from './FieldFrame';
import type { FieldHost } from './fieldHost';

/**
 * False for the form's first render, true once the browser has painted it: the fields below the headline mount
 * their editors then, in a transition (a key typed meanwhile goes first), instead of delaying the first field.
 */
export function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer: number | undefined;
    // a task posted from the next frame runs after that frame is painted
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => startTransition(() => setPainted(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}

export interface LaterFieldProps {
  /** Mounted: the field itself is drawn; until then its stand-in. */
  mounted: boolean;
  field: 'subheadline' | 'dateline' | 'byline' | 'body';
  host: FieldHost;
  /** The field's text as loaded: one line, or the body's paragraphs. */
  text: string | readonly string[];
  count: number;
  children: ReactNode;
}

/** A field, or until it is mounted the same caption, count and text, not editable yet (a click on the caption asks for the field's focus, given when it mounts). */
export function LaterField({ mounted, field, host, text, count, children }: LaterFieldProps) {
  const t = useT();
  if (mounted) return children;
  const body = typeof text !== 'string';
  return (
    <FieldFrame
      name={field}
      labelId={host.id(field, 'label')}
      label={t(`field.${field}`)}
      onCaptionClick={() => host.focus(field)}
      count={count}
    >
      {/* hidden from assistive technology for the frame or two it is shown: the field itself follows */}
      <div className={body ? 'body-editor' : 'line-editor'} aria-hidden="true">
        <div
          className={body ? 'body-input' : 'line-input'}
          // the lead's caption in the interface's language, as the body editor sets it
          style={body ? ({ '--lead-caption': JSON.stringify(t('editor.body.lead')) } as CSSProperties) : undefined}
        >
          {body ? (
            text.map((paragraph, i) => (
              <p key={i} className="body-paragraph">
                {paragraph || <br />}
              </p>
            ))
          ) : (
            // an empty line keeps its height, as the editor's own empty paragraph does
            <p className="line-paragraph">{text || <br />}</p>
          )}
        </div>
      </div>
    </FieldFrame>
  );
}
