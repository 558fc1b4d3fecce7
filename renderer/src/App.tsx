// The app: the interface language from the desk (app.info), the preferences, then the shell in that language.
import { useEffect, useState } from 'react';
import { preferencesSchema, type Language, type Preferences } from '../../shared/api';
import { I18nProvider, translator } from './i18n/index';
import { failureOf } from './shell/errors';
import { Desk } from './shell/Desk';

type State = { kind: 'loading' } | { kind: 'ready'; language: Language; preferences: Preferences } | { kind: 'failed'; message: string };

/** Until the desk answers: the browser's language, for the few words shown meanwhile. */
const guessed: Language = typeof navigator !== 'undefined' && navigator.language.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en';

export function App() {
  const api = window.bulletinDesk;
  const [state, setState] = useState<State>({ kind: 'loading' });

  useEffect(() => {
    let live = true;
    Promise.all([
      api.call('app.info', {}),
      // the shell works with the defaults when the preferences cannot be read
      api.call('preferences.get', {}).catch(() => preferencesSchema.parse({})),
    ]).then(
      ([info, preferences]) => live && setState({ kind: 'ready', language: info.language, preferences }),
      (e: unknown) => live && setState({ kind: 'failed', message: failureOf(e).message }),
    );
    const off = api.on('preferences.changed', (preferences) => setState((s) => (s.kind === 'ready' ? { ...s, preferences } : s)));
    return () => {
      live = false;
      off();
    };
  }, [api]);

  const language = state.kind === 'ready' ? state.language : guessed;
  useEffect(() => {
    document.documentElement.lang = language;
    document.title = translator(language)('app.name');
  }, [language]);

  if (state.kind !== 'ready') {
    const t = translator(guessed);
    return (
      <main className="starting">
        <h1>{t('app.name')}</h1>
        {state.kind === 'loading' ? <p className="quiet">{t('app.loading')}</p> : <p className="problem">{t('app.failed', { reason: state.message })}</p>}
      </main>
    );
  }
  return (
    <I18nProvider language={state.language}>
      <Desk api={api} preferences={state.preferences} />
    </I18nProvider>
  );
}
