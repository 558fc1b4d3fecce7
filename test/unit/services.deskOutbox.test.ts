// Sending to the desk through the desk: destinations per library, passwords never on disk in the clear, a page with a photo arriving at a real SMTP server.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { simpleParser } from 'mailparser';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { EventPayload } from '../../shared/api';
import { ApiError } from '../../shared/apiError';
import type { EmailDestination } from '../../shared/destinations';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { openDesk, type Desk } from '../../electron/services/desk';
import type { Secrets } from '../../electron/services/outbox/passwords';
import { halves } from './helpers/photoFiles';
import { startSmtpServer, type TestServer } from './helpers/smtpServer';

const PASSWORD = 'erqi-Secret-7731';
let dir: string;
let desks: Desk[] = [];
let servers: TestServer[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'desk-outbox-'));
});
afterEach(async () => {
  for (const d of desks) await d.close();
  for (const s of servers) await s.close();
  desks = [];
  servers = [];
  rmSync(dir, { recursive: true, force: true });
});

async function open(
  options: { secrets?: Secrets; library?: string } = {},
): Promise<{ desk: Desk; events: Array<EventPayload<'outbox.changed'>> }> {
  const desk = await openDesk({
    libraryFolder: path.join(dir, options.library ?? 'library'),
    userDataFolder: path.join(dir, 'user'),
    host: 'browser',
    version: 'test',
    outboxFirstRetryMs: 60_000,
    ...(options.secrets ? { secrets: options.secrets } : {}),
  });
  desks.push(desk);
  const events: Array<EventPayload<'outbox.changed'>> = [];
  desk.subscribe((name, payload) => {
    if (name === 'outbox.changed') events.push(payload as EventPayload<'outbox.changed'>);
  });
  return { desk, events };
}

async function server(): Promise<TestServer> {
  const s = await startSmtpServer('plain', { user: 'zhangming', password: PASSWORD });
  servers.push(s);
  return s;
}

function mail(port: number, over: Partial<EmailDestination> = {}): EmailDestination {
  return {
    kind: 'email',
    name: '二七区新闻部',
    host: '127.0.0.1',
    port,
    security: 'none',
    user: 'zhangming',
    from: 'zhangming@erqi.example',
    to: ['desk@erqi.example'],
    subject: '【二七区】{paper} {date} {page} {reporter}',
    attachPage: true,
    photos: 'files',
    textInBody: true,
    ...over,
  };
}

/** A bulletin 二七报 6月21日 第3版 of one story with one photo. */
async function pageWithPhoto(desk: Desk): Promise<{ bulletin: string; photo: Buffer }> {
  const api = desk.service;
  await api['preferences.set']({ reporter: { name: '张改华', role: '记者' } });
  const created = await api['story.create']({
    fields: {
      headline: '社区义诊进小区',
      body: [{ type: 'paragraph', text: '社区组织志愿者走进小区，为老人免费测量血压。' }],
      byline: [{ role: '记者', names: ['张改华'], credit: '' }],
    },
  });
  const photo = await halves(800, 600).jpeg().toBuffer();
  await api['photo.add']({
    id: created.story.id,
    baseRevision: created.revision,
    source: { base64: photo.toString('base64'), fileName: 'IMG_0001.jpg' },
    caption: '志愿者为老人测量血压。',
  });
  const made = await api['bulletin.create']({ title: '二七报 6月21日 第3版', date: '2026-06-21', stories: [created.story.id] });
  return { bulletin: made.bulletin.id, photo };
}

async function refused(p: Promise<unknown>): Promise<ApiError> {
  const e = await p.then(
    () => undefined,
    (x: unknown) => x,
  );
  expect(e).toBeInstanceOf(ApiError);
  return e as ApiError;
}

/** An encryption as the system's would be (AES-GCM with a key of this run): what passwords.json holds is not the password. */
function aesSecrets(): Secrets {
  const key = randomBytes(32);
  return {
    encrypt: (plain) => {
      const iv = randomBytes(12);
      const c = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([c.update(plain, 'utf8'), c.final()]);
      return Buffer.concat([iv, c.getAuthTag(), body]);
    },
    decrypt: (cipher) => {
      const d = createDecipheriv('aes-256-gcm', key, cipher.subarray(0, 12));
      d.setAuthTag(cipher.subarray(12, 28));
      return Buffer.concat([d.update(cipher.subarray(28)), d.final()]).toString('utf8');
    },
  };
}

