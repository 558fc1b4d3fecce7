// Interface text of the importReview area, in English and Chinese (same keys in both).
export const importReviewMessages = {
  en: {},
  'zh-CN': {},
} as const;
