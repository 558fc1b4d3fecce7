// The loopback host's gate: loopback only, the token, Host and Origin rules, and ids that are paths, on a real desk.
import { readFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { describe, expect, it } from 'vitest';
import { tokensMatch } from '../../electron/host/requestGuard';
import { useHostFixture } from './helpers/hostFixture';
import { rawRequest, rawSocketRequest } from './helpers/hostHarness';

const f = useHostFixture();

const create = (headers: Record<string, string>, path = '/api/call/story.create') =>
  rawRequest(f.port, 'POST', path, headers, JSON.stringify({ fields: { headline: '不该写出的稿件' } }));

/** Resolves true when a TCP connection to host:port is accepted. */
function accepts(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    socket.on('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.on('error', () => resolve(false));
    socket.on('timeout', () => {
      socket.destroy();
      resolve(false);
    });
  });
}

/** The local addresses listening on `port`, from the kernel's own tables (Linux). */
function listenersOn(port: number): string[] {
  const hexPort = port.toString(16).toUpperCase().padStart(4, '0');
  const found: string[] = [];
  for (const table of ['/proc/net/tcp', '/proc/net/tcp6']) {
    let text = '';
    try {
      text = readFileSync(table, 'utf8');
    } catch {
      continue;
    }
    for (const line of text.split('\n').slice(1)) {
      const [, local, , state] = line.trim().split(/\s+/);
      if (local?.endsWith(`:${hexPort}`) && state === '0A') found.push(`${table.endsWith('6') ? 'tcp6' : 'tcp'} ${local}`);
    }
  }
  return found;
}

