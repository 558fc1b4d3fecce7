// The pure security rules of the shell: which page may call, which requests may load, which links may leave the app.
import { describe, expect, it } from 'vitest';
import { isAllowedRequest, isAppPageUrl, isTrustedSender, type AppPage } from '../../electron/main/appPage';
import { externalWebUrl, isActivatingInput, UserActivation } from '../../electron/main/linkPolicy';

const packaged: AppPage = { indexFileUrl: 'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/index.html' };
const dev: AppPage = { ...packaged, devServerUrl: 'http://localhost:5173/' };
const windows: AppPage = { indexFileUrl: 'file:///C:/Program%20Files/Bulletin%20Desk/resources/app.asar/out/renderer/index.html', caseInsensitivePaths: true };

describe('the sender check', () => {
  it("accepts the app's index.html with any hash or query, in its top frame", () => {
    expect(isTrustedSender({ url: packaged.indexFileUrl, parent: null }, packaged)).toBe(true);
    expect(isTrustedSender({ url: `${packaged.indexFileUrl}#token=x&story=1`, parent: null }, packaged)).toBe(true);
    expect(isTrustedSender({ url: `${packaged.indexFileUrl}?lang=en`, parent: null }, packaged)).toBe(true);
    expect(isTrustedSender({ url: 'file:///opt/Bulletin Desk/resources/app.asar/out/renderer/index.html', parent: null }, packaged)).toBe(true);
  });

  it('refuses foreign URLs, other local files, subframes and a missing frame', () => {
    const foreign = [
      'https://evil.example/index.html',
      'http://localhost:5173/',
      'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/evil.html',
      'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/index.html.evil',
      'file:///tmp/index.html',
      'file://attacker-host/opt/Bulletin%20Desk/resources/app.asar/out/renderer/index.html',
      'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/%ZZindex.html',
      'about:blank',
      'data:text/html,hello',
      'javascript:alert(1)',
      'chrome://settings',
      '',
      'not a url',
    ];
    for (const url of foreign) expect(isTrustedSender({ url, parent: null }, packaged), url).toBe(false);
    expect(isTrustedSender({ url: packaged.indexFileUrl, parent: { url: packaged.indexFileUrl } }, packaged)).toBe(false);
    expect(isTrustedSender(null, packaged)).toBe(false);
    expect(isTrustedSender(undefined, packaged)).toBe(false);
  });

  it("accepts the dev server's origin only when one is set, and never with credentials", () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/index.html#x', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppPageUrl('http://user:pw@localhost:5173/', dev)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppPageUrl(packaged.indexFileUrl, dev)).toBe(true);
  });

  it('compares Windows paths without regard to case', () => {
    expect(isAppPageUrl('file:///c:/program%20files/bulletin%20desk/resources/app.asar/out/renderer/INDEX.html', windows)).toBe(true);
    expect(isAppPageUrl('file:///c:/program%20files/bulletin%20desk/resources/app.asar/out/renderer/INDEX.html', packaged)).toBe(false);
  });
});

describe('the request filter', () => {
  it("lets the page load the renderer's own files, data: and blob: URLs", () => {
    expect(isAllowedRequest(packaged.indexFileUrl, packaged)).toBe(true);
    expect(isAllowedRequest('file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/assets/index-abc.js', packaged)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isAllowedRequest('blob:file:///1234', packaged)).toBe(true);
  });

  it('refuses anything remote and any other local file', () => {
    for (const url of [
      'https://fonts.example/font.woff2',
      'http://127.0.0.1:8080/api',
      'wss://evil.example/socket',
      'file:///etc/passwd',
      'file:///opt/Bulletin%20Desk/resources/app.asar/out/main/index.js',
      'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/../main/index.js',
      'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/%2e%2e/main/index.js',
      'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/assets/..%2F..%2Fmain/index.js',
      'ftp://example.org/x',
      'chrome-extension://abc/x.js',
    ]) {
      expect(isAllowedRequest(url, packaged), url).toBe(false);
    }
  });

  it('lets the dev server and its websocket through in development only', () => {
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', dev)).toBe(true);
    expect(isAllowedRequest('ws://localhost:5173/', dev)).toBe(true);
    expect(isAllowedRequest('http://localhost:5174/', dev)).toBe(false);
    expect(isAllowedRequest('http://localhost:5173/src/main.tsx', packaged)).toBe(false);
  });
});

describe('links leaving the app', () => {
  it('are plain http(s) addresses only', () => {
    expect(externalWebUrl('https://www.example.com/news?id=1')).toBe('https://www.example.com/news?id=1');
    expect(externalWebUrl('http://example.com')).toBe('http://example.com/');
    for (const url of ['file:///etc/passwd', 'javascript:alert(1)', 'smb://server/share', 'ms-msdt:/id', 'mailto:a@b.c', 'https://user:pw@example.com/', 'not a url', '']) {
      expect(externalWebUrl(url), url).toBeNull();
    }
  });

  it("open only right after the user's click or Enter, once per activation", () => {
    const activation = new UserActivation(1000);
    expect(activation.consume(5000)).toBe(false);
    activation.note(10_000);
    expect(activation.consume(10_400)).toBe(true);
    expect(activation.consume(10_401)).toBe(false);
    activation.note(20_000);
    expect(activation.consume(21_500)).toBe(false);
  });

  it('count a released left or middle button and Enter as activations, not moves or other keys', () => {
    expect(isActivatingInput({ type: 'mouseUp', button: 'left' })).toBe(true);
    expect(isActivatingInput({ type: 'mouseUp', button: 'middle' })).toBe(true);
    expect(isActivatingInput({ type: 'mouseUp', button: 'right' })).toBe(false);
    expect(isActivatingInput({ type: 'mouseMove' })).toBe(false);
    expect(isActivatingInput({ type: 'keyDown', key: 'Enter' })).toBe(true);
    expect(isActivatingInput({ type: 'keyDown', key: 'a' })).toBe(false);
  });
});
