// Settings: the form of one destination, an e-mail address (server, security, addresses, subject, what to attach) or a drop folder.
import { useId, useLayoutEffect, useRef, useState, type FormEvent } from 'react';
import type { Destination } from '../../../shared/destinations';
import { useT } from '../i18n/index';
import { destinationOf, usualPort, type DestinationDraft, type DraftProblem, type EmailDraft } from './destinationDraft';

interface Props {
  draft: DestinationDraft;
  /** Editing this one (its name), or a new one. */
  editing: string | undefined;
  otherNames: readonly string[];
  onSave(destination: Destination): Promise<boolean>;
  onCancel(): void;
}

const SECURITIES: ReadonlyArray<EmailDraft['security']> = ['tls', 'starttls', 'none'];
const PHOTOS: ReadonlyArray<EmailDraft['photos']> = ['files', 'zip', 'none'];

export function DestinationForm({ draft: first, editing, otherNames, onSave, onCancel }: Props) {
  const t = useT();
  const ids = useId();
  const [draft, setDraft] = useState<DestinationDraft>(first);
  const [problem, setProblem] = useState<DraftProblem | undefined>(undefined);
  const nameField = useRef<HTMLInputElement>(null);
  useLayoutEffect(() => nameField.current?.focus(), []);

  const change = (patch: Partial<EmailDraft> | Partial<DestinationDraft>) => setDraft((d) => ({ ...d, ...patch }) as DestinationDraft);
  const id = (field: string) => `${ids}-${field}`;
  const invalid = (field: string) => (problem?.field === field ? { 'aria-invalid': true, 'aria-describedby': id('problem') } : {});

  const save = async (e: FormEvent) => {
    e.preventDefault();
    const made = destinationOf(draft, otherNames);
    if ('problem' in made) {
      setProblem(made.problem);
      document.getElementById(id(made.problem.field))?.focus();
      return;
    }
    setProblem(undefined);
    await onSave(made.destination);
  };

  const heading =
    editing !== undefined
      ? t('destinations.editing', { name: editing })
      : draft.kind === 'email'
        ? t('destinations.newEmail')
        : t('destinations.newFolder');
  return (
    <form className="destination-form" aria-labelledby={id('heading')} onSubmit={(e) => void save(e)} noValidate>
      <h4 id={id('heading')}>{heading}</h4>
      <div className="settings-fields">
        <label htmlFor={id('name')}>{t('destinations.name')}</label>
        <input
          id={id('name')}
          ref={nameField}
          type="text"
          value={draft.name}
          maxLength={100}
          onChange={(e) => change({ name: e.target.value })}
          {...invalid('name')}
        />
        {draft.kind === 'folder' ? (
          <>
            <label htmlFor={id('path')}>{t('destinations.path')}</label>
            <input
              id={id('path')}
              type="text"
              spellCheck={false}
              value={draft.path}
              onChange={(e) => change({ path: e.target.value })}
              {...invalid('path')}
            />
            <p className="quiet settings-wide">{t('destinations.pathHelp')}</p>
          </>
        ) : (
          <>
            <label htmlFor={id('host')}>{t('destinations.host')}</label>
            <input
              id={id('host')}
              type="text"
              spellCheck={false}
              value={draft.host}
              onChange={(e) => change({ host: e.target.value })}
              {...invalid('host')}
            />
            <label htmlFor={id('security')}>{t('destinations.security')}</label>
            <select
              id={id('security')}
              value={draft.security}
              onChange={(e) => {
                const security = e.target.value as EmailDraft['security'];
                // the usual port follows the security unless another was typed
                change({ security, ...(draft.port === usualPort(draft.security) ? { port: usualPort(security) } : {}) });
              }}
              {...invalid('security')}
            >
              {SECURITIES.map((s) => (
                <option key={s} value={s}>
                  {t(`destinations.security.${s}`)}
                </option>
              ))}
            </select>
            <label htmlFor={id('port')}>{t('destinations.port')}</label>
            <input
              id={id('port')}
              type="text"
              inputMode="numeric"
              value={draft.port}
              onChange={(e) => change({ port: e.target.value })}
              {...invalid('port')}
            />
            <label htmlFor={id('user')}>{t('destinations.user')}</label>
            <input
              id={id('user')}
              type="text"
              spellCheck={false}
              autoComplete="username"
              value={draft.user}
              onChange={(e) => change({ user: e.target.value })}
            />
            <label htmlFor={id('from')}>{t('destinations.from')}</label>
            <input
              id={id('from')}
              type="email"
              spellCheck={false}
              value={draft.from}
              onChange={(e) => change({ from: e.target.value })}
              {...invalid('from')}
            />
            <label htmlFor={id('to')}>{t('destinations.to')}</label>
            <input
              id={id('to')}
              type="text"
              spellCheck={false}
              value={draft.to}
              aria-describedby={problem?.field === 'to' ? `${id('to-help')} ${id('problem')}` : id('to-help')}
              aria-invalid={problem?.field === 'to'}
              onChange={(e) => change({ to: e.target.value })}
            />
            <p id={id('to-help')} className="quiet settings-wide">
              {t('destinations.toHelp')}
            </p>
            <label htmlFor={id('subject')}>{t('destinations.subject')}</label>
            <input
              id={id('subject')}
              type="text"
              value={draft.subject}
              aria-describedby={id('subject-help')}
              onChange={(e) => change({ subject: e.target.value })}
            />
            <p id={id('subject-help')} className="quiet settings-wide">
              {t('destinations.subjectHelp')}
            </p>
            <fieldset className="settings-wide destination-attach">
              <legend>{t('destinations.attach')}</legend>
              <label>
                <input type="checkbox" checked={draft.attachPage} onChange={(e) => change({ attachPage: e.target.checked })} />
                {t('destinations.attachPage')}
              </label>
              <label>
                <input type="checkbox" checked={draft.textInBody} onChange={(e) => change({ textInBody: e.target.checked })} />
                {t('destinations.textInBody')}
              </label>
              <label htmlFor={id('photos')}>{t('destinations.photos')}</label>
              <select id={id('photos')} value={draft.photos} onChange={(e) => change({ photos: e.target.value as EmailDraft['photos'] })}>
                {PHOTOS.map((p) => (
                  <option key={p} value={p}>
                    {t(`destinations.photos.${p}`)}
                  </option>
                ))}
              </select>
            </fieldset>
          </>
        )}
        <div className="settings-actions">
          <button type="submit" className="primary">
            {t('destinations.save')}
          </button>
          <button type="button" onClick={onCancel}>
            {t('destinations.cancel')}
          </button>
        </div>
      </div>
      <p id={id('problem')} className="problem" role="alert">
        {problem ? t(problem.key, problem.values) : ''}
      </p>
    </form>
  );
}