describe('the loopback host', () => {
  it('listens on 127.0.0.1 only', async () => {
    expect(f.running.host.origin).toBe(`http://127.0.0.1:${f.port}`);
    expect(f.running.host.url).toBe(`http://127.0.0.1:${f.port}/#token=${f.token}`);
    if (process.platform === 'linux')
      expect(listenersOn(f.port)).toEqual([`tcp 0100007F:${f.port.toString(16).toUpperCase().padStart(4, '0')}`]);
    expect(await accepts('127.0.0.1', f.port)).toBe(true);
    expect(await accepts('::1', f.port)).toBe(false);
    const external = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal)
      .map((a) => a!.address);
    for (const address of external) expect(await accepts(address, f.port), address).toBe(false);
  });

  it('demands the token on every API request, compared whole', async () => {
    const json = { 'content-type': 'application/json' };
    const refused = [
      await create(json),
      await create({ ...json, authorization: 'Bearer wrong-token' }),
      await create({ ...json, authorization: `Bearer ${f.token}x` }),
      await create({ ...json, authorization: `Bearer ${f.token.slice(0, -1)}` }),
      await create({ ...json, authorization: `Bearer ${f.token.slice(0, -1)}${f.token.endsWith('A') ? 'B' : 'A'}` }),
      await create({ ...json, authorization: `Basic ${Buffer.from(`x:${f.token}`).toString('base64')}` }),
      await create({ ...json, authorization: `Bearer` }),
      // the query token is for the event stream only
      await create(json, `/api/call/story.create?token=${f.token}`),
      await rawRequest(f.port, 'GET', '/api/events'),
      await rawRequest(f.port, 'GET', '/api/events?token=wrong'),
      await rawRequest(f.port, 'GET', `/api/events?token=x&token=${f.token}`),
      await rawRequest(f.port, 'GET', `/api/nothing-here`),
    ];
    for (const r of refused) {
      expect(r.status).toBe(401);
      expect(r.headers['content-type']).toMatch(/^text\/plain/);
      expect(r.body).toMatch(/^refused: the access token is (missing|wrong)/);
    }
    expect(f.storyFiles()).toEqual([]);

    const ok = await create(f.auth());
    expect(ok.status).toBe(200);
    expect(JSON.parse(ok.body).ok).toBe(true);
    expect(f.storyFiles()).toHaveLength(1);
  });

  it('compares tokens by value whatever their lengths', () => {
    expect(tokensMatch('abc', 'abc')).toBe(true);
    expect(tokensMatch('abc', 'abd')).toBe(false);
    expect(tokensMatch('abc', 'abcd')).toBe(false);
    expect(tokensMatch('abc', '')).toBe(false);
    expect(tokensMatch('', '')).toBe(false);
  });

  it('refuses a foreign Host header, for pages and calls alike', async () => {
    const foreign = [
      `evil.example:${f.port}`,
      `127.0.0.1.nip.io:${f.port}`,
      `localhost.evil.example:${f.port}`,
      `127.0.0.1:${f.port + 1}`,
      `[::1]:${f.port}`,
      `0.0.0.0:${f.port}`,
      '127.0.0.1',
      'localhost',
    ];
    for (const host of foreign) {
      const page = await rawRequest(f.port, 'GET', '/', { host });
      expect(page.status, host).toBe(421);
      expect(page.body).toMatch(/^refused: /);
      expect((await create({ ...f.auth(), host })).status, host).toBe(421);
    }
    // no Host at all (HTTP/1.0)
    expect(await rawSocketRequest(f.port, 'GET / HTTP/1.0\r\n\r\n')).toMatch(/^HTTP\/1\.1 421 /);
    expect(f.storyFiles()).toEqual([]);

    expect((await rawRequest(f.port, 'GET', '/', { host: `localhost:${f.port}` })).status).toBe(200);
    expect((await create({ ...f.auth(), host: `localhost:${f.port}` })).status).toBe(200);
  });

  it('refuses a foreign Origin, and takes its own', async () => {
    const foreign = [
      'http://evil.example',
      'null',
      `http://127.0.0.1:${f.port + 1}`,
      `https://127.0.0.1:${f.port}`,
      `http://localhost.evil.example:${f.port}`,
      `http://127.0.0.1.nip.io:${f.port}`,
      `http://127.0.0.1:${f.port}/`,
    ];
    for (const origin of foreign) {
      const r = await create({ ...f.auth(), origin });
      expect(r.status, origin).toBe(403);
      expect(r.body).toBe('refused: requests from other sites are not accepted\n');
      expect((await rawRequest(f.port, 'GET', `/api/events?token=${f.token}`, { origin })).status).toBe(403);
    }
    expect(f.storyFiles()).toEqual([]);
    for (const origin of [`http://127.0.0.1:${f.port}`, `http://localhost:${f.port}`]) {
      expect((await create({ ...f.auth(), origin })).status).toBe(200);
    }
    expect(f.storyFiles()).toHaveLength(2);
  });

  it('refuses ids and file names that are paths, and touches nothing outside the library', async () => {
    const created = JSON.parse((await create(f.auth())).body).value;
    const { story, revision } = created;
    const abs = f.outside;
    const attempts: Array<[string, unknown]> = [
      ['story.read', { id: '../outside' }],
      ['story.read', { id: '../outside.story.json' }],
      ['story.read', { id: abs }],
      ['story.read', { id: 'a\u0000b' }],
      ['story.read', { id: '..' }],
      ['story.save', { id: '../outside', story: { ...story, id: '../outside' }, baseRevision: revision }],
      ['story.save', { id: story.id, story, baseRevision: '../../outside' }],
      ['story.trash', { id: '../outside' }],
      ['story.trash', { id: abs }],
      ['story.duplicate', { id: '..\\outside' }],
      ['history.list', { id: '../..' }],
      ['history.read', { id: story.id, snapshotId: '../../outside' }],
      ['history.read', { id: story.id, snapshotId: abs }],
      ['history.restore', { id: story.id, snapshotId: '../../../outside', baseRevision: revision }],
      ['trash.restore', { trashId: '../outside.story.json' }],
      ['trash.restore', { trashId: '20240508T080000000Z-../../outside.story.json' }],
      ['trash.restore', { trashId: abs }],
      ['unreadable.moveAside', { file: '../outside.story.json' }],
      ['unreadable.moveAside', { file: abs }],
      ['unreadable.moveAside', { file: 'outside.story.json\u0000' }],
      ['export.text', { ids: ['../outside'] }],
      ['export.save', { ids: [abs] }],
      ['bulletin.read', { id: '../outside' }],
    ];
    for (const [name, input] of attempts) {
      const r = await rawRequest(f.port, 'POST', `/api/call/${name}`, f.auth(), JSON.stringify(input));
      expect(r.status, `${name} ${JSON.stringify(input)}`).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      const result = JSON.parse(r.body);
      expect(result.ok).toBe(false);
      expect(['invalid', 'not-found']).toContain(result.error.code);
    }
    // call names are not paths either
    for (const p of ['/api/call/../call/app.info', '/api/call/%2e%2e%2fapp.info', `/api/call/${encodeURIComponent(abs)}`]) {
      expect((await rawRequest(f.port, 'POST', p, f.auth(), '{}')).status).toBe(404);
    }
    expect(readFileSync(abs, 'utf8')).toContain('sentinel');
    expect(f.storyFiles()).toEqual([created.file]);
  });
});
