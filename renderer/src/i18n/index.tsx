// Interface text: message catalogs per area (editor, app), Chinese and English; `useT()` gives the current language's text.
import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../../shared/api';
import { translator, type Translate } from './translate';

export { counted, translator, type Language, type Translate } from './translate';

const LanguageContext = createContext<Language>('en');

export function I18nProvider({ language, children }: { language: Language; children: ReactNode }) {
  return <LanguageContext.Provider value={language}>{children}</LanguageContext.Provider>;
}

export function useLanguage(): Language {
  return useContext(LanguageContext);
}

export function useT(): Translate {
  return translator(useContext(LanguageContext));
}
