// Settings: the reporter's role and name, which a new story's byline starts with.
import { useId, useState, type FormEvent, type RefObject } from 'react';
import type { BulletinDeskApi, Preferences } from '../../../shared/api';
import { formatByline, isRole, USUAL_ROLES } from '../../../shared/byline';
import { useT, type Translate } from '../i18n/index';
import { failureOf } from '../shell/errors';

interface Props {
  api: BulletinDeskApi;
  reporter: Preferences['reporter'];
  firstField: RefObject<HTMLSelectElement | null>;
}

const MAX_NAME = 20;

/** What is wrong with a name typed for the byline, in the reporter's language; undefined when it will do. */
function nameProblem(name: string, t: Translate): string | undefined {
  if (/\s/u.test(name)) return t('settings.byline.nameSpace');
  if (isRole(name)) return t('settings.byline.nameIsRole', { name });
  if ([...name].length > MAX_NAME) return t('settings.byline.nameTooLong');
  return undefined;
}

export function BylineSettings({ api, reporter, firstField }: Props) {
  const t = useT();
  const ids = useId();
  const [role, setRole] = useState(reporter.role || '记者');
  const [name, setName] = useState(reporter.name);
  const [problem, setProblem] = useState('');
  const [saved, setSaved] = useState('');
  const roles: readonly string[] = USUAL_ROLES.includes(role as (typeof USUAL_ROLES)[number]) ? USUAL_ROLES : [role, ...USUAL_ROLES];

  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaved('');
    const trimmed = name.trim();
    const wrong = nameProblem(trimmed, t);
    if (wrong) return setProblem(wrong);
    setProblem('');
    try {
      await api.call('preferences.set', { reporter: { name: trimmed, role } });
      setName(trimmed);
      setSaved(
        trimmed === ''
          ? t('settings.byline.savedNone')
          : t('settings.byline.saved', { byline: formatByline([{ role, names: [trimmed], credit: '' }]) }),
      );
    } catch (err) {
      setProblem(t('settings.saveFailed', { reason: failureOf(err).message }));
    }
  };

  return (
    <section className="settings-section" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('settings.byline.heading')}</h3>
      <p className="quiet">{t('settings.byline.help')}</p>
      <form className="settings-fields" onSubmit={(e) => void save(e)} noValidate>
        <label htmlFor={`${ids}-role`}>{t('settings.byline.role')}</label>
        <select id={`${ids}-role`} ref={firstField} value={role} onChange={(e) => setRole(e.target.value)}>
          {roles.map((r) => (
            <option key={r} value={r}>
              {r}
            </option>
          ))}
        </select>
        <label htmlFor={`${ids}-name`}>{t('settings.byline.name')}</label>
        <input
          id={`${ids}-name`}
          type="text"
          value={name}
          maxLength={100}
          autoComplete="name"
          aria-invalid={problem !== ''}
          aria-describedby={`${ids}-problem`}
          onChange={(e) => setName(e.target.value)}
        />
        <div className="settings-actions">
          <button type="submit" className="primary">
            {t('settings.byline.save')}
          </button>
        </div>
      </form>
      <p id={`${ids}-problem`} className="problem" role="alert">
        {problem}
      </p>
      <p className="settings-done" role="status">
        {saved}
      </p>
    </section>
  );
}
