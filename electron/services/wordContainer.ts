// Telling a Word file by its bytes, not its name: a .docx (a zip holding word/document.xml), or an old .doc/.wps, a password-protected file, RTF, refused with the reason.
import type { Reason, ReasonParams } from '../../shared/apiError';

/** The file is a Word file the importer cannot read: the reporter's file, not the app. */
export class WordFileRefused extends Error {
  override name = 'WordFileRefused';
  constructor(
    message: string,
    readonly reason: Extract<Reason, 'pageLegacyWord' | 'pagePasswordProtected' | 'pageNotDocx' | 'pageDocxTooBig'>,
    readonly params: ReasonParams = {},
  ) {
    super(message);
  }
}

/** What a .docx may hold once unpacked; past this it is refused rather than unpacked (a few MB is usual, photos included). */
export const DOCX_MAX_UNPACKED = 200 * 1024 * 1024;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A zip's first local header, or the end record of an empty zip: PK and two control bytes, never a text page's start. */
const ZIP = [0x50, 0x4b, 0x03, 0x04];
const EMPTY_ZIP = [0x50, 0x4b, 0x05, 0x06];
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

const startsWith = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/** Whether the bytes hold this name as UTF-16LE, as an OLE2 container names its streams. */
function holdsUtf16(bytes: Uint8Array, name: string): boolean {
  const wanted = Buffer.from(name, 'utf16le');
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(wanted);
}

interface ZipEntry {
  name: string;
  /** Unpacked size in bytes. */
  size: number;
}

/** The entries of a zip's central directory (names and unpacked sizes), or undefined when there is none to read. */
export function zipEntries(bytes: Uint8Array): ZipEntry[] | undefined {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // the end record: 22 bytes, then a comment of up to 65,535 bytes
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) !== 0x06054b50) continue;
    const count = view.getUint16(i + 10, true);
    let at = view.getUint32(i + 16, true);
    const entries: ZipEntry[] = [];
    for (let k = 0; k < count; k++) {
      if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return undefined;
      const nameLength = view.getUint16(at + 28, true);
      const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
      entries.push({ name, size: view.getUint32(at + 24, true) });
      at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    }
    return entries;
  }
  return undefined;
}

/** What the bytes are: a .docx (with how many headers and footers it has), or a plain-text page; other Word files throw WordFileRefused. */
export function wordContainerOf(bytes: Uint8Array): { kind: 'text' } | { kind: 'docx'; headersFooters: number } {
  if (startsWith(bytes, OLE2)) {
    // a password-protected .docx is an OLE2 container too, holding the encrypted package
    if (holdsUtf16(bytes, 'EncryptedPackage'))
      throw new WordFileRefused(
        'the file is protected by a password; open it in Word or WPS, remove the password and save it again as .docx',
        'pagePasswordProtected',
      );
    throw new WordFileRefused(
      'the file is an old Word (.doc) or WPS (.wps) file, which Bulletin Desk does not read; open it in Word or WPS and save it as .docx',
      'pageLegacyWord',
    );
  }
  if (startsWith(bytes, RTF))
    throw new WordFileRefused(
      'the file is RTF, which Bulletin Desk does not read; open it in Word or WPS and save it as .docx',
      'pageLegacyWord',
    );
  if (!startsWith(bytes, ZIP) && !startsWith(bytes, EMPTY_ZIP)) return { kind: 'text' };
  const entries = zipEntries(bytes);
  if (!entries?.some((e) => e.name === 'word/document.xml'))
    throw new WordFileRefused(
      'the file is a zip archive (or a damaged one), not a Word document (.docx); open it in Word or WPS and save it as .docx',
      'pageNotDocx',
    );
  const unpacked = entries.reduce((sum, e) => sum + e.size, 0);
  if (unpacked > DOCX_MAX_UNPACKED)
    throw new WordFileRefused(
      `the Word file unpacks to more than ${DOCX_MAX_UNPACKED / 1024 / 1024} MB, more than a story ever holds`,
      'pageDocxTooBig',
      {
        max: DOCX_MAX_UNPACKED / 1024 / 1024,
      },
    );
  return { kind: 'docx', headersFooters: entries.filter((e) => /^word\/(header|footer)\d*\.xml$/.test(e.name)).length };
}
