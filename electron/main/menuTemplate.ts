// The application menu as a plain template, per platform and language; its commands go to the renderer as events.
import type { MenuItemConstructorOptions } from 'electron';
import type { Language } from '../../shared/api';
import type { MenuCommand } from './menuEvents';
import { shellText } from './shellText';

export type Platform = 'darwin' | 'win32' | 'linux';

export interface MenuContext {
  platform: Platform;
  language: Language;
  /** Not packaged: Reload and the developer tools are in the View menu. */
  developer: boolean;
  /** Sends a menu command to the renderer. */
  send(command: MenuCommand): void;
  /** Opens the library folder in the system's file manager. */
  showLibraryFolder(): void;
}

/** The app's own commands: the same keys everywhere (⌘ on macOS, Ctrl elsewhere). */
export const COMMAND_ACCELERATORS: Record<MenuCommand, string> = {
  'menu.newStory': 'CmdOrCtrl+N',
  'menu.openLibrary': 'CmdOrCtrl+O',
  'menu.importPage': 'CmdOrCtrl+I',
  'menu.export': 'CmdOrCtrl+E',
  'menu.settings': 'CmdOrCtrl+,',
};

/** The keys each platform's users expect for the standard items. */
function platformAccelerators(platform: Platform) {
  const mac = platform === 'darwin';
  return {
    quit: mac ? 'Cmd+Q' : platform === 'win32' ? 'Alt+F4' : 'Ctrl+Q',
    close: mac ? 'Cmd+W' : 'Ctrl+W',
    undo: 'CmdOrCtrl+Z',
    redo: mac ? 'Shift+Cmd+Z' : platform === 'win32' ? 'Ctrl+Y' : 'Ctrl+Shift+Z',
    cut: 'CmdOrCtrl+X',
    copy: 'CmdOrCtrl+C',
    paste: 'CmdOrCtrl+V',
    pasteAndMatchStyle: mac ? 'Alt+Shift+Cmd+V' : 'Ctrl+Shift+V',
    selectAll: 'CmdOrCtrl+A',
    reload: 'CmdOrCtrl+R',
    forceReload: 'Shift+CmdOrCtrl+R',
    toggleDevTools: mac ? 'Alt+Cmd+I' : 'Ctrl+Shift+I',
    resetZoom: 'CmdOrCtrl+0',
    zoomIn: 'CmdOrCtrl+Plus',
    zoomOut: 'CmdOrCtrl+-',
    toggleFullScreen: mac ? 'Ctrl+Cmd+F' : 'F11',
    minimize: mac ? 'Cmd+M' : 'Ctrl+M',
  } as const;
}

export function buildMenuTemplate(ctx: MenuContext): MenuItemConstructorOptions[] {
  const t = shellText(ctx.language);
  const keys = platformAccelerators(ctx.platform);
  const mac = ctx.platform === 'darwin';
  const separator: MenuItemConstructorOptions = { type: 'separator' };
  const command = (id: MenuCommand, label: string): MenuItemConstructorOptions => ({
    id,
    label,
    accelerator: COMMAND_ACCELERATORS[id],
    click: () => ctx.send(id),
  });

  const appMenu: MenuItemConstructorOptions = {
    label: 'Bulletin Desk',
    submenu: [
      { role: 'about', label: t.about },
      separator,
      command('menu.settings', t.settings),
      separator,
      { role: 'services', label: t.services },
      separator,
      { role: 'hide', label: t.hide, accelerator: 'Cmd+H' },
      { role: 'hideOthers', label: t.hideOthers, accelerator: 'Alt+Cmd+H' },
      { role: 'unhide', label: t.unhide },
      separator,
      { id: 'quit', role: 'quit', label: t.quitApp, accelerator: keys.quit },
    ],
  };

  const fileMenu: MenuItemConstructorOptions = {
    label: t.file,
    submenu: [
      command('menu.newStory', t.newStory),
      command('menu.openLibrary', t.openLibrary),
      command('menu.importPage', t.importPage),
      separator,
      command('menu.export', t.export),
      separator,
      // macOS keeps Settings… in the app's own menu
      ...(mac ? [] : [command('menu.settings', t.settings), separator]),
      mac
        ? { id: 'close', role: 'close', label: t.close, accelerator: keys.close }
        : { id: 'quit', role: 'quit', label: t.quit, accelerator: keys.quit },
    ],
  };

  const editMenu: MenuItemConstructorOptions = {
    label: t.edit,
    submenu: [
      { id: 'undo', role: 'undo', label: t.undo, accelerator: keys.undo },
      { id: 'redo', role: 'redo', label: t.redo, accelerator: keys.redo },
      separator,
      { id: 'cut', role: 'cut', label: t.cut, accelerator: keys.cut },
      { id: 'copy', role: 'copy', label: t.copy, accelerator: keys.copy },
      { id: 'paste', role: 'paste', label: t.paste, accelerator: keys.paste },
      { id: 'pasteAndMatchStyle', role: 'pasteAndMatchStyle', label: t.pasteAndMatchStyle, accelerator: keys.pasteAndMatchStyle },
      { id: 'delete', role: 'delete', label: t.delete },
      separator,
      { id: 'selectAll', role: 'selectAll', label: t.selectAll, accelerator: keys.selectAll },
    ],
  };

  const developerItems: MenuItemConstructorOptions[] = ctx.developer
    ? [
        { id: 'reload', role: 'reload', label: t.reload, accelerator: keys.reload },
        { id: 'forceReload', role: 'forceReload', label: t.forceReload, accelerator: keys.forceReload },
        { id: 'toggleDevTools', role: 'toggleDevTools', label: t.toggleDevTools, accelerator: keys.toggleDevTools },
        separator,
      ]
    : [];
  const viewMenu: MenuItemConstructorOptions = {
    label: t.view,
    submenu: [
      ...developerItems,
      { id: 'resetZoom', role: 'resetZoom', label: t.resetZoom, accelerator: keys.resetZoom },
      { id: 'zoomIn', role: 'zoomIn', label: t.zoomIn, accelerator: keys.zoomIn },
      { id: 'zoomOut', role: 'zoomOut', label: t.zoomOut, accelerator: keys.zoomOut },
      separator,
      { id: 'togglefullscreen', role: 'togglefullscreen', label: t.toggleFullScreen, accelerator: keys.toggleFullScreen },
    ],
  };

  const windowMenu: MenuItemConstructorOptions = {
    label: t.window,
    role: 'window',
    submenu: [
      { id: 'minimize', role: 'minimize', label: t.minimize, accelerator: keys.minimize },
      { role: 'zoom', label: t.zoom },
      separator,
      { role: 'front', label: t.front },
    ],
  };

  const helpMenu: MenuItemConstructorOptions = {
    label: t.help,
    role: 'help',
    submenu: [
      { id: 'showLibraryFolder', label: t.showLibraryFolder, click: () => ctx.showLibraryFolder() },
      ...(mac ? [] : [separator, { role: 'about' as const, label: t.about }]),
    ],
  };

  return mac ? [appMenu, fileMenu, editMenu, viewMenu, windowMenu, helpMenu] : [fileMenu, editMenu, viewMenu, helpMenu];
}

/** Every item of a template, depth first (for tests and look-ups by id). */
export function menuItems(template: readonly MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return template.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? menuItems(item.submenu) : [])]);
}
