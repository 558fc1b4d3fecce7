// A .docx saved by LibreOffice (Debian's libreoffice-writer-nogui, installed by .ci/run), not by the `docx` package: made from a made-up page in a fixture step, then imported.
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readPage } from '../../electron/services/pageRead';

const soffice = spawnSync('sh', ['-c', 'command -v soffice']).stdout.toString().trim();
const dir = mkdtempSync(path.join(tmpdir(), 'bulletin-lo-'));

/** The made-up story as LibreOffice Writer opens it: paragraphs, a bold subheading, a table. */
const STORY_HTML = `<html><head><meta charset="utf-8"></head><body>
<p>花园社区</p><p>楼道里的热心人</p>
<p>本报讯（通讯员 李红）近日，花园社区志愿者清理了楼道里的小广告。</p>
<p>活动从上午九点开始，志愿者分成四组。</p>
<p><b>楼道净了，邻里近了</b></p>
<p>不少居民主动加入，还有人送来了茶水。</p>
<table><tr><td>组别</td><td>人数</td></tr><tr><td>第一组</td><td>6</td></tr></table>
<p>记者 王小明</p></body></html>`;

/** Converts a file with LibreOffice, in a profile of its own (parallel runs never share one), into `dir`. */
function convert(file: string, to: string, extra: string[] = []): string {
  execFileSync(
    soffice,
    [
      `-env:UserInstallation=${pathToFileURL(path.join(dir, 'profile')).href}`,
      '--headless',
      ...extra,
      '--convert-to',
      to,
      '--outdir',
      dir,
      file,
    ],
    { stdio: 'pipe', timeout: 170_000 },
  );
  return path.join(dir, `${path.basename(file, path.extname(file))}.docx`);
}

describe.skipIf(!soffice)('a .docx saved by LibreOffice', () => {
  let fromHtml: string;
  let fromText: string;
  beforeAll(() => {
    writeFileSync(path.join(dir, 'story.html'), STORY_HTML);
    fromHtml = convert(path.join(dir, 'story.html'), 'docx:MS Word 2007 XML');
    writeFileSync(
      path.join(dir, 'plain.txt'),
      '东湖街道\n\n举办消防安全开放日\n\n本报讯 5月8日上午，东湖街道举办消防安全开放日活动。\n\n记者 李明\n',
    );
    fromText = convert(path.join(dir, 'plain.txt'), 'docx', ['--infilter=Text (encoded):UTF8,LF,,,']);
  }, 180_000); // LibreOffice's first start makes its profile: slow on a busy machine
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('from a Writer document: titles, dateline, byline, the bold subheading, the table beside the story', async () => {
    const page = await readPage(readFileSync(fromHtml));
    expect(page.encoding).toBe('docx');
    expect(page.stories).toHaveLength(1);
    expect(page.stories[0]).toMatchObject({ kicker: '花园社区', headline: '楼道里的热心人', dateline: '本报讯' });
    expect(page.stories[0]?.byline.map((c) => `${c.role} ${c.names.join('、')}`)).toEqual(['通讯员 李红', '记者 王小明']);
    expect(page.stories[0]?.body.map((b) => b.type)).toEqual(['paragraph', 'paragraph', 'subheading', 'paragraph']);
    expect(page.word).toEqual([{ kind: 'table', line: 11, text: '组别\t人数\n第一组\t6' }]);
  });

  it('from a plain-text file: the same story as the text itself gives', async () => {
    const page = await readPage(readFileSync(fromText));
    expect(page.stories.map((s) => [s.kicker, s.headline, s.dateline, s.body.map((b) => b.text)])).toEqual([
      ['东湖街道', '举办消防安全开放日', '本报讯', ['5月8日上午，东湖街道举办消防安全开放日活动。']],
    ]);
  });
});
