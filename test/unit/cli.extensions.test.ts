// The `bulletin` command reads stories and bulletins by either name: .bstory/.bbulletin and the older .story.json/.bulletin.json.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { main } from '../../electron/cli/main';
import { BULLETIN_FORMAT, newStory, readStoryFile, serializeBulletin, serializeStory } from '../../shared/index';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-ext-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]): Promise<{ status: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const status = await main(argv, {
    cwd: dir,
    stdout: (d) => (stdout += typeof d === 'string' ? d : Buffer.from(d).toString('utf8')),
    stderr: (t) => (stderr += t),
  });
  return { status, stdout, stderr };
}

function write(name: string, data: string): void {
  mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
  writeFileSync(path.join(dir, name), data);
}

const older = newStory(
  { headline: '乙新闻', body: [{ type: 'paragraph', text: '第二段。' }] },
  { id: 'bbbbbbbb-2', now: new Date('2024-01-01T00:00:00Z') },
);
const newer = newStory(
  { headline: '甲新闻', body: [{ type: 'paragraph', text: '5月8日上午,东湖街道举办活动.' }] },
  { id: 'aaaaaaaa-1', now: new Date('2024-01-02T00:00:00Z') },
);
const page = (stories: string[]) =>
  serializeBulletin({
    format: BULLETIN_FORMAT,
    version: 1,
    id: 'p1',
    title: '第3版',
    date: '2024-06-21',
    houseStyle: 'default',
    stories,
    createdAt: '2024-06-20T00:00:00Z',
    updatedAt: '2024-06-20T00:00:00Z',
  });

describe('the command and both file names', () => {
  it('exports a folder holding .bstory and .story.json files, and a .bbulletin or .bulletin.json in its order', async () => {
    write('lib/甲新闻-aaaaaaaa.bstory', serializeStory(newer));
    write('lib/乙新闻-bbbbbbbb.story.json', serializeStory(older));
    const folder = await run('export', 'lib');
    expect(folder).toMatchObject({ status: 0, stdout: '乙新闻\n\n本报讯 第二段。\n\n甲新闻\n\n本报讯 5月8日上午,东湖街道举办活动.\n' });
    write('lib/第3版-11111111.bbulletin', page([newer.id, older.id]));
    write('lib/第3版.bulletin.json', page([older.id, newer.id]));
    expect((await run('export', 'lib/第3版-11111111.bbulletin')).stdout).toMatch(/^甲新闻\n[\s\S]*\n乙新闻\n/);
    expect((await run('export', 'lib/第3版.bulletin.json')).stdout).toMatch(/^乙新闻\n[\s\S]*\n甲新闻\n/);
    // an export never goes to a name the library reads as a story or bulletin
    const refused = await run('export', 'lib', '--out', 'page.bstory');
    expect(refused.status).toBe(2);
    expect(refused.stderr).toContain('that name is for drafts');
  });

  it('lints and fixes a .bstory as a story (line and column of the story as exported), and counts it', async () => {
    write('甲新闻-aaaaaaaa.bstory', serializeStory(newer));
    const linted = await run('lint', '甲新闻-aaaaaaaa.bstory');
    expect(linted.status).toBe(1);
    expect(linted.stdout.split('\n')[0]).toMatch(/^甲新闻-aaaaaaaa\.bstory:3:11 halfwidth-punctuation /);
    expect((await run('lint', '甲新闻-aaaaaaaa.bstory', '--fix')).status).toBe(0);
    const fixed = readStoryFile(readFileSync(path.join(dir, '甲新闻-aaaaaaaa.bstory'), 'utf8'));
    expect(fixed.ok && fixed.value.body[0]?.text).toBe('5月8日上午，东湖街道举办活动。');
    const counted = await run('count', '甲新闻-aaaaaaaa.bstory', '--json');
    expect(counted.status).toBe(0);
    expect(JSON.parse(counted.stdout).stories[0]).toMatchObject({ id: newer.id, headline: '甲新闻' });
  });

  it('lists the photos of a .bstory and of a .story.json', async () => {
    write('甲新闻-aaaaaaaa.bstory', serializeStory(newer));
    write('乙新闻-bbbbbbbb.story.json', serializeStory(older));
    expect(await run('photo', 'list', '甲新闻-aaaaaaaa.bstory')).toMatchObject({
      status: 0,
      stdout: '甲新闻-aaaaaaaa.bstory: no photos\n',
    });
    expect(await run('photo', 'list', '乙新闻-bbbbbbbb.story.json')).toMatchObject({
      status: 0,
      stdout: '乙新闻-bbbbbbbb.story.json: no photos\n',
    });
  });
});
