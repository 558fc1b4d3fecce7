// The library switch as the page reloads for it: which folder is in use now and where the old stories are, kept in this tab across the reload.
const NOTICE_KEY = 'bulletin-desk-library-switched';

export interface SwitchNotice {
  folder: string;
  previous: string;
}

/** Keeps the switch for the page that loads next (this tab only). */
function rememberSwitch(notice: SwitchNotice): void {
  try {
    sessionStorage.setItem(NOTICE_KEY, JSON.stringify({ folder: notice.folder, previous: notice.previous }));
  } catch {
    // storage refused (private mode): the new library is shown all the same, without the note about the old one
  }
}

/** The switch the page was reloaded for, if any (read without taking it: see `forgetSwitch`). */
export function switchNotice(): SwitchNotice | undefined {
  try {
    const text = sessionStorage.getItem(NOTICE_KEY);
    if (!text) return undefined;
    const value = JSON.parse(text) as { folder?: unknown; previous?: unknown };
    return typeof value.folder === 'string' && typeof value.previous === 'string'
      ? { folder: value.folder, previous: value.previous }
      : undefined;
  } catch {
    return undefined;
  }
}

/** The notice was shown: a later reload does not show it again. */
export function forgetSwitch(): void {
  try {
    sessionStorage.removeItem(NOTICE_KEY);
  } catch {
    // nothing kept, nothing to forget
  }
}

let reloading = false;

/** Every window reads the new library from the start: its open edits are saved first (by `flush`), then the page loads again. */
export async function reloadForSwitch(notice: SwitchNotice, flush: () => Promise<unknown>): Promise<void> {
  if (reloading) return;
  reloading = true;
  await flush().catch(() => undefined);
  rememberSwitch(notice);
  window.location.reload();
}
