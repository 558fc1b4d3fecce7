// The desk: the library, its history, trash, search, preferences and export behind the one service of shared/api.ts.
import path from 'node:path';
import { ApiError, type BulletinDeskService, type CallOutput, type Language } from '../../shared/api';
import { BUILT_IN_HOUSE_STYLES, type HouseStyle } from '../../shared/houseStyle';
import { sameStoryText } from '../../shared/sameStory';
import { newId, reporterByline, type Story } from '../../shared/story';
import type { Desk, DeskListener, DeskOptions } from './deskTypes';
import { packageCalls } from './deskPackage';
import { outboxDesk } from './deskOutbox';
import { photoCalls } from './deskPhotos';
import { HeldPhotos } from './heldPhotos';
import { PendingPhotos } from './pendingPhotos';
import { withWordPhotos } from './wordPhotos';
import { CannotExportError, exportBytes, exportFileName } from './exporting';
import { EncodingError } from './encoding';
import { PageRefused, parsePageOffThread } from './pageParse';
import { ioError } from './library/faults';
import { Bulletins } from './library/bulletins';
import { Library } from './library/library';
import { Saver } from './library/saver';
import { SearchIndex } from './library/search';
import { SyncConflicts } from './library/syncConflicts';
import { replaceFile } from './library/storage';
import { Trash } from './library/trash';
import { keepWatching } from './library/watcher';
import { tellOwnChanges } from './library/ownNews';
import { defaultLibraryFolder, languageOf, PreferencesStore } from './preferences';

export type { Desk, DeskOptions } from './deskTypes';

/** Where the desk cannot print the asking page (the browser host), the browser's own print dialog saves the PDF. */
const PROOF_PDF_REFUSED = 'this window cannot save a PDF by itself: press Print… and choose “Save as PDF” as the printer';

