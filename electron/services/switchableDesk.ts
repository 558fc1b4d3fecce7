// The desk the transports bind: holds the desk of the library in use, forwards calls and events, and switches it to another folder.
import type { BulletinDeskService, CallName, CallOutput } from '../../shared/api';
import { openDesk } from './desk';
import type { Desk, DeskListener, DeskOptions } from './deskTypes';
import { prepareLibraryFolder } from './libraryFolderCheck';

export interface SwitchableDeskOptions extends DeskOptions {
  /** Electron: the system's folder dialog; null when the reporter cancels. */
  chooseLibraryFolder?: () => Promise<string | null>;
}

/** Opens the desk of the library in preferences (or the one forced) and answers a desk that can change library. */
export async function openSwitchableDesk(options: SwitchableDeskOptions): Promise<Desk> {
  const { chooseLibraryFolder, ...deskOptions } = options;
  let current = await openDesk(deskOptions);
  let folder = (await current.service['app.info']({})).libraryFolder;
  const listeners = new Set<DeskListener>();
  const forward: DeskListener = (name, payload) => {
    for (const l of listeners) l(name, payload);
  };
  let unsubscribe = current.subscribe(forward);

  // calls wait while the library is being switched; the switch waits for the calls already under way on the old desk
  let switching: Promise<unknown> | undefined;
  let underWay = 0;
  let drained: (() => void) | undefined;
  const call = async <T>(task: (desk: Desk) => Promise<T>): Promise<T> => {
    while (switching) await switching.catch(() => undefined);
    const desk = current;
    underWay++;
    try {
      return await task(desk);
    } finally {
      underWay--;
      if (underWay === 0) drained?.();
    }
  };
  const settled = () => (underWay === 0 ? Promise.resolve() : new Promise<void>((resolve) => (drained = resolve)));

  const fixedFolder = options.libraryFolder !== undefined;
  type SwitchAnswer = CallOutput<'library.switch'>;

  const switchTo = async (typed: string): Promise<SwitchAnswer> => {
    if (fixedFolder) return { outcome: 'refused', folder, problem: 'fixed' };
    const checked = await prepareLibraryFolder(typed, folder);
    if (!checked.ok) {
      const { ok: _ok, ...refusal } = checked;
      return { outcome: 'refused', ...refusal };
    }
    let next: Desk;
    try {
      next = await openDesk({ ...deskOptions, libraryFolder: checked.folder });
    } catch (e) {
      return { outcome: 'refused', folder: checked.folder, problem: 'cannot-open', detail: (e as Error).message };
    }
    const old = current;
    await settled();
    drained = undefined;
    try {
      await old.flush();
    } catch (e) {
      await next.close().catch(() => undefined);
      return { outcome: 'refused', folder: checked.folder, problem: 'unsaved', detail: (e as Error).message };
    }
    const previous = folder;
    unsubscribe();
    current = next;
    folder = checked.folder;
    unsubscribe = current.subscribe(forward);
    await old.close().catch(() => undefined); // its saves were flushed above; closing stops its watcher
    // remembered for the next start (preferences.changed tells every window)
    await current.service['preferences.set']({ libraryFolder: folder }).catch(() => undefined);
    forward('library.switched', { folder, previous });
    return { outcome: 'switched', folder, previous };
  };

  const forwarding = {} as Record<CallName, (input: never) => Promise<unknown>>;
  for (const name of Object.keys(current.service) as CallName[]) {
    forwarding[name] = (input: never) => call((desk) => (desk.service[name] as (i: never) => Promise<unknown>)(input));
  }
  const service: BulletinDeskService = {
    ...(forwarding as unknown as BulletinDeskService),
    'app.info': async () => {
      const info = await call((desk) => desk.service['app.info']({}));
      return { ...info, fixed: { libraryFolder: fixedFolder, language: options.language !== undefined } };
    },
    'library.chooseFolder': async () => {
      if (!chooseLibraryFolder) return call((desk) => desk.service['library.chooseFolder']({}));
      const chosen = await chooseLibraryFolder();
      return chosen ? { folder: chosen, cancelled: false } : { cancelled: true };
    },
    'library.switch': async ({ folder: typed }) => {
      while (switching) await switching.catch(() => undefined);
      const running = switchTo(typed);
      switching = running;
      try {
        return await running;
      } finally {
        switching = undefined;
      }
    },
  };

  return {
    service,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pendingSaves: () => current.pendingSaves(),
    unsentItems: () => current.unsentItems(),
    flush: () => current.flush(),
    close: async () => {
      while (switching) await switching.catch(() => undefined);
      unsubscribe();
      await current.close();
    },
  };
}
