// Watching the library folder: stories added, changed or removed by another program become events.
import { watch, type FSWatcher } from 'chokidar';
import path from 'node:path';
import type { DeskListener } from '../deskTypes';
import { isLibraryFile, STORY_EXT } from './catalog';
import type { Library } from './library';
import { revisionOf } from './storage';

/**
 * Starts watching. The library's own writes are told apart by revision, not by timing: a change whose bytes
 * hash to the revision the library last wrote or read is its own, and is not reported.
 */
export async function watchLibrary(library: Library, emit: DeskListener, onStoryText?: (id: string) => void): Promise<FSWatcher> {
  const watcher = watch(library.folder, {
    depth: 0,
    ignoreInitial: true,
    ignored: (file: string) => file !== library.folder && !isLibraryFile(path.basename(file)),
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
    if (read.entry.kind === 'unreadable') {
      emit('file.unreadable', read.entry.unreadable);
    } else if (read.entry.kind === 'story') {
      onStoryText?.(read.entry.summary.id);
      emit(added ? 'story.added' : 'story.changed', { summary: read.entry.summary });
    }
  };

  watcher.on('add', (file) => void changed(file));
  watcher.on('change', (file) => void changed(file));
  watcher.on('unlink', (file) => {
    const name = path.basename(file);
    if (library.ownRemovals.delete(name)) return;
    const summary = library.summaryOf(name);
    library.forget(name);
    void library.persistIndex();
    if (name.endsWith(STORY_EXT)) {
      if (summary) onStoryText?.(summary.id);
      emit('story.removed', { id: summary?.id ?? '', file: name });
    }
  });
  await new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return watcher;
}
