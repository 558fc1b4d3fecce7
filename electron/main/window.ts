// The app's window: locked-down web preferences, the remembered size and place, and the app's page loaded into it.
import { BrowserWindow, nativeTheme, screen } from 'electron';
import type { AppPage } from './appPage';
import { readWindowState, windowStateToSave, writeWindowState } from './windowState';

export interface MainWindowOptions {
  /** The page to load: app://bulletin-desk/index.html (served by appProtocol.ts), or the dev server in development. */
  page: AppPage;
  /** out/preload/index.cjs */
  preloadFile: string;
  userDataFolder: string;
  /** Not packaged: the developer tools may open. */
  developer: boolean;
  /** The page has loaded (again, after a reload) and can take events. */
  onPageReady(): void;
  /** The page is going away (reload, crash, close): hold events for it. */
  onPageGone(): void;
}

/** The page's paper (renderer/src/tokens.css --paper, light and dark): the window's colour before the page is drawn. */
export const WINDOW_BACKGROUND = { light: '#ffffff', dark: '#1c1c1e' } as const;

let lastStateWrite: Promise<void> = Promise.resolve();

/** Resolves when the window's size and place are written (waited for before the app exits). */
export function windowStateWritten(): Promise<void> {
  return lastStateWrite;
}

function rememberPlacement(win: BrowserWindow, userDataFolder: string): void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const save = () => {
    clearTimeout(timer);
    if (win.isDestroyed() || win.isMinimized() || win.isFullScreen()) return;
    const state = windowStateToSave(win.getNormalBounds(), win.isMaximized());
    lastStateWrite = lastStateWrite
      .then(() => writeWindowState(userDataFolder, state))
      .catch((e: unknown) => console.warn(`Bulletin Desk: the window's place was not saved: ${String(e)}`));
  };
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(save, 600);
  };
  win.on('resize', later);
  win.on('move', later);
  win.on('maximize', later);
  win.on('unmaximize', later);
  win.on('close', save);
}

export async function createMainWindow(options: MainWindowOptions): Promise<BrowserWindow> {
  const placement = await readWindowState(
    options.userDataFolder,
    screen.getAllDisplays().map((d) => d.workArea),
  );
  const win = new BrowserWindow({
    ...(placement.x !== undefined && placement.y !== undefined ? { x: placement.x, y: placement.y } : {}),
    width: placement.width,
    height: placement.height,
    minWidth: 720,
    minHeight: 480,
    show: false,
    title: 'Bulletin Desk',
    // the system's dark mode (the page follows it): a window reopened in the dark does not flash white
    backgroundColor: nativeTheme.shouldUseDarkColors ? WINDOW_BACKGROUND.dark : WINDOW_BACKGROUND.light,
    webPreferences: {
      preload: options.preloadFile,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      safeDialogs: true,
      // Chromium's spell checker fetches dictionaries from the network, and has none for Chinese
      spellcheck: false,
      devTools: options.developer,
    },
  });
  // maximize() shows the window: only once the page is drawn, or it shows blank first
  win.once('ready-to-show', () => {
    if (placement.maximized) win.maximize();
    win.show();
  });
  rememberPlacement(win, options.userDataFolder);

  const contents = win.webContents;
  let lastCrashReload = 0;
  contents.on('did-start-loading', () => options.onPageGone());
  contents.on('did-finish-load', () => options.onPageReady());
  contents.on('render-process-gone', (_event, details) => {
    options.onPageGone();
    console.error(`Bulletin Desk: the page stopped (${details.reason})`);
    // reload a crashed page, but not in a loop
    if (details.reason !== 'clean-exit' && Date.now() - lastCrashReload > 10_000 && !win.isDestroyed()) {
      lastCrashReload = Date.now();
      contents.reload();
    }
  });
  win.on('closed', () => options.onPageGone());

  // never file://: the app's files come from the app:// handler, which serves the built renderer and nothing else
  const loading = win.loadURL(options.page.devServerUrl ?? options.page.indexUrl);
  loading.catch((e: unknown) => console.error(`Bulletin Desk: the page did not load: ${String(e)}`));
  return win;
}
