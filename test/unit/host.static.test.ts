// The loopback host's pages, call answers and event stream: the build and nothing else, sized bodies, SSE on a real desk.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MAX_BODY_BYTES } from '../../electron/host/apiCalls';
import { connectHttpClient } from './helpers/hostClient';
import { SENTINEL_TEXT, useHostFixture } from './helpers/hostFixture';
import { FAKE_INDEX_HTML, rawRequest, rawSocketRequest } from './helpers/hostHarness';

const f = useHostFixture();

const call = (name: string, input: unknown) => rawRequest(f.port, 'POST', `/api/call/${name}`, f.auth(), JSON.stringify(input));

/** Reads a raw event stream until `until` appears in it (or 5 s pass), then hangs up. */
async function readStream(headers: Record<string, string>, until: string, pathAndQuery = '/api/events'): Promise<string> {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), 5000);
  const res = await fetch(`http://127.0.0.1:${f.port}${pathAndQuery}`, { headers, signal: abort.signal });
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('text/event-stream; charset=utf-8');
  let text = '';
  try {
    for await (const chunk of res.body!.pipeThrough(new TextDecoderStream())) {
      text += chunk;
      if (text.includes(until)) break;
    }
  } catch {
    // timed out: the caller's expectation says what was missing
  } finally {
    clearTimeout(timer);
    abort.abort();
  }
  return text;
}

describe('the loopback host’s pages', () => {
  it('serves the build: index.html for /, with its type and strict headers', async () => {
    const page = await rawRequest(f.port, 'GET', '/');
    expect(page.status).toBe(200);
    expect(page.body).toBe(FAKE_INDEX_HTML);
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|https?:|\*/);
    expect(page.headers['x-content-type-options']).toBe('nosniff');
    expect(page.headers['referrer-policy']).toBe('no-referrer');
    expect(page.headers['cache-control']).toBe('no-store');
    expect((await rawRequest(f.port, 'GET', '/index.html')).body).toBe(FAKE_INDEX_HTML);
    expect((await rawRequest(f.port, 'GET', '/assets/app.js')).headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect((await rawRequest(f.port, 'GET', '/assets/app.css')).headers['content-type']).toBe('text/css; charset=utf-8');
    const head = await rawRequest(f.port, 'HEAD', '/assets/app.js');
    expect([head.status, head.body, head.headers['content-length']]).toEqual([200, '', '20']);
    expect((await rawRequest(f.port, 'GET', '/missing.js')).status).toBe(404);
    expect((await rawRequest(f.port, 'POST', '/')).status).toBe(405);
  });

  it('serves nothing outside the build: no traversal, encoded or not, no links out, no hidden files', async () => {
    const abs = f.outside;
    const paths = [
      '/../outside.story.json',
      '/assets/../../outside.story.json',
      '/%2e%2e/outside.story.json',
      '/%2E%2E/outside.story.json',
      '/.%2e/outside.story.json',
      '/assets/%2e%2e/%2e%2e/outside.story.json',
      '/%2e%2e%2foutside.story.json',
      '/..%2Foutside.story.json',
      '/..%5Coutside.story.json',
      '/assets%2f..%2f..%2foutside.story.json',
      '/%252e%252e/outside.story.json',
      `/${encodeURIComponent(abs)}`,
      `//${abs.slice(1)}`,
      `/${abs.slice(1)}`,
      '/index.html%00',
      '/index.html%00.js',
      '/%00',
      '/escape.txt',
      '/assets/escape-dir/outside.story.json',
      '/.hidden',
      '/%2ehidden',
      '/assets/',
      '/assets',
      '/%',
      '/index.html/',
      'http://evil.example/outside.story.json',
      '*',
    ];
    for (const p of paths) {
      const r = await rawRequest(f.port, 'GET', p);
      expect(r.status, p).toBeGreaterThanOrEqual(400);
      expect(r.status, p).toBeLessThan(500);
      expect(r.body).not.toContain('sentinel');
    }
    // a NUL byte on the wire is refused by the HTTP parser itself
    expect(await rawSocketRequest(f.port, `GET /index.html\0 HTTP/1.1\r\nHost: 127.0.0.1:${f.port}\r\n\r\n`)).toMatch(/^HTTP\/1\.1 400 /);
    expect(readFileSync(abs, 'utf8')).toBe(SENTINEL_TEXT);
  });
});

