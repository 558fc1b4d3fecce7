// A Word file's tables, photos and notes in the reporter's words (no DOM): the notes they go to, and what the review's notice lists.
import type { WordExtra } from '../../../shared/parse/wordPage';
import { counted, type Language, type Translate } from '../i18n/translate';
import { failureText } from '../shell/errors';

type Photo = Extract<WordExtra, { kind: 'image' }>;

/** A file's size as a reporter reads it: KB below a megabyte, else MB with one decimal. */
export function sizeText(bytes: number, language: Language): string {
  if (bytes < 1024 * 1024) return `${Math.max(1, Math.round(bytes / 1024)).toLocaleString(language)} KB`;
  return `${(bytes / 1024 / 1024).toLocaleString(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 })} MB`;
}

/** A photo's type as its format's name (image/png → PNG, image/jpeg → JPEG). */
function typeName(type: string): string {
  return type
    .replace(/^image\//, '')
    .replace(/^x-/, '')
    .toUpperCase();
}

function photoText(t: Translate, language: Language, photo: Photo): string {
  return t('wordImport.photo', { photo: photo.name, type: typeName(photo.type), size: sizeText(photo.bytes, language) });
}

/** A photo the import could not add: its name and why, in the reporter's words (the image service's refusal). */
function refusedText(t: Translate, language: Language, photo: Photo): string {
  const why = photo.refused ? failureText({ code: 'refused', ...photo.refused }, t) : '';
  return why === '' ? photoText(t, language, photo) : t('wordImport.photoRefused', { photo: photoText(t, language, photo), reason: why });
}

/** The note an extra leaves in its story: what it is, from which file, and its text. */
export function wordNoteOf(t: Translate, language: Language, name: string, extra: WordExtra): string {
  switch (extra.kind) {
    case 'table':
      return t('wordImport.note.table', { name, text: extra.text });
    case 'image':
      return t('wordImport.note.image', { name, photo: refusedText(t, language, extra) });
    case 'footnote':
    case 'endnote':
      return t(`wordImport.note.${extra.kind}`, { name, text: extra.text });
    case 'comment':
      return extra.author.trim() === ''
        ? t('wordImport.note.commentNoAuthor', { name, text: extra.text })
        : t('wordImport.note.comment', { name, author: extra.author, text: extra.text });
    case 'headersFooters':
      return counted(t, language, 'wordImport.note.headersFooters', extra.count, { name });
  }
}

/** The lines of the review's notice: what the Word file holds besides its paragraphs, and where it went. */
export function wordNoticeOf(t: Translate, language: Language, extras: readonly WordExtra[]): string[] {
  const tables = extras.filter((e) => e.kind === 'table').length;
  const photos = extras.filter((e): e is Photo => e.kind === 'image');
  const notes = extras.filter((e) => e.kind === 'footnote' || e.kind === 'endnote' || e.kind === 'comment').length;
  const headers = extras.reduce((n, e) => n + (e.kind === 'headersFooters' ? e.count : 0), 0);
  const said: string[] = [];
  if (tables > 0) said.push(counted(t, language, 'wordImport.tables', tables));
  // each photo became one of its story's photos, or is named with why it could not (and kept in the notes)
  const added = photos.filter((p) => p.photo !== undefined);
  const refused = photos.filter((p) => p.photo === undefined);
  if (added.length > 0) {
    const list = added.map((p) => photoText(t, language, p)).join(t('wordImport.listSeparator'));
    said.push(counted(t, language, 'wordImport.photos', added.length, { photos: list }));
  }
  if (refused.length > 0) {
    const list = refused.map((p) => refusedText(t, language, p)).join(t('wordImport.listSeparator'));
    said.push(counted(t, language, 'wordImport.photosRefused', refused.length, { photos: list }));
  }
  if (notes > 0) said.push(counted(t, language, 'wordImport.notes', notes));
  if (headers > 0) said.push(counted(t, language, 'wordImport.headersFooters', headers));
  return said;
}
