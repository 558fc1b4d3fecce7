// The `bulletin` command, run in-process on real files in temp folders, and once as a real process.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { serializeStory, serializeBulletin, BULLETIN_FORMAT, newStory, readStoryFile } from '../../shared/index';
import { runCli } from './helpers/cliRun';

const PAGE = `东湖街道

举办社区消防安全开放日

本报讯 5月8日上午，东湖街道在文化广场举办消防安全开放日活动，吸引居民200余人参加。

现场设置了灭火器实操、逃生体验等4个互动区域。

记者 李明 通讯员 王芳

三项举措护航夏粮收购 确保颗粒归仓

县粮食局压实责任，为种粮农户办实事

本报讯 6月2日，县粮食局召开夏粮收购工作推进会。会议明确了三项重点举措。记者 李明 通讯员 赵强

开辟绿色通道

在全县12个收购网点设立售粮专用通道。
`;

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-cli-'));
});

const run = (...argv: string[]) => runCli(dir, argv);

function write(name: string, data: string | Buffer): string {
  const file = path.join(dir, name);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, data);
  return file;
}

describe('bulletin parse', () => {
  it('prints the stories in the file format and the decisions as JSON', async () => {
    write('page.txt', PAGE);
    const r = await run('parse', 'page.txt');
    expect(r.status).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(Object.keys(json)).toEqual(['stories', 'decisions']);
    expect(json.stories).toHaveLength(2);
    for (const s of json.stories) expect(readStoryFile(JSON.stringify(s)).ok).toBe(true);
    expect(json.stories[0].kicker).toBe('东湖街道');
    expect(json.stories[1].bylinePosition).toBe('inline');
    expect(json.decisions.some((d: { message: string }) => d.message.startsWith('line 1 taken as the kicker'))).toBe(true);
  });

  it('reads a GB18030 page exactly as its UTF-8 twin', async () => {
    write('utf8.txt', PAGE);
    write('gb.txt', iconv.encode(PAGE.replace(/\n/g, '\r\n'), 'gb18030'));
    const a = JSON.parse((await run('parse', 'utf8.txt')).stdout);
    const b = JSON.parse((await run('parse', 'gb.txt')).stdout);
    const strip = (x: { stories: Array<Record<string, unknown>> }) =>
      x.stories.map(({ id: _i, createdAt: _c, updatedAt: _u, ...rest }) => rest);
    expect(strip(b)).toEqual(strip(a));
    expect(b.decisions).toEqual(a.decisions);
  });

  it('reads a short GB18030 page whose bytes are valid UTF-8 too as GB18030 (“通讯员”, not “ͨѶԱ”)', async () => {
    const bytes = iconv.encode('通讯员\n', 'gb18030');
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(bytes)).not.toThrow();
    write('short.txt', bytes);
    const r = await run('parse', 'short.txt');
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).decisions.map((d: { text?: string }) => d.text)).toContain('通讯员');
  });

  it('refuses a file that is neither UTF-8 nor GB18030, naming it', async () => {
    write('bad.txt', Buffer.from([0xe6, 0x9c, 0x80, 0x81, 0x20, 0xff, 0xff, 0x0a]));
    const r = await run('parse', 'bad.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.txt: the file is neither UTF-8 nor GB18030');
    expect(r.stdout).toBe('');
  });

  it('says what is wrong with its arguments', async () => {
    expect((await run('parse')).status).toBe(2);
    const missing = await run('parse', 'nowhere.txt');
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('nowhere.txt: no such file or folder');
    const unknown = await run('parse', 'x.txt', '--fast');
    expect(unknown.stderr).toContain('unknown option --fast');
    expect((await run('frobnicate')).stderr).toContain('unknown command');
  });
});

