// Made-up Word files (.docx) built with the `docx` package, shared by the unit, command and e2e tests of the Word import.
import { deflateSync } from 'node:zlib';
import {
  CommentRangeEnd,
  CommentRangeStart,
  CommentReference,
  Document,
  FootnoteReferenceRun,
  Header,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx';

/** A correspondent's story as its lines: kicker, headline, 本报讯 lead, paragraphs, a bold subheading, byline. */
export const CORRESPONDENT = {
  kicker: '花园社区',
  headline: '楼道里的热心人',
  lead: '本报讯（通讯员 李红）近日，花园社区二十多名志愿者清理了辖区楼道里的小广告。',
  first: '活动从上午九点开始，志愿者分成四组，逐栋逐层清理。',
  /** Bold in the Word file; it has a comma and no sentence end, so a plain-text page would join it to the next line. */
  subheading: '楼道净了，邻里近了',
  second: '不少居民主动加入，还有人送来了茶水。',
  byline: '记者 王小明',
} as const;

const para = (text: string, bold = false) => new Paragraph({ children: [new TextRun({ text, bold })] });

function storyParagraphs(): Paragraph[] {
  const c = CORRESPONDENT;
  return [
    para(c.kicker, true),
    para(c.headline, true),
    para(c.lead),
    para(c.first),
    para(c.subheading, true),
    para(c.second),
    para(c.byline),
  ];
}

const pack = async (doc: Document) => new Uint8Array(await Packer.toBuffer(doc));

/** The correspondent's story, nothing else. */
export function correspondentDocx(): Promise<Uint8Array> {
  return pack(new Document({ sections: [{ children: storyParagraphs() }] }));
}

/** The story with a table (of the volunteers' groups) after its second paragraph. */
export function tableDocx(): Promise<Uint8Array> {
  const row = (cells: string[]) => new TableRow({ children: cells.map((text) => new TableCell({ children: [para(text)] })) });
  const table = new Table({ rows: [row(['组别', '人数']), row(['第一组', '6']), row(['第二组', '5'])] });
  const [kicker, headline, lead, first, ...rest] = storyParagraphs();
  return pack(new Document({ sections: [{ children: [kicker, headline, lead, first, table, ...rest] as Array<Paragraph | Table> }] }));
}

/** A 2×2 PNG, made here: its bytes are a valid image any reader takes. */
function tinyPng(): Uint8Array {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const out = Buffer.alloc(12 + data.length);
    out.writeUInt32BE(data.length, 0);
    body.copy(out, 4);
    out.writeUInt32BE(crc32(body), 8 + data.length);
    return out;
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(2, 0);
  header.writeUInt32BE(2, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB
  const pixels = Buffer.from([0, 255, 0, 0, 0, 255, 0, 0, 0, 0, 255, 255, 255, 255]); // two rows, each with its filter byte
  return new Uint8Array(
    Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(pixels)),
      chunk('IEND', Buffer.alloc(0)),
    ]),
  );
}

function crc32(bytes: Buffer): number {
  let crc = 0xffffffff;
  for (const b of bytes) {
    crc ^= b;
    for (let k = 0; k < 8; k++) crc = crc & 1 ? (crc >>> 1) ^ 0xedb88320 : crc >>> 1;
  }
  return (crc ^ 0xffffffff) >>> 0;
}

/** The story with a photo (alt text 志愿者合影.png) in its own paragraph after the lead, a footnote, a comment and a header. */
export function imageDocx(): Promise<Uint8Array> {
  const photo = new Paragraph({
    children: [
      new ImageRun({
        type: 'png',
        data: tinyPng(),
        transformation: { width: 20, height: 20 },
        altText: { name: '志愿者合影.png', description: '志愿者合影.png', title: '志愿者合影.png' },
      }),
    ],
  });
  const [kicker, headline, lead, , ...rest] = storyParagraphs();
  const first = new Paragraph({
    children: [
      new CommentRangeStart(0),
      new TextRun(CORRESPONDENT.first),
      new CommentRangeEnd(0),
      new TextRun({ children: [new CommentReference(0)] }),
      new FootnoteReferenceRun(1),
    ],
  });
  return pack(
    new Document({
      comments: { children: [{ id: 0, author: '编辑部', children: [para('时间请再核实')] }] },
      footnotes: { 1: { children: [para('志愿者名单见附件')] } },
      sections: [
        {
          headers: { default: new Header({ children: [para('花园社区通讯稿')] }) },
          children: [kicker, headline, lead, photo, first, ...rest] as Paragraph[],
        },
      ],
    }),
  );
}

/**
 * The story with two photos in their own paragraphs: `good` (a JPEG) after the lead, named 现场.jpg, and `damaged` (a
 * JPEG cut short, or any bytes) after the first paragraph, named 坏图.jpg.
 */
export function photosDocx(good: Uint8Array, damaged: Uint8Array): Promise<Uint8Array> {
  const photo = (data: Uint8Array, name: string) =>
    new Paragraph({
      children: [
        new ImageRun({ type: 'jpg', data, transformation: { width: 40, height: 30 }, altText: { name, description: name, title: name } }),
      ],
    });
  const [kicker, headline, lead, first, ...rest] = storyParagraphs();
  return pack(
    new Document({
      sections: [
        { children: [kicker, headline, lead, photo(good, '现场.jpg'), first, photo(damaged, '坏图.jpg'), ...rest] as Paragraph[] },
      ],
    }),
  );
}

/** A Word file with no text at all. */
export function emptyDocx(): Promise<Uint8Array> {
  return pack(new Document({ sections: [{ children: [new Paragraph('')] }] }));
}

/** The first bytes of an old Word file (OLE2 compound document) naming its WordDocument stream: what a .doc or .wps starts like. */
export function oldWordBytes(): Uint8Array {
  const bytes = new Uint8Array(4096);
  bytes.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  bytes.set(Buffer.from('WordDocument', 'utf16le'), 1024);
  return bytes;
}

/** What a password-protected .docx is: an OLE2 container holding the encrypted package. */
export function passwordDocxBytes(): Uint8Array {
  const bytes = oldWordBytes();
  bytes.set(Buffer.from('EncryptionInfo\u0000EncryptedPackage', 'utf16le'), 2048);
  return bytes;
}
