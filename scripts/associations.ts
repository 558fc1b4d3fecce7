// The file types electron-builder.yml associates with the app, checked by `npm run check:package`: .bstory and .bbulletin everywhere, the older double extensions on Linux.
import {
  BULLETIN_EXTENSION,
  fileKindOf,
  OLD_BULLETIN_EXTENSION,
  OLD_STORY_EXTENSION,
  STORY_EXTENSION,
  type LibraryFileKind,
} from '../shared/fileNames';

interface Association {
  ext: string | string[];
  mimeType?: string;
}

/** What electron-builder.yml says about file associations: the common ones, and those Linux adds. */
export interface AssociationConfig {
  fileAssociations?: Association[];
  linux?: { fileAssociations?: Association[] };
  win?: { fileAssociations?: Association[] };
  mac?: { fileAssociations?: Association[] };
}

const extensionsOf = (associations: readonly Association[] | undefined): Array<{ ext: string; mimeType?: string }> =>
  (associations ?? []).flatMap((a) => (Array.isArray(a.ext) ? a.ext : [a.ext]).map((ext) => ({ ext, mimeType: a.mimeType })));

const bare = (extension: string) => extension.slice(1);

/**
 * What is wrong with the associations (empty: nothing). Every system associates the single extensions new library
 * files get (Windows and macOS match a file's last extension only, so `story.json` would be `.json` to them), each
 * with a MIME type; Linux, which matches MIME globs, adds the older `story.json` and `bulletin.json` to the same types.
 */
export function associationProblems(config: AssociationConfig): string[] {
  const problems: string[] = [];
  const common = extensionsOf(config.fileAssociations);
  const wanted: Array<[string, LibraryFileKind]> = [
    [bare(STORY_EXTENSION), 'story'],
    [bare(BULLETIN_EXTENSION), 'bulletin'],
  ];
  const mimeOf = new Map<LibraryFileKind, string | undefined>();
  for (const [ext, kind] of wanted) {
    const found = common.find((a) => a.ext === ext);
    if (!found) problems.push(`electron-builder.yml's fileAssociations do not associate ${ext} (a new ${kind} file's extension)`);
    else if (!found.mimeType) problems.push(`electron-builder.yml's file association ${ext} has no mimeType (Linux matches files by it)`);
    mimeOf.set(kind, found?.mimeType);
  }
  for (const { ext } of common) {
    if (ext.includes('.'))
      problems.push(`electron-builder.yml associates ${ext} on every system: Windows and macOS match only its last extension`);
    else if (!wanted.some(([w]) => w === ext))
      problems.push(`electron-builder.yml associates ${ext}, which is not a library file's extension`);
  }
  for (const target of ['win', 'mac'] as const)
    for (const { ext } of extensionsOf(config[target]?.fileAssociations))
      if (ext.includes('.'))
        problems.push(`electron-builder.yml ${target}.fileAssociations has ${ext}: that system matches only its last extension`);
  const linux = extensionsOf(config.linux?.fileAssociations);
  for (const old of [OLD_STORY_EXTENSION, OLD_BULLETIN_EXTENSION]) {
    const kind = fileKindOf(`x${old}`) as LibraryFileKind;
    const found = linux.find((a) => a.ext === bare(old));
    if (!found) problems.push(`electron-builder.yml linux.fileAssociations do not associate ${bare(old)} (older ${kind} files)`);
    else if (found.mimeType !== mimeOf.get(kind))
      problems.push(
        `electron-builder.yml linux.fileAssociations gives ${bare(old)} the MIME type ${String(found.mimeType)}, not its kind's ${String(mimeOf.get(kind))}`,
      );
  }
  return problems;
}
