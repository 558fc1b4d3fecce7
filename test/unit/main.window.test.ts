// The app's window with 'electron' replaced by a stand-in: reopened maximized without a blank flash, in the system's light or dark.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const made: Array<{ options: Record<string, unknown>; calls: string[]; emitter: import('node:events').EventEmitter }> = [];
  return { made, nativeTheme: { shouldUseDarkColors: false } };
});

vi.mock('electron', async () => {
  const { EventEmitter: Emitter } = await import('node:events');
  class BrowserWindow extends Emitter {
    readonly calls: string[] = [];
    readonly webContents = Object.assign(new Emitter(), { reload: () => undefined });
    constructor(readonly options: Record<string, unknown>) {
      super();
      electron.made.push({ options, calls: this.calls, emitter: this });
    }
    maximize() {
      this.calls.push('maximize');
    }
    show() {
      this.calls.push('show');
    }
    isDestroyed() {
      return false;
    }
    loadURL() {
      return Promise.resolve();
    }
  }
  return {
    BrowserWindow,
    nativeTheme: electron.nativeTheme,
    screen: { getAllDisplays: () => [{ workArea: { x: 0, y: 0, width: 1920, height: 1080 } }] },
  };
});

const { createMainWindow, WINDOW_BACKGROUND } = await import('../../electron/main/window');

function userData(state: object): string {
  const folder = mkdtempSync(path.join(tmpdir(), 'window-'));
  writeFileSync(path.join(folder, 'window-state.json'), JSON.stringify(state));
  return folder;
}

const open = (folder: string) =>
  createMainWindow({
    page: { indexUrl: 'app://bulletin-desk/index.html' },
    preloadFile: '/out/preload/index.cjs',
    userDataFolder: folder,
    developer: false,
    onPageReady: () => undefined,
    onPageGone: () => undefined,
  });

describe('the window (stand-in Electron)', () => {
  beforeEach(() => {
    electron.made.length = 0;
    electron.nativeTheme.shouldUseDarkColors = false;
  });

  it('reopens maximized only once the page is drawn (maximize() would show it blank first)', async () => {
    await open(userData({ x: 10, y: 10, width: 1000, height: 700, maximized: true }));
    const win = electron.made[0]!;
    expect(win.options['show']).toBe(false);
    expect(win.calls).toEqual([]);
    win.emitter.emit('ready-to-show');
    expect(win.calls).toEqual(['maximize', 'show']);
  });

  it('opens in the normal size without maximizing', async () => {
    await open(userData({ x: 10, y: 10, width: 1000, height: 700, maximized: false }));
    electron.made[0]!.emitter.emit('ready-to-show');
    expect(electron.made[0]!.calls).toEqual(['show']);
  });

  it("takes its background from the system's light or dark mode, the page's own paper colour", async () => {
    await open(userData({}));
    expect(electron.made[0]!.options['backgroundColor']).toBe(WINDOW_BACKGROUND.light);
    electron.nativeTheme.shouldUseDarkColors = true;
    await open(userData({}));
    expect(electron.made[1]!.options['backgroundColor']).toBe(WINDOW_BACKGROUND.dark);
    const tokens = readFileSync(path.resolve(import.meta.dirname, '../../renderer/src/tokens.css'), 'utf8');
    const papers = [...tokens.matchAll(/--paper:\s*(#[0-9a-f]{6})/gi)].map((m) => m[1]);
    expect(papers).toEqual([WINDOW_BACKGROUND.light, WINDOW_BACKGROUND.dark]);
  });
});
