// Interface text of the bulletin area, in English and Chinese (same keys in both).
export const bulletinMessages = {
  en: {},
  'zh-CN': {},
} as const;
