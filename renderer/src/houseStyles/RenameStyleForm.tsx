// The form that renames the selected house style: the new name, why it cannot be used, Rename and Cancel (or Escape).
import { useT } from '../i18n/index';
import type { NameProblem } from './styleDraft';

export type Renaming = { value: string; problem?: NameProblem; shown: string };

interface Props {
  /** The view's id prefix (from useId): the field and its problem are named by it. */
  ids: string;
  /** The style's name as it is now. */
  current: string;
  renaming: Renaming;
  onChange(renaming: Renaming): void;
  onRename(): void;
  onCancel(): void;
}

export function RenameStyleForm({ ids, current, renaming, onChange, onRename, onCancel }: Props) {
  const t = useT();
  return (
    <form
      className="style-rename"
      onSubmit={(e) => {
        e.preventDefault();
        onRename();
      }}
    >
      <label htmlFor={`${ids}-rename`}>{t('houseStyles.renameLabel')}</label>
      <input
        id={`${ids}-rename`}
        type="text"
        value={renaming.value}
        aria-invalid={renaming.problem !== undefined || undefined}
        aria-describedby={renaming.problem ? `${ids}-rename-problem` : undefined}
        onChange={(e) => onChange({ ...renaming, value: e.target.value, problem: undefined })}
        onKeyDown={(e) => {
          if (e.key !== 'Escape') return;
          e.preventDefault();
          e.stopPropagation();
          onCancel();
        }}
      />
      {renaming.problem && (
        <p className="problem" id={`${ids}-rename-problem`} role="alert">
          {renaming.problem === 'empty'
            ? t('houseStyles.name.empty', { name: current })
            : t('houseStyles.name.taken', { name: renaming.shown })}
        </p>
      )}
      <div className="hs-row actions">
        <button type="submit" className="primary">
          {t('houseStyles.renameConfirm')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('houseStyles.renameCancel')}
        </button>
      </div>
    </form>
  );
}
