// The app's life: one instance, the desk opened and bound to IPC, the window and menu, files from the system, and a quit that loses nothing.
import { statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, ipcMain, safeStorage, session, shell } from 'electron';
import type { Language } from '../../shared/api';
import { openSwitchableDesk } from '../services/switchableDesk';
import type { Desk } from '../services/deskTypes';
import { replaceFile } from '../services/library/storage';
import { languageOf } from '../services/preferences';
import { identifyApp } from './appIdentity';
import { APP_PAGE, isAppPageUrl, isTrustedSender } from './appPage';
import type { AppPage } from './appPage';
import { registerAppScheme, serveAppScheme } from './appScheme';
import {
  askRetryStart,
  chooseExportPath,
  chooseLibraryFolder,
  choosePackageTarget,
  chooseProofPdfPath,
  confirmQuitWithUnsaved,
  confirmQuitWithUnsent,
} from './dialogs';
import { OpenFileQueue, openableFilesFromArgv } from './fileAssociations';
import { bindDeskToIpc } from './ipcBinding';
import type { IpcBinding } from './ipcBinding';
import { installMenu } from './menu';
import { saveProofPdf } from './proofPdf';
import type { MenuCommand } from './menuEvents';
import type { Platform } from './menuTemplate';
import { guardSessionEnd, SaveFailures, settleBeforeQuit, withSaveTracking } from './quitGuard';
import { hardenSession, hardenWebContents } from './security';
import { createMainWindow, windowStateWritten } from './window';

const isFile = (p: string): boolean => {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
};

