// The import review's side of a Word file, without DOM: which files it takes, its source lines, and the words of its notice and notes in both languages.
import { describe, expect, it } from 'vitest';
import type { WordExtra } from '../../shared/parse/wordPage';
import { looksBinary, problemOfFile, sourceLines } from '../../renderer/src/importReview/pageFile';
import { sizeText, wordNoteOf, wordNoticeOf } from '../../renderer/src/importReview/wordNotes';
import { translator } from '../../renderer/src/i18n/translate';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const EXTRAS: WordExtra[] = [
  { kind: 'headersFooters', line: 0, count: 1 },
  { kind: 'image', line: 5, name: '志愿者合影.png', type: 'image/png', bytes: 12_800, photo: `${'a'.repeat(64)}.png` },
  {
    kind: 'image',
    line: 7,
    name: 'image2.jpeg',
    type: 'image/jpeg',
    bytes: 2_400_000,
    refused: { reason: 'photoDamaged', params: { file: 'image2.jpeg', format: 'JPEG' }, message: 'image2.jpeg is a damaged JPEG' },
  },
  { kind: 'table', line: 7, text: '组别\t人数' },
  { kind: 'comment', line: 7, author: '编辑部', text: '时间请再核实' },
];

describe('the file the review takes', () => {
  it('takes .txt and .docx; says at once that an old .doc or .wps must be saved as .docx; refuses a 100 MB file', () => {
    expect(problemOfFile({ name: '通讯稿.docx', type: DOCX, size: 9000 })).toBeUndefined();
    expect(problemOfFile({ name: '通讯稿.docx', type: '', size: 9000 })).toBeUndefined();
    expect(problemOfFile({ name: 'page.txt', type: 'text/plain', size: 9000 })).toBeUndefined();
    expect(problemOfFile({ name: '通讯稿.doc', type: 'application/msword', size: 9000 })).toEqual({ problem: 'oldWord' });
    expect(problemOfFile({ name: '通讯稿.WPS', type: '', size: 9000 })).toEqual({ problem: 'oldWord' });
    expect(problemOfFile({ name: 'photo.png', type: 'image/png', size: 9000 })).toEqual({ problem: 'notText' });
    expect(problemOfFile({ name: 'big.docx', type: DOCX, size: 100 * 1024 * 1024 })).toEqual({ problem: 'tooBig', size: '100.0' });
  });

  it('sends a zip or an OLE2 file to the desk (it reads the one and words the other), not NUL-byte text', () => {
    expect(looksBinary(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0]))).toBe(false);
    expect(looksBinary(new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0]))).toBe(false);
    expect(looksBinary(new Uint8Array([0x41, 0, 0x42]))).toBe(true);
  });

  it('shows a Word file’s lines as the desk numbered them, a text page’s as its bytes decode', () => {
    expect(sourceLines(new Uint8Array([0x50, 0x4b]), { encoding: 'docx', lines: ['花园社区', '', '楼道里的热心人'] })).toEqual([
      '花园社区',
      '',
      '楼道里的热心人',
    ]);
    expect(sourceLines(new TextEncoder().encode('甲\n乙\n'), { encoding: 'utf8' })).toEqual(['甲', '乙']);
  });
});

describe('what the review says of a Word file', () => {
  it('in English: tables, photos added by name, type and size, a photo refused with why, notes, headers', () => {
    expect(wordNoticeOf(translator('en'), 'en', EXTRAS)).toEqual([
      '1 table: its text is in the notes of its story, not in the story text.',
      '1 photo added to its story (write a caption for it in the story): 志愿者合影.png (PNG, 13 KB).',
      '1 photo could not be added, and is named in its story’s notes: image2.jpeg (JPEG, 2.3 MB): image2.jpeg is a damaged JPEG file and cannot be read to the end: copy the photo from the camera or phone again and add the new copy.',
      '1 footnote, endnote or comment: kept in the notes of its story.',
      'The file has 1 header or footer, which is not imported: if it holds text the story needs, copy it from Word.',
    ]);
  });

  it('in Chinese', () => {
    expect(wordNoticeOf(translator('zh-CN'), 'zh-CN', EXTRAS)).toEqual([
      '1 个表格：表格文字已放进所在稿件的备注，没有放进正文。',
      '1 张图片已加到所在稿件（请在稿件里补写图片说明）：志愿者合影.png（PNG，13 KB）。',
      '1 张图片没能加到稿件，已记在所在稿件的备注里：image2.jpeg（JPEG，2.3 MB）：image2.jpeg 这个 JPEG 文件已损坏，读不完整：请从相机或手机里重新拷一份，再添加新拷的照片。',
      '1 条脚注、尾注或批注：已放进所在稿件的备注。',
      '文件有 1 个页眉或页脚，不会导入；如果里面有稿件需要的文字，请从 Word 中复制。',
    ]);
    expect(wordNoticeOf(translator('zh-CN'), 'zh-CN', [])).toEqual([]);
  });

  it('words the notes each goes to, naming the file', () => {
    const zh = translator('zh-CN');
    expect(wordNoteOf(zh, 'zh-CN', '通讯稿.docx', EXTRAS[3] as WordExtra)).toBe(
      'Word 文件“通讯稿.docx”中的表格，保留在备注里（未放进正文）：\n组别\t人数',
    );
    expect(wordNoteOf(zh, 'zh-CN', '通讯稿.docx', EXTRAS[2] as WordExtra)).toBe(
      'Word 文件“通讯稿.docx”中的图片没能加到稿件：image2.jpeg（JPEG，2.3 MB）：image2.jpeg 这个 JPEG 文件已损坏，读不完整：请从相机或手机里重新拷一份，再添加新拷的照片',
    );
    expect(wordNoteOf(translator('en'), 'en', 'story.docx', EXTRAS[4] as WordExtra)).toBe(
      'A comment by 编辑部 in the Word file “story.docx”:\n时间请再核实',
    );
    expect(sizeText(300, 'en')).toBe('1 KB');
  });
});
