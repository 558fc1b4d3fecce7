// Interface text of the copyDesk area, in English and Chinese (same keys in both).
export const copyDeskMessages = {
  en: {},
  'zh-CN': {},
} as const;
