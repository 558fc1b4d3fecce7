// The copy desk: Chinese copy checks (GB/T 15834 punctuation, GB/T 15835 numbers, the paper's forms) and their certain fixes.
export * from './types';
export * from './check';
export * from './fix';
export * from './place';
export { storyCharactersOutside, type OutsidePlace } from './characterRules';
export { createCopyChecker } from './incremental';