/** Opens the library (creating its folder on first run) and returns the service both transports bind. */
export async function openDesk(options: DeskOptions): Promise<Desk> {
  const preferences = new PreferencesStore(options.userDataFolder);
  const prefs = await preferences.load();
  const folder = path.resolve(options.libraryFolder ?? (prefs.libraryFolder || defaultLibraryFolder()));
  const library = new Library(folder);
  try {
    await library.open();
  } catch (e) {
    throw ioError(e, `the library folder ${folder}`);
  }
  const listeners = new Set<DeskListener>();
  const emit: DeskListener = (name, payload) => {
    for (const l of listeners) l(name, payload);
  };
  const trash = new Trash(library);
  const bulletins = new Bulletins(library);
  const search = new SearchIndex(library, options.searchFileFrom);
  const untouched = tellOwnChanges(library, emit, search);
  // the watcher first, then a check of every file: nothing changed in between goes unseen
  let watcher: Awaited<ReturnType<typeof keepWatching>>;
  try {
    watcher = await keepWatching(library, emit, (id) => search.invalidate(id));
  } catch (e) {
    throw ioError(e, `the library folder ${folder}`);
  }

  const language = (): Language => {
    const chosen = preferences.get().language;
    return options.language ?? (chosen === 'system' ? languageOf(options.systemLocale) : chosen);
  };
  const styleNamed = (name?: string): HouseStyle => {
    const wanted = name ?? preferences.get().defaultHouseStyle;
    const style = [...preferences.get().houseStyles, ...BUILT_IN_HOUSE_STYLES].find((s) => s.name === wanted);
    if (!style)
      throw new ApiError({
        code: 'invalid',
        message: `no house style named “${wanted}”`,
        reason: 'noHouseStyle',
        params: { style: wanted },
      });
    return style;
  };
  const wrapIo = async <T>(what: string, task: () => Promise<T>): Promise<T> => {
    try {
      return await task();
    } catch (e) {
      throw ioError(e, what);
    }
  };

  /** One save as it reaches the disk, with the history it calls for (a status change; every five minutes). */
  const attemptSave = async (id: string, story: Story, baseRevision: string) => {
    // every window hears of it, and the search reads it, through the library's own news (ownNews.ts)
    const result = await library.save(id, story, baseRevision);
    try {
      if (result.previous && result.previous.status !== result.saved.status) await library.history.take(result.saved, 'status');
      else await library.history.takeIfDue(result.saved);
    } catch {
      // a snapshot that cannot be taken never fails the save itself
    }
    return { revision: result.revision, updatedAt: result.updatedAt, file: result.file };
  };
  const saver = new Saver(attemptSave, (payload) => emit('save.status', payload));
  const heldPhotos = new HeldPhotos(
    (bytes, format, fileName) => library.photos.put(bytes, format, fileName),
    (payload) => emit('photo.status', payload),
  );
  /** Every save the disk refused for now, text and photos, tried again now; rejects naming what is still kept. */
  const flushAll = async () => {
    const failures: string[] = [];
    for (const held of [saver, heldPhotos]) await held.flush().catch((e: unknown) => void failures.push((e as Error).message));
    if (failures.length > 0) throw new Error(failures.join('; '));
  };
  const conflicts = new SyncConflicts(library, trash, (id, story, base) => saver.save(id, story, base));

  // sending to the desk: started now (what waited is sent), stopped on close
  const sending = outboxDesk({
    library,
    folder,
    preferences,
    userDataFolder: options.userDataFolder,
    secrets: options.secrets,
    styleNamed,
    snapshotExported: (stories) => snapshotExported(stories),
    emit: (name, payload) => emit(name, payload),
    markFiled: (bulletin) => service['bulletin.markFiled']({ id: bulletin }),
    firstRetryMs: options.outboxFirstRetryMs,
  });
  await sending.start().catch(() => undefined);

  const pendingPhotos = new PendingPhotos();
  const storiesFor = async (ids: readonly string[]): Promise<Story[]> => Promise.all(ids.map(async (id) => (await library.read(id)).story));

  const service: BulletinDeskService = {
    // files from the system are Electron's: its main process answers this call (electron/main/fileAssociations.ts)
    'app.takeOpenedFiles': async () => ({ files: [], unopenable: [] }),
    'app.info': async () => ({ version: options.version, host: options.host, language: language(), libraryFolder: folder }),
    'library.list': async () => {
      const listing = await library.list();
      // the search index is built once the first listing is answered, off its path: Ctrl+F right after finds it ready
      setImmediate(() => void search.prepare().catch(() => undefined));
      return listing;
    },
    'library.search': async ({ query }) => ({ ids: await wrapIo('the library', () => search.search(query)) }),
    'conflict.read': async ({ file }) => conflicts.read(file),
    'conflict.resolve': async (input) => wrapIo('the conflict copy', () => conflicts.resolve(input)),
    'unreadable.moveAside': async ({ file }) => ({ movedTo: await wrapIo(file, () => library.moveAside(file)) }),
    'story.create': async ({ id, fields }) => {
      const byline = reporterByline(preferences.get().reporter);
      const created = await wrapIo('the new story', () =>
        library.create(fields ?? {}, { dateline: styleNamed().datelineLabel, byline }, id),
      );
      // a new empty story (New story), not one made with text: removed if the reporter leaves it with nothing typed
      if (Object.keys(fields ?? {}).length === 0) untouched.created(created.story.id, created.revision);
      return created;
    },
    'story.discardUntouched': async ({ id, revision }) => ({
      removed: await wrapIo('the new story', () => untouched.discard(id, revision)),
    }),
    'story.read': async ({ id }) => library.read(id),
    'story.save': async ({ id, story, baseRevision }) => saver.save(id, story as Story, baseRevision),
    'story.saveAsNew': async ({ story }) => {
      const now = new Date().toISOString();
      return wrapIo('the new story', () => library.add({ ...(story as Story), id: newId(), createdAt: now, updatedAt: now }));
    },
    'story.duplicate': async ({ id }) => {
      const { story } = await library.read(id);
      const now = new Date().toISOString();
      const copy = language() === 'zh-CN' ? '（副本）' : ' (copy)';
      return wrapIo('the copy', () =>
        library.add({ ...story, id: newId(), headline: `${story.headline}${copy}`, status: 'draft', createdAt: now, updatedAt: now }),
      );
    },
    'story.trash': async ({ id }) => {
      const trashId = await wrapIo('the story', () => trash.trash(id));
      saver.forget(id);
      return { trashId };
    },
    'trash.list': async () => ({ entries: await wrapIo('the trash', () => trash.list()) }),
    'trash.restore': async ({ trashId }) => wrapIo('the story', () => trash.restore(trashId)),
    'history.list': async ({ id }) => ({ snapshots: await wrapIo('the history', () => library.history.list(id)) }),
    'history.read': async ({ id, snapshotId }) => ({ story: await wrapIo('the history', () => library.history.read(id, snapshotId)) }),
    'history.restore': async ({ id, snapshotId, baseRevision }) => {
      const old = await library.history.read(id, snapshotId);
      const current = await library.read(id);
      if (current.revision !== baseRevision) {
        throw new ApiError({
          code: 'conflict',
          message: 'the story was changed on disk since you opened it',
          current,
          reason: 'storyChanged',
        });
      }
      // nothing is destroyed: the text as it is now becomes a snapshot first
      await wrapIo('the history', () => library.history.take(current.story, 'restore'));
      const restored: Story = { ...old, id, createdAt: current.story.createdAt };
      const saved = await saver.save(id, restored, baseRevision);
      return { story: { ...restored, updatedAt: saved.updatedAt }, revision: saved.revision, file: saved.file };
    },
    'export.text': async ({ ids, houseStyle }) => {
      const stories = await storiesFor(ids);
      const { text } = exportOrRefuse(stories, styleNamed(houseStyle));
      await snapshotExported(stories);
      return { text };
    },
    'export.save': async ({ ids, houseStyle, encoding, lineEnding, bulletin }) => {
      const base = styleNamed(houseStyle);
      const style = { ...base, encoding: encoding ?? base.encoding, lineEnding: lineEnding ?? base.lineEnding };
      const stories = await storiesFor(ids);
      const { bytes } = exportOrRefuse(stories, style);
      // a page is named after its bulletin (title and date); a bulletin that cannot be read leaves the name to its stories
      const page = bulletin ? (await library.readBulletin(bulletin).catch(() => undefined))?.bulletin : undefined;
      const fileName = exportFileName(stories, page);
      let result: CallOutput<'export.save'>;
      if (options.chooseExportPath) {
        const chosen = await options.chooseExportPath(fileName);
        if (!chosen) return { fileName, cancelled: true };
        await wrapIo(chosen, () => replaceFile(chosen, bytes));
        result = { path: chosen, fileName, cancelled: false };
      } else {
        result = { base64: bytes.toString('base64'), fileName, cancelled: false };
      }
      await snapshotExported(stories);
      return result;
    },
    'import.parse': async ({ base64 }) => {
      // decoded and read in a worker thread: a 2 MB page holds up neither Electron's main process nor the host
      try {
        // a Word file's photos become the photos of their stories: held until the reviewed stories are written
        return await withWordPhotos(await parsePageOffThread(Buffer.from(base64, 'base64')), async (bytes, format, name) =>
          pendingPhotos.hold(bytes, format, name),
        );
      } catch (e) {
        if (e instanceof PageRefused) throw new ApiError({ code: 'refused', message: e.message, reason: e.reason, params: e.params });
        throw e;
      }
    },
    'import.write': async ({ stories, bulletin }) => {
      // the photos of a Word file first: a photo the disk cannot take stops the import before any story is written
      await pendingPhotos.storeFor(stories as Story[], library.photos);
      const written: Array<{ id: string; file: string }> = [];
      const now = Date.now();
      for (const [i, story] of stories.entries()) {
        // a try again after a write that failed half way: the stories the first try wrote (same id, same text) are not written twice
        const earlier = await library.read(story.id).catch(() => undefined);
        if (earlier && sameStoryText(earlier.story, story as Story)) {
          written.push({ id: earlier.story.id, file: earlier.file });
          continue;
        }
        // new drafts, created a millisecond apart in the page's order; the review's id unless the library has it already
        const at = new Date(now + i).toISOString();
        const id = earlier ? newId() : story.id;
        const added = await wrapIo('the imported story', () => library.add({ ...(story as Story), id, createdAt: at, updatedAt: at }));
        written.push({ id: added.story.id, file: added.file });
      }
      if (!bulletin) return { written };
      const made = await wrapIo('the bulletin', () =>
        bulletins.create({ ...bulletin, houseStyle: preferences.get().defaultHouseStyle, stories: written.map((w) => w.id) }),
      );
      return { written, bulletin: { id: made.bulletin.id, file: made.file } };
    },
    'bulletin.read': async ({ id }) => library.readBulletin(id),
    'bulletin.create': async ({ title, date, houseStyle, stories }) =>
      wrapIo('the new bulletin', () =>
        bulletins.create({ title, date, houseStyle: houseStyle ?? preferences.get().defaultHouseStyle, stories: stories ?? [] }),
      ),
    'bulletin.save': async ({ id, bulletin, baseRevision }) => {
      const saved = await wrapIo('the bulletin', () => bulletins.save(id, bulletin, baseRevision));
      return { revision: saved.revision, updatedAt: saved.bulletin.updatedAt, file: saved.file };
    },
    'bulletin.markFiled': async ({ id }) => {
      const { bulletin, revision } = await library.readBulletin(id);
      let filedStories = 0;
      for (const storyId of bulletin.stories) {
        const current = await library.read(storyId);
        if (current.story.status === 'filed') continue;
        await saver.save(storyId, { ...current.story, status: 'filed' }, current.revision);
        filedStories++;
      }
      const saved = await wrapIo('the bulletin', () => bulletins.save(id, { ...bulletin, filedAt: new Date().toISOString() }, revision));
      return { bulletin: saved.bulletin, revision: saved.revision, filedStories };
    },
    // the desk has no page to print: Electron's main process answers this call for the window that asks (electron/main/proofPdf.ts)
    'proof.savePdf': async () => {
      throw new ApiError({ code: 'refused', message: PROOF_PDF_REFUSED, reason: 'proofPdfInBrowser' });
    },
    // a desk is one folder: choosing and switching are the switchable desk's (switchableDesk.ts), which the transports bind
    'library.chooseFolder': async () => {
      throw new ApiError({ code: 'refused', message: 'this window cannot show a folder dialog: type the folder’s path' });
    },
    'library.switch': async () => {
      throw new ApiError({ code: 'refused', message: 'this desk keeps its library folder (open it with openSwitchableDesk to switch)' });
    },
    // the page with its photos, as a .zip or a folder (deskPackage.ts)
    ...packageCalls({
      library,
      styleNamed,
      snapshotExported: (stories) => snapshotExported(stories),
      choosePackageTarget: options.choosePackageTarget,
      downloadsFolder: options.downloadsFolder,
    }),
    // photos: checked by the image service given in the options, stored in the library, saved on the story like text
    ...photoCalls({ library, save: (id, story, base) => saver.save(id, story, base), held: heldPhotos }),
    // destinations and the outbox (deskOutbox.ts)
    ...sending.calls,
    'preferences.get': async () => preferences.get(),
    'preferences.set': async (change) => {
      const next = await preferences.set(change);
      emit('preferences.changed', next);
      return next;
    },
  };

  function exportOrRefuse(stories: Story[], style: HouseStyle) {
    try {
      return exportBytes(stories, style);
    } catch (e) {
      if (e instanceof CannotExportError) throw new ApiError({ code: 'refused', message: e.message, reason: e.reason, params: e.params });
      if (e instanceof EncodingError) throw new ApiError({ code: 'refused', message: e.message, reason: e.reason, params: e.params });
      throw e;
    }
  }

  async function snapshotExported(stories: Story[]): Promise<void> {
    for (const s of stories) await library.history.take(s, 'export').catch(() => undefined);
  }

  return {
    service,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    pendingSaves: () => saver.pending() + heldPhotos.pending(),
    unsentItems: () => sending.unsent(),
    flush: flushAll,
    async close() {
      await sending.stop();
      await untouched.discardAll();
      await watcher.close();
      try {
        await flushAll();
      } finally {
        saver.stop();
        heldPhotos.stop();
        await library.persistIndex();
        await search.persist();
        await library.lock.close();
      }
    },
  };
}
