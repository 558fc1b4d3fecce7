// The app: the interface language from the desk (app.info), the preferences (both asked for as the page started), then the shell in that language.
import { useEffect, useLayoutEffect, useState } from 'react';
import type { Language, Preferences } from '../../shared/api';
import { I18nProvider, translator } from './i18n/index';
import { failureText } from './shell/errors';
import { Desk } from './shell/Desk';
import { deskAtStart, deskIfIn } from './shell/startup';

type State = { kind: 'loading' } | { kind: 'ready'; language: Language; preferences: Preferences } | { kind: 'failed'; message: string };

/** Until the desk answers: the browser's language, for the few words shown meanwhile. */
const guessed: Language = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

/** The shell works with the defaults when the preferences cannot be read (the contract, with zod, is loaded only then). */
const defaultPreferences = (): Promise<Preferences> =>
  import('../../shared/api').then(({ preferencesSchema }) => preferencesSchema.parse({}));

/** The desk's state at once when its first answers came while the app's script loaded (as they mostly do). */
function readyAtStart(api: Window['bulletinDesk']): State | undefined {
  const [info, preferences] = deskIfIn(api) ?? [];
  return info && preferences ? { kind: 'ready', language: info.language, preferences } : undefined;
}

export function App() {
  const api = window.bulletinDesk;
  // answered already: the first frame is the desk's, not one of the starting screen drawn and thrown away
  const [atStart] = useState(() => readyAtStart(api));
  const [state, setState] = useState<State>(() => atStart ?? { kind: 'loading' });

  useEffect(() => {
    let live = true;
    if (!atStart)
      deskAtStart(api)
        .then(([info, preferences]) => Promise.all([info, preferences ?? defaultPreferences()]))
        .then(
          ([info, preferences]) => live && setState({ kind: 'ready', language: info.language, preferences }),
          (e: unknown) => live && setState({ kind: 'failed', message: failureText(e, translator(guessed)) }),
        );
    const off = api.on('preferences.changed', (preferences) => {
      setState((s) => (s.kind === 'ready' ? { ...s, preferences } : s));
      // the language chosen in Settings (the desk knows the system's and a forced one): the interface switches at once
      api.call('app.info', {}).then(
        (info) => live && setState((s) => (s.kind === 'ready' && s.language !== info.language ? { ...s, language: info.language } : s)),
        () => undefined, // the words stay as they were; the next change asks again
      );
    });
    return () => {
      live = false;
      off();
    };
  }, [api, atStart]);

  const language = state.kind === 'ready' ? state.language : guessed;
  // before the frame is drawn: the page's language picks its fonts, and set after the first frame (index.html says
  // zh-CN) an English desk was laid out and shaped twice, once in the Chinese fonts
  useLayoutEffect(() => {
    document.documentElement.lang = language;
    document.title = translator(language)('app.name');
  }, [language]);

  if (state.kind !== 'ready') {
    const t = translator(guessed);
    return (
      <main className="starting">
        <h1>{t('app.name')}</h1>
        {state.kind === 'loading' ? (
          <p className="quiet">{t('app.loading')}</p>
        ) : (
          <p className="problem">{t('app.failed', { reason: state.message })}</p>
        )}
      </main>
    );
  }
  return (
    <I18nProvider language={state.language}>
      <Desk api={api} preferences={state.preferences} />
    </I18nProvider>
  );
}
