// What a house style may say about each copy check (kept apart so the house style does not load the checks).
export const CHECK_SETTINGS = ['off', 'warning', 'error'] as const;