describe('the loopback host’s calls', () => {
  it('answers each call’s Result as JSON, with a status that matches', async () => {
    const created = await call('story.create', { fields: { headline: '东湖街道举办消防开放日' } });
    expect(created.status).toBe(200);
    expect(created.headers['content-type']).toBe('application/json; charset=utf-8');
    const { story, revision } = JSON.parse(created.body).value;
    const missing = await call('story.read', { id: 'abc-123' });
    expect([missing.status, JSON.parse(missing.body).error.code]).toEqual([404, 'not-found']);
    const saved = JSON.parse((await call('story.save', { id: story.id, story: { ...story, notes: '改' }, baseRevision: revision })).body);
    const stale = await call('story.save', { id: story.id, story, baseRevision: revision });
    expect(stale.status).toBe(409);
    expect(JSON.parse(stale.body).error.current.revision).toBe(saved.value.revision);
    const invalid = await call('story.read', { id: 1 });
    expect([invalid.status, JSON.parse(invalid.body).error.code]).toEqual([400, 'invalid']);
    const unknown = await call('no.such', {});
    expect([unknown.status, JSON.parse(unknown.body).ok]).toEqual([404, false]);
    const notJson = await rawRequest(f.port, 'POST', '/api/call/app.info', f.auth(), '{oops');
    expect([notJson.status, JSON.parse(notJson.body).error.code]).toEqual([400, 'invalid']);
    const empty = await rawRequest(f.port, 'POST', '/api/call/app.info', f.auth());
    expect(JSON.parse(empty.body).value.host).toBe('browser');
    expect((await rawRequest(f.port, 'GET', '/api/call/app.info', f.auth())).status).toBe(405);
    expect((await rawRequest(f.port, 'POST', '/api/call/app.info', { ...f.auth(), 'content-type': 'text/plain' }, '{}')).status).toBe(415);
  });

  it('refuses a body over 20 MB with 413, declared or streamed, and saves nothing of it', async () => {
    const big = Buffer.alloc(MAX_BODY_BYTES + 1024, 0x20);
    const declared = await rawRequest(
      f.port,
      'POST',
      '/api/call/story.create',
      { ...f.auth(), 'content-length': String(big.length) },
      big.subarray(0, 1024),
    );
    expect(declared.status).toBe(413);
    const streamed = await rawRequest(f.port, 'POST', '/api/call/story.create', { ...f.auth(), 'transfer-encoding': 'chunked' }, big);
    expect(streamed.status).toBe(413);
    expect(f.storyFiles()).toEqual([]);
    // just under the limit is read whole, and judged by the schema, not by its size
    const near = Buffer.concat([Buffer.from('{"pad":"'), Buffer.alloc(MAX_BODY_BYTES - 64, 0x61), Buffer.from('"}')]);
    const judged = await rawRequest(f.port, 'POST', '/api/call/app.info', f.auth(), near);
    expect([judged.status, JSON.parse(judged.body).error.code]).toEqual([400, 'invalid']);
  });
});

describe('the loopback host’s events', () => {
  it('delivers an event when a story file is changed by another program', async () => {
    const client = await connectHttpClient(f.running.host.origin, f.token);
    try {
      const { story, file } = await client.api.call('story.create', { fields: { headline: '岩口县推进夏粮收购' } });
      const changed = new Promise<string>((resolve) =>
        client.api.on('story.changed', (p) => p.summary.id === story.id && resolve(p.summary.headline)),
      );
      const onDisk = JSON.parse(readFileSync(path.join(f.library, file), 'utf8'));
      writeFileSync(path.join(f.library, file), JSON.stringify({ ...onDisk, headline: '另一个程序改的标题' }, null, 2));
      expect(await changed).toBe('另一个程序改的标题');
      const message = client.received.find((m) => m.event === 'story.changed');
      expect(message?.id).toMatch(/^\d+$/);
      expect(JSON.parse(message!.data).summary.file).toBe(file);
    } finally {
      client.close();
    }
  });

  it('takes the token as a header too, keeps the stream alive with comments, and replays after a reconnect', async () => {
    expect(await readStream({ authorization: `Bearer ${f.token}` }, ': keep-alive\n\n')).toMatch(
      /^retry: 2000\n: connected\n\n(: keep-alive\n\n)+$/,
    );
    await call('preferences.set', { reporter: { name: '韦书言', role: '记者' } });
    const replayed = await readStream({ 'last-event-id': '0' }, '\n\n', `/api/events?token=${f.token}`);
    expect(replayed).toContain('id: 1\nevent: preferences.changed\ndata: {');
    expect(replayed).toContain('"name":"韦书言"');
  });

  it('ends its streams and answers no more once closed', async () => {
    const client = await connectHttpClient(f.running.host.origin, f.token);
    const started = Date.now();
    await f.running.host.close();
    expect(Date.now() - started).toBeLessThan(2000);
    await expect(fetch(`${f.running.host.origin}/`)).rejects.toThrow();
    client.close();
  });
});
