// Every refusal of the desk worded by the interface: each reason's text in Chinese has no English words, in English no placeholder left.
import { describe, expect, it } from 'vitest';
import { ApiError, REASONS, type Reason, type ReasonParams } from '../../shared/apiError';
import { translator } from '../../renderer/src/i18n/translate';
import { failureText } from '../../renderer/src/shell/errors';

/** Names a Chinese text may hold in Latin letters: encodings, file formats and the programs that write them (Word, WPS), sizes. */
const NAMES = new Set([
  'UTF',
  'GB',
  'BOM',
  'PDF',
  'MB',
  'Word',
  'WPS',
  'doc',
  'docx',
  'wps',
  'JPEG',
  'PNG',
  'WebP',
  'RAW',
  'zip',
  'TLS',
  'STARTTLS',
  'SMTP',
]);

/** What each reason's text is made of, with sample values (names and file names, stripped before the check). */
const SAMPLE: Partial<Record<Reason, ReasonParams>> = {
  storyReplaced: { file: 'rain-1a2b3c4d.story.json' },
  pageDocxTooBig: { max: 200 },
  photoFormat: { file: '现场.gif', format: 'GIF', kind: 'named' },
  photoDamaged: { file: 'IMG_0412.jpg', format: 'JPEG' },
  photoTooBig: { file: 'pano.png', format: 'PNG', mb: 60 },
  photoEmpty: { file: 'IMG_0413.jpg' },
  photoDiskFull: { fileName: 'IMG_0414.jpg' },
  photoMissing: { file: `${'a'.repeat(64)}.jpg` },
  photoAltered: { file: `${'a'.repeat(64)}.jpg` },
  photoUnreadable: { fileName: 'IMG_0415.jpg', max: 64 },
  storyUnreadable: { file: 'rain-1a2b3c4d.story.json' },
  incomplete: { story: 2, headline: '', missing: 'both', more: 1 },
  unencodable: { char: '𠀀', code: 'U+20000', encoding: 'gb18030' },
  unencodableInStory: { char: '𠀀', code: 'U+20000', field: 'body', headline: '暴雨过后', encoding: 'gb18030' },
  outsideCharacterSet: { characterSet: 'GBK', headline: '暴雨过后', found: '“😀” (U+1F600)', count: 1 },
  noHouseStyle: { style: '晚报' },
  packageExists: { name: '二七报-第3版-2026-12-05', folder: '/home/zhang/Downloads' },
  packageFolderMissing: { folder: '/home/zhang/下载' },
  notLibraryFile: { file: 'notes.txt' },
  fileReadable: { file: 'rain-1a2b3c4d.story.json' },
  bulletinUnreadable: { file: 'page-1.bulletin.json' },
  snapshotUnknown: { snapshot: '20261206T020000Z' },
  notInTrash: { trashId: 'rain-1a2b3c4d' },
  notAConflictCopy: { file: 'rain.sync-conflict.story.json' },
  conflictCopyGone: { file: 'rain.sync-conflict.story.json' },
  proofPdfExists: { file: 'proof.pdf' },
  invalidInput: { call: 'story.save' },
  noSuchCall: { call: 'story.burn' },
  requestTooLarge: { mb: 20 },
  requestTooSlow: { seconds: 30 },
  hostAnswered: { status: 502 },
  destinationUnknown: { destination: '二七区新闻部' },
  destinationNameTaken: { destination: '二七区新闻部' },
  destinationDefaultUnknown: { destination: '二七区新闻部' },
  smtpPasswordNeeded: { destination: '二七区新闻部', user: 'zhangming', host: 'smtp.erqi.example' },
  smtpNotLoopback: { host: 'smtp.erqi.example' },
};

/** The English words of a text once the params' own values are taken out. */
function englishWords(text: string, params: ReasonParams): string[] {
  let rest = text;
  for (const value of Object.values(params)) if (typeof value === 'string' && value !== '') rest = rest.split(value).join(' ');
  return (rest.match(/[A-Za-z]{2,}/g) ?? []).filter((w) => !NAMES.has(w));
}

describe('failureText', () => {
  const zh = translator('zh-CN');
  const en = translator('en');

  for (const reason of REASONS) {
    it(`words ${reason} in Chinese without English, in English with every placeholder filled`, () => {
      const params = SAMPLE[reason] ?? {};
      const e = new ApiError({ code: 'refused', message: `English words for the log: ${reason}`, reason, params }).toData();
      const chinese = failureText(e, zh);
      expect(chinese).not.toContain('English words');
      expect(chinese).not.toMatch(/[{}]/);
      expect(chinese).not.toContain('refusal.');
      expect(englishWords(chinese, params), chinese).toEqual([]);
      const english = failureText(e, en);
      expect(english).not.toMatch(/[{}]/);
      expect(english).not.toContain('refusal.');
    });
  }

  it('words the params that are words of the interface: the field, what a story lacks, an empty headline', () => {
    const e = { code: 'refused', message: 'x', reason: 'incomplete', params: { story: 1, headline: '', missing: 'headline', more: 0 } };
    expect(failureText(e, translator('zh-CN'))).toBe('第 1 篇稿件没有主题，补上之后再导出');
    expect(failureText(e, translator('en'))).toBe('story 1 has no headline; add it, then export again');
    const more = { ...e, params: { story: 2, headline: '暴雨过后', missing: 'body', more: 2 } };
    expect(failureText(more, translator('zh-CN'))).toBe('第 2 篇（暴雨过后）正文没有文字，补上之后再导出（另有 2 篇也是如此）');
    const char = {
      code: 'refused',
      message: 'x',
      reason: 'unencodableInStory',
      params: { char: '𠀀', code: 'U+20000', field: 'headline', headline: '暴雨过后', encoding: 'gb18030' },
    };
    expect(failureText(char, translator('zh-CN'))).toContain('“暴雨过后”的主题里有“𠀀”（U+20000），GB18030 编码写不出这个字');
    expect(failureText({ ...char, params: { ...char.params, encoding: 'utf8-bom' } }, translator('zh-CN'))).toContain('UTF-8（带 BOM）');
  });

  it('says a disk fault by its kind, and the service’s words only when there is neither reason nor fault', () => {
    expect(failureText({ code: 'io', message: 'disk full', fault: 'disk-full' }, translator('zh-CN'))).toBe(
      '磁盘已满，腾出空间后会自动保存',
    );
    expect(failureText({ code: 'io', message: 'something odd' }, translator('zh-CN'))).toBe('something odd');
    expect(failureText(new Error('plain'), translator('zh-CN'))).toBe('plain');
  });

  it('ignores a reason it does not know (an older or newer desk) and falls back to the message', () => {
    expect(failureText({ code: 'refused', message: 'kept', reason: 'notAReason' }, translator('zh-CN'))).toBe('kept');
  });
});
