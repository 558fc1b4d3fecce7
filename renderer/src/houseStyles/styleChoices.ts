// The house styles to choose from (the reporter's own first, then the built-in ones) and their names in the interface.
import type { HouseStyle } from '../../../shared/houseStyle';
import { BUILT_IN_HOUSE_STYLES, DEFAULT_HOUSE_STYLE } from '../../../shared/houseStyleDefaults';
import type { Preferences } from '../../../shared/api';
import type { Translate } from '../i18n/index';

const BUILT_IN_LABELS = {
  default: 'style.default',
  'byline-in-dateline': 'style.byline-in-dateline',
  'byline-at-end': 'style.byline-at-end',
  'legacy-typesetter': 'style.legacy-typesetter',
} as const;

/** Every style by name, a style of the preferences hiding a built-in one of the same name. */
export function houseStylesOf(preferences: Preferences | undefined): HouseStyle[] {
  const own = preferences?.houseStyles ?? [];
  const seen = new Set(own.map((s) => s.name));
  return [...own, ...BUILT_IN_HOUSE_STYLES.filter((s) => !seen.has(s.name))];
}

/** The default house style of the preferences (the built-in default when it names none known). */
export function defaultHouseStyle(preferences: Preferences | undefined): HouseStyle {
  const wanted = preferences?.defaultHouseStyle ?? 'default';
  return houseStylesOf(preferences).find((s) => s.name === wanted) ?? DEFAULT_HOUSE_STYLE;
}

export function styleLabel(name: string, t: Translate): string {
  const key = (BUILT_IN_LABELS as Record<string, (typeof BUILT_IN_LABELS)[keyof typeof BUILT_IN_LABELS] | undefined>)[name];
  return key ? t(key) : name;
}