describe('bulletin format', () => {
  it('re-lays a page from an older system and changes nothing the second time', async () => {
    const old = PAGE.replace(/\n\n/g, '\n')
      .replace(/^本报讯/gm, '　　本报讯')
      .replace('吸引居民200余人参加。', '吸引居民\n200余人参加。');
    write('old.txt', old);
    const first = await run('format', 'old.txt');
    expect(first.status).toBe(0);
    expect(first.stdout).toBe(PAGE);
    write('new.txt', first.stdout);
    expect((await run('format', 'new.txt')).stdout).toBe(first.stdout);
  });

  it('lays the page out under a named house style', async () => {
    write('page.txt', PAGE);
    const r = await run('format', 'page.txt', '--style', 'byline-in-dateline');
    expect(r.stdout).toContain('本报讯（记者 李明 通讯员 王芳）5月8日上午');
    expect((await run('format', 'page.txt', '--style', 'nosuch')).stderr).toContain('no house style named “nosuch”');
  });

  it('keeps text it cannot place and names its line on stderr', async () => {
    write('page.txt', `${PAGE}\n记者 周文\n\n这一段文字既没有标题也没有电头，放在了版面最后。\n`);
    const r = await run('format', 'page.txt');
    expect(r.stdout).toContain('这一段文字既没有标题也没有电头，放在了版面最后。');
    expect(r.stderr).toMatch(/page\.txt:\d+: line \d+ not placed in a story/);
  });
});

describe('bulletin import', () => {
  it('writes one story file per story and says what it wrote', async () => {
    write('page.txt', PAGE);
    const r = await run('import', 'page.txt', '--into', 'drafts');
    expect(r.status).toBe(0);
    const files = readdirSync(path.join(dir, 'drafts')).sort();
    expect(files).toHaveLength(2);
    for (const f of files) {
      expect(f).toMatch(/^.+-[0-9a-f]{8}\.bstory$/);
      expect(r.stdout).toContain(f);
      expect(readStoryFile(readFileSync(path.join(dir, 'drafts', f), 'utf8')).ok).toBe(true);
    }
    expect(r.stdout).toContain('2 stories imported');
    // and the folder exports back to the page
    expect((await run('export', 'drafts')).stdout).toBe(PAGE);
  });

  it('never overwrites a file', async () => {
    write('page.txt', PAGE);
    await run('import', 'page.txt', '--into', 'drafts');
    const before = readdirSync(path.join(dir, 'drafts')).map((f) => [f, readFileSync(path.join(dir, 'drafts', f), 'utf8')]);
    await run('import', 'page.txt', '--into', 'drafts');
    const after = readdirSync(path.join(dir, 'drafts'));
    expect(after).toHaveLength(4);
    for (const [f, text] of before) expect(readFileSync(path.join(dir, 'drafts', f as string), 'utf8')).toBe(text);
  });

  it('needs --into', async () => {
    write('page.txt', PAGE);
    const r = await run('import', 'page.txt');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--into');
  });
});

