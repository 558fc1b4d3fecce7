// Hardening: the page's CSP, no request beyond the app's files, every permission denied, no navigation or new window, links to the system browser.
import { CONTENT_SECURITY_POLICY } from '../../shared/contentSecurityPolicy';
import { shell } from 'electron';
import type { Session, WebContents } from 'electron';
import { isAllowedRequest, isAppPageUrl } from './appPage';
import type { AppPage } from './appPage';
import { externalWebUrl, isActivatingInput, UserActivation } from './linkPolicy';

/**
 * The app's session: every permission refused, nothing loaded from outside the app (app://bulletin-desk, and the
 * dev server in development; never file:), the CSP on every response (the app:// handler sends it too).
 */
export function hardenSession(ses: Session, page: AppPage): void {
  ses.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);
  ses.setDevicePermissionHandler(() => false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const allowed = isAllowedRequest(details.url, page);
    if (!allowed) console.warn(`Bulletin Desk: refused a request for ${details.url.slice(0, 200)}`);
    callback({ cancel: !allowed });
  });
  ses.webRequest.onHeadersReceived((details, callback) => {
    callback({ responseHeaders: { ...details.responseHeaders, 'Content-Security-Policy': [CONTENT_SECURITY_POLICY] } });
  });
}

/**
 * Every web contents the app creates: it never navigates away from the app's page, never opens a window and
 * attaches no webview. An http(s) link the user clicks opens in the system browser; nothing else leaves the app.
 */
export function hardenWebContents(contents: WebContents, page: AppPage): void {
  const activation = new UserActivation();
  contents.on('before-input-event', (_event, input) => {
    if (isActivatingInput(input)) activation.note(Date.now());
  });
  contents.on('before-mouse-event', (_event, mouse) => {
    if (isActivatingInput(mouse)) activation.note(Date.now());
  });
  const openInBrowser = (url: string) => {
    const web = externalWebUrl(url);
    if (web && activation.consume(Date.now())) {
      shell.openExternal(web).catch((e: unknown) => console.warn(`Bulletin Desk: the browser did not open ${web}: ${String(e)}`));
    }
  };

  contents.setWindowOpenHandler(({ url }) => {
    openInBrowser(url);
    return { action: 'deny' };
  });
  contents.on('will-navigate', (event) => {
    event.preventDefault();
    openInBrowser(event.url);
  });
  contents.on('will-frame-navigate', (event) => {
    if (!event.isMainFrame) event.preventDefault();
  });
  // a redirect may only land on the app's own page (app://bulletin-desk/index.html)
  contents.on('will-redirect', (event) => {
    if (!isAppPageUrl(event.url, page)) event.preventDefault();
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}
