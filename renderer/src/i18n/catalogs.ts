// The interface's words: each area's catalog, and the whole catalog per language they make together.
import type { Language } from '../../../shared/api';
import { appMessages } from './app';
import { editorMessages } from './editor';
import { bulletinMessages } from './bulletin';
import { importReviewMessages } from './importReview';
import { houseStylesMessages } from './houseStyles';
import { historyMessages } from './history';
import { proofMessages } from './proof';
import { copyDeskMessages } from './copyDesk';
import { syncConflictMessages } from './syncConflicts';
import { settingsMessages } from './settings';
import { refusalMessages } from './refusals';
import { gateMessages } from './gate';
import { wordImportMessages } from './wordImport';
import { photosMessages } from './photos';
import { photoPackageMessages } from './photoPackage';
import { outboxMessages } from './outbox';

/** Every area's catalog: no key may be in two of them, or one area's text silently replaces the other's. */
export const AREA_CATALOGS = {
  editorMessages,
  appMessages,
  bulletinMessages,
  importReviewMessages,
  houseStylesMessages,
  historyMessages,
  proofMessages,
  copyDeskMessages,
  syncConflictMessages,
  settingsMessages,
  refusalMessages,
  gateMessages,
  wordImportMessages,
  photosMessages,
  photoPackageMessages,
  outboxMessages,
} as const;

type Area = (typeof AREA_CATALOGS)[keyof typeof AREA_CATALOGS];
type UnionToIntersection<U> = (U extends unknown ? (u: U) => void : never) extends (i: infer I) => void ? I : never;
/** A language's whole catalog: every area's texts in that language. */
type Catalog<L extends Language> = UnionToIntersection<Area[L]>;

/**
 * Every area's texts in one language, in one object. Copied with Object.assign: the object spread this replaced
 * (`{ ...editorMessages.en, ...appMessages.en, … }`) took about 8 ms of the page's start for the two languages.
 */
function merged<L extends Language>(language: L): Catalog<L> {
  return Object.assign({}, ...Object.values(AREA_CATALOGS).map((area) => area[language])) as Catalog<L>;
}

export const catalogs: { readonly [L in Language]: Catalog<L> } = { en: merged('en'), 'zh-CN': merged('zh-CN') };

/**
 * The plural forms each language gives a counted text, as `new Intl.PluralRules(language).select(n)` names them
 * (a test checks them against Intl): a counted text is one key per form, `bulletin.list.stories_one`,
 * `bulletin.list.stories_other`; English has both, Chinese only `_other`. No other key has an underscore.
 */
export const PLURAL_FORMS = { en: ['one', 'other'], 'zh-CN': ['other'] } as const satisfies Record<
  Language,
  readonly Intl.LDMLPluralRule[]
>;

/** A counted text's key without its form: `bulletin.list.stories` for `bulletin.list.stories_one` and `_other`. */
type PluralBase<K> = K extends `${infer Base}_${Intl.LDMLPluralRule}` ? Base : never;

/** The keys a catalog in `language` holds for texts whose keys (in any language) are K: each plain key, each counted text in the language's forms. */
type KeysIn<L extends Language, K> =
  Exclude<K, `${string}_${Intl.LDMLPluralRule}`> | `${PluralBase<K>}_${(typeof PLURAL_FORMS)[L][number]}`;

/** An area's two catalogs, each holding every text of the other (a key missing in either language fails the type check). */
type BothLanguages<Area extends { en: object; 'zh-CN': object }> = {
  en: Record<KeysIn<'en', keyof Area['zh-CN']>, string>;
  'zh-CN': Record<KeysIn<'zh-CN', keyof Area['en']>, string>;
};
const everyAreaInBothLanguages: { [Area in keyof typeof AREA_CATALOGS]: BothLanguages<(typeof AREA_CATALOGS)[Area]> } = AREA_CATALOGS;
void everyAreaInBothLanguages;

/** Every key of the interface's text, each form of a counted text included. */
export type MessageKey = keyof (typeof catalogs)['en'];
/** A counted text (see PLURAL_FORMS), shown with `counted`. */
export type PluralKey = PluralBase<MessageKey>;
