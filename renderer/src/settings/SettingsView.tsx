// The Settings workspace: the byline of new stories, the interface language, the default house style, where pages are sent and the library folder.
import { useEffect, useId, useRef, useState } from 'react';
import type { BulletinDeskApi, CallOutput, Preferences } from '../../../shared/api';
import { houseStylesOf, styleLabel } from '../houseStyles/styleChoices';
import { useT } from '../i18n/index';
import { failureOf } from '../shell/errors';
import { BylineSettings } from './BylineSettings';
import { DestinationsSettings } from './DestinationsSettings';
import { LibraryFolderSettings } from './LibraryFolderSettings';
import { forgetSwitch, switchNotice } from './switchNotice';
import './settings.css';

interface Props {
  api: BulletinDeskApi;
  preferences: Preferences;
  /** Saves every open story; false when one could not be saved. */
  flush(): Promise<boolean>;
  onClose(): void;
}

type Info = CallOutput<'app.info'>;
type LanguageChoice = Preferences['language'];
const LANGUAGE_CHOICES: readonly LanguageChoice[] = ['system', 'zh-CN', 'en'];

export function SettingsView({ api, preferences, flush, onClose }: Props) {
  const t = useT();
  const ids = useId();
  const [info, setInfo] = useState<Info | undefined>(undefined);
  const [problem, setProblem] = useState('');
  const [done, setDone] = useState('');
  // the switch this page was loaded for: said here once
  const [notice] = useState(switchNotice);
  const firstField = useRef<HTMLSelectElement>(null);

  useEffect(() => {
    let live = true;
    api.call('app.info', {}).then(
      (answer) => live && setInfo(answer),
      (e: unknown) => live && setProblem(t('settings.saveFailed', { reason: failureOf(e).message })),
    );
    return () => {
      live = false;
    };
  }, [api, t]);
  useEffect(() => forgetSwitch(), []);
  // the first field has the focus once the settings are there (opened with Ctrl/⌘+, the keyboard goes on from it)
  const ready = info !== undefined;
  useEffect(() => {
    if (ready) firstField.current?.focus();
  }, [ready]);

  const set = async (change: Partial<Preferences>, said: string) => {
    setProblem('');
    setDone('');
    try {
      await api.call('preferences.set', change);
      setDone(said);
    } catch (e) {
      setProblem(t('settings.saveFailed', { reason: failureOf(e).message }));
    }
  };

  const styles = houseStylesOf(preferences);
  const languageFixed = info?.fixed?.language === true;
  return (
    <main className="editor settings-view" aria-labelledby={`${ids}-title`}>
      <header className="settings-header bar bar-spread">
        <h2 id={`${ids}-title`}>{t('settings.title')}</h2>
        <button type="button" onClick={onClose}>
          {t('settings.back')}
        </button>
      </header>
      <p className="settings-notice" role="status">
        {notice ? t('settings.library.switched', { folder: notice.folder, previous: notice.previous }) : ''}
      </p>
      {!info ? (
        <p className="quiet">{t('settings.loading')}</p>
      ) : (
        <div className="settings-body">
          <BylineSettings api={api} reporter={preferences.reporter} firstField={firstField} />

          <section className="settings-section" aria-labelledby={`${ids}-language`}>
            <h3 id={`${ids}-language`}>{t('settings.language.heading')}</h3>
            <div className="settings-fields">
              <label htmlFor={`${ids}-language-choice`}>{t('settings.language.heading')}</label>
              <select
                id={`${ids}-language-choice`}
                value={preferences.language}
                disabled={languageFixed}
                aria-describedby={languageFixed ? `${ids}-language-fixed` : undefined}
                onChange={(e) => void set({ language: e.target.value as LanguageChoice }, '')}
              >
                {LANGUAGE_CHOICES.map((choice) => (
                  <option key={choice} value={choice} lang={choice === 'system' ? undefined : choice}>
                    {t(`settings.language.${choice}`)}
                  </option>
                ))}
              </select>
            </div>
            {languageFixed && (
              <p id={`${ids}-language-fixed`} className="settings-fixed">
                {t('settings.language.fixed')}
              </p>
            )}
          </section>

          <section className="settings-section" aria-labelledby={`${ids}-style`}>
            <h3 id={`${ids}-style`}>{t('settings.style.heading')}</h3>
            <p className="quiet">{t('settings.style.help')}</p>
            <div className="settings-fields">
              <label htmlFor={`${ids}-style-choice`}>{t('settings.style.heading')}</label>
              <select
                id={`${ids}-style-choice`}
                value={preferences.defaultHouseStyle}
                onChange={(e) =>
                  void set({ defaultHouseStyle: e.target.value }, t('settings.style.saved', { style: styleLabel(e.target.value, t) }))
                }
              >
                {styles.map((s) => (
                  <option key={s.name} value={s.name}>
                    {styleLabel(s.name, t)}
                  </option>
                ))}
              </select>
            </div>
          </section>

          <DestinationsSettings api={api} />

          <LibraryFolderSettings api={api} info={info} flush={flush} />
        </div>
      )}
      <p className="problem" role="alert">
        {problem}
      </p>
      <p className="settings-done" role="status">
        {done}
      </p>
    </main>
  );
}
