// Text for a key in a language, and counted text in the plural form the language's own rules (Intl.PluralRules) choose.
import type { Language } from '../../../shared/api';
import { catalogs, type MessageKey, type PluralKey } from './catalogs';

export type { Language, MessageKey, PluralKey };

/** Text for a key, with {name} placeholders filled in. */
export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

const translators = new Map<Language, Translate>();

/** The language's Translate, one function per language (a hook may list it among its dependencies). */
export function translator(language: Language): Translate {
  let made = translators.get(language);
  if (made) return made;
  const catalog = catalogs[language] as Record<string, string>;
  made = (key, values) => {
    let text = catalog[key] ?? (catalogs.en as Record<string, string>)[key] ?? key;
    if (values) for (const [name, value] of Object.entries(values)) text = text.split(`{${name}}`).join(String(value));
    return text;
  };
  translators.set(language, made);
  return made;
}

const pluralRules = new Map<Language, Intl.PluralRules>();
const numberFormats = new Map<Language, Intl.NumberFormat>();

/** The key of a counted text's form for `count` ('…_one', '…_other'), as the language's plural rules choose it. */
export function pluralKey(language: Language, base: PluralKey, count: number): MessageKey {
  return `${base}_${pluralOf(language, count)}` as MessageKey;
}

/**
 * The plural form of `count`. A whole number's is known without Intl (English: "one" for 1 and -1 alone; Chinese: "other"
 * always), so the desk's first counted text makes no PluralRules, which costs a page's first 5–10 ms of ICU.
 * `test/unit/i18n.catalogs.test.ts` checks this against Intl.PluralRules.
 */
export function pluralOf(language: Language, count: number): Intl.LDMLPluralRule {
  if (Number.isInteger(count)) return language === 'en' && Math.abs(count) === 1 ? 'one' : 'other';
  return rulesOf(language).select(count);
}

function rulesOf(language: Language): Intl.PluralRules {
  let rules = pluralRules.get(language);
  if (!rules) pluralRules.set(language, (rules = new Intl.PluralRules(language)));
  return rules;
}

/** Makes the language's number formatter now (see `warmFormats`), so a first count of a thousand or more does not. */
export function warmCounted(language: Language): void {
  formatNumber(1000, language);
}

/**
 * A number as the language writes it (1,234). One formatter per language, made once: `n.toLocaleString(language)`
 * makes a new one at every call, which the counts redrawn at each keystroke would pay every time.
 */
export function formatNumber(n: number, language: Language): string {
  // below a thousand both languages write a whole number as its plain digits: no formatter needed (nor its ICU data)
  if (Number.isInteger(n) && n > -1000 && n < 1000) return String(n);
  let format = numberFormats.get(language);
  if (!format) numberFormats.set(language, (format = new Intl.NumberFormat(language)));
  return format.format(n);
}

/**
 * Counted text ("1 story", "3 stories", "3 篇"): the form the language uses for `count`, with {count} as the language
 * writes the number (1,234). Texts that show the bare number (the editor's counts, as Word shows them) take it as {n}.
 */
export function counted(
  t: Translate,
  language: Language,
  base: PluralKey,
  count: number,
  values: Record<string, string | number> = {},
): string {
  return t(pluralKey(language, base, count), { count: formatNumber(count, language), ...values });
}
