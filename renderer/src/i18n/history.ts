// Interface text of the history area, in English and Chinese (same keys in both).
export const historyMessages = {
  en: {},
  'zh-CN': {},
} as const;
