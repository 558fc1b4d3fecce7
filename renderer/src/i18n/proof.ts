// Interface text of the proof area, in English and Chinese (same keys in both).
export const proofMessages = {
  en: {},
  'zh-CN': {},
} as const;
