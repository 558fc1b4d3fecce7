// The application menu per platform: the app's commands and their keys, the usual standard items, commands sent to the renderer.
import { describe, expect, it } from 'vitest';
import { buildMenuTemplate, COMMAND_ACCELERATORS, menuItems, type MenuContext, type Platform } from '../../electron/main/menuTemplate';
import { menuEvents, type MenuCommand } from '../../electron/main/menuEvents';

function template(platform: Platform, overrides: Partial<MenuContext> = {}) {
  const sent: MenuCommand[] = [];
  let shownFolder = 0;
  const menu = buildMenuTemplate({
    platform,
    language: 'en',
    developer: false,
    send: (c) => sent.push(c),
    showLibraryFolder: () => void shownFolder++,
    ...overrides,
  });
  const byId = (id: string) => menuItems(menu).find((item) => item.id === id);
  return { menu, sent, byId, shownFolder: () => shownFolder };
}

const click = (item: { click?: unknown } | undefined) => (item?.click as () => void)();

describe('the application menu', () => {
  it('has the app commands in File with CmdOrCtrl keys on every platform, each sending its event', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const { menu, sent, byId } = template(platform);
      const file = menu.find((m) => m.label === 'File');
      const labels = (file?.submenu as Array<{ label?: string }>).map((i) => i.label).filter(Boolean);
      expect(labels.slice(0, 4)).toEqual(['New Story', 'Open Library…', 'Import Page…', 'Export…']);
      for (const [command, accelerator] of Object.entries(COMMAND_ACCELERATORS)) {
        expect(byId(command)?.accelerator, `${platform} ${command}`).toBe(accelerator);
        expect(accelerator.startsWith('CmdOrCtrl+')).toBe(true);
        click(byId(command));
      }
      expect(sent).toEqual(Object.keys(COMMAND_ACCELERATORS));
      for (const command of sent) expect(Object.keys(menuEvents)).toContain(command);
    }
  });

  it('has Settings… (CmdOrCtrl+,) in the app menu on macOS and in File elsewhere', () => {
    const parentOf = (platform: Platform) =>
      template(platform).menu.find((m) => (m.submenu as Array<{ id?: string }>).some((i) => i.id === 'menu.settings'))?.label;
    expect(parentOf('darwin')).toBe('Bulletin Desk');
    expect(parentOf('linux')).toBe('File');
    expect(parentOf('win32')).toBe('File');
    expect(template('linux').byId('menu.settings')?.label).toBe('Settings…');
  });

  it('gives no two items the same keys', () => {
    for (const platform of ['darwin', 'win32', 'linux'] as const) {
      const keys = menuItems(template(platform, { developer: true }).menu)
        .map((i) => i.accelerator as string | undefined)
        .filter((k): k is string => Boolean(k))
        .map((k) =>
          k
            .replace('CmdOrCtrl', platform === 'darwin' ? 'Cmd' : 'Ctrl')
            .split('+')
            .sort()
            .join('+'),
        );
      expect(new Set(keys).size, platform).toBe(keys.length);
    }
  });

  it('follows macOS: an app menu first with Quit ⌘Q, ⌘W closes the window, a Window menu, redo on ⇧⌘Z', () => {
    const { menu, byId } = template('darwin');
    expect(menu.map((m) => m.label)).toEqual(['Bulletin Desk', 'File', 'Edit', 'View', 'Window', 'Help']);
    expect(byId('quit')).toMatchObject({ role: 'quit', accelerator: 'Cmd+Q' });
    expect(menuItems([menu[0]!]).some((i) => i.id === 'quit')).toBe(true);
    expect(byId('close')).toMatchObject({ role: 'close', accelerator: 'Cmd+W' });
    expect(byId('redo')?.accelerator).toBe('Shift+Cmd+Z');
    expect(byId('togglefullscreen')?.accelerator).toBe('Ctrl+Cmd+F');
  });

  it('follows Windows and Linux: Quit at the end of File, redo on Ctrl+Y or Ctrl+Shift+Z, F11 full screen', () => {
    const win = template('win32');
    expect(win.menu.map((m) => m.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(win.byId('quit')).toMatchObject({ role: 'quit', accelerator: 'Alt+F4' });
    expect(win.byId('redo')?.accelerator).toBe('Ctrl+Y');
    const linux = template('linux');
    expect(linux.byId('quit')).toMatchObject({ role: 'quit', accelerator: 'Ctrl+Q' });
    expect(linux.byId('redo')?.accelerator).toBe('Ctrl+Shift+Z');
    expect(linux.byId('togglefullscreen')?.accelerator).toBe('F11');
    const fileItems = linux.menu[0]?.submenu as Array<{ id?: string }>;
    expect(fileItems.at(-1)?.id).toBe('quit');
  });

  it('has the usual Edit and View items, and the developer tools only when not packaged', () => {
    const { byId } = template('linux');
    for (const role of ['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll', 'resetZoom', 'zoomIn', 'zoomOut'])
      expect(byId(role)?.role, role).toBe(role);
    expect(byId('toggleDevTools')).toBeUndefined();
    expect(byId('reload')).toBeUndefined();
    expect(template('linux', { developer: true }).byId('toggleDevTools')?.accelerator).toBe('Ctrl+Shift+I');
  });

  it('speaks Chinese when the interface does, and Help shows the library folder', () => {
    const { menu, byId, shownFolder } = template('win32', { language: 'zh-CN' });
    expect(menu.map((m) => m.label)).toEqual(['文件', '编辑', '视图', '帮助']);
    expect(byId('menu.newStory')?.label).toBe('新建稿件');
    click(byId('showLibraryFolder'));
    expect(shownFolder()).toBe(1);
  });
});
