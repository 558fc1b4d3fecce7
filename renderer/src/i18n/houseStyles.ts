// Interface text of the houseStyles area, in English and Chinese (same keys in both).
export const houseStylesMessages = {
  en: {},
  'zh-CN': {},
} as const;
