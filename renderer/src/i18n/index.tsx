// Interface text: message catalogs per area (editor, app), Chinese and English; `useT()` gives the current language's text.
import { createContext, useContext, type ReactNode } from 'react';
import type { Language } from '../../../shared/api';
import { appMessages } from './app';
import { editorMessages } from './editor';
import { bulletinMessages } from './bulletin';
import { importReviewMessages } from './importReview';
import { houseStylesMessages } from './houseStyles';
import { historyMessages } from './history';
import { proofMessages } from './proof';
import { copyDeskMessages } from './copyDesk';
import { syncConflictMessages } from './syncConflicts';

export type { Language };

/** Every area's catalog: no key may be in two of them, or one area's text silently replaces the other's. */
export const AREA_CATALOGS = { editorMessages, appMessages, bulletinMessages, importReviewMessages, houseStylesMessages, historyMessages, proofMessages, copyDeskMessages, syncConflictMessages } as const;

const catalogs = {
  en: { ...editorMessages.en, ...appMessages.en, ...bulletinMessages.en, ...importReviewMessages.en, ...houseStylesMessages.en, ...historyMessages.en, ...proofMessages.en, ...copyDeskMessages.en, ...syncConflictMessages.en },
  'zh-CN': { ...editorMessages['zh-CN'], ...appMessages['zh-CN'], ...bulletinMessages['zh-CN'], ...importReviewMessages['zh-CN'], ...houseStylesMessages['zh-CN'], ...historyMessages['zh-CN'], ...proofMessages['zh-CN'], ...copyDeskMessages['zh-CN'], ...syncConflictMessages['zh-CN'] },
} as const;

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
