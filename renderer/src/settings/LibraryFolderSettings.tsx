// Settings: the library folder in use, and switching to another (Electron: the system's folder dialog; the browser: its path typed).
import { useId, useState, type FormEvent } from 'react';
import type { BulletinDeskApi, CallOutput } from '../../../shared/api';
import { useT } from '../i18n/index';
import { failureOf } from '../shell/errors';
import { reloadForSwitch } from './switchNotice';

interface Props {
  api: BulletinDeskApi;
  info: CallOutput<'app.info'>;
  /** Saves every open story; false when one could not be saved. */
  flush(): Promise<boolean>;
}

export function LibraryFolderSettings({ api, info, flush }: Props) {
  const t = useT();
  const ids = useId();
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState('');
  const fixed = info.fixed?.libraryFolder === true;

  const switchTo = async (folder: string) => {
    setBusy(true);
    setProblem('');
    const refuse = (text: string) => {
      setProblem(text);
      setBusy(false);
    };
    if (!(await flush())) return refuse(t('settings.folder.unsavedHere'));
    try {
      const answer = await api.call('library.switch', { folder });
      if (answer.outcome === 'refused') {
        const detail = answer.detail ?? '';
        return refuse(t(`settings.folder.${answer.problem}`, { folder: answer.folder, detail }));
      }
      // every window (this one too) hears library.switched and loads again; this one need not wait for the event
      await reloadForSwitch(answer, flush);
    } catch (e) {
      refuse(t('settings.saveFailed', { reason: failureOf(e).message }));
    }
  };

  const submitTyped = (e: FormEvent) => {
    e.preventDefault();
    if (typed.trim() === '' || busy) return;
    void switchTo(typed.trim());
  };

  const choose = async () => {
    setProblem('');
    try {
      const chosen = await api.call('library.chooseFolder', {});
      if (chosen.folder) await switchTo(chosen.folder);
    } catch (e) {
      setProblem(t('settings.folder.chooseFailed', { reason: failureOf(e).message }));
    }
  };

  return (
    <section className="settings-section" aria-labelledby={`${ids}-heading`} aria-busy={busy}>
      <h3 id={`${ids}-heading`}>{t('settings.library.heading')}</h3>
      <p className="quiet">{t('settings.library.help')}</p>
      <dl className="settings-fields">
        <dt>{t('settings.library.current')}</dt>
        <dd className="settings-folder" data-testid="library-folder">
          {info.libraryFolder}
        </dd>
      </dl>
      {fixed ? (
        <p className="settings-fixed">{t('settings.library.fixed')}</p>
      ) : info.host === 'electron' ? (
        <div className="settings-actions">
          <button type="button" disabled={busy} onClick={() => void choose()}>
            {t('settings.library.choose')}
          </button>
        </div>
      ) : (
        <form className="settings-fields" onSubmit={submitTyped} noValidate>
          <label htmlFor={`${ids}-folder`}>{t('settings.library.typed')}</label>
          <input
            id={`${ids}-folder`}
            type="text"
            value={typed}
            spellCheck={false}
            aria-invalid={problem !== ''}
            aria-describedby={`${ids}-help ${ids}-problem`}
            onChange={(e) => setTyped(e.target.value)}
          />
          <p id={`${ids}-help`} className="quiet settings-wide">
            {t('settings.library.typedHelp')}
          </p>
          <div className="settings-actions">
            <button type="submit" disabled={busy || typed.trim() === ''}>
              {t('settings.library.switch')}
            </button>
          </div>
        </form>
      )}
      {busy && <p className="quiet">{t('settings.library.switching')}</p>}
      <p id={`${ids}-problem`} className="problem" role="alert">
        {problem !== '' && (
          <>
            <span className="settings-line">{problem}</span>
            <span className="settings-line">{t('settings.library.unchanged', { current: info.libraryFolder })}</span>
          </>
        )}
      </p>
    </section>
  );
}
