// The story core's public face: model, files, house styles, export, import, counting.
export * from './story';
export * from './storySchema';
export * from './bulletin';
export * from './storyFile';
export * from './houseStyle';
export * from './byline';
export * from './punctuation';
export * from './count';
export * from './layout/export';
export { parsePage } from './parse/parsePage';
export type { Decision, ParsedPage } from './parse/types';