describe('destinations', () => {
  it('are kept per library, one the default, and a plain connection only to this computer', async () => {
    const { desk } = await open();
    const api = desk.service;
    expect(await api['destinations.get']({})).toEqual({ destinations: [], passwordsKept: [], passwordStore: 'memory' });
    const folder = { kind: 'folder' as const, name: '投稿文件夹', path: path.join(dir, 'inbox') };
    await api['destinations.save']({ destinations: [mail(2525), folder], default: '投稿文件夹' });
    expect(await api['destinations.get']({})).toMatchObject({
      destinations: [{ name: '二七区新闻部' }, { name: '投稿文件夹' }],
      default: '投稿文件夹',
    });
    expect((await refused(api['destinations.save']({ destinations: [mail(25), mail(26)] }))).reason).toBe('destinationNameTaken');
    expect((await refused(api['destinations.save']({ destinations: [mail(25, { host: 'smtp.erqi.example' })] }))).reason).toBe(
      'smtpNotLoopback',
    );
    expect((await refused(api['destinations.save']({ destinations: [folder], default: '别处' }))).reason).toBe('destinationDefaultUnknown');
    // another library has its own
    await desk.close();
    desks = [];
    const other = await open({ library: 'other' });
    expect((await other.desk.service['destinations.get']({})).destinations).toEqual([]);
  });
});

