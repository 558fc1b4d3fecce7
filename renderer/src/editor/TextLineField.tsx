// A plain single-line field of the story (kicker, headline, subheadline): caption, count, and its single-line editor.
import { memo, useCallback } from 'react';
import { useT } from '../i18n';
import { FieldFrame } from './FieldFrame';
import type { FieldHost } from './fieldHost';
import { LineEditor } from './LineEditor';

export interface TextLineFieldProps {
  field: 'kicker' | 'headline' | 'subheadline';
  host: FieldHost;
  initialText: string;
  readOnly: boolean;
  count: number;
  target?: number;
  placeholder?: string;
}

export const TextLineField = memo(function TextLineField({
  field,
  host,
  initialText,
  readOnly,
  count,
  target,
  placeholder,
}: TextLineFieldProps) {
  const t = useT();
  const onText = useCallback((text: string) => host.commit(field, text), [host, field]);
  return (
    <FieldFrame
      name={field}
      labelId={host.id(field, 'label')}
      label={t(`field.${field}`)}
      onCaptionClick={() => host.focus(field)}
      count={count}
      target={target}
    >
      <LineEditor field={field} host={host} initialText={initialText} readOnly={readOnly} onText={onText} placeholder={placeholder} />
    </FieldFrame>
  );
});
