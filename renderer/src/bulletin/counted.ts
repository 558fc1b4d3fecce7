// Text with a count in it: the catalog's ".one" form for exactly one (English needs it; Chinese says the same either way).
import type { Language, MessageKey, Translate } from '../i18n/index';
import { formatCount } from '../shell/format';

type Counted = 'bulletin.addedCount' | 'bulletin.missingCount' | 'bulletin.export.what' | 'bulletin.markFiled.question' | 'bulletin.markFiled.done' | 'bulletin.list.stories';

export function counted(t: Translate, language: Language, key: Counted, count: number, values: Record<string, string> = {}): string {
  const which = (count === 1 ? `${key}.one` : key) as MessageKey;
  return t(which, { ...values, count: formatCount(count, language) });
}
