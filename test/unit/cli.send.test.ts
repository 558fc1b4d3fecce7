// `bulletin send`: a page with its photo mailed to a real SMTP server on loopback, or put whole into a watched drop folder.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import chokidar from 'chokidar';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PhotoStore } from '../../electron/services/library/photoStore';
import { storyFileName } from '../../electron/services/storyFiles';
import { serializeStory } from '../../shared/storyFile';
import { newStory, type Story } from '../../shared/story';
import { halves } from './helpers/photoFiles';
import { selfSignedCertificate, startSmtpServer, type TestServer } from './helpers/smtpServer';
import { runCli } from './helpers/cliRun';

const CERT = selfSignedCertificate();
let dir: string;
let server: TestServer | undefined;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'bulletin-send-'));
  writeFileSync(path.join(dir, 'desk.pem'), CERT.cert);
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  delete process.env.BULLETIN_SMTP_PASSWORD;
});

const run = (...argv: string[]) => runCli(dir, argv);

/** A library with one story and its photo; answers the story file's path (relative to the test's folder). */
async function storyWithPhoto(): Promise<{ file: string; photo: Buffer }> {
  const library = path.join(dir, 'drafts');
  mkdirSync(library, { recursive: true });
  const photo = await halves(1200, 800).jpeg().toBuffer();
  const file = await new PhotoStore(library).put(photo, 'jpeg');
  const story = {
    ...newStory({
      headline: '社区义诊进小区',
      body: [{ type: 'paragraph', text: '社区组织志愿者为老人免费测量血压。' }],
      byline: [{ role: '记者', names: ['张明'], credit: '文/图' }],
    }),
    photos: [{ file, caption: '志愿者为老人测量血压。', credit: '记者 张明 摄', width: 1200, height: 800 }],
  } as Story;
  const name = storyFileName(story);
  writeFileSync(path.join(library, name), serializeStory(story));
  return { file: path.join('drafts', name), photo };
}

describe('bulletin send --smtp', () => {
  it('mails the page and its photo over STARTTLS and exits 0', async () => {
    server = await startSmtpServer('starttls', { user: 'zhangming@erqi.example', password: 'secret', certificate: CERT });
    const { file, photo } = await storyWithPhoto();
    process.env.BULLETIN_SMTP_PASSWORD = 'secret';
    const r = await run(
      'send',
      file,
      '--to',
      'desk@erqi.example',
      '--smtp',
      `smtp://zhangming%40erqi.example@127.0.0.1:${server.port}`,
      '--starttls',
      '--ca',
      'desk.pem',
      '--subject',
      '【二七区】社区义诊',
      '--encoding',
      'gb18030',
    );
    expect(r.status).toBe(0);
    expect(r.stderr).toMatch(/^sent to desk@erqi\.example \(<.+@erqi\.example>\): 250/);
    const mail = await simpleParser(server.received[0]!.bytes);
    expect(mail.subject).toBe('【二七区】社区义诊');
    expect(mail.text).toContain('志愿者为老人测量血压。 记者 张明 摄');
    expect(mail.attachments.map((a) => a.filename)).toEqual(['社区义诊进小区.txt', '01-1.jpg', 'captions.txt']);
    expect(mail.attachments[1]?.content.equals(photo)).toBe(true);
  });

  it('exits 1 with the server’s answer for a wrong password or a 552, and 2 for bad input', async () => {
    server = await startSmtpServer('starttls', { user: 'zhangming@erqi.example', password: 'secret', certificate: CERT });
    const { file } = await storyWithPhoto();
    const smtp = `smtp://zhangming%40erqi.example@127.0.0.1:${server.port}`;
    process.env.BULLETIN_SMTP_PASSWORD = 'wrong';
    const wrong = await run('send', file, '--to', 'desk@erqi.example', '--smtp', smtp, '--starttls', '--ca', 'desk.pem');
    expect(wrong.status).toBe(1);
    expect(wrong.stderr).toContain('did not accept the user name and password');
    process.env.BULLETIN_SMTP_PASSWORD = 'secret';
    server.refuseWith({ code: 552, message: '5.3.4 Message size exceeds fixed limit' });
    const big = await run('send', file, '--to', 'desk@erqi.example', '--smtp', smtp, '--starttls', '--ca', 'desk.pem');
    expect(big.status).toBe(1);
    expect(big.stderr).toContain('552 5.3.4 Message size exceeds fixed limit');
    expect(server.received).toEqual([]);
    expect((await run('send', file, '--smtp', smtp)).status).toBe(2);
    expect((await run('send', file, '--to', 'desk@erqi.example', '--smtp', 'smtp://someone@smtp.erqi.example:25')).status).toBe(2);
    expect((await run('send', file, '--to', 'desk', '--smtp', smtp)).status).toBe(2);
  });
});

describe('bulletin send --folder', () => {
  it('puts whole files into the drop folder (a watcher never sees half of one) and never replaces one', async () => {
    const { file, photo } = await storyWithPhoto();
    const drop = path.join(dir, 'desk-inbox');
    mkdirSync(drop);
    const seen: Array<{ name: string; size: number }> = [];
    const watcher = chokidar.watch(drop, { ignoreInitial: true });
    watcher.on('all', (event, at) => {
      if (event !== 'add' && event !== 'change') return;
      try {
        seen.push({ name: path.basename(at), size: statSync(at).size });
      } catch {
        // a temporary name already gone
      }
    });
    await new Promise<void>((resolve) => watcher.on('ready', () => resolve()));
    const first = await run('send', file, '--folder', 'desk-inbox');
    expect(first.status).toBe(0);
    const second = await run('send', file, '--folder', 'desk-inbox');
    expect(second.stderr).toBe('delivered to desk-inbox: 社区义诊进小区-2.txt, 01-1-2.jpg, captions-2.txt\n');
    // six names appear (a name may be reported twice, e.g. when the temporary link beside it goes, but always whole)
    await expect.poll(() => new Set(seen.filter((s) => !s.name.startsWith('.')).map((s) => s.name)).size, { timeout: 5000 }).toBe(6);
    await watcher.close();
    expect(readdirSync(drop).sort()).toEqual([
      '01-1-2.jpg',
      '01-1.jpg',
      'captions-2.txt',
      'captions.txt',
      '社区义诊进小区-2.txt',
      '社区义诊进小区.txt',
    ]);
    expect(readFileSync(path.join(drop, '01-1.jpg')).equals(photo)).toBe(true);
    // every name the watcher saw under its own name was whole when it saw it
    for (const s of seen.filter((x) => !x.name.startsWith('.'))) expect(s.size, s.name).toBe(statSync(path.join(drop, s.name)).size);
    expect((await run('send', file, '--folder', 'no-such-folder')).status).toBe(2);
  });

  it('clears away a file a killed send left half written in the drop folder (an old one only)', async () => {
    const { file } = await storyWithPhoto();
    const drop = path.join(dir, 'desk-inbox');
    mkdirSync(drop);
    const hourAgo = new Date(Date.now() - 3600_000);
    writeFileSync(path.join(drop, '.01-1.jpg.0a1b2c3d.partial'), 'half');
    utimesSync(path.join(drop, '.01-1.jpg.0a1b2c3d.partial'), hourAgo, hourAgo);
    writeFileSync(path.join(drop, '.page.txt.99999999.partial'), 'on its way');
    expect((await run('send', file, '--folder', 'desk-inbox')).status).toBe(0);
    expect(readdirSync(drop).sort()).toEqual(['.page.txt.99999999.partial', '01-1.jpg', 'captions.txt', '社区义诊进小区.txt']);
  });
});