describe('outbox.sendPage', () => {
  it('asks for a missing password, then a page with its photo arrives with the subject, the page and the photo byte-equal', async () => {
    const s = await server();
    const { desk, events } = await open();
    const api = desk.service;
    const { bulletin, photo } = await pageWithPhoto(desk);
    expect((await refused(api['outbox.sendPage']({ bulletin }))).reason).toBe('noDestination');
    await api['destinations.save']({ destinations: [mail(s.port)] });
    const asked = await refused(api['outbox.sendPage']({ bulletin }));
    expect(asked.reason).toBe('smtpPasswordNeeded');
    expect(asked.params).toEqual({ destination: '二七区新闻部', user: 'zhangming', host: '127.0.0.1' });
    expect(await api['outbox.list']({})).toEqual({ items: [] });

    expect(await api['destinations.password']({ name: '二七区新闻部', password: PASSWORD })).toEqual({ kept: 'memory' });
    expect((await api['destinations.get']({})).passwordsKept).toEqual(['二七区新闻部']);
    const { item } = await api['outbox.sendPage']({ bulletin });
    expect(item).toMatchObject({ title: '二七报 6月21日 第3版', subject: '【二七区】二七报 6月21日 第3版 张改华' });
    await expect.poll(async () => (await api['outbox.list']({})).items[0]?.state).toBe('sent');
    const [sent] = (await api['outbox.list']({})).items;
    expect(sent?.response).toMatch(/^250/);
    expect(events.map((e) => e.item.state)).toEqual(['sending', 'sent']);
    expect(desk.unsentItems()).toBe(0);

    expect(s.received).toHaveLength(1);
    const got = await simpleParser(s.received[0]!.bytes);
    expect(got.subject).toBe('【二七区】二七报 6月21日 第3版 张改华');
    expect(got.messageId).toBe(item.messageId);
    expect(got.text).toContain('社区义诊进小区');
    expect(got.attachments.map((a) => a.filename)).toEqual(['二七报-6月21日-第3版-2026-06-21.txt', '01-1.jpg', 'captions.txt']);
    expect(got.attachments[1]?.content.equals(photo)).toBe(true);

    // the password is nowhere on disk: not in preferences, not in the outbox
    const user = path.join(dir, 'user');
    for (const name of readdirSync(user))
      if (name.endsWith('.json')) expect(readFileSync(path.join(user, name), 'utf8')).not.toContain(PASSWORD);
    const outbox = path.join(dir, 'library', '.outbox', item.id);
    for (const name of readdirSync(outbox)) expect(readFileSync(path.join(outbox, name)).includes(PASSWORD)).toBe(false);

    await api['outbox.remove']({ id: item.id });
    expect(await api['outbox.list']({})).toEqual({ items: [] });
    expect((await refused(api['outbox.retry']({ id: item.id }))).reason).toBe('outboxItemGone');
  });

  it('keeps a password encrypted by the system for the next start, never in the clear', async () => {
    const s = await server();
    const secrets = aesSecrets();
    const first = await open({ secrets });
    await first.desk.service['destinations.save']({ destinations: [mail(s.port)] });
    expect(await first.desk.service['destinations.password']({ name: '二七区新闻部', password: PASSWORD })).toEqual({ kept: 'system' });
    const file = path.join(dir, 'user', 'passwords.json');
    expect(existsSync(file)).toBe(true);
    expect(readFileSync(file, 'utf8')).not.toContain(PASSWORD);
    await first.desk.close();
    desks = [];
    const again = await open({ secrets });
    const { bulletin } = await pageWithPhoto(again.desk);
    expect((await again.desk.service['destinations.get']({})).passwordsKept).toEqual(['二七区新闻部']);
    await again.desk.service['outbox.sendPage']({ bulletin });
    await expect.poll(async () => (await again.desk.service['outbox.list']({})).items[0]?.state).toBe('sent');
  });

  it('says what waits while the server is down, and a wrong password fails the item with the reason', async () => {
    const s = await server();
    const { desk } = await open();
    const api = desk.service;
    const { bulletin } = await pageWithPhoto(desk);
    await api['destinations.save']({ destinations: [mail(s.port), mail(1, { name: '关着的服务器' })], default: '关着的服务器' });
    await api['destinations.password']({ name: '二七区新闻部', password: 'wrong' });
    await api['destinations.password']({ name: '关着的服务器', password: PASSWORD });
    await api['outbox.sendPage']({ bulletin });
    await api['outbox.sendPage']({ bulletin, destination: '二七区新闻部' });
    await expect.poll(async () => (await api['outbox.list']({})).items.map((i) => i.state).sort()).toEqual(['failed', 'queued']);
    const items = (await api['outbox.list']({})).items;
    expect(items.find((i) => i.state === 'failed')?.lastError).toMatchObject({ reason: 'smtpAuth' });
    expect(items.find((i) => i.state === 'queued')?.nextAt).toBeDefined();
    expect(desk.unsentItems()).toBe(1);
    expect(JSON.stringify(items)).not.toContain('wrong');
  });

  it('delivers the page with its photo and captions.txt to a drop folder that is there', async () => {
    const { desk } = await open();
    const api = desk.service;
    const { bulletin, photo } = await pageWithPhoto(desk);
    const inbox = path.join(dir, 'inbox');
    mkdirSync(inbox);
    await api['destinations.save']({ destinations: [{ kind: 'folder', name: '投稿文件夹', path: inbox }] });
    await api['outbox.sendPage']({ bulletin });
    await expect.poll(async () => (await api['outbox.list']({})).items[0]?.state).toBe('sent');
    expect(readdirSync(inbox).sort()).toEqual(['01-1.jpg', 'captions.txt', '二七报-6月21日-第3版-2026-06-21.txt']);
    expect(readFileSync(path.join(inbox, '01-1.jpg')).equals(photo)).toBe(true);
  });

  it('marks the page filed once it is delivered, when its house style says so (and not before)', async () => {
    const { desk } = await open();
    const api = desk.service;
    const { bulletin } = await pageWithPhoto(desk);
    const { houseStyles } = await api['preferences.get']({});
    const page = (await api['bulletin.read']({ id: bulletin })).bulletin;
    await api['preferences.set']({
      houseStyles: [...houseStyles, { ...DEFAULT_HOUSE_STYLE, name: '发出即交稿', fileWhenSent: true }],
    });
    const read = await api['bulletin.read']({ id: bulletin });
    await api['bulletin.save']({ id: bulletin, bulletin: { ...read.bulletin, houseStyle: '发出即交稿' }, baseRevision: read.revision });
    const inbox = path.join(dir, 'inbox');
    await api['destinations.save']({ destinations: [{ kind: 'folder', name: '投稿文件夹', path: inbox }] });
    // the folder is not there yet: the page waits, its stories are not filed
    await api['outbox.sendPage']({ bulletin });
    // its first attempt has found no folder and it waits for the next
    await expect.poll(async () => (await api['outbox.list']({})).items[0]?.lastError?.message ?? '').toContain(inbox);
    expect((await api['outbox.list']({})).items[0]?.state).toBe('queued');
    const storyId = page.stories[0] as string;
    expect((await api['story.read']({ id: storyId })).story.status).toBe('draft');
    mkdirSync(inbox);
    await api['outbox.kick']({});
    await expect.poll(async () => (await api['outbox.list']({})).items[0]?.state).toBe('sent');
    await expect.poll(async () => (await api['story.read']({ id: storyId })).story.status).toBe('filed');
    // the page's own mark follows its stories'
    await expect.poll(async () => (await api['bulletin.read']({ id: bulletin })).bulletin.filedAt).toBeDefined();
  });
});

