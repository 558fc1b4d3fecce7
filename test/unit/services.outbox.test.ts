// The outbox against a real SMTP server on loopback: a page with photos arrives whole; wrong passwords, 552 and a server down are handled.
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { simpleParser } from 'mailparser';
import { afterEach, describe, expect, it } from 'vitest';
import type { EmailDestination } from '../../shared/destinations';
import { fillSubject } from '../../shared/destinations';
import { Outbox } from '../../electron/services/outbox';
import { MESSAGE_FILE } from '../../electron/services/outbox/outboxItems';
import { halves } from './helpers/photoFiles';
import { ROOT } from './helpers/serveProcess';
import { selfSignedCertificate, startSmtpServer, type TestServer } from './helpers/smtpServer';

const CERT = selfSignedCertificate();
const PAGE = '东湖街道\n\n举办社区消防安全开放日\n\n本报讯 5月8日上午，东湖街道在文化广场举办消防安全开放日活动。\n\n记者 张明 文/图\n';

const servers: TestServer[] = [];
const outboxes: Outbox[] = [];
afterEach(async () => {
  for (const o of outboxes.splice(0)) o.stop();
  for (const s of servers.splice(0)) await s.close();
});

function destination(port: number, over: Partial<EmailDestination> = {}): EmailDestination {
  return {
    kind: 'email',
    name: '二七区新闻部',
    host: '127.0.0.1',
    port,
    security: 'starttls',
    user: 'zhangming',
    from: 'zhangming@erqi.example',
    to: ['desk@erqi.example', 'editor@erqi.example'],
    subject: '【二七区】{paper} {date} {page} {reporter}',
    attachPage: true,
    photos: 'files',
    textInBody: true,
    certificate: CERT.cert,
    ...over,
  };
}

function outbox(password = 'secret', options: { firstRetryMs?: number } = {}): Outbox {
  const o = new Outbox(mkdtempSync(path.join(tmpdir(), 'outbox-')), {
    passwordFor: () => password,
    firstRetryMs: options.firstRetryMs ?? 60_000,
  });
  outboxes.push(o);
  return o;
}

async function server(mode: 'plain' | 'starttls' | 'tls' = 'starttls', port?: number): Promise<TestServer> {
  const s = await startSmtpServer(mode, { user: 'zhangming', password: 'secret', certificate: CERT, ...(port ? { port } : {}) });
  servers.push(s);
  return s;
}

async function page(o: Outbox, dest: EmailDestination) {
  const photo = await halves(800, 600).jpeg().toBuffer();
  const pageBytes = iconv.encode(PAGE, 'gb18030');
  const subject = fillSubject(dest.subject, { paper: '二七报', date: '6月21日', page: '第3版', reporter: '张明' });
  const item = await o.queueEmail('二七报 第3版', {
    destination: dest,
    subject,
    body: PAGE,
    attachments: [
      { name: '二七报-第3版-2026-06-21.txt', bytes: pageBytes, contentType: 'text/plain; charset=GB18030' },
      { name: '01-1.jpg', bytes: photo, contentType: 'image/jpeg' },
    ],
  });
  return { item, photo, pageBytes, subject };
}

