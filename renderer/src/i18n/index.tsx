// Interface text: message catalogs per area (editor, app), Chinese and English; `useT()` gives the current language's text.
import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../../shared/api';
import { catalogs } from './catalogs';

export type { Language };

export type MessageKey = keyof (typeof catalogs)['en'];

/** Text for a key, with {name} placeholders filled in. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

export function translator(language: Language): Translate {
  const catalog = catalogs[language] as Record<string, string>;
  return (key, values) => {
    let text = catalog[key] ?? (catalogs.en as Record<string, string>)[key] ?? key;
    if (values) for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(String(value));
    return text;
  };
}

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
