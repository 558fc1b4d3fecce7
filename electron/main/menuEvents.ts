// The events the shell sends to the renderer (menu commands, files to open): defined with every other event in shared/api.ts.
import { events } from '../../shared/api';

/** The kinds of file the app opens from the system (file associations, a second launch, macOS open-file). */
export type OpenableKind = 'story' | 'bulletin';

export const menuEvents = {
  'menu.newStory': events['menu.newStory'],
  'menu.openLibrary': events['menu.openLibrary'],
  'menu.importPage': events['menu.importPage'],
  'menu.export': events['menu.export'],
  'menu.settings': events['menu.settings'],
  'app.openFiles': events['app.openFiles'],
} as const;

/** The menu commands proper (no payload). */
export type MenuCommand = 'menu.newStory' | 'menu.openLibrary' | 'menu.importPage' | 'menu.export' | 'menu.settings';
