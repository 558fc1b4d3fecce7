// What the page commands share: one page argument, unplaced text told on stderr, paths shown as typed.
import path from 'node:path';
import type { Decision } from '../../../shared/parse/types';
import { usageError, type CliIo } from '../io';

export function onePage(positional: string[], command: string): string {
  if (positional.length !== 1) throw usageError(`bulletin ${command} takes one page file (got ${positional.length})`);
  return positional[0] as string;
}

/** Unplaced text, told on stderr as file:line so nobody misses it. */
export function warnUnplaced(file: string, decisions: readonly Decision[], io: CliIo): void {
  for (const d of decisions) if (d.kind === 'unplaced') io.stderr(`${file}:${d.lines[0]}: ${d.message}\n`);
}

/** A path as the user would type it: relative below the working folder, absolute elsewhere. */
export function shown(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel;
}
