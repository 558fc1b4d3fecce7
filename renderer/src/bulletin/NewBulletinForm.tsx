// The form that makes a new bulletin: title, date (today by default) and house style; Create opens it.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { HouseStyle } from '../../../shared/houseStyle';
import { styleLabel } from '../houseStyles/styleChoices';
import { useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { localDate } from './pageOrder';

interface Props {
  api: BulletinDeskApi;
  styles: readonly HouseStyle[];
  defaultStyle: HouseStyle;
  onCreated(id: string): void;
  onCancel(): void;
}

export function NewBulletinForm({ api, styles, defaultStyle, onCreated, onCancel }: Props) {
  const t = useT();
  const ids = useId();
  const titleRef = useRef<HTMLInputElement>(null);
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDate());
  const [style, setStyle] = useState(defaultStyle.name);
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');

  useEffect(() => titleRef.current?.focus(), []);

  const create = async (e: FormEvent) => {
    e.preventDefault();
    if (busy) return;
    if (title.trim() === '') {
      setProblem(t('bulletin.needsTitle'));
      titleRef.current?.focus();
      return;
    }
    setBusy(true);
    setProblem('');
    try {
      const made = await api.call('bulletin.create', { title: title.trim(), date, houseStyle: style });
      onCreated(made.bulletin.id);
    } catch (err) {
      setProblem(t('bulletin.createFailed', { reason: failureText(err, t) }));
      setBusy(false);
    }
  };

  return (
    <main className="editor bulletin-view" aria-labelledby={`${ids}-heading`}>
      <form className="bulletin-new" onSubmit={(e) => void create(e)} noValidate>
        <h2 id={`${ids}-heading`}>{t('bulletin.new')}</h2>
        <p className="quiet">{t('bulletin.newHelp')}</p>
        <div className="bulletin-fields">
          <label htmlFor={`${ids}-title`}>{t('bulletin.title')}</label>
          <input
            id={`${ids}-title`}
            ref={titleRef}
            type="text"
            value={title}
            maxLength={200}
            placeholder={t('bulletin.titleHint')}
            aria-invalid={problem !== '' && title.trim() === ''}
            aria-describedby={`${ids}-problem`}
            onChange={(e) => setTitle(e.target.value)}
          />
          <label htmlFor={`${ids}-date`}>{t('bulletin.date')}</label>
          <input id={`${ids}-date`} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
          <label htmlFor={`${ids}-style`}>{t('bulletin.houseStyle')}</label>
          <select id={`${ids}-style`} value={style} onChange={(e) => setStyle(e.target.value)}>
            {styles.map((s) => (
              <option key={s.name} value={s.name}>
                {styleLabel(s.name, t)}
              </option>
            ))}
          </select>
        </div>
        <p id={`${ids}-problem`} className="problem" role="alert">
          {problem}
        </p>
        <div className="dialog-actions">
          <button type="button" onClick={onCancel}>
            {t('bulletin.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('bulletin.creating') : t('bulletin.create')}
          </button>
        </div>
      </form>
    </main>
  );
}
