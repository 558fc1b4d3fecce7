// Sync tools' files in a library: conflict copies (the other side of a conflict on a story) and temporary files to ignore.
import type { SyncConflict } from '../../../shared/api';
import { fileKindOf, hasLibraryLastExtension } from '../../../shared/fileNames';

export type SyncTool = SyncConflict['tool'];

/**
 * The marks sync tools put into a conflict copy's name, before its last extension (Syncthing, Nextcloud) or before
 * `.story.json` (as some tools and people name them); `NAME.bstory` gets them before `.bstory`:
 * - Syncthing: `NAME.sync-conflict-20261205-101010-ABCDEFG.json`, `NAME.sync-conflict-20261205-101010-ABCDEFG.bstory`
 * - Nextcloud, ownCloud: `NAME (conflicted copy 2026-12-05 101010).json`, `NAME_conflict-20261205-101010.json`
 * - Dropbox: `NAME (Zhang Ming's conflicted copy 2026-12-05).json`, `NAME (1) (conflict …).json`
 */
const MARKS: ReadonlyArray<{ tool: SyncTool; mark: RegExp }> = [
  { tool: 'syncthing', mark: /\.sync-conflict-\d{8}-\d{6}-[A-Z0-9]{7}/ },
  { tool: 'nextcloud', mark: / \(conflicted copy \d{4}-\d{2}-\d{2} \d{6}\)|_conflict-\d{8}-\d{6}/ },
  { tool: 'dropbox', mark: / \([^()]*conflicted copy[^()]*\)/ },
  { tool: 'other', mark: / \([^()]*conflict[^()]*\)/i },
];

const CONFLICT_WORD = /conflict/i;

/** The original's name and the tool, when `name` is a sync tool's conflict copy of a story or bulletin file. */
export function conflictOriginal(name: string): { original: string; tool: SyncTool } | null {
  // every mark says "conflict": a name without it (nearly every one, thousands per listing) is no copy
  if (name.startsWith('.') || !hasLibraryLastExtension(name) || !CONFLICT_WORD.test(name)) return null;
  for (const { tool, mark } of MARKS) {
    const m = mark.exec(name);
    if (!m) continue;
    const original = name.slice(0, m.index) + name.slice(m.index + m[0].length);
    if (fileKindOf(original) !== null && !original.startsWith('.')) return { original, tool };
  }
  return null;
}

/** Sync tools' temporary and lock files (`.syncthing.*.tmp`, `~syncthing~*`, `.~lock.*`, `*.part`): never library files. */
export function isSyncTemporary(name: string): boolean {
  return /^\.syncthing\..*\.tmp$/.test(name) || name.startsWith('~syncthing~') || name.startsWith('.~lock.') || name.endsWith('.part');
}