describe('outbox.sendStory', () => {
  it('sends one story from the editor: its headline names the files and fills the subject, its photo goes with it', async () => {
    const s = await server();
    const { desk } = await open();
    const api = desk.service;
    const { bulletin, photo } = await pageWithPhoto(desk);
    const storyId = (await api['bulletin.read']({ id: bulletin })).bulletin.stories[0] as string;
    await api['destinations.save']({ destinations: [mail(s.port, { subject: '【二七区】{date} {page} {reporter}' })] });
    // the password first, as for a page
    const asked = await refused(api['outbox.sendStory']({ story: storyId }));
    expect(asked.reason).toBe('smtpPasswordNeeded');
    await api['destinations.password']({ name: '二七区新闻部', password: PASSWORD });
    const { item } = await api['outbox.sendStory']({ story: storyId });
    expect(item.title).toBe('社区义诊进小区');
    await expect.poll(async () => (await api['outbox.list']({})).items[0]?.state).toBe('sent');
    const got = await simpleParser(s.received[0]!.bytes);
    const today = new Date();
    expect(got.subject).toBe(`【二七区】${today.getMonth() + 1}月${today.getDate()}日 社区义诊进小区 张改华`);
    expect(got.text).toContain('社区组织志愿者走进小区');
    expect(got.attachments.map((a) => a.filename)).toEqual(['社区义诊进小区.txt', '01-1.jpg', 'captions.txt']);
    expect(got.attachments[1]?.content.equals(photo)).toBe(true);
    // a story is never filed by sending it
    expect((await api['story.read']({ id: storyId })).story.status).toBe('draft');
  });

  it('delivers a story to a drop folder, and says so when there is no destination or the story is gone', async () => {
    const { desk } = await open();
    const api = desk.service;
    const { bulletin } = await pageWithPhoto(desk);
    const storyId = (await api['bulletin.read']({ id: bulletin })).bulletin.stories[0] as string;
    expect((await refused(api['outbox.sendStory']({ story: storyId }))).reason).toBe('noDestination');
    const inbox = path.join(dir, 'inbox');
    mkdirSync(inbox);
    await api['destinations.save']({ destinations: [{ kind: 'folder', name: '投稿文件夹', path: inbox }] });
    await api['outbox.sendStory']({ story: storyId });
    await expect.poll(async () => (await api['outbox.list']({})).items[0]?.state).toBe('sent');
    expect(readdirSync(inbox).sort()).toEqual(['01-1.jpg', 'captions.txt', '社区义诊进小区.txt']);
    expect((await refused(api['outbox.sendStory']({ story: '00000000-0000-4000-8000-000000000000' }))).code).toBe('not-found');
  });
});

describe('the network back', () => {
  it('sends what waited for a server that was down as soon as the window says it is online (outbox.kick)', async () => {
    const probe = await startSmtpServer('plain');
    const port = probe.port;
    await probe.close();
    const { desk } = await open();
    const api = desk.service;
    const { bulletin } = await pageWithPhoto(desk);
    await api['destinations.save']({ destinations: [mail(port)] });
    await api['destinations.password']({ name: '二七区新闻部', password: PASSWORD });
    await api['outbox.sendPage']({ bulletin });
    await expect.poll(async () => (await api['outbox.list']({})).items[0]?.nextAt).toBeDefined();
    expect((await api['outbox.list']({})).items[0]).toMatchObject({ state: 'queued', attempts: 1 });
    // the server comes up on the same port: the next try is a minute away, the kick sends it now
    servers.push(await startSmtpServer('plain', { user: 'zhangming', password: PASSWORD, port }));
    await api['outbox.kick']({});
    await expect.poll(async () => (await api['outbox.list']({})).items[0]?.state).toBe('sent');
    expect(servers.at(-1)?.received).toHaveLength(1);
  });
});
