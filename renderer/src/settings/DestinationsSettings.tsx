// Settings: where pages are sent (this library's e-mail addresses and drop folders, one the default) and each mail account's password.
import { useCallback, useEffect, useId, useState, type FormEvent } from 'react';
import type { BulletinDeskApi, CallOutput } from '../../../shared/api';
import type { Destination } from '../../../shared/destinations';
import { useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import { InlineConfirm } from '../shell/InlineConfirm';
import { DestinationForm } from './DestinationForm';
import { draftOf, newDraft, type DestinationDraft } from './destinationDraft';

type Kept = CallOutput<'destinations.get'>;

interface Props {
  api: BulletinDeskApi;
}

export function DestinationsSettings({ api }: Props) {
  const t = useT();
  const ids = useId();
  const [kept, setKept] = useState<Kept | undefined>(undefined);
  const [editing, setEditing] = useState<{ draft: DestinationDraft; name: string | undefined } | undefined>(undefined);
  const [removing, setRemoving] = useState<string | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');

  const reload = useCallback(async () => setKept(await api.call('destinations.get', {})), [api]);
  useEffect(() => {
    reload().catch((e: unknown) => setProblem(t('settings.saveFailed', { reason: failureText(e, t) })));
  }, [reload, t]);

  const saveAll = async (destinations: Destination[], fallback: string | undefined, said: string): Promise<boolean> => {
    setProblem('');
    setDone('');
    try {
      await api.call('destinations.save', { destinations, ...(fallback !== undefined ? { default: fallback } : {}) });
      await reload();
      setDone(said);
      return true;
    } catch (e) {
      setProblem(t('settings.saveFailed', { reason: failureText(e, t) }));
      return false;
    }
  };

  if (!kept) return null;
  const list = kept.destinations;
  const defaultName = kept.default ?? list[0]?.name;

  const saveOne = async (destination: Destination): Promise<boolean> => {
    const at = editing?.name === undefined ? -1 : list.findIndex((d) => d.name === editing.name);
    const next = at < 0 ? [...list, destination] : list.map((d, i) => (i === at ? destination : d));
    // a renamed default stays the default
    const fallback = kept.default === editing?.name && editing?.name !== undefined ? destination.name : kept.default;
    const ok = await saveAll(next, fallback, t('destinations.saved', { name: destination.name }));
    if (ok) setEditing(undefined);
    return ok;
  };
  const remove = (name: string) => {
    const next = list.filter((d) => d.name !== name);
    void saveAll(next, kept.default === name ? undefined : kept.default, t('destinations.removed', { name }));
  };

  return (
    <section className="settings-section destinations" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>{t('destinations.heading')}</h3>
      <p className="quiet">{t('destinations.help')}</p>
      {list.length === 0 ? (
        <p>{t('destinations.none')}</p>
      ) : (
        <ul className="destination-list" aria-label={t('destinations.list')}>
          {list.map((d) => (
            <li key={d.name} className="destination">
              <div className="destination-head">
                <strong>{d.name}</strong>
                {d.name === defaultName && <span className="destination-default">{t('destinations.isDefault')}</span>}
              </div>
              <p className="quiet destination-where">
                {d.kind === 'email' ? t('destinations.email', { to: d.to.join(', ') }) : t('destinations.folder', { path: d.path })}
              </p>
              <div className="actions">
                <button type="button" className="small" onClick={() => setEditing({ draft: draftOf(d), name: d.name })}>
                  {t('destinations.edit')}
                </button>
                {d.name !== defaultName && (
                  <button
                    type="button"
                    className="small"
                    onClick={() => void saveAll(list, d.name, t('destinations.defaultSaved', { name: d.name }))}
                  >
                    {t('destinations.makeDefault')}
                  </button>
                )}
                <button type="button" className="small" onClick={() => setRemoving(d.name)}>
                  {t('destinations.remove')}
                </button>
              </div>
              {removing === d.name && (
                <InlineConfirm
                  question={t('destinations.removeQuestion', { name: d.name })}
                  confirmLabel={t('destinations.remove')}
                  cancelLabel={t('destinations.keep')}
                  danger
                  onConfirm={() => {
                    setRemoving(undefined);
                    remove(d.name);
                  }}
                  onCancel={() => setRemoving(undefined)}
                />
              )}
              {d.kind === 'email' && d.user !== '' && (
                <PasswordField
                  api={api}
                  destination={d}
                  saved={kept.passwordsKept.includes(d.name)}
                  store={kept.passwordStore}
                  onSaved={() => void reload()}
                />
              )}
            </li>
          ))}
        </ul>
      )}
      {editing ? (
        <DestinationForm
          key={editing.name ?? `new-${editing.draft.kind}`}
          draft={editing.draft}
          editing={editing.name}
          otherNames={list.map((d) => d.name).filter((n) => n !== editing.name)}
          onSave={saveOne}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <div className="actions">
          <button type="button" onClick={() => setEditing({ draft: newDraft('email'), name: undefined })}>
            {t('destinations.addEmail')}
          </button>
          <button type="button" onClick={() => setEditing({ draft: newDraft('folder'), name: undefined })}>
            {t('destinations.addFolder')}
          </button>
        </div>
      )}
      <p className="problem" role="alert">
        {problem}
      </p>
      <p className="settings-done" role="status">
        {done}
      </p>
    </section>
  );
}

/** A mail account's password: typed, stored by the desk (never shown back); the field says only whether one is kept. */
function PasswordField(props: {
  api: BulletinDeskApi;
  destination: Extract<Destination, { kind: 'email' }>;
  saved: boolean;
  store: Kept['passwordStore'];
  onSaved(): void;
}) {
  const { api, destination, saved, store, onSaved } = props;
  const t = useT();
  const ids = useId();
  const [password, setPassword] = useState('');
  const [said, setSaid] = useState('');
  const [problem, setProblem] = useState('');
  const save = async (e: FormEvent) => {
    e.preventDefault();
    setSaid('');
    if (password === '') return setProblem(t('destinations.problem.password'));
    setProblem('');
    try {
      await api.call('destinations.password', { name: destination.name, password });
      setPassword('');
      setSaid(t('destinations.passwordKept', { name: destination.name }));
      onSaved();
    } catch (err) {
      setProblem(t('settings.saveFailed', { reason: failureText(err, t) }));
    }
  };
  return (
    <form className="destination-password" onSubmit={(e) => void save(e)} noValidate>
      <label htmlFor={`${ids}-password`}>{t('destinations.passwordFor', { user: destination.user, host: destination.host })}</label>
      <input
        id={`${ids}-password`}
        type="password"
        autoComplete="new-password"
        value={password}
        aria-describedby={`${ids}-state ${ids}-problem`}
        onChange={(e) => setPassword(e.target.value)}
      />
      <button type="submit" className="small">
        {t('destinations.savePassword')}
      </button>
      <p id={`${ids}-state`} className="quiet destination-password-state">
        {saved ? t(`destinations.passwordSaved.${store}`) : t(`destinations.passwordNone.${store}`)}
      </p>
      <p id={`${ids}-problem`} className="problem" role="alert">
        {problem}
      </p>
      <p className="settings-done" role="status">
        {said}
      </p>
    </form>
  );
}
