// What a house style may say about each copy check (kept apart so the house style does not load the checks).
export const CHECK_SETTINGS = ['off', 'warning', 'error'] as const;
/** The marks a house style may join a range of numbers with (GB/T 15834—2011 4.13): the wave dash or the em dash. */
export const RANGE_MARKS = ['～', '—'] as const;
export type RangeMark = (typeof RANGE_MARKS)[number];