describe('the outbox sends e-mail', () => {
  it('delivers a page with photos over STARTTLS: subject, body, attachments byte-equal, the Message-ID kept', async () => {
    const s = await server('starttls');
    const o = outbox();
    const { item, photo, pageBytes, subject } = await page(o, destination(s.port));
    await o.settle();
    const sent = await o.items.read(item.id);
    expect(sent).toMatchObject({ state: 'sent', attempts: 1 });
    expect(sent.response).toMatch(/^250/);
    expect(s.received).toHaveLength(1);
    expect(s.received[0]?.to).toEqual(['desk@erqi.example', 'editor@erqi.example']);
    // the very bytes the outbox kept
    expect(s.received[0]?.bytes.equals(readFileSync(path.join(o.items.itemFolder(item.id), MESSAGE_FILE)))).toBe(true);
    const mail = await simpleParser(s.received[0]!.bytes);
    expect(subject).toBe('【二七区】二七报 6月21日 第3版 张明');
    expect(mail.subject).toBe(subject);
    expect(mail.messageId).toBe(item.messageId);
    expect(mail.text?.trim()).toBe(PAGE.trim());
    expect(mail.attachments.map((a) => a.filename)).toEqual(['二七报-第3版-2026-06-21.txt', '01-1.jpg']);
    expect(mail.attachments[0]?.content.equals(pageBytes)).toBe(true);
    expect(mail.attachments[1]?.content.equals(photo)).toBe(true);
  });

  it('sends over TLS from the first byte, and refuses a server whose certificate is not trusted, for good', async () => {
    const s = await server('tls');
    const o = outbox();
    const ok = await page(o, destination(s.port, { security: 'tls' }));
    const untrusted = await page(o, destination(s.port, { security: 'tls', certificate: undefined }));
    await o.settle();
    expect((await o.items.read(ok.item.id)).state).toBe('sent');
    expect(await o.items.read(untrusted.item.id)).toMatchObject({ state: 'failed', lastError: { reason: 'smtpCertificate' } });
    expect(s.received).toHaveLength(1);
  });

  it('reports a wrong password and marks nothing sent', async () => {
    const s = await server('starttls');
    const o = outbox('wrong');
    const { item } = await page(o, destination(s.port));
    await o.settle();
    expect(await o.items.read(item.id)).toMatchObject({ state: 'failed', lastError: { reason: 'smtpAuth' } });
    expect((await o.items.read(item.id)).lastError?.message).toContain('did not accept the user name and password');
    expect(s.received).toEqual([]);
  });

  it('shows a 552 (too large) refusal with the server’s words', async () => {
    const s = await server('starttls');
    s.refuseWith({ code: 552, message: '5.3.4 Message size exceeds fixed limit of 10 MB' });
    const o = outbox();
    const { item } = await page(o, destination(s.port));
    await o.settle();
    const failed = await o.items.read(item.id);
    expect(failed).toMatchObject({ state: 'failed', lastError: { reason: 'smtpRefused' } });
    expect(failed.lastError?.response).toContain('552');
    expect(failed.lastError?.message).toContain('Message size exceeds fixed limit of 10 MB');
  });

  it('keeps an item while the server is down and sends it by itself once it is up', async () => {
    // a port nothing listens on yet
    const free = await new Promise<number>((resolve) => {
      const probe = createServer().listen(0, '127.0.0.1', () => {
        const { port } = probe.address() as AddressInfo;
        probe.close(() => resolve(port));
      });
    });
    const o = outbox('secret', { firstRetryMs: 300 });
    const { item } = await page(o, destination(free));
    await o.settle();
    const waiting = await o.items.read(item.id);
    expect(waiting).toMatchObject({ state: 'queued', attempts: 1 });
    expect(waiting.lastError?.message).toContain('cannot be reached');
    const s = await server('starttls', free);
    await expect.poll(async () => (await o.items.read(item.id)).state, { timeout: 10_000 }).toBe('sent');
    expect(s.received).toHaveLength(1);
    expect((await o.items.read(item.id)).attempts).toBeGreaterThanOrEqual(2);
  });

  it('tries again at once when the network comes back during an attempt that then fails (a kick is not lost)', async () => {
    const s = await server('starttls');
    s.holdAnswers(true);
    s.refuseWith({ code: 451, message: '4.3.0 Try again later' });
    const o = outbox();
    const received = s.messageReceived();
    const { item } = await page(o, destination(s.port));
    await received;
    // the window says it is online while the first attempt waits for its answer
    await o.kick();
    s.release(); // the first attempt is answered 451
    s.refuseWith(undefined);
    s.holdAnswers(false);
    // without the kick the item would wait a minute (firstRetryMs)
    await expect.poll(async () => (await o.items.read(item.id)).state, { timeout: 10_000 }).toBe('sent');
    expect((await o.items.read(item.id)).attempts).toBe(2);
    expect(s.received).toHaveLength(1);
  });

  it('never sends in the clear to a server that is not this computer', async () => {
    const o = outbox();
    const { item } = await page(o, destination(25, { host: 'smtp.erqi.example', security: 'none' }));
    await o.settle();
    expect(await o.items.read(item.id)).toMatchObject({ state: 'failed', lastError: { reason: 'smtpNotLoopback' } });
  });

  it('sends each item once when three programs on one library start at the same time', async () => {
    const s = await server('starttls');
    const library = mkdtempSync(path.join(tmpdir(), 'outbox-three-'));
    const dest = destination(s.port);
    // twelve items waiting (queued by a program that quit before sending)
    const maker = new Outbox(library, { passwordFor: () => 'secret' });
    maker.stop();
    for (let i = 1; i <= 12; i++)
      await maker.queueEmail(`第${i}版`, { destination: dest, subject: `第${i}版`, body: '本报讯', attachments: [] });
    const script = `import { Outbox } from './electron/services/outbox/index.ts';
const outbox = new Outbox(${JSON.stringify(library)}, { passwordFor: () => 'secret' });
await outbox.start();
for (let i = 0; i < 5; i++) { await outbox.kick(); await new Promise((r) => setTimeout(r, 20)); }
await outbox.settle();`;
    const children = [0, 1].map(() =>
      spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
        cwd: ROOT,
        stdio: ['ignore', 'inherit', 'inherit'],
      }),
    );
    const here = new Outbox(library, { passwordFor: () => 'secret' });
    outboxes.push(here);
    await here.start();
    await here.kick();
    await Promise.all(children.map((c) => new Promise((r) => c.once('exit', r))));
    await here.settle();
    const items = await here.list();
    expect(items.map((i) => i.state)).toEqual(Array(12).fill('sent'));
    expect(s.received).toHaveLength(12);
    const ids = await Promise.all(s.received.map(async (r) => (await simpleParser(r.bytes)).messageId));
    expect(new Set(ids).size).toBe(12);
    // no claim is left behind
    for (const i of items) expect(readdirSync(here.items.itemFolder(i.id)).filter((n) => n.includes('sending.pid'))).toEqual([]);
  }, 60_000);

  it('leaves an item of another computer to it, until this one is told to send it (Send from this computer)', async () => {
    const s = await server('starttls');
    const library = mkdtempSync(path.join(tmpdir(), 'outbox-elsewhere-'));
    const maker = new Outbox(library, { passwordFor: () => 'secret' });
    maker.stop();
    const made = await maker.queueEmail('第3版', { destination: destination(s.port), subject: '第3版', body: '本报讯', attachments: [] });
    // as a synced library brings it from the other laptop
    await maker.items.update({ ...made, host: 'zhangming-old-laptop' });
    const here = new Outbox(library, { passwordFor: () => 'secret' });
    outboxes.push(here);
    await here.start();
    await here.kick();
    expect(await here.retry(made.id)).toMatchObject({ state: 'queued', host: 'zhangming-old-laptop', attempts: 0 });
    await here.settle();
    expect(s.received).toEqual([]);
    const sent = await here.retry(made.id, { fromHere: true });
    expect(sent).toMatchObject({ state: 'sent', attempts: 1 });
    expect(sent.host).not.toBe('zhangming-old-laptop');
    expect(s.received).toHaveLength(1);
  });

  it('sends an item once more, with the same Message-ID, after the program was killed mid-send', async () => {
    const s = await server('starttls');
    s.holdAnswers(true);
    const library = mkdtempSync(path.join(tmpdir(), 'outbox-killed-'));
    const dest = destination(s.port);
    const script = `import { Outbox } from './electron/services/outbox/index.ts';
const outbox = new Outbox(${JSON.stringify(library)}, { passwordFor: () => 'secret' });
await outbox.queueEmail('二七报 第3版', { destination: ${JSON.stringify(dest)}, subject: '第3版', body: '本报讯', attachments: [{ name: 'page.txt', bytes: Buffer.from('本报讯') }] });
setInterval(() => {}, 1000);`;
    const received = s.messageReceived();
    const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
      cwd: ROOT,
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    await received;
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));
    // the server took the whole message, but its answer never reached the killed program
    s.holdAnswers(false);
    s.release();
    expect(s.received).toHaveLength(1);
    const again = new Outbox(library, { passwordFor: () => 'secret' });
    outboxes.push(again);
    const [left] = await again.list();
    expect(left).toMatchObject({ state: 'sending', attempts: 1 });
    await again.start();
    await again.settle();
    expect(await again.items.read(left!.id)).toMatchObject({ state: 'sent', attempts: 2 });
    expect(s.received).toHaveLength(2);
    const [one, two] = await Promise.all(s.received.map((r) => simpleParser(r.bytes)));
    expect(two?.messageId).toBe(one?.messageId);
    expect(one?.messageId).toBe(left?.messageId);
  }, 30_000);
});
