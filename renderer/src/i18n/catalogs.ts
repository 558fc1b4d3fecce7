// The interface's words: each area's catalog, and the whole catalog per language they make together.
import { appMessages } from './app';
import { editorMessages } from './editor';
import { bulletinMessages } from './bulletin';
import { importReviewMessages } from './importReview';
import { houseStylesMessages } from './houseStyles';
import { historyMessages } from './history';
import { proofMessages } from './proof';
import { copyDeskMessages } from './copyDesk';
import { syncConflictMessages } from './syncConflicts';

/** Every area's catalog: no key may be in two of them, or one area's text silently replaces the other's. */
export const AREA_CATALOGS = { editorMessages, appMessages, bulletinMessages, importReviewMessages, houseStylesMessages, historyMessages, proofMessages, copyDeskMessages, syncConflictMessages } as const;

export const catalogs = {
  en: { ...editorMessages.en, ...appMessages.en, ...bulletinMessages.en, ...importReviewMessages.en, ...houseStylesMessages.en, ...historyMessages.en, ...proofMessages.en, ...copyDeskMessages.en, ...syncConflictMessages.en },
  'zh-CN': { ...editorMessages['zh-CN'], ...appMessages['zh-CN'], ...bulletinMessages['zh-CN'], ...importReviewMessages['zh-CN'], ...houseStylesMessages['zh-CN'], ...historyMessages['zh-CN'], ...proofMessages['zh-CN'], ...copyDeskMessages['zh-CN'], ...syncConflictMessages['zh-CN'] },
} as const;

