// The pure security rules of the shell: which page may call, which requests may load, which links may leave the app.
import { describe, expect, it } from 'vitest';
import { APP_PAGE, isAllowedRequest, isAppPageUrl, isTrustedSender, type AppPage } from '../../electron/main/appPage';
import { externalWebUrl, isActivatingInput, UserActivation } from '../../electron/main/linkPolicy';

const packaged: AppPage = APP_PAGE;
const dev: AppPage = { ...packaged, devServerUrl: 'http://localhost:5173/' };
/** The old way in: the built index.html as a file of the install folder. */
const asFile = 'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/index.html';

describe('the sender check', () => {
  it('accepts app://bulletin-desk/index.html with any hash or query, in its top frame', () => {
    expect(packaged.indexUrl).toBe('app://bulletin-desk/index.html');
    expect(isTrustedSender({ url: packaged.indexUrl, parent: null }, packaged)).toBe(true);
    expect(isTrustedSender({ url: `${packaged.indexUrl}#token=x&story=1`, parent: null }, packaged)).toBe(true);
    expect(isTrustedSender({ url: `${packaged.indexUrl}?lang=en`, parent: null }, packaged)).toBe(true);
  });

  it("refuses file:// (even the app's own build), other app:// hosts and pages, foreign URLs, subframes and a missing frame", () => {
    const foreign = [
      asFile,
      `${asFile}#/story/abc`,
      'file:///tmp/index.html',
      'file://bulletin-desk/index.html',
      'app://bulletin-desk/evil.html',
      'app://bulletin-desk/index.html.evil',
      'app://bulletin-desk/assets/index.html',
      'app://bulletin-desk/',
      'app://bulletin-desk.evil.example/index.html',
      'app://evil/index.html',
      'app://user:pw@bulletin-desk/index.html',
      'app://bulletin-desk:1234/index.html',
      'bulletin-desk://app/index.html',
      'https://bulletin-desk/index.html',
      'https://evil.example/index.html',
      'http://localhost:5173/',
      'about:blank',
      'data:text/html,hello',
      'javascript:alert(1)',
      'chrome://settings',
      '',
      'not a url',
    ];
    for (const url of foreign) expect(isTrustedSender({ url, parent: null }, packaged), url).toBe(false);
    expect(isTrustedSender({ url: packaged.indexUrl, parent: { url: packaged.indexUrl } }, packaged)).toBe(false);
    expect(isTrustedSender(null, packaged)).toBe(false);
    expect(isTrustedSender(undefined, packaged)).toBe(false);
    // a page whose own address is not on the app scheme trusts no app:// frame either
    expect(isAppPageUrl(packaged.indexUrl, { indexUrl: asFile })).toBe(false);
    expect(isAppPageUrl(asFile, { indexUrl: asFile })).toBe(false);
  });

  it("accepts the dev server's origin only when one is set, and never with credentials", () => {
    expect(isAppPageUrl('http://localhost:5173/', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5173/index.html#x', dev)).toBe(true);
    expect(isAppPageUrl('http://localhost:5174/', dev)).toBe(false);
    expect(isAppPageUrl('http://127.0.0.1:5173/', dev)).toBe(false);
    expect(isAppPageUrl('http://user:pw@localhost:5173/', dev)).toBe(false);
    expect(isAppPageUrl('http://localhost:5173/', packaged)).toBe(false);
    expect(isAppPageUrl(packaged.indexUrl, dev)).toBe(true);
  });
});

describe('the request filter', () => {
  it('lets the page load from its own app:// origin, data: and blob: URLs', () => {
    expect(isAllowedRequest(packaged.indexUrl, packaged)).toBe(true);
    expect(isAllowedRequest('app://bulletin-desk/assets/index-abc.js', packaged)).toBe(true);
    expect(isAllowedRequest('data:image/png;base64,AAAA', packaged)).toBe(true);
    expect(isAllowedRequest('blob:app://bulletin-desk/1234', packaged)).toBe(true);
  });

  it('refuses anything remote, every local file and other app:// hosts', () => {
    for (const url of [
      'https://fonts.example/font.woff2',
      'http://127.0.0.1:8080/api',
      'wss://evil.example/socket',
      'file:///etc/passwd',
      asFile,
      'file:///opt/Bulletin%20Desk/resources/app.asar/out/renderer/assets/index-abc.js',
      'app://evil/index.html',
      'app://bulletin-desk:8080/index.html',
      'app://user@bulletin-desk/index.html',
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
    for (const url of [
      'file:///etc/passwd',
      'app://bulletin-desk/index.html',
      'javascript:alert(1)',
      'smb://server/share',
      'ms-msdt:/id',
      'mailto:a@b.c',
      'https://user:pw@example.com/',
      'not a url',
      '',
    ]) {
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
