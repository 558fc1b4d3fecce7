// The desk's "Export page with photos…": the page's stories and photos through photoPackage.ts, written where Electron's dialog says or the browser host is told.
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { BulletinDeskService, CallInput } from '../../shared/api';
import type { HouseStyle } from '../../shared/houseStyle';
import { photosOf } from '../../shared/layout/export';
import type { Story } from '../../shared/story';
import { CannotExportError, exportFileName } from './exporting';
import { EncodingError } from './encoding';
import { ioError, refusal } from './library/faults';
import type { Library } from './library/library';
import { PackageExistsError, packageFiles, packageZip, writePackageFolder, writePackageZip, type PackageFile } from './photoPackage';

type PackageCalls = Pick<BulletinDeskService, 'export.packagePlan' | 'export.package'>;
type PageInput = CallInput<'export.packagePlan'>;

export interface PackageDeskParts {
  library: Library;
  styleNamed(name?: string): HouseStyle;
  /** The page's stories go into their history as exported. */
  snapshotExported(stories: Story[]): Promise<void>;
  /**
   * Electron: where to write, asked with a dialog; null when the reporter cancels. A zip: the file's whole path
   * (`name` + `.zip` suggested); a folder: the folder the package folder `name` is made in.
   */
  choosePackageTarget?: ((name: string, as: 'zip' | 'folder') => Promise<string | null>) | undefined;
  /** Where the browser host writes a package folder when the reporter names none (the user's Downloads folder). */
  downloadsFolder?: string | undefined;
}

/** The user's Downloads folder, as the browser would save to it. */
function downloadsFolderOf(home = os.homedir()): string {
  return path.join(home, 'Downloads');
}

export function packageCalls(parts: PackageDeskParts): PackageCalls {
  const { library } = parts;
  const downloads = parts.downloadsFolder ?? downloadsFolderOf();

  /** The page: its stories in order, its house style (the bulletin's unless another is named) and its package's name. */
  const pageOf = async ({ bulletin, ids, houseStyle }: PageInput) => {
    const page = (await library.readBulletin(bulletin)).bulletin;
    const storyIds = ids ?? page.stories;
    const stories = await Promise.all(storyIds.map(async (id) => (await library.read(id)).story));
    const style = parts.styleNamed(houseStyle ?? page.houseStyle);
    return { stories, style, name: exportFileName(stories, page).replace(/\.txt$/, '') };
  };

  /** The files of the package; the export's refusals (a story incomplete, a character the encoding cannot hold) worded by reason. */
  const filesOf = async (stories: Story[], style: HouseStyle, name: string): Promise<PackageFile[]> => {
    try {
      // a photo missing or altered in the store is refused by the store itself (photoMissing, photoAltered)
      return await packageFiles({ stories, style, pageName: name, readPhoto: (file) => library.photos.read(file) });
    } catch (e) {
      if (e instanceof CannotExportError || e instanceof EncodingError)
        throw refusal('refused', e.reason, `${e.message}; nothing was exported`, e.params);
      throw e;
    }
  };

  /** Writes the package at `target`; a place already taken is refused by name, never written over. */
  const write = async (target: string, as: 'zip' | 'folder', files: PackageFile[]): Promise<void> => {
    try {
      if (as === 'zip') await writePackageZip(target, files);
      else await writePackageFolder(target, files);
    } catch (e) {
      if (e instanceof PackageExistsError)
        throw refusal('refused', 'packageExists', e.message, { name: path.basename(target), folder: path.dirname(target) });
      throw ioError(e, target);
    }
  };

  /** The folder a browser reporter named (or Downloads): a whole path to a folder that is there. */
  const folderToWriteIn = async (wanted: string | undefined): Promise<string> => {
    const folder = wanted?.trim() || downloads;
    const missing = () =>
      refusal(
        'refused',
        'packageFolderMissing',
        `${folder} is not a folder on this computer; type the whole path of a folder that exists`,
        {
          folder,
        },
      );
    if (!path.isAbsolute(folder)) throw missing();
    const stat = await fs.stat(folder).catch(() => undefined);
    if (!stat?.isDirectory()) throw missing();
    return folder;
  };

  return {
    'export.packagePlan': async (input) => {
      const { stories, style, name } = await pageOf(input);
      const photos = stories.reduce((n, s) => n + photosOf(s).length, 0);
      return { name, photos, longEdge: style.photoLongEdge, folder: downloads };
    },
    'export.package': async ({ as, folder, encoding, lineEnding, ...page }) => {
      const { stories, style: base, name } = await pageOf(page);
      const style = { ...base, encoding: encoding ?? base.encoding, lineEnding: lineEnding ?? base.lineEnding };
      const fileName = as === 'zip' ? `${name}.zip` : name;
      let target: string | undefined;
      if (parts.choosePackageTarget) {
        const chosen = await parts.choosePackageTarget(name, as);
        if (!chosen) return { name: fileName, photos: 0, cancelled: true };
        target = as === 'zip' ? chosen : path.join(chosen, name);
      } else if (as === 'folder') {
        target = path.join(await folderToWriteIn(folder), name);
      }
      const files = await filesOf(stories, style, name);
      const photos = files.length - files.filter((f) => f.name.endsWith('.txt')).length;
      let answer;
      if (target) {
        await write(target, as, files);
        answer = { name: fileName, path: target, photos, cancelled: false };
      } else {
        answer = { name: fileName, base64: Buffer.from(packageZip(files)).toString('base64'), photos, cancelled: false };
      }
      await parts.snapshotExported(stories);
      return answer;
    },
  };
}
