// Installs the application menu built by menuTemplate.ts.
import { Menu } from 'electron';
import { buildMenuTemplate, type MenuContext } from './menuTemplate';

export function installMenu(context: MenuContext): void {
  Menu.setApplicationMenu(Menu.buildFromTemplate(buildMenuTemplate(context)));
}