describe('bulletin export', () => {
  const storyA = newStory(
    { headline: '甲新闻', body: [{ type: 'paragraph', text: '第一段。' }] },
    { id: 'aaaaaaaa-1', now: new Date('2024-01-02T00:00:00Z') },
  );
  const storyB = newStory(
    { headline: '乙新闻', body: [{ type: 'paragraph', text: '第二段。' }] },
    { id: 'bbbbbbbb-2', now: new Date('2024-01-01T00:00:00Z') },
  );

  it('exports a folder in the order its stories were created, and a bulletin in its own order', async () => {
    write('lib/a.story.json', serializeStory(storyA));
    write('lib/b.story.json', serializeStory(storyB));
    const folder = await run('export', 'lib');
    expect(folder.stdout).toBe('乙新闻\n\n本报讯 第二段。\n\n甲新闻\n\n本报讯 第一段。\n');
    write(
      'lib/p3.bulletin.json',
      serializeBulletin({
        format: BULLETIN_FORMAT,
        version: 1,
        id: 'b1',
        title: '第3版',
        date: '2024-06-21',
        houseStyle: 'default',
        stories: [storyA.id, storyB.id],
        createdAt: '2024-06-20T00:00:00Z',
        updatedAt: '2024-06-20T00:00:00Z',
      }),
    );
    const bulletin = await run('export', 'lib/p3.bulletin.json');
    expect(bulletin.stdout).toBe('甲新闻\n\n本报讯 第一段。\n\n乙新闻\n\n本报讯 第二段。\n');
  });

  it('writes GB18030 with CRLF that decodes to the UTF-8 export', async () => {
    write('lib/a.story.json', serializeStory(storyA));
    write('lib/b.story.json', serializeStory(storyB));
    const utf8 = (await run('export', 'lib')).stdout;
    const r = await run('export', 'lib', '--encoding', 'gb18030', '--eol', 'crlf', '--out', 'out.txt');
    expect(r.status).toBe(0);
    const bytes = readFileSync(path.join(dir, 'out.txt'));
    expect(iconv.decode(bytes, 'gb18030')).toBe(utf8.replace(/\n/g, '\r\n'));
    const bom = await run('export', 'lib', '--encoding', 'utf8-bom');
    expect([...bom.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  it('refuses a story without a headline or body, writing nothing', async () => {
    write('lib/a.story.json', serializeStory(storyA));
    write('lib/c.story.json', serializeStory(newStory({ headline: '', body: [] }, { id: 'cccccccc-3' })));
    const r = await run('export', 'lib', '--out', 'out.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('c.story.json');
    expect(r.stderr).toContain('no headline and no body');
    expect(existsSync(path.join(dir, 'out.txt'))).toBe(false);
  });

  it('names the character, story and field an encoding cannot hold', async () => {
    write('lib/a.story.json', serializeStory({ ...storyA, body: [{ type: 'paragraph', text: '第一段\ud800。' }] }));
    const r = await run('export', 'lib/a.story.json', '--encoding', 'gb18030', '--out', 'out.txt');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('U+D800');
    expect(r.stderr).toContain('in the body of “甲新闻”');
    expect(existsSync(path.join(dir, 'out.txt'))).toBe(false);
  });

  it('stops on an unreadable story file and names it and its field', async () => {
    write('lib/a.story.json', serializeStory(storyA));
    write('lib/bad.story.json', JSON.stringify({ ...storyA, id: 'x', byline: [{ role: '记者', names: '李明' }] }));
    const r = await run('export', 'lib');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('bad.story.json: byline[0].names:');
    expect(r.stdout).toBe('');
  });

  it('will not write its output over a draft', async () => {
    write('lib/a.story.json', serializeStory(storyA));
    const r = await run('export', 'lib', '--out', 'lib/a.story.json');
    expect(r.status).toBe(2);
    expect(readStoryFile(readFileSync(path.join(dir, 'lib/a.story.json'), 'utf8')).ok).toBe(true);
  });
});

describe('bulletin count', () => {
  it('counts the characters of each field and of the story', async () => {
    write('page.txt', PAGE);
    await run('import', 'page.txt', '--into', 'drafts');
    const file = readdirSync(path.join(dir, 'drafts')).find((f) => f.startsWith('举办'));
    const r = await run('count', `drafts/${file}`, '--json');
    const [counted] = JSON.parse(r.stdout).stories;
    // 字数 as Word counts: "5", "8" and "200" in the lead are one each (they were 5 characters before)
    expect(counted.fields).toEqual({ kicker: 4, headline: 11, subheadline: 0, dateline: 3, byline: 9, body: 61 });
    expect(counted.story).toBe(88);
    expect(counted.withoutSpaces).toBe(90);
    const table = await run('count', `drafts/${file}`);
    expect(table.stdout).toMatch(/headline 主题\s+11/);
  });
});

describe('the installed command', () => {
  it('runs as `npx bulletin` from the repository root with real exit statuses', () => {
    const root = path.resolve(__dirname, '../..');
    const pagePath = write('page.txt', PAGE);
    const out = execFileSync('npx', ['--no-install', 'bulletin', 'format', pagePath], { cwd: root, encoding: 'utf8' });
    expect(out).toBe(PAGE);
    const bad = spawnSync(process.execPath, ['bin/bulletin.mjs', 'export', path.join(dir, 'missing')], { cwd: root, encoding: 'utf8' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('no such file or folder');
  });
});
