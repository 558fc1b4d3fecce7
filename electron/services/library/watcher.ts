// Watching the library folder: stories and bulletins added, changed or removed by another program become events.
import { watch, type FSWatcher } from 'chokidar';
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { DeskListener } from '../deskTypes';
import { isBulletinFile, isStoryFile } from '../../../shared/fileNames';
import { isLibraryFile } from './catalogEntries';
import type { Library } from './library';
import { conflictOf } from './catalogListing';
import type { Entry } from './catalogEntries';
import { folderIdentity } from './libraryCatalog';
import { conflictOriginal } from './syncFiles';
import { revisionOf } from './storage';

/**
 * Starts watching. The library's own writes are told apart by revision, not by timing: a change whose bytes
 * hash to the revision the library last wrote or read is its own, and is not reported.
 */
async function watchLibrary(library: Library, emit: DeskListener, onStoryText?: (id: string) => void): Promise<FSWatcher> {
  const watcher = watch(library.folder, {
    depth: 0,
    ignoreInitial: true,
    ignored: (file: string) => file !== library.folder && !isLibraryFile(path.basename(file)),
    // a link in the library is listed as one, never followed (a link to /dev/zero or a folder elsewhere)
    followSymlinks: false,
    awaitWriteFinish: { stabilityThreshold: 150, pollInterval: 50 },
  });

  const changed = async (file: string) => {
    const name = path.basename(file);
    // a file the library knew is changed, whatever chokidar's event (a quick add-then-write arrives as one add)
    const added = !library.knownRevisions.has(name);
    let read;
    try {
      read = await library.readFile(name);
    } catch {
      return; // gone again before it could be read: its unlink event follows
    }
    const revision = revisionOf(read.bytes);
    if (library.knownRevisions.get(name) === revision) return;
    library.knownRevisions.set(name, revision);
    await library.persistIndex();
    tellFound(emit, onStoryText, name, read.entry, added);
  };

  // the system's word, as it comes: a listing looks at these files itself rather than wait for the events below
  watcher.on('raw', (_event: string, file: string | null | undefined) => library.heard(file ? path.basename(file) : undefined));
  // a watcher in trouble may miss changes: the next listing checks every file
  watcher.on('error', () => library.heard(undefined));
  watcher.on('add', (file) => void changed(file));
  watcher.on('change', (file) => void changed(file));
  watcher.on('unlink', (file) => {
    // the whole folder gone (a drive unplugged) is no removal: keepWatching sets things right when it is back
    if (!existsSync(library.folder)) return;
    const name = path.basename(file);
    if (library.ownRemovals.delete(name)) return;
    const entry = library.entryOf(name);
    library.forget(name);
    void library.persistIndex();
    tellGone(emit, onStoryText, name, entry);
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  library.watchStarted();
  return watcher;
}

type StoryText = ((id: string) => void) | undefined;

/** A file added or changed by another program, as an event (its text read again by the search when it is a story). */
function tellFound(emit: DeskListener, onStoryText: StoryText, name: string, entry: Entry, added: boolean): void {
  const conflict = conflictOf(name, entry);
  if (conflict) {
    emit('conflict.found', conflict);
  } else if (entry.kind === 'unreadable') {
    emit('file.unreadable', entry.unreadable);
  } else if (entry.kind === 'story') {
    onStoryText?.(entry.summary.id);
    emit(added ? 'story.added' : 'story.changed', { summary: entry.summary });
  } else {
    emit(added ? 'bulletin.added' : 'bulletin.changed', { summary: entry.summary });
  }
}

/** A file removed by another program, as an event (`entry`: what the catalog knew of it, if anything). */
function tellGone(emit: DeskListener, onStoryText: StoryText, name: string, entry: Entry | undefined): void {
  const id = entry && entry.kind !== 'unreadable' ? entry.summary.id : '';
  if (conflictOriginal(name)) {
    emit('conflict.gone', { file: name });
  } else if (isStoryFile(name)) {
    if (id !== '') onStoryText?.(id);
    emit('story.removed', { id, file: name });
  } else if (isBulletinFile(name)) {
    emit('bulletin.removed', { id, file: name });
  }
}

/** How often the library folder is checked for having gone and come back (an unplugged drive). */
const FOLDER_CHECK_MS = 2000;

/**
 * Watches the library and keeps watching when its folder goes away and comes back (a drive unplugged and
 * plugged in again, a sync tool replacing the folder): the watcher starts again and whatever changed
 * meanwhile is reported as events. Every file is checked once the watcher is ready (a change before that
 * is seen by the check, one after it by the watcher); from then on a listing trusts the catalog.
 */
export async function keepWatching(
  library: Library,
  emit: DeskListener,
  onStoryText?: (id: string) => void,
): Promise<{ close(): Promise<void> }> {
  // what a full check finds that nobody reported (the watcher missed it, or had not got to it yet) is told too
  library.onFound = ({ found, gone }) => {
    for (const f of found) tellFound(emit, onStoryText, f.name, f.entry, f.added);
    for (const g of gone) tellGone(emit, onStoryText, g.name, g.entry);
  };
  let watcher = await watchLibrary(library, emit, onStoryText);
  try {
    await library.checkAll();
  } catch (e) {
    library.watchStopped();
    await watcher.close();
    throw e;
  }
  let seen = folderIdentity(library.folder);
  let restarting = false;
  const check = async () => {
    if (restarting) return;
    const now = folderIdentity(library.folder);
    if (now === seen) return;
    seen = now;
    library.watchStopped(); // the folder watched is not the one there now: listings check every file
    if (now === null) return; // gone: wait for it to come back
    restarting = true;
    try {
      await watcher.close();
      watcher = await watchLibrary(library, emit, onStoryText);
      // every file checked: what changed while the folder was away is told as events (LibraryCatalog.onFound)
      await library.checkAll();
    } catch {
      seen = null; // try again at the next check
    } finally {
      restarting = false;
    }
  };
  const timer = setInterval(() => void check(), FOLDER_CHECK_MS);
  timer.unref?.();
  return {
    async close() {
      clearInterval(timer);
      library.watchStopped();
      await watcher.close();
    },
  };
}