export function runBulletinDesk(): void {
  const here = path.dirname(fileURLToPath(import.meta.url)); // out/main
  const rendererFolder = path.join(here, '../renderer');
  const preloadFile = path.join(here, '../preload/index.cjs');
  const devServerUrl = app.isPackaged ? undefined : process.env['ELECTRON_RENDERER_URL'];
  const page: AppPage = { ...APP_PAGE, ...(devServerUrl ? { devServerUrl } : {}) };
  // the page loads from app://bulletin-desk (appProtocol.ts), never from file://; the scheme is privileged before ready
  registerAppScheme();

  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  app.enableSandbox();
  identifyApp(app, process.platform);

  let desk: Desk | null = null;
  let binding: IpcBinding | null = null;
  let mainWindow: BrowserWindow | null = null;
  let pageReady: Promise<void> = new Promise<void>(() => {});
  // the system's language until the desk tells the chosen one (app.getLocale() answers only once the app is ready)
  let language: Language = languageOf(process.env['LANG']);
  const failures = new SaveFailures();
  /** approved: the pending writes are settled, or the user chose to quit without them; the window may close. */
  const quitGate = { approved: false, running: null as Promise<boolean> | null };
  let appQuitting = false;
  // held until the page has its library and asks (app.takeOpenedFiles), then sent as they come
  const openFiles = new OpenFileQueue((batch) => binding?.send('app.openFiles', batch));
  // the arguments after the executable (and, run as `electron .` in development, after the app's folder)
  const argumentsFrom = (argv: readonly string[]) => argv.slice(process.defaultApp ? 2 : 1);
  openFiles.add(openableFilesFromArgv(argumentsFrom(process.argv), process.cwd(), isFile));

  // ------------------------------------------------------------ window
  let markReady = () => {};
  let creating: Promise<BrowserWindow> | null = null;
  async function showWindow(): Promise<BrowserWindow> {
    if (mainWindow && !mainWindow.isDestroyed()) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.show();
      mainWindow.focus();
      return mainWindow;
    }
    // a second launch or a menu command while the window is being made waits for that window
    creating ??= newWindow().finally(() => {
      creating = null;
    });
    return creating;
  }

  async function newWindow(): Promise<BrowserWindow> {
    quitGate.approved = false;
    pageReady = new Promise<void>((resolve) => (markReady = resolve));
    const win = await createMainWindow({
      page,
      preloadFile,
      userDataFolder: app.getPath('userData'),
      developer: !app.isPackaged,
      onPageReady: () => markReady(),
      onPageGone: () => openFiles.pageGone(),
    });
    win.on('close', (event) => {
      if (quitGate.approved) return;
      event.preventDefault();
      void mayClose().then((ok) => ok && !win.isDestroyed() && win.close());
    });
    // Windows logout or shutdown emits no before-quit: the pending writes are held for and flushed here
    guardSessionEnd(win, {
      pending: () => (binding?.inFlight() ?? 0) > 0 || (desk?.pendingSaves() ?? 0) > 0,
      settle: async () => {
        // a call that never ends (a dialog left open) must not keep the held saves from being written
        await Promise.race([binding?.idle(), new Promise((resolve) => setTimeout(resolve, 5_000))]);
        await desk?.flush();
      },
    });
    win.on('closed', () => {
      if (mainWindow === win) mainWindow = null;
      // on macOS the app stays open without a window: a later quit checks the held saves again
      if (process.platform === 'darwin' && !appQuitting) quitGate.approved = false;
    });
    mainWindow = win;
    return win;
  }

  const sendCommand = async (command: MenuCommand) => {
    await showWindow();
    await pageReady;
    binding?.send(command, {});
  };

  async function refreshMenu(): Promise<void> {
    if (!desk) return;
    const info = await desk.service['app.info']({});
    language = info.language;
    installMenu({
      platform: process.platform as Platform,
      language,
      developer: !app.isPackaged,
      send: (command) => void sendCommand(command),
      showLibraryFolder: () => void shell.openPath(info.libraryFolder),
    });
  }

  // ------------------------------------------------------------ quitting
  function mayClose(): Promise<boolean> {
    const open = desk;
    const bound = binding;
    if (!open || !bound) quitGate.approved = true; // nothing was opened: nothing to wait for
    if (quitGate.approved || !open || !bound) return Promise.resolve(true);
    quitGate.running ??= settleBeforeQuit({
      idle: () => bound.idle(),
      flush: () => open.flush(),
      failedSaves: () => failures.list(),
      confirmQuit: (problem) => confirmQuitWithUnsaved(language, problem),
    })
      // every edit is on disk: the outbox's items not sent yet are said (they go the next time)
      .then(async (decision) =>
        decision === 'quit' && open.unsentItems() > 0 && !(await confirmQuitWithUnsent(language, open.unsentItems())) ? 'stay' : decision,
      )
      .then((decision) => {
        if (decision === 'quit') quitGate.approved = true;
        return decision === 'quit';
      })
      .finally(() => {
        quitGate.running = null;
      });
    return quitGate.running;
  }

  app.on('before-quit', (event) => {
    if (quitGate.approved) {
      appQuitting = true;
      return;
    }
    event.preventDefault();
    void mayClose().then((ok) => ok && app.quit());
  });
  let closedDown = false;
  app.on('will-quit', (event) => {
    if (closedDown) return;
    event.preventDefault();
    const closing = desk ? desk.close() : Promise.resolve();
    void closing
      .catch((e: unknown) => console.error(`Bulletin Desk: closing the library: ${String(e)}`))
      .then(() => windowStateWritten())
      .finally(() => {
        closedDown = true;
        binding?.dispose();
        app.exit(0);
      });
  });
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });

  // ------------------------------------------------------------ files from the system
  app.on('open-file', (event, file) => {
    event.preventDefault();
    openFiles.add(openableFilesFromArgv([file], path.dirname(file), isFile));
    if (app.isReady() && desk) void showWindow();
  });
  app.on('second-instance', (_event, argv, workingDirectory) => {
    openFiles.add(openableFilesFromArgv(argumentsFrom(argv), workingDirectory, isFile));
    if (desk) void showWindow();
  });
  app.on('activate', () => {
    if (desk && BrowserWindow.getAllWindows().length === 0) void showWindow();
  });

  // ------------------------------------------------------------ start
  app.on('web-contents-created', (_event, contents) => hardenWebContents(contents, page));

  async function openTheDesk(): Promise<Desk | null> {
    for (;;) {
      try {
        return await openSwitchableDesk({
          userDataFolder: app.getPath('userData'),
          host: 'electron',
          systemLocale: app.getLocale(),
          version: app.getVersion(),
          chooseExportPath: (suggestedName) => chooseExportPath(language, suggestedName),
          choosePackageTarget: (name, as) => choosePackageTarget(language, name, as),
          chooseLibraryFolder: () => chooseLibraryFolder(language),
          // SMTP passwords encrypted by the system; where it has no key store, kept in memory for the run
          ...(safeStorage.isEncryptionAvailable()
            ? {
                secrets: {
                  encrypt: (plain: string) => safeStorage.encryptString(plain),
                  decrypt: (cipher: Buffer) => safeStorage.decryptString(cipher),
                },
              }
            : {}),
        });
      } catch (e) {
        if (!(await askRetryStart(language, (e as Error)?.message ?? String(e)))) return null;
      }
    }
  }

  async function start(): Promise<void> {
    hardenSession(session.defaultSession, page);
    serveAppScheme(rendererFolder);
    language = languageOf(app.getLocale());
    desk = await openTheDesk();
    if (!desk) {
      quitGate.approved = true;
      app.quit();
      return;
    }
    const opened = desk;
    binding = bindDeskToIpc({
      ipc: ipcMain,
      desk: { service: withSaveTracking(opened.service, failures), subscribe: (listener) => opened.subscribe(listener) },
      isTrustedSender: (frame) => isTrustedSender(frame, page),
      isAppPage: (url) => isAppPageUrl(url, page),
      receivers: () => BrowserWindow.getAllWindows().map((w) => w.webContents),
      onRefused: (url) => console.warn(`Bulletin Desk: refused a call from ${url.slice(0, 200)}`),
      // a proof's PDF is the print layout of the very page that asked
      senderCalls: (event) => ({
        'app.takeOpenedFiles': async () => openFiles.take(),
        'proof.savePdf': (input) =>
          saveProofPdf(event.sender, input, {
            choosePath: (name) => chooseProofPdfPath(language, name),
            write: (target, bytes) => replaceFile(target, bytes),
          }),
      }),
    });
    opened.subscribe((name, payload) => {
      if (name === 'save.status') failures.note(payload as Parameters<SaveFailures['note']>[0]);
      if (name === 'preferences.changed' || name === 'library.switched') void refreshMenu();
    });
    await refreshMenu();
    await showWindow();
  }

  app
    .whenReady()
    .then(start)
    .catch((e: unknown) => {
      console.error('Bulletin Desk could not start:', e);
      app.exit(1);
    });
}
