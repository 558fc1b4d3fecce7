// `bulletin export --package OUT_DIR|OUT.zip FILE…`: the page with its photos and captions.txt, as a new folder or a .zip.
import path from 'node:path';
import type { HouseStyle } from '../../../shared/houseStyle';
import { photosOf } from '../../../shared/layout/export';
import type { Story } from '../../../shared/story';
import { ENCODING_NAMES } from '../../services/encoding';
import { CannotExportError, exportFileName } from '../../services/exporting';
import { readRegularFile } from '../../services/library/safeRead';
import { PackageExistsError, packageFiles, writePackageFolder, writePackageZip } from '../../services/photoPackage';
import { contentError, usageError, type CliIo } from '../io';
import { shown } from './pageCommon';

/** A photo the command reads is at most this big (the app refuses larger ones when they are added). */
const MAX_PHOTO_BYTES = 60 * 1024 * 1024;

/** Where a story's photos are: the `photos` folder of the library the story file is in. */
const photoPath = (storyFile: string, file: string) => path.join(path.dirname(storyFile), 'photos', path.basename(file));

export async function exportPackage(
  target: string,
  items: ReadonlyArray<{ story: Story; path: string }>,
  style: HouseStyle,
  io: CliIo,
): Promise<number> {
  const full = path.resolve(io.cwd, target);
  const asZip = full.toLowerCase().endsWith('.zip');
  const fileOf = new Map(items.map((i) => [i.story.id, i.path]));
  const photoFile = new Map<string, string>();
  for (const { story, path: storyFile } of items) for (const p of photosOf(story)) photoFile.set(p.file, photoPath(storyFile, p.file));
  const stories = items.map((i) => i.story);
  let files;
  try {
    files = await packageFiles({
      stories,
      style,
      pageName: exportFileName(stories).replace(/\.txt$/, ''),
      where: (s) => shown(io.cwd, fileOf.get(s.id) ?? ''),
      readPhoto: async (file) => {
        const at = photoFile.get(file) as string;
        try {
          return await readRegularFile(at, { maxBytes: MAX_PHOTO_BYTES });
        } catch (e) {
          throw usageError(
            `photo ${shown(io.cwd, at)} cannot be read (${(e as Error).message.replace(`${at}: `, '')}); copy the library whole, with its photos folder\nNothing was exported.`,
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
