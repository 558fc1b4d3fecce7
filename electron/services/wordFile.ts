// Reading a .docx with mammoth into plain data for the importer: paragraphs (bold or not), tables, photos, footnotes and comments, in order.
import mammoth from 'mammoth';
import type { WordBlock, WordDocument } from '../../shared/parse/wordPage';
import { WordFileRefused } from './wordContainer';

/** mammoth's document elements (documents.js), as far as they are read here; its typings leave them `any`. */
interface Element {
  type: string;
  children?: Element[];
  value?: string;
  isBold?: boolean;
  styleName?: string | null;
  breakType?: string;
  contentType?: string;
  altText?: string;
  noteType?: 'footnote' | 'endnote';
  noteId?: string;
  commentId?: string;
  body?: Element[];
  authorName?: string;
  readAsArrayBuffer?: () => Promise<ArrayBuffer>;
}
interface DocumentElement extends Element {
  notes: { resolve(reference: Element): Element | null };
  comments: Element[];
}

/** A heading below the first level reads as a subheading, as a bold paragraph does (英文 Word and 中文 Word/WPS style names). */
const SUBHEADING_STYLE = /^(heading|标题)\s*[2-6]$/i;

/** Plain text of elements (a note's or a comment's body, a table cell): paragraphs a line each. */
function plainText(elements: readonly Element[] = []): string {
  const out: string[] = [];
  const walk = (e: Element, line: string[]): void => {
    if (e.type === 'text') line.push(e.value ?? '');
    else if (e.type === 'tab') line.push(' ');
    else if (e.type === 'break') line.push('\n');
    for (const c of e.children ?? []) walk(c, line);
  };
  for (const e of elements) {
    const line: string[] = [];
    walk(e, line);
    out.push(line.join(''));
  }
  return out
    .join('\n')
    .replace(/\n{2,}/g, '\n')
    .trim();
}

const EXTENSIONS: Record<string, string> = {
  'image/jpeg': 'jpg',
  'image/png': 'png',
  'image/gif': 'gif',
  'image/bmp': 'bmp',
  'image/tiff': 'tif',
};

/** Walks the document's body: each paragraph and table a block, photos, notes and comments after the block they stand in. */
function collect(doc: DocumentElement) {
  const blocks: WordBlock[] = [];
  const images: Array<{ at: number; element: Element }> = [];
  const notes: WordDocument['notes'] = [];
  const commentAt = new Map<string, number>();

  const paragraph = (p: Element) => {
    const text: string[] = [];
    let bold = true;
    let any = false;
    const at = blocks.length;
    const walk = (e: Element, inBold: boolean) => {
      const strong = inBold || e.isBold === true || /^(strong|bold)$/i.test(e.styleName ?? '');
      if (e.type === 'text') {
        text.push(e.value ?? '');
        if ((e.value ?? '').trim() !== '') {
          any = true;
          if (!strong) bold = false;
        }
      } else if (e.type === 'tab') text.push(' ');
      else if (e.type === 'break') text.push('\n');
      else if (e.type === 'image') images.push({ at, element: e });
      else if (e.type === 'noteReference') {
        const note = doc.notes.resolve(e);
        if (note) notes.push({ at, kind: e.noteType === 'endnote' ? 'endnote' : 'footnote', text: plainText(note.body) });
      } else if (e.type === 'commentReference' && e.commentId !== undefined && !commentAt.has(e.commentId)) commentAt.set(e.commentId, at);
      for (const c of e.children ?? []) walk(c, e.type === 'run' ? strong : inBold);
    };
    const photos = images.length;
    walk(p, false);
    const joined = text.join('');
    // a paragraph holding only a photo is no gap between paragraphs: its photos stand after the block before
    if (joined.trim() === '' && images.length > photos) {
      for (const i of images.slice(photos)) i.at = at - 1;
      return;
    }
    blocks.push({ kind: 'paragraph', text: joined, bold: (any && bold) || SUBHEADING_STYLE.test(p.styleName ?? '') });
  };

  const block = (e: Element) => {
    if (e.type === 'paragraph') paragraph(e);
    else if (e.type === 'table') {
      const rows = (e.children ?? []).map((row) => (row.children ?? []).map((cell) => plainText(cell.children)));
      blocks.push({ kind: 'table', rows });
      // photos and notes inside a table's cells are still found
      const inside = (x: Element) => {
        if (x.type === 'image') images.push({ at: blocks.length - 1, element: x });
        for (const c of x.children ?? []) inside(c);
      };
      inside(e);
    } else for (const c of e.children ?? []) block(c);
  };
  for (const e of doc.children ?? []) block(e);

  const comments = doc.comments.map((c) => ({
    at: commentAt.get(c.commentId ?? '') ?? -1,
    author: c.authorName ?? '',
    text: plainText(c.body),
  }));
  return { blocks, images, notes, comments };
}

/** Reads a .docx's content (its container already checked by wordContainerOf); a file mammoth cannot read is refused. */
export async function readWordDocument(bytes: Uint8Array, headersFooters: number): Promise<WordDocument> {
  let found: ReturnType<typeof collect> | undefined;
  try {
    await mammoth.convertToHtml(
      { buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) },
      {
        // the HTML is not used: the document is read as mammoth hands it over; photos are read as bytes below, never as data: URLs
        transformDocument: (doc: DocumentElement) => {
          found = collect(doc);
          return doc;
        },
        convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: '' })),
      },
    );
  } catch (e) {
    throw new WordFileRefused(
      `the Word file is damaged and cannot be read (${e instanceof Error ? e.message : String(e)}); open it in Word or WPS and save it again as .docx`,
      'pageNotDocx',
    );
  }
  if (!found) throw new WordFileRefused('the Word file holds no document', 'pageNotDocx');
  const images = await Promise.all(
    found.images.map(async ({ at, element }, i) => {
      const type = element.contentType ?? 'application/octet-stream';
      const data = await element.readAsArrayBuffer?.().catch(() => undefined);
      const alt = (element.altText ?? '').trim();
      const name = alt !== '' ? alt : `image${i + 1}.${EXTENSIONS[type] ?? type.replace(/^.*\//, '')}`;
      return { at, name, type, bytes: data?.byteLength ?? 0, ...(data ? { data: new Uint8Array(data) } : {}) };
    }),
  );
  return { blocks: found.blocks, images, notes: found.notes, comments: found.comments, headersFooters };
}
