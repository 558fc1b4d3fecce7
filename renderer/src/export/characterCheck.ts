// Before an export under a house style whose typesetting system takes GBK or GB2312 only: the characters it cannot take, named with their places.
import type { BulletinDeskApi } from '../../../shared/api';
import { codePoints } from '../../../shared/characterSet';
import { placeOf, storyCharactersOutside, type OutsidePlace } from '../../../shared/copyDesk';
import type { Story } from '../../../shared/story';
import { placeWords } from '../editor/copyMessages';
import type { HouseStyle } from '../../../shared/houseStyle';
import { styleLabel } from '../houseStyles/styleChoices';
import type { Translate } from '../i18n/index';
import type { ExportOutcome } from './exportActions';

/** At most this many places are named; the rest are counted. */
const SHOWN = 8;

function placeText(place: OutsidePlace, story: Story, t: Translate): string {
  // the body's places as the copy check says them (导语, 第2段, 小标题1); a title field by its name
  const where = placeWords(placeOf({ field: place.field, block: place.block }, story.body), t);
  const headline = story.headline;
  return t('export.characters.place', {
    found: place.found,
    codePoints: codePoints(place.found),
    where,
    headline: headline || t('library.noHeadline'),
  });
}

/**
 * The refusal to show when the stories hold characters the style's typesetting system cannot take (read from their
 * files, as export reads them); undefined when there are none or the style takes every character.
 */
export async function refusedCharacters(
  api: BulletinDeskApi,
  ids: readonly string[],
  style: HouseStyle | undefined,
  t: Translate,
): Promise<ExportOutcome | undefined> {
  if (!style || style.characterSet === 'all') return undefined;
  const stories = await Promise.all(ids.map((id) => api.call('story.read', { id }).then((r) => r.story)));
  const places = stories.flatMap((story) => storyCharactersOutside(story, style.characterSet).map((place) => placeText(place, story, t)));
  if (places.length === 0) return undefined;
  const shown = places.slice(0, SHOWN).join(t('export.characters.separator'));
  const more = places.length > SHOWN ? t('export.characters.more', { n: places.length - SHOWN }) : '';
  return { text: t('export.characters', { style: styleLabel(style.name, t), places: shown + more }), problem: true };
}
