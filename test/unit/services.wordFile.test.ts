// Word files (.docx) read by the import (electron/services/pageRead.ts, wordFile.ts, wordContainer.ts): files the tests build with `docx`, and files refused by their bytes.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { PageRefused, parsePageOffThread } from '../../electron/services/pageParse';
import { readPage } from '../../electron/services/pageRead';
import { DOCX_MAX_UNPACKED, WordFileRefused, zipEntries } from '../../electron/services/wordContainer';
import { CORRESPONDENT, correspondentDocx, emptyDocx, imageDocx, oldWordBytes, passwordDocxBytes, tableDocx } from '../wordFiles';

/** A zip of the given files (stored, not compressed), with sizes as given in its directory when `claimed` says so. */
function zipOf(files: Record<string, string>, claimed: Record<string, number> = {}): Uint8Array {
  const locals: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  for (const [name, text] of Object.entries(files)) {
    const data = deflateRawSync(Buffer.from(text));
    const nameBytes = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(Buffer.byteLength(text), 22);
    local.writeUInt16LE(nameBytes.length, 26);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(data.length, 20);
    entry.writeUInt32LE(claimed[name] ?? Buffer.byteLength(text), 24);
    entry.writeUInt16LE(nameBytes.length, 28);
    entry.writeUInt32LE(offset, 42);
    locals.push(local, nameBytes, data);
    central.push(entry, nameBytes);
    offset += local.length + nameBytes.length + data.length;
  }
  const dir = Buffer.concat(central);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(Object.keys(files).length, 8);
  end.writeUInt16LE(Object.keys(files).length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, dir, end]));
}

const refusal = async (bytes: Uint8Array) => {
  try {
    await readPage(bytes);
  } catch (e) {
    expect(e).toBeInstanceOf(WordFileRefused);
    return { reason: (e as WordFileRefused).reason, message: (e as Error).message };
  }
  throw new Error('not refused');
};

describe('a correspondent’s Word file', () => {
  it('is read as a page: kicker, headline, 本报讯 lead with its byline, paragraphs, the bold subheading, the end byline', async () => {
    const page = await readPage(await correspondentDocx());
    expect(page.encoding).toBe('docx');
    expect(page.stories).toHaveLength(1);
    const story = page.stories[0];
    expect(story).toMatchObject({ kicker: CORRESPONDENT.kicker, headline: CORRESPONDENT.headline, subheadline: '', dateline: '本报讯' });
    expect(story?.byline).toEqual([
      { role: '通讯员', names: ['李红'], credit: '' },
      { role: '记者', names: ['王小明'], credit: '' },
    ]);
    expect(story?.body).toEqual([
      { type: 'paragraph', text: CORRESPONDENT.lead.replace('本报讯（通讯员 李红）', '') },
      { type: 'paragraph', text: CORRESPONDENT.first },
      { type: 'subheading', text: CORRESPONDENT.subheading },
      { type: 'paragraph', text: CORRESPONDENT.second },
    ]);
    // the source lines are the paragraphs, a blank line between two, numbered as the decisions name them
    expect(page.lines?.filter((l) => l !== '')).toEqual(Object.values(CORRESPONDENT));
    expect(page.lines?.[8]).toBe(CORRESPONDENT.subheading);
    expect(page.decisions.map((d) => d.message)).toContain('line 9 taken as a subheading: a short bold paragraph in the Word file');
    // the bold line is not said to be joined to the next any more
    expect(page.decisions.filter((d) => d.kind === 'join')).toEqual([]);
    expect(page.word).toEqual([]);
  });

  it('keeps a table’s text beside the story, after the paragraph it followed, and out of the story’s text', async () => {
    const page = await readPage(await tableDocx());
    expect(page.stories[0]?.body.map((b) => b.text).join('')).not.toContain('第一组');
    expect(page.word).toEqual([{ kind: 'table', line: 7, text: '组别\t人数\n第一组\t6\n第二组\t5' }]);
  });

  it('lists an embedded photo by name, type and size, and keeps footnotes and comments; a header is listed', async () => {
    const page = await readPage(await imageDocx());
    expect(page.stories[0]?.headline).toBe(CORRESPONDENT.headline);
    const photo = page.word?.find((e) => e.kind === 'image');
    expect(photo).toMatchObject({ kind: 'image', name: '志愿者合影.png', type: 'image/png', line: 5 });
    expect(photo?.kind === 'image' && photo.bytes).toBeGreaterThan(50);
    expect(page.word).toContainEqual({ kind: 'footnote', line: 7, text: '志愿者名单见附件' });
    expect(page.word).toContainEqual({ kind: 'comment', line: 7, author: '编辑部', text: '时间请再核实' });
    expect(page.word).toContainEqual({ kind: 'headersFooters', line: 0, count: 1 });
    // a paragraph holding only the photo is no gap: the lead and the next paragraph are one blank line apart
    expect(page.lines?.slice(4, 7)).toEqual([CORRESPONDENT.lead, '', CORRESPONDENT.first]);
  });

  it('with no text finds no story and no line', async () => {
    const page = await readPage(await emptyDocx());
    expect(page).toMatchObject({ encoding: 'docx', stories: [], decisions: [], lines: [], word: [] });
  });

  it('is read in the import’s worker thread as here', async () => {
    const bytes = await correspondentDocx();
    const there = await parsePageOffThread(bytes);
    const here = await readPage(bytes);
    expect(there.stories.map((s) => s.body)).toEqual(here.stories.map((s) => s.body));
    expect(there.lines).toEqual(here.lines);
    await expect(parsePageOffThread(oldWordBytes())).rejects.toThrow(PageRefused);
  }, 30_000);
});

