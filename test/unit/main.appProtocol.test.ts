// The app:// scheme: the handler serving the built renderer (CSP, MIME types, 404s, no way out), and its wiring with 'electron' replaced by a stand-in.
import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { APP_INDEX_URL, APP_SCHEME, appFileTarget, createAppProtocolHandler, type AppRequest } from '../../electron/main/appProtocol';
import { CONTENT_SECURITY_POLICY } from '../../shared/contentSecurityPolicy';

const electron = vi.hoisted(() => ({
  registerSchemesAsPrivileged: vi.fn(),
  handle: vi.fn(),
}));
vi.mock('electron', () => ({ protocol: electron }));

const SECRET = 'the library password is 1234';
const INDEX = '<!doctype html><title>Bulletin Desk</title><script type="module" src="./assets/index-abc12345.js"></script>';

/** A build folder (…/<install>/resources/app/out/renderer) with a few files, beside a secret it must never serve. */
function build(install = 'Bulletin Desk') {
  const top = mkdtempSync(path.join(tmpdir(), 'app-protocol-'));
  const outside = path.join(top, 'outside');
  mkdirSync(outside);
  writeFileSync(path.join(top, 'secret.txt'), SECRET);
  writeFileSync(path.join(outside, 'secret.js'), SECRET);
  const folder = path.join(top, install, 'resources/app/out/renderer');
  mkdirSync(path.join(folder, 'assets'), { recursive: true });
  writeFileSync(path.join(folder, 'index.html'), INDEX);
  writeFileSync(path.join(folder, 'assets/index-abc12345.js'), 'export const ok = 1;');
  writeFileSync(path.join(folder, 'assets/index-abc12345.css'), 'body{margin:0}');
  writeFileSync(path.join(folder, 'assets/标题-字体.woff2'), 'wOF2');
  writeFileSync(path.join(folder, 'assets/icon.svg'), '<svg/>');
  writeFileSync(path.join(folder, 'assets/blob.bin'), 'bytes');
  writeFileSync(path.join(folder, '.env'), SECRET);
  writeFileSync(path.join(path.dirname(folder), 'main.js'), SECRET);
  return { top, folder, outside, handler: createAppProtocolHandler(folder) };
}

/** A request as Electron hands it, but with its address exactly as given (a Request would normalise `..` away). */
const raw = (url: string, method = 'GET'): AppRequest => ({ url, method });

async function read(answer: Response) {
  return {
    status: answer.status,
    type: answer.headers.get('content-type'),
    csp: answer.headers.get('content-security-policy'),
    body: await answer.text(),
  };
}

