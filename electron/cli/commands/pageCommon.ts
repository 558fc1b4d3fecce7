// What the page commands share: one page argument, unplaced text and a Word file's tables and photos told on stderr, paths shown as typed.
import path from 'node:path';
import type { Decision } from '../../../shared/parse/types';
import type { WordExtra } from '../../../shared/parse/wordPage';
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

/** A Word file's table, photo or note as the notes of its story keep it (English, as the command speaks). */
export function wordNoteOf(file: string, extra: WordExtra): string {
  switch (extra.kind) {
    case 'table':
      return `${file}: a table, kept here (not in the story text):\n${extra.text}`;
    case 'image':
      if (extra.refused) return `${file}: a photo that could not be added to the story: ${extra.refused.message}`;
      if (extra.photo) return `${file}: a photo, added to its story: ${extra.name} (${extra.type}, ${extra.bytes} bytes)`;
      return `${file}: a photo, added to its story on import: ${extra.name} (${extra.type}, ${extra.bytes} bytes)`;
    case 'footnote':
    case 'endnote':
      return `${file}: ${extra.kind === 'footnote' ? 'a footnote' : 'an endnote'}:\n${extra.text}`;
    case 'comment':
      return `${file}: a comment${extra.author ? ` by ${extra.author}` : ''}:\n${extra.text}`;
    case 'headersFooters':
      return `${file}: ${extra.count} header(s) or footer(s), not imported: check them in Word`;
  }
}

const WHAT = { table: 'a table', comment: 'a comment', footnote: 'a footnote', endnote: 'an endnote' } as const;

/** What a Word file holds besides its paragraphs, told on stderr as file:line (the line it follows): where each goes. */
export function warnWordExtras(file: string, extras: readonly WordExtra[], io: CliIo): void {
  const kept = 'kept in the notes of its story on import';
  for (const e of extras) {
    const at = e.line > 0 ? `${file}:${e.line}` : file;
    if (e.kind === 'image') io.stderr(`${at}: ${wordNoteOf(file, e).slice(file.length + 2)}\n`);
    else if (e.kind === 'headersFooters') io.stderr(`${at}: ${e.count} header(s) or footer(s), not imported: check them in Word\n`);
    else io.stderr(`${at}: ${WHAT[e.kind]}, ${kept}\n`);
  }
}
