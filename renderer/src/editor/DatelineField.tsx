// The dateline field: a single-line editor prefilled from the story (本报讯 for a new one), with a menu of the usual forms (Alt+↓; Tab passes it by).
import type { LexicalEditor } from 'lexical';
import { memo, useCallback, useLayoutEffect, useRef, useState, type FocusEvent, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import { datelineForms, type DatelineForm } from './datelineForms';
import { FieldFrame } from './FieldFrame';
import type { FieldHost } from './fieldHost';
import { $replaceLine } from './lexicalText';
import { LineEditor } from './LineEditor';

export interface DatelineFieldProps {
  host: FieldHost;
  initialText: string;
  readOnly: boolean;
  count: number;
  /** The house style's generic label, offered too when it is not 本报讯. */
  houseLabel: string;
}

export const DatelineField = memo(function DatelineField({ host, initialText, readOnly, count, houseLabel }: DatelineFieldProps) {
  const t = useT();
  const editorRef = useRef<LexicalEditor | null>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const menuRef = useRef<HTMLUListElement>(null);
  const [open, setOpen] = useState(false);
  const menuId = host.id('dateline', 'forms');
  const onText = useCallback((text: string) => host.commit('dateline', text), [host]);
  const openMenu = useCallback(() => {
    if (!readOnly) setOpen(true);
  }, [readOnly]);
  const hintId = host.id('dateline', 'hint');

  // before the frame that shows the menu: a key pressed once it is seen reaches the menu, not the field
  useLayoutEffect(() => {
    if (open) menuRef.current?.querySelector('button')?.focus();
  }, [open]);

  const choose = (form: DatelineForm) => {
    setOpen(false);
    const editor = editorRef.current;
    if (!editor || editor.isComposing()) return;
    editor.getRootElement()?.focus();
    editor.update(() => $replaceLine(form.value, form.caret), { discrete: true });
  };

  const onMenuKey = (e: KeyboardEvent<HTMLUListElement>) => {
    const items = [...(menuRef.current?.querySelectorAll('button') ?? [])];
    const at = items.indexOf(document.activeElement as HTMLButtonElement);
    if (e.key === 'Escape') {
      e.preventDefault();
      setOpen(false);
      // back to the field the menu was opened from (its button is passed by Tab)
      host.focus('dateline');
    } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : items.length - 1;
      items[(at + step) % items.length]?.focus();
    }
  };
  // the menu closes when the focus leaves it (and does not go to its own button, which toggles it)
  const onMenuBlur = (e: FocusEvent<HTMLUListElement>) => {
    const to = e.relatedTarget as Node | null;
    if (to && (menuRef.current?.contains(to) || buttonRef.current === to)) return;
    setOpen(false);
  };

  const forms = open ? datelineForms(houseLabel, new Date(), t('editor.dateline.place')) : [];
  return (
    <FieldFrame
      name="dateline"
      labelId={host.id('dateline', 'label')}
      label={t('field.dateline')}
      onCaptionClick={() => host.focus('dateline')}
      count={count}
    >
      <div className="line-with-menu">
        <LineEditor
          field="dateline"
          host={host}
          initialText={initialText}
          readOnly={readOnly}
          onText={onText}
          editorRef={editorRef}
          describedBy={hintId}
          onAltDown={openMenu}
        />
        {/* Tab goes from field to field: the menu is opened from the field with Alt+↓ (its hint says so) */}
        <button
          ref={buttonRef}
          type="button"
          tabIndex={-1}
          aria-keyshortcuts="Alt+ArrowDown"
          className="forms-button"
          aria-expanded={open}
          aria-controls={menuId}
          disabled={readOnly}
          onClick={() => setOpen((o) => !o)}
        >
          {t('editor.dateline.forms')}
        </button>
      </div>
      <p id={hintId} className="field-hint">
        {t('editor.dateline.hint')}
      </p>
      {open && (
        <ul
          id={menuId}
          ref={menuRef}
          className="forms-menu"
          aria-label={t('editor.dateline.forms')}
          onKeyDown={onMenuKey}
          onBlur={onMenuBlur}
        >
          {forms.map((form) => (
            <li key={form.label}>
              <button type="button" onClick={() => choose(form)}>
                {form.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </FieldFrame>
  );
});
