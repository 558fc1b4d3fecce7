// The app's commands from the keyboard (Ctrl/⌘+N, F, E, I and , for Settings) and from Electron's menu, held until the shell can take them.
import type { BulletinDeskApi } from '../../../shared/api';

export type Command = 'newStory' | 'search' | 'export' | 'library' | 'importPage' | 'settings';

const KEYS: Record<string, Command> = { n: 'newStory', f: 'search', e: 'export', i: 'importPage', ',': 'settings' };
const CODES: Record<string, Command> = { KeyN: 'newStory', KeyF: 'search', KeyE: 'export', KeyI: 'importPage', Comma: 'settings' };

let handler: ((command: Command) => void) | undefined;
let pending: Command[] = [];
let installed = false;

function dispatch(command: Command): void {
  if (handler) handler(command);
  else if (pending.length < 4) pending.push(command); // a key pressed while the app is still starting
}

/** The command a key press stands for, if any (never during an IME composition, never a held-down repeat). */
function commandOfKey(
  e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey' | 'isComposing' | 'repeat'>,
): Command | undefined {
  if (e.isComposing || e.altKey || e.shiftKey || !(e.ctrlKey || e.metaKey)) return undefined;
  const command = e.key.length === 1 ? KEYS[e.key.toLowerCase()] : CODES[e.code];
  return command;
}

/** Listens for the shortcuts and menu commands from the page's start (call once, first thing). */
export function installCommands(api: BulletinDeskApi): void {
  if (installed) return;
  installed = true;
  window.addEventListener(
    'keydown',
    (e) => {
      const command = commandOfKey(e);
      if (!command) return;
      // the page's command, not the browser's (new window, find in page) nor a field's
      e.preventDefault();
      e.stopPropagation();
      if (!e.repeat) dispatch(command);
    },
    { capture: true },
  );
  api.on('menu.newStory', () => dispatch('newStory'));
  api.on('menu.export', () => dispatch('export'));
  api.on('menu.openLibrary', () => dispatch('library'));
  api.on('menu.importPage', () => dispatch('importPage'));
  api.on('menu.settings', () => dispatch('settings'));
}

/** The shell takes the commands (and those pressed before it was there); returns how to stop. */
export function handleCommands(take: (command: Command) => void): () => void {
  handler = take;
  const early = pending;
  pending = [];
  for (const c of early) take(c);
  return () => {
    if (handler === take) handler = undefined;
  };
}
