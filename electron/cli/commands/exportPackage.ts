// `bulletin export --package OUT_DIR|OUT.zip FILE…`: the page with its photos and captions.txt, as a new folder or a .zip.
import path from 'node:path';
import type { HouseStyle } from '../../../shared/houseStyle';
import { photosOf } from '../../../shared/layout/export';
import type { Story } from '../../../shared/story';
import { ENCODING_NAMES } from '../../services/encoding';
import { CannotExportError, exportFileName } from '../../services/exporting';
import { PHOTO_FOLDER, PhotoStore } from '../../services/library/photoStore';
import { PackageExistsError, packageFiles, writePackageFolder, writePackageZip } from '../../services/photoPackage';
import { contentError, usageError, type CliIo } from '../io';
import { shown } from './pageCommon';

export async function exportPackage(
  target: string,
  items: ReadonlyArray<{ story: Story; path: string }>,
  style: HouseStyle,
  io: CliIo,
): Promise<number> {
  const full = path.resolve(io.cwd, target);
  const asZip = full.toLowerCase().endsWith('.zip');
  const fileOf = new Map(items.map((i) => [i.story.id, i.path]));
  // a story's photos are in the photos folder of the library its file is in (read whole, checked against their hash)
  const libraryOf = new Map<string, string>();
  for (const { story, path: storyFile } of items) for (const p of photosOf(story)) libraryOf.set(p.file, path.dirname(storyFile));
  const stories = items.map((i) => i.story);
  let files;
  try {
    files = await packageFiles({
      stories,
      style,
      pageName: exportFileName(stories).replace(/\.txt$/, ''),
      where: (s) => shown(io.cwd, fileOf.get(s.id) ?? ''),
      readPhoto: async (file) => {
        const library = libraryOf.get(file) as string;
        try {
          return await new PhotoStore(library).read(file);
        } catch (e) {
          const at = shown(io.cwd, path.join(library, PHOTO_FOLDER, file));
          throw usageError(
            `photo ${at} cannot be used (${(e as Error).message}); copy the library whole, with its photos folder\nNothing was exported.`,
          );
        }
      },
    });
  } catch (e) {
    if (e instanceof CannotExportError) throw contentError(`${e.message}\nNothing was exported.`);
    throw e;
  }
  try {
    if (asZip) await writePackageZip(full, files);
    else await writePackageFolder(full, files);
  } catch (e) {
    if (e instanceof PackageExistsError) throw usageError(`${target} exists already; choose a new name (nothing is ever written over it)`);
    throw e;
  }
  const photos = files.filter((f) => !f.name.endsWith('.txt')).length;
  io.stderr(
    `exported ${items.length} ${items.length === 1 ? 'story' : 'stories'} and ${photos} ${photos === 1 ? 'photo' : 'photos'} to ${target} (${ENCODING_NAMES[style.encoding]}, ${style.lineEnding.toUpperCase()})\n`,
  );
  return 0;
}
