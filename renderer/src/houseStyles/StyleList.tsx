// The list of house styles (the reporter's own, then the built-in ones): one selected; arrow keys move through it.
import type { KeyboardEvent } from 'react';
import type { HouseStyle } from '../../../shared/houseStyle';
import { useT } from '../i18n/index';
import { styleLabel } from './styleChoices';

interface Props {
  styles: readonly HouseStyle[];
  own: readonly HouseStyle[];
  selected: string;
  defaultName: string;
  /** Styles with an edit that has a problem, so not saved yet. */
  notSaved: ReadonlySet<string>;
  onSelect(name: string): void;
}

export function StyleList({ styles, own, selected, defaultName, notSaved, onSelect }: Props) {
  const t = useT();
  const move = (e: KeyboardEvent<HTMLUListElement>) => {
    const step = e.key === 'ArrowDown' ? 1 : e.key === 'ArrowUp' ? -1 : 0;
    if (step === 0) return;
    const buttons = [...e.currentTarget.querySelectorAll<HTMLButtonElement>('button')];
    const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
    const next = buttons[Math.max(0, Math.min(buttons.length - 1, at + step))];
    if (!next) return;
    e.preventDefault();
    next.focus();
    onSelect(next.dataset.styleName ?? selected);
  };
  return (
    <ul className="style-list" aria-label={t('houseStyles.list')} onKeyDown={move}>
      {styles.map((s) => {
        const builtIn = !own.some((o) => o.name === s.name);
        return (
          <li key={s.name}>
            <button
              type="button"
              data-style-name={s.name}
              aria-current={s.name === selected ? 'true' : undefined}
              onClick={() => onSelect(s.name)}
            >
              <span className="style-name">{styleLabel(s.name, t)}</span>
              {builtIn && <span className="style-tag">{t('houseStyles.builtIn')}</span>}
              {s.name === defaultName && <span className="style-tag style-tag-default">{t('houseStyles.isDefault')}</span>}
              {notSaved.has(s.name) && <span className="style-tag style-tag-problem">{t('houseStyles.notSaved')}</span>}
            </button>
          </li>
        );
      })}
    </ul>
  );
}
