// A house style renamed: the bulletins that name it are saved with its new name, so their export keeps its layout.
import type { BulletinDeskApi } from '../../../shared/api';

/** Saves every bulletin that names `from` with `to` instead; answers how many were changed and which could not be. */
export async function renameInBulletins(api: BulletinDeskApi, from: string, to: string): Promise<{ changed: number; failed: string[] }> {
  const { bulletins } = await api.call('library.list', {});
  let changed = 0;
  const failed: string[] = [];
  for (const summary of bulletins) {
    try {
      const { bulletin, revision } = await api.call('bulletin.read', { id: summary.id });
      if (bulletin.houseStyle !== from) continue;
      await api.call('bulletin.save', { id: summary.id, bulletin: { ...bulletin, houseStyle: to }, baseRevision: revision });
      changed++;
    } catch {
      failed.push(summary.title || summary.file);
    }
  }
  return { changed, failed };
}
