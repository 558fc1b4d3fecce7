// `bulletin lint`: findings as file:line:column or JSON, --fix rewriting pages (GB18030, CRLF kept) and story files, exit statuses.
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeEach, describe, expect, it } from 'vitest';
import { newStory, readStoryFile, serializeStory } from '../../shared/index';
import { runCli } from './helpers/cliRun';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-lint-'));
});

const run = (...argv: string[]) => runCli(dir, argv);

const write = (name: string, data: string | Buffer) => writeFileSync(path.join(dir, name), data);
const read = (name: string) => readFileSync(path.join(dir, name));

const OLD_PAGE =
  '举办社区消防安全开放日\r\n\r\n本报讯 5月8日上午,东湖街道举办活动,吸引居民200余人参加.出租率达66.3%.\r\n\r\n记者 李明 通讯员 王芳\r\n';
const FIXED_PAGE =
  '举办社区消防安全开放日\r\n\r\n本报讯 5月8日上午，东湖街道举办活动，吸引居民200余人参加。出租率达66.3%。\r\n\r\n记者 李明 通讯员 王芳\r\n';

describe('bulletin lint on pages', () => {
  it('prints file:line:column rule message and exits 1 while errors remain', async () => {
    write('page.txt', OLD_PAGE);
    const r = await run('lint', 'page.txt');
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^page\.txt:3:11 halfwidth-punctuation half-width “,” in Chinese text/);
    expect(lines[3]).toMatch(/^page\.txt:3:42 halfwidth-punctuation /);
  });

  it('--json gives the findings with rule, severity, file, line, column, message and fix', async () => {
    write('page.txt', OLD_PAGE);
    const r = await run('lint', 'page.txt', '--json');
    const { findings } = JSON.parse(r.stdout);
    expect(findings[0]).toEqual({
      rule: 'halfwidth-punctuation',
      severity: 'error',
      file: 'page.txt',
      line: 3,
      column: 11,
      message: expect.stringContaining('half-width'),
      fix: '，',
    });
  });

  it('--fix rewrites a GB18030 page in GB18030 with its CRLF, changing nothing else, and the page then passes', async () => {
    write('old.txt', iconv.encode(OLD_PAGE, 'gb18030'));
    const r = await run('lint', 'old.txt', '--fix');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('old.txt: fixed 4 findings');
    expect(iconv.decode(read('old.txt'), 'gb18030')).toBe(FIXED_PAGE);
    expect(read('old.txt').equals(iconv.encode(FIXED_PAGE, 'gb18030'))).toBe(true);
    // no temporary file left behind
    expect(readdirSync(dir)).toEqual(['old.txt']);
    const again = await run('lint', 'old.txt', '--json');
    expect(JSON.parse(again.stdout).findings).toEqual([]);
  });

  it('--only fixes just the checks named: half-width marks made full width, the stray space and the full-width digits left as they are', async () => {
    const page = '举办 开放日活动,吸引居民２００余人参加.出租率达66.3%.\n';
    write('only.txt', page);
    const r = await run('lint', 'only.txt', '--fix', '--only', 'halfwidth-punctuation');
    expect(r.status).toBe(0);
    expect(read('only.txt').toString('utf8')).toBe('举办 开放日活动，吸引居民２００余人参加。出租率达66.3%。\n');
    const rest = JSON.parse((await run('lint', 'only.txt', '--json')).stdout).findings.map((f: { rule: string }) => f.rule);
    expect(rest).toEqual(['stray-space', 'fullwidth-digits-letters']);
    const bad = await run('lint', 'only.txt', '--only', 'halfwidth,stray-space');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('not a check: halfwidth');
  });

  it('exits 0 with warnings only, and 2 for a missing file', async () => {
    write('w.txt', '加强 巡查，完善制度。\n');
    const r = await run('lint', 'w.txt');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^w\.txt:1:3 stray-space /);
    expect((await run('lint', 'missing.txt')).status).toBe(2);
    expect((await run('lint')).status).toBe(2);
    expect((await run('lint', 'w.txt', '--nope')).status).toBe(2);
  });

  it('follows the house style: a check turned off is not reported', async () => {
    write('page.txt', OLD_PAGE);
    write('style.json', JSON.stringify({ name: 'lenient', checks: { 'halfwidth-punctuation': 'off' } }));
    const r = await run('lint', 'page.txt', '--style', 'style.json');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe('');
  });
});

describe('bulletin lint on story files', () => {
  const story = newStory(
    {
      kicker: '东湖街道',
      headline: '举办社区消防安全开放日',
      body: [
        { type: 'paragraph', text: '5月8日上午,东湖街道举办活动.' },
        { type: 'paragraph', text: '出租率达66.3%,共有１２人.' },
      ],
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    },
    { id: 'abc', now: new Date('2026-01-01T00:00:00Z') },
  );

  it('places findings at the line and column of the story as exported', async () => {
    write('a.story.json', serializeStory(story));
    const r = await run('lint', 'a.story.json');
    expect(r.status).toBe(1);
    // line 1 kicker, 3 headline, 5 "本报讯 " + lead, 7 the second paragraph
    expect(r.stdout.split('\n').slice(0, 3)).toEqual([
      expect.stringMatching(/^a\.story\.json:5:11 halfwidth-punctuation /),
      expect.stringMatching(/^a\.story\.json:5:20 halfwidth-punctuation /),
      expect.stringMatching(/^a\.story\.json:7:10 halfwidth-punctuation /),
    ]);
  });

  it('--fix rewrites the story file with the certain fixes', async () => {
    write('a.story.json', serializeStory(story));
    const r = await run('lint', 'a.story.json', '--fix');
    expect(r.status).toBe(0);
    const back = readStoryFile(read('a.story.json').toString('utf8'));
    expect(back.ok && back.value.body.map((b) => b.text)).toEqual(['5月8日上午，东湖街道举办活动。', '出租率达66.3%，共有12人。']);
    expect(back.ok && back.value.headline).toBe(story.headline);
    expect(existsSync(path.join(dir, 'a.story.json'))).toBe(true);
    // the text as it was is kept in the story's history, as the app keeps it
    const snapshots = readdirSync(path.join(dir, '.history', story.id));
    expect(snapshots).toHaveLength(1);
    expect(snapshots[0]).toMatch(/-manual\.story\.json$/);
    const kept = readStoryFile(readFileSync(path.join(dir, '.history', story.id, snapshots[0] as string), 'utf8'));
    expect(kept.ok && kept.value.body).toEqual(story.body);
  });

  it('--fix leaves a filed story as it is and says so', async () => {
    const filed = { ...story, status: 'filed' as const };
    write('a.story.json', serializeStory(filed));
    const r = await run('lint', 'a.story.json', '--fix');
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('a.story.json: filed, so not changed: reopen it in Bulletin Desk to change it');
    expect(read('a.story.json').toString('utf8')).toBe(serializeStory(filed));
  });

  it('lints the story files of a folder', async () => {
    mkdirSync(path.join(dir, 'drafts'));
    write('drafts/a.story.json', serializeStory(story));
    const r = await run('lint', 'drafts', '--json');
    expect(r.status).toBe(1);
    const files = new Set(JSON.parse(r.stdout).findings.map((f: { file: string }) => f.file));
    expect([...files]).toEqual([path.join('drafts', 'a.story.json')]);
  });

  it('refuses a file that is not a story, naming it', async () => {
    write('b.story.json', '{"format":"nope"}');
    const r = await run('lint', 'b.story.json');
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('b.story.json');
  });
});
