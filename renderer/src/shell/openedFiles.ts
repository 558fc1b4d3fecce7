// Files the system asked the app to open, placed in the library: the story or bulletin to show, and the names that cannot be opened.
import type { EventPayload } from '../../../shared/api';
import type { LibraryModel } from '../library/libraryModel';

export type OpenedFiles = EventPayload<'app.openFiles'>;

export interface PlacedFiles {
  /** The first story or bulletin of the library among the files: the one the window shows. */
  show?: { kind: 'story' | 'bulletin'; id: string };
  /** File names (or arguments) the window cannot open: not a story or bulletin, gone, or outside the library folder. */
  notOpened: string[];
}

/** A folder as compared: one kind of separator, no trailing one, and on Windows (a drive letter or a backslash) any case. */
function folderKey(folder: string): string {
  const windows = /^[a-z]:[\\/]/i.test(folder) || folder.includes('\\');
  const key = folder.replace(/[\\/]+/g, '/').replace(/\/$/, '');
  return windows ? key.toLowerCase() : key;
}

function split(file: string): { folder: string; name: string } {
  const at = Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\'));
  return { folder: file.slice(0, Math.max(at, 0)), name: file.slice(at + 1) };
}

export function placeOpenedFiles(model: LibraryModel, batch: OpenedFiles): PlacedFiles {
  const notOpened = [...batch.unopenable];
  let show: PlacedFiles['show'];
  const library = folderKey(model.folder);
  for (const file of batch.files) {
    const { folder, name } = split(file.path);
    const inLibrary = folderKey(folder) === library;
    const found = !inLibrary
      ? undefined
      : file.kind === 'story'
        ? model.stories.find((s) => s.file === name)
        : model.bulletins.find((b) => b.file === name);
    if (!found) notOpened.push(name);
    else show ??= { kind: file.kind, id: found.id };
  }
  return { ...(show ? { show } : {}), notOpened };
}
