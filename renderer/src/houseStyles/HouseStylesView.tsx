// The house styles: create, duplicate, rename and edit every layout setting, with a preview that follows each change.
import { useEffect, useId, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BulletinDeskApi, Preferences } from '../../../shared/api';
import { DEFAULT_HOUSE_STYLE, type HouseStyle } from '../../../shared/houseStyle';
import { counted, useLanguage, useT } from '../i18n/index';
import { InlineConfirm } from '../shell/InlineConfirm';
import { houseStylesOf, styleLabel } from './styleChoices';
import { problemText } from './problemText';
import { RenameStyleForm, type Renaming } from './RenameStyleForm';
import { renameInBulletins } from './renameInBulletins';
import { StyleForm } from './StyleForm';
import { StylePreview } from './StylePreview';
import { checkDraft, draftOf, freeName, nameProblem, previewStyle, type StyleDraft } from './styleDraft';
import { StyleList } from './StyleList';
import { useStyleStore } from './useStyleStore';
import './houseStyles.css';

export interface HouseStylesViewProps {
  api: BulletinDeskApi;
  preferences: Preferences;
  onClose(): void;
}

type FocusTarget = { kind: 'item'; name: string } | { kind: 'rename' } | { kind: 'renameButton' };

export function HouseStylesView({ api, preferences, onClose }: HouseStylesViewProps) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const store = useStyleStore(api, preferences);
  const styles = useMemo(() => houseStylesOf({ ...preferences, houseStyles: store.own }), [preferences, store.own]);
  const [selectedName, setSelectedName] = useState(store.defaultName);
  const selected: HouseStyle = styles.find((s) => s.name === selectedName) ?? styles[0] ?? DEFAULT_HOUSE_STYLE;
  const editable = store.own.some((s) => s.name === selected.name);
  const defaultName = styles.some((s) => s.name === store.defaultName) ? store.defaultName : DEFAULT_HOUSE_STYLE.name;
  const derived = useMemo(() => draftOf(selected), [selected]);
  const draft = (editable && store.drafts.get(selected.name)) || derived;
  const checked = useMemo(() => checkDraft(draft), [draft]);
  const shown = useMemo(() => previewStyle(draft, selected), [draft, selected]);
  const notSaved = useMemo(() => new Set([...store.drafts].filter(([, d]) => !checkDraft(d).ok).map(([name]) => name)), [store.drafts]);
  const [renaming, setRenaming] = useState<Renaming | undefined>(undefined);
  const [confirmingDelete, setConfirmingDelete] = useState(false);
  const [notice, setNotice] = useState('');
  const [focus, setFocus] = useState<FocusTarget | undefined>({ kind: 'item', name: selected.name });
  const root = useRef<HTMLElement>(null);
  /** What had the focus when the editor opened (the toolbar's button): it gets it back on Close. */
  const opener = useRef(document.activeElement instanceof HTMLElement ? document.activeElement : null);
  /** Styles whose edits are not valid and so not saved: closing asks first, since those edits would be gone. */
  const [confirmingClose, setConfirmingClose] = useState(false);
  const leave = () => {
    onClose();
    if (opener.current?.isConnected) opener.current.focus();
  };
  const close = () => {
    if (notSaved.size > 0 && !confirmingClose) setConfirmingClose(true);
    else leave();
  };

  useEffect(() => {
    if (!focus) return;
    setFocus(undefined);
    const el = root.current;
    const find = (selector: string) => el?.querySelector<HTMLElement>(selector);
    if (focus.kind === 'item') find(`[data-style-name="${CSS.escape(focus.name)}"]`)?.focus();
    else if (focus.kind === 'rename') {
      const input = find('.style-rename input') as HTMLInputElement | null | undefined;
      input?.focus();
      input?.select();
    } else find('[data-action="rename"]')?.focus();
  }, [focus]);

  /** Names and shown labels of every style but the one named. */
  const namesBesides = (name: string) => styles.filter((s) => s.name !== name).flatMap((s) => [s.name, styleLabel(s.name, t)]);
  const label = (name: string) => styleLabel(name, t);

  const select = (name: string) => {
    setSelectedName(name);
    setRenaming(undefined);
    setConfirmingDelete(false);
  };

  const add = (style: HouseStyle) => {
    void store.change([...store.own, style], store.defaultName);
    setSelectedName(style.name);
    setConfirmingDelete(false);
    setNotice(t('houseStyles.status.created', { name: style.name }));
    setRenaming({ value: style.name, shown: style.name });
    setFocus({ kind: 'rename' });
  };
  const newStyle = () => add({ ...DEFAULT_HOUSE_STYLE, name: freeName(t('houseStyles.newName'), namesBesides('')) });
  const duplicate = () => {
    const base = checked.ok ? { ...checked.style, name: selected.name } : selected;
    add({ ...base, name: freeName(t('houseStyles.copyName', { name: label(selected.name) }), namesBesides('')) });
  };

  const rename = () => {
    if (!renaming) return;
    const problem = nameProblem(renaming.value, namesBesides(selected.name));
    if (problem) {
      setRenaming({ ...renaming, problem, shown: renaming.value.trim() });
      setFocus({ kind: 'rename' });
      return;
    }
    const name = renaming.value.trim();
    setRenaming(undefined);
    setFocus({ kind: 'item', name });
    if (name === selected.name) return;
    const drafts = new Map(store.drafts);
    const edited = drafts.get(selected.name);
    drafts.delete(selected.name);
    if (edited) drafts.set(name, { ...edited, name });
    const own = store.own.map((s) => (s.name === selected.name ? { ...s, name } : s));
    const from = selected.name;
    void store.change(own, store.defaultName === from ? name : store.defaultName, drafts).then(async (saved) => {
      if (!saved) return;
      // the bulletins that name the style follow it, or their export would find no style of the old name
      const { changed, failed } = await renameInBulletins(api, from, name).catch((e: unknown) => ({
        changed: 0,
        failed: [String((e as Error)?.message ?? e)],
      }));
      if (failed.length > 0)
        setNotice(t('houseStyles.status.renamedBulletinsFailed', { name, bulletins: failed.join(t('houseStyles.nameSeparator')) }));
      else if (changed > 0) setNotice(counted(t, language, 'houseStyles.status.renamedBulletins', changed, { name }));
    });
    setSelectedName(name);
    setNotice(t('houseStyles.status.renamed', { name }));
  };

  const remove = () => {
    const index = styles.findIndex((s) => s.name === selected.name);
    const rest = styles.filter((s) => s.name !== selected.name);
    const next = rest[Math.min(index, rest.length - 1)] ?? DEFAULT_HOUSE_STYLE;
    const drafts = new Map(store.drafts);
    drafts.delete(selected.name);
    const own = store.own.filter((s) => s.name !== selected.name);
    void store.change(own, store.defaultName === selected.name ? DEFAULT_HOUSE_STYLE.name : store.defaultName, drafts);
    setConfirmingDelete(false);
    setNotice(t('houseStyles.status.deleted', { name: selected.name }));
    setSelectedName(next.name);
    setFocus({ kind: 'item', name: next.name });
  };

  const useAsDefault = () => {
    if (defaultName === selected.name) return setNotice(t('houseStyles.status.alreadyDefault', { name: label(selected.name) }));
    void store.change(store.own, selected.name);
    setNotice(t('houseStyles.status.madeDefault', { name: label(selected.name) }));
  };

  const cancelRename = () => {
    setRenaming(undefined);
    setFocus({ kind: 'renameButton' });
  };

  const edit = (next: StyleDraft) => {
    setNotice('');
    store.edit(selected.name, next);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key !== 'Escape' || e.defaultPrevented) return;
    e.preventDefault();
    close();
  };

  let status = notice;
  if (editable && !checked.ok)
    status = t('houseStyles.status.invalid', { problems: checked.problems.map((p) => problemText(p, t)).join(' ') });
  else if (store.save.kind === 'failed') status = t('houseStyles.status.failed', { reason: store.save.reason });
  else if (store.save.kind === 'saving') status = [notice, t('houseStyles.status.saving')].filter(Boolean).join(' ');
  else if (store.save.kind === 'saved') status = [notice, t('houseStyles.status.saved')].filter(Boolean).join(' ');
  const statusIsProblem = (editable && !checked.ok) || store.save.kind === 'failed';

  return (
    <main className="editor house-styles" ref={root} aria-labelledby={`${ids}-title`} onKeyDown={onKeyDown}>
      <header className="hs-header bar bar-spread">
        <h2 id={`${ids}-title`}>{t('houseStyles.title')}</h2>
        <button type="button" onClick={close}>
          {t('houseStyles.close')}
        </button>
      </header>
      {confirmingClose && notSaved.size > 0 && (
        <InlineConfirm
          className="style-confirm"
          question={t('houseStyles.closeQuestion', { names: [...notSaved].map(label).join(t('houseStyles.nameSeparator')) })}
          confirmLabel={t('houseStyles.closeAnyway')}
          cancelLabel={t('houseStyles.keepEditing')}
          danger
          onConfirm={leave}
          onCancel={() => setConfirmingClose(false)}
        />
      )}
      <div className="hs-status">
        <p role="status" className={statusIsProblem ? 'problem' : 'quiet'}>
          {status}
        </p>
        {store.save.kind === 'failed' && (
          <button type="button" className="small" onClick={() => void store.flush()}>
            {t('houseStyles.saveAgain')}
          </button>
        )}
      </div>
      <div className="hs-body">
        <div className="hs-side">
          <StyleList
            styles={styles}
            own={store.own}
            selected={selected.name}
            defaultName={defaultName}
            notSaved={notSaved}
            onSelect={select}
          />
          <div className="hs-actions actions">
            <button type="button" onClick={newStyle}>
              {t('houseStyles.new')}
            </button>
            <button type="button" onClick={duplicate}>
              {t('houseStyles.duplicate')}
            </button>
            <button
              type="button"
              data-action="rename"
              disabled={!editable}
              aria-expanded={renaming !== undefined}
              onClick={() => {
                setConfirmingDelete(false);
                setRenaming({ value: selected.name, shown: selected.name });
                setFocus({ kind: 'rename' });
              }}
            >
              {t('houseStyles.rename')}
            </button>
            <button
              type="button"
              disabled={!editable}
              onClick={() => {
                setRenaming(undefined);
                setConfirmingDelete(true);
              }}
            >
              {t('houseStyles.delete')}
            </button>
            <button type="button" onClick={useAsDefault}>
              {t('houseStyles.useAsDefault')}
            </button>
          </div>
          {renaming && editable && (
            <RenameStyleForm
              ids={ids}
              current={selected.name}
              renaming={renaming}
              onChange={setRenaming}
              onRename={rename}
              onCancel={cancelRename}
            />
          )}
          {confirmingDelete && editable && (
            <InlineConfirm
              className="style-confirm"
              question={t('houseStyles.deleteQuestion', { name: selected.name })}
              confirmLabel={t('houseStyles.deleteConfirm')}
              cancelLabel={t('houseStyles.deleteKeep')}
              danger
              onConfirm={remove}
              onCancel={() => setConfirmingDelete(false)}
            />
          )}
        </div>
        <div className="hs-form">
          <h3 id={`${ids}-form-title`}>{t('houseStyles.settings', { name: label(selected.name) })}</h3>
          {!editable && <p className="quiet">{t('houseStyles.readOnly')}</p>}
          <StyleForm
            key={selected.name}
            draft={draft}
            readOnly={!editable}
            problems={editable && !checked.ok ? checked.problems : []}
            onChange={edit}
            labelledBy={`${ids}-form-title`}
          />
        </div>
        <StylePreview style={shown} stale={!checked.ok} />
      </div>
    </main>
  );
}