describe('the app:// handler', () => {
  it('serves index.html (also for /) with the CSP header, nosniff and never kept', async () => {
    const { handler } = build();
    for (const url of [
      APP_INDEX_URL,
      `${APP_INDEX_URL}#/story/abc`,
      `${APP_INDEX_URL}?lang=en`,
      'app://bulletin-desk/',
      'app://bulletin-desk',
    ]) {
      const answer = await handler(raw(url));
      expect(await read(answer), url).toEqual({ status: 200, type: 'text/html; charset=utf-8', csp: CONTENT_SECURITY_POLICY, body: INDEX });
      expect(answer.headers.get('x-content-type-options')).toBe('nosniff');
      expect(answer.headers.get('cache-control')).toBe('no-store');
    }
    // a real Request, as Electron hands it
    expect((await handler(new Request(APP_INDEX_URL))).status).toBe(200);
  });

  it('answers each file with its MIME type, unknown ones as bytes', async () => {
    const { handler } = build();
    const types: Record<string, string> = {
      'assets/index-abc12345.js': 'text/javascript; charset=utf-8',
      'assets/index-abc12345.css': 'text/css; charset=utf-8',
      'assets/%E6%A0%87%E9%A2%98-%E5%AD%97%E4%BD%93.woff2': 'font/woff2',
      'assets/icon.svg': 'image/svg+xml',
      'assets/blob.bin': 'application/octet-stream',
    };
    for (const [file, type] of Object.entries(types)) {
      const answer = await read(await handler(raw(`app://bulletin-desk/${file}`)));
      expect([answer.status, answer.type, answer.csp], file).toEqual([200, type, CONTENT_SECURITY_POLICY]);
    }
    expect((await read(await handler(raw('app://bulletin-desk/assets/index-abc12345.js')))).body).toBe('export const ok = 1;');
  });

  it('answers 404 for files that are not there, folders and dot-files', async () => {
    const { handler } = build();
    for (const file of ['missing.js', 'assets/missing.css', 'assets', 'assets/', '.env', 'index.html/x', '%252e%252e/secret.txt']) {
      const answer = await read(await handler(raw(`app://bulletin-desk/${file}`)));
      expect(answer.status, file).toBe(404);
      expect(answer.body).not.toContain(SECRET);
    }
  });

  it('refuses every way out of the build folder: .., encoded .., backslashes, absolute paths, other hosts', async () => {
    const { handler } = build();
    const ways = [
      'app://bulletin-desk/../secret.txt',
      'app://bulletin-desk/../main.js',
      'app://bulletin-desk/assets/../../main.js',
      'app://bulletin-desk/%2e%2e/main.js',
      'app://bulletin-desk/%2E%2E/%2e%2e/%2e%2e/%2e%2e/%2e%2e/secret.txt',
      'app://bulletin-desk/assets/.%2e/.%2E/main.js',
      'app://bulletin-desk/..%2F..%2Fmain.js',
      'app://bulletin-desk/assets%2F..%2F..%2Fmain.js',
      'app://bulletin-desk/assets\\..\\..\\main.js',
      'app://bulletin-desk\\..\\main.js',
      'app://bulletin-desk/..%5C..%5Cmain.js',
      'app://bulletin-desk/assets%5c..%5c..%5cmain.js',
      'app://bulletin-desk//etc/passwd',
      'app://bulletin-desk/%2Fetc%2Fpasswd',
      'app://bulletin-desk/C:/Windows/win.ini',
      'app://bulletin-desk/C%3A%5CWindows%5Cwin.ini',
      'app://bulletin-desk/index.html%00.js',
      'app://bulletin-desk/%E0%A4%A',
      'app://evil/index.html',
      'app://bulletin-desk.evil/index.html',
      'app://bulletin-desk:80/index.html',
      'app://user@bulletin-desk/index.html',
      'file:///etc/passwd',
    ];
    for (const url of ways) {
      const answer = await read(await handler(raw(url)));
      expect(answer.status, url).toBe(400);
      expect(answer.body, url).not.toContain(SECRET);
    }
  });

  it('refuses symlinks leading outside the build folder, and follows those that stay inside', async () => {
    const { handler, folder, outside, top } = build();
    symlinkSync(path.join(outside, 'secret.js'), path.join(folder, 'assets/linked.js'));
    symlinkSync(outside, path.join(folder, 'assets/linked-folder'));
    symlinkSync(path.join(top, 'secret.txt'), path.join(folder, 'secret.html'));
    symlinkSync(path.join(folder, 'index.html'), path.join(folder, 'start.html'));
    for (const file of ['assets/linked.js', 'assets/linked-folder/secret.js', 'secret.html']) {
      const answer = await read(await handler(raw(`app://bulletin-desk/${file}`)));
      expect(answer.status, file).toBe(404);
      expect(answer.body, file).not.toContain(SECRET);
    }
    expect((await read(await handler(raw('app://bulletin-desk/start.html')))).body).toBe(INDEX);
  });

  it('serves from a build inside a folder named "50% 测试" (a bare % and Chinese in the install path)', async () => {
    const { handler, folder } = build('opt/50% 测试');
    expect(folder).toContain(`50% 测试${path.sep}`);
    expect(await read(await handler(raw(APP_INDEX_URL)))).toEqual({
      status: 200,
      type: 'text/html; charset=utf-8',
      csp: CONTENT_SECURITY_POLICY,
      body: INDEX,
    });
    expect((await handler(raw('app://bulletin-desk/assets/index-abc12345.js'))).status).toBe(200);
    expect((await handler(new Request('app://bulletin-desk/assets/标题-字体.woff2'))).status).toBe(200);
    expect((await handler(raw('app://bulletin-desk/assets/%E6%A0%87%E9%A2%98-%E5%AD%97%E4%BD%93.woff2'))).status).toBe(200);
    expect((await handler(raw('app://bulletin-desk/50%25%20%E6%B5%8B%E8%AF%95/index.html'))).status).toBe(404);
  });

  it('answers HEAD without a body, and refuses other methods', async () => {
    const { handler } = build();
    const head = await handler(raw(APP_INDEX_URL, 'HEAD'));
    expect([head.status, head.headers.get('content-length'), await head.text()]).toEqual([200, String(Buffer.byteLength(INDEX)), '']);
    const post = await handler(raw(APP_INDEX_URL, 'POST'));
    expect([post.status, post.headers.get('allow')]).toEqual([405, 'GET, HEAD']);
  });

  it('answers 404 while the renderer is not built', async () => {
    const handler = createAppProtocolHandler(path.join(tmpdir(), 'no-such-build-folder-for-app-protocol'));
    expect((await handler(raw(APP_INDEX_URL))).status).toBe(404);
  });

  it('reads addresses segment by segment', () => {
    expect(appFileTarget('app://bulletin-desk/')).toEqual({ segments: ['index.html'] });
    expect(appFileTarget('app://BULLETIN-DESK/assets/a%20b.js?x#y')).toEqual({ segments: ['assets', 'a b.js'] });
    expect(appFileTarget('app://bulletin-desk/%2e%2e/x')).toMatchObject({ status: 400 });
  });
});

describe('the app:// scheme in Electron (stand-in)', () => {
  it('is registered before ready as standard, secure, with fetch and the code cache: no CSP bypass, no CORS, no service workers', async () => {
    const { registerAppScheme } = await import('../../electron/main/appScheme');
    registerAppScheme();
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledTimes(1);
    expect(electron.registerSchemesAsPrivileged).toHaveBeenCalledWith([
      { scheme: 'app', privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
    ]);
  });

  it('is answered by the handler over the build folder', async () => {
    const { serveAppScheme } = await import('../../electron/main/appScheme');
    const { folder } = build();
    serveAppScheme(folder);
    expect(electron.handle).toHaveBeenCalledWith(APP_SCHEME, expect.any(Function));
    const handler = electron.handle.mock.calls[0]![1] as (request: Request) => Promise<Response>;
    const answer = await handler(new Request(APP_INDEX_URL));
    expect([answer.status, answer.headers.get('content-security-policy'), await answer.text()]).toEqual([
      200,
      CONTENT_SECURITY_POLICY,
      INDEX,
    ]);
    expect((await handler(new Request('app://bulletin-desk/../main.js'))).status).toBe(404);
  });
});