describe('a Word file the import cannot read', () => {
  it('an old .doc or .wps (OLE2): refused, saying to save it as .docx', async () => {
    expect(await refusal(oldWordBytes())).toEqual({ reason: 'pageLegacyWord', message: expect.stringMatching(/save it as \.docx/) });
  });

  it('a password-protected .docx (an OLE2 container with an encrypted package): refused, saying to remove the password', async () => {
    expect(await refusal(passwordDocxBytes())).toEqual({
      reason: 'pagePasswordProtected',
      message: expect.stringMatching(/remove the password/),
    });
  });

  it('RTF saved as .doc: refused, saying to save it as .docx', async () => {
    expect((await refusal(new TextEncoder().encode('{\\rtf1\\ansi 本报讯}'))).reason).toBe('pageLegacyWord');
  });

  it('a zip that is not a .docx (an .odt, an archive), a cut or damaged .docx: refused as not a Word document', async () => {
    expect(
      (await refusal(zipOf({ 'content.xml': '<office:document/>', mimetype: 'application/vnd.oasis.opendocument.text' }))).reason,
    ).toBe('pageNotDocx');
    const whole = await correspondentDocx();
    expect((await refusal(whole.subarray(0, whole.length - 200))).reason).toBe('pageNotDocx');
    // the directory names word/document.xml, but what is there is no Word XML
    expect((await refusal(zipOf({ 'word/document.xml': 'not xml at all <' }))).reason).toBe('pageNotDocx');
  });

  it('a .docx that unpacks to more than a story ever holds: refused before it is unpacked', async () => {
    const bomb = zipOf({ 'word/document.xml': '<w:document/>' }, { 'word/document.xml': DOCX_MAX_UNPACKED + 1 });
    expect(await refusal(bomb)).toEqual({ reason: 'pageDocxTooBig', message: expect.stringMatching(/more than 200 MB/) });
  });

  it('a plain-text page that starts with the letters PK is still a page', async () => {
    const page = await readPage(new TextEncoder().encode('PK赛事\n\n本报讯 近日，PK赛事在体育馆举行。'));
    expect(page.encoding).toBe('utf8');
  });

  it('reads a zip’s directory: names and unpacked sizes', async () => {
    const names = zipEntries(await correspondentDocx())?.map((e) => e.name);
    expect(names).toContain('word/document.xml');
    expect(zipEntries(new Uint8Array(10))).toBeUndefined();
  });
});
