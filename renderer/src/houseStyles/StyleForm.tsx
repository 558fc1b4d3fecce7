// The settings of one house style: a labelled control for every setting (styleFields.ts), each problem beside its control.
import { useId } from 'react';
import { useT } from '../i18n/index';
import { ChecksTable } from './ChecksTable';
import { PairTable } from './PairTable';
import { problemText } from './problemText';
import type { DraftProblem, RoleRow, StyleDraft } from './styleDraft';
import { FIELD_SECTIONS, type FieldSpec } from './styleFields';

interface Props {
  draft: StyleDraft;
  /** Built-in styles are shown, not changed. */
  readOnly: boolean;
  problems: readonly DraftProblem[];
  onChange(draft: StyleDraft): void;
  /** The heading that names the style. */
  labelledBy?: string;
}

export function StyleForm({ draft, readOnly, problems, onChange, labelledBy }: Props) {
  const t = useT();
  const ids = useId();
  const values = draft as unknown as Record<string, unknown>;
  const set = (key: string, value: unknown) => onChange({ ...draft, [key]: value } as StyleDraft);

  const control = (spec: FieldSpec) => {
    const id = `${ids}-${spec.key}`;
    const own = problems.filter((p) => p.field === spec.key);
    const hintId = spec.hint ? `${id}-hint` : undefined;
    const errorId = own.length > 0 ? `${id}-error` : undefined;
    const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
    const invalid = own.length > 0 || undefined;
    const notes = (
      <>
        {spec.hint && (
          <span className="style-hint quiet" id={hintId}>
            {t(spec.hint)}
          </span>
        )}
        {errorId && (
          <span className="style-error problem" id={errorId}>
            {own.map((p) => problemText(p, t)).join(' ')}
          </span>
        )}
      </>
    );
    switch (spec.kind) {
      case 'text':
      case 'number':
        return (
          <div className="style-field" key={spec.key}>
            <label htmlFor={id}>{t(spec.label)}</label>
            <input
              id={id}
              type="text"
              inputMode={spec.kind === 'number' ? 'numeric' : undefined}
              className={spec.kind === 'number' ? 'style-number' : undefined}
              value={String(values[spec.key] ?? '')}
              aria-describedby={describedBy}
              aria-invalid={invalid}
              onChange={(e) => set(spec.key, e.target.value)}
            />
            {notes}
          </div>
        );
      case 'switch':
        return (
          <div className="style-field style-switch" key={spec.key}>
            <input
              id={id}
              type="checkbox"
              checked={values[spec.key] === true}
              aria-describedby={describedBy}
              onChange={(e) => set(spec.key, e.target.checked)}
            />
            <label htmlFor={id}>{t(spec.label)}</label>
            {notes}
          </div>
        );
      case 'choice':
        return (
          <fieldset className="style-field style-choice" key={spec.key} aria-describedby={describedBy}>
            <legend>{t(spec.label)}</legend>
            {spec.choices.map((c) => (
              <label key={c.value}>
                <input
                  type="radio"
                  name={id}
                  value={c.value}
                  checked={values[spec.key] === c.value}
                  onChange={() => set(spec.key, c.value)}
                />
                {t(c.label)}
              </label>
            ))}
            {notes}
          </fieldset>
        );
      case 'roleWords':
        return (
          <fieldset className="style-field" key={spec.key}>
            <legend>{t(spec.label)}</legend>
            <PairTable
              list="roleWords"
              rows={draft.roleWords}
              invalidRows={new Set(own.flatMap((p) => ('row' in p ? [p.row] : [])))}
              describedBy={describedBy}
              onChange={(rows: RoleRow[]) => set('roleWords', rows)}
            />
            {notes}
          </fieldset>
        );
      case 'wordList':
        return (
          <fieldset className="style-field" key={spec.key}>
            <legend>{t(spec.label)}</legend>
            <PairTable
              list={spec.key}
              rows={draft[spec.key]}
              invalidRows={new Set(own.flatMap((p) => ('row' in p ? [p.row] : [])))}
              describedBy={describedBy}
              onChange={(rows: RoleRow[]) => set(spec.key, rows)}
            />
            {notes}
          </fieldset>
        );
      case 'checks':
        return (
          <fieldset className="style-field" key={spec.key} aria-describedby={describedBy}>
            <legend>{t(spec.label)}</legend>
            <ChecksTable id={id} checks={draft.checks} onChange={(checks) => set('checks', checks)} />
            {notes}
          </fieldset>
        );
    }
  };

  return (
    <fieldset className="style-form" disabled={readOnly} aria-labelledby={labelledBy}>
      {FIELD_SECTIONS.map((section) => (
        <section key={section.title} className="style-section">
          <h4>{t(section.title)}</h4>
          {section.fields.map(control)}
        </section>
      ))}
    </fieldset>
  );
}
