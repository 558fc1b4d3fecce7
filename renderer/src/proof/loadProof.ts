// Reads what a proof sets from the desk: one story, or a bulletin's stories in order under the bulletin's house style, with their photos' copies for print.
import type { BulletinDeskApi } from '../../../shared/api';
import { findHouseStyle, type HouseStyle } from '../../../shared/houseStyle';
import type { Story } from '../../../shared/story';
import { failureOf } from '../shell/errors';
import type { ProofTarget } from '../shell/workspace';
import { proofEntries, type ProofEntry } from './proofModel';

export interface ProofSheet {
  target: ProofTarget;
  /** Bulletin: its title and date (YYYY-MM-DD or ''); story: its headline as exported. */
  title: string;
  date: string;
  entries: ProofEntry[];
  style: HouseStyle;
  /** False when the open story's edits could not be saved first: the proof shows the text on disk. */
  saved: boolean;
  /** Each photo of the sheet by its file: a data: URL of its copy for print, or why it cannot be shown. */
  photos: ReadonlyMap<string, ProofImage>;
}

export type ProofImage = { src: string } | { reason: string };

/** The copies for print (photo.read's `print`: an upright JPEG, long edge 1600) of every photo on the sheet, as data: URLs. */
async function proofImages(
  api: BulletinDeskApi,
  entries: readonly ProofEntry[],
  word: (e: unknown) => string,
): Promise<Map<string, ProofImage>> {
  const files = new Set(entries.flatMap((e) => (e.kind === 'story' ? e.story.photos.map((p) => p.file) : [])));
  const images = new Map<string, ProofImage>();
  await Promise.all(
    [...files].map(async (file) => {
      try {
        const { base64 } = await api.call('photo.read', { file, size: 'print' });
        images.set(file, { src: `data:image/jpeg;base64,${base64}` });
      } catch (e) {
        images.set(file, { reason: word(e) });
      }
    }),
  );
  return images;
}

/** The house style a bulletin names (the reporter's own or a built-in one); the default when it is gone. */
async function styleOfBulletin(api: BulletinDeskApi, name: string, fallback: HouseStyle): Promise<HouseStyle> {
  if (name === fallback.name) return fallback;
  try {
    const preferences = await api.call('preferences.get', {});
    return findHouseStyle(name, preferences.houseStyles) ?? fallback;
  } catch {
    return fallback;
  }
}

/** Saves the open story's edits first (so the proof has them), then reads the target. Throws when it cannot be read. */
export async function loadProof(
  api: BulletinDeskApi,
  target: ProofTarget,
  houseStyle: HouseStyle,
  flush: () => Promise<boolean>,
  /** Why a story of the page cannot be read, in the interface's language. */
  word: (e: unknown) => string = (e) => failureOf(e).message,
): Promise<ProofSheet> {
  const saved = await flush().catch(() => false);
  if (target.kind === 'story') {
    const { story } = await api.call('story.read', { id: target.id });
    const entries = proofEntries([story.id], new Map([[story.id, { story: story as Story }]]), houseStyle);
    const first = entries[0];
    const title = first?.kind === 'story' ? first.story.headline : '';
    return { target, title, date: '', entries, style: houseStyle, saved, photos: await proofImages(api, entries, word) };
  }
  const { bulletin } = await api.call('bulletin.read', { id: target.id });
  const style = await styleOfBulletin(api, bulletin.houseStyle, houseStyle);
  const read = new Map<string, { story: Story } | { reason: string }>();
  await Promise.all(
    [...new Set(bulletin.stories)].map(async (id) => {
      try {
        read.set(id, { story: (await api.call('story.read', { id })).story as Story });
      } catch (e) {
        read.set(id, { reason: word(e) });
      }
    }),
  );
  const entries = proofEntries(bulletin.stories, read, style);
  return { target, title: bulletin.title, date: bulletin.date, entries, style, saved, photos: await proofImages(api, entries, word) };
}
