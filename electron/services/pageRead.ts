// A page's bytes into stories, whatever the file: a .docx (told by its bytes) read through mammoth, else plain text decoded; both by the same importer.
import type { Encoding } from '../../shared/houseStyle';
import { parsePage, type ParseOptions } from '../../shared/parse/parsePage';
import type { ParsedPage } from '../../shared/parse/types';
import { parseWordDocument, type WordExtra } from '../../shared/parse/wordPage';
import { decodePage } from './encoding';
import { wordContainerOf } from './wordContainer';

/** Where the page's text came from: a plain-text file's encoding, or a Word file. */
type PageSource = Encoding | 'docx';

export type ReadPage = ParsedPage & {
  encoding: PageSource;
  /** A Word file's lines as the importer numbered them (a plain-text page's lines are its own). */
  lines?: string[];
  /** A Word file's tables, photos and notes, which are not lines of the page. */
  word?: WordExtra[];
  /** A Word file's photos' bytes, in the order of the image extras of `word` (undefined: it could not be read). */
  wordImages?: Array<Uint8Array | undefined>;
};

/** Reads a page's bytes; throws EncodingError or WordFileRefused (with a reason) for a file it cannot read. */
export async function readPage(bytes: Uint8Array, options: ParseOptions = {}): Promise<ReadPage> {
  const container = wordContainerOf(bytes);
  if (container.kind === 'docx') {
    // mammoth is loaded for a Word file only: a plain-text page (and `bulletin parse`) starts without it
    const { readWordDocument } = await import('./wordFile');
    const doc = await readWordDocument(bytes, container.headersFooters);
    const parsed = parseWordDocument(doc, options);
    // the image extras keep the document's order (sorted by line, stably, and a photo's line never goes back)
    return { ...parsed, encoding: 'docx', wordImages: doc.images.map((i) => i.data) };
  }
  const page = decodePage(bytes);
  return { ...parsePage(page.text, options), encoding: page.encoding };
}
