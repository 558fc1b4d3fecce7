// The story's photos under the body: thumbnails in order with caption and credit, Add photos…, a notice for what was added, refused or removed (with Undo).
import { memo, useCallback, useEffect, useImperativeHandle, useRef, useState, useSyncExternalStore, type Ref } from 'react';
import type { EventPayload } from '../../../shared/api';
import { suggestedCredit } from '../../../shared/storyPhotos';
import type { CopyCheck } from '../editor/copyCheck';
import type { FieldHost } from '../editor/fieldHost';
import { counted, useLanguage, useT } from '../i18n';
import { failureOf, failureText } from '../shell/errors';
import { PhotoCard } from './PhotoCard';
import { base64Of, PHOTO_CHOOSER_ACCEPT } from './photoFiles';
import { createPhotoList, type RemovedPhoto } from './photoList';
import './photos.css';

/** What the form does with the strip: files dropped or pasted anywhere on the story are added here. */
export interface PhotoStripHandle {
  addFiles(files: readonly File[]): void;
}

/** A file not added: the desk's refusal (it names the file), or the file could not be read here at all. */
type NotAdded = { file: string; failure: unknown } | { file: string; unreadable: true };

type Notice =
  { kind: 'added'; added: number; notAdded: NotAdded[] } | { kind: 'removed'; removed: RemovedPhoto } | { kind: 'restored'; n: number };

interface Props {
  host: FieldHost;
  readOnly: boolean;
  copyCheck: CopyCheck;
  ref?: Ref<PhotoStripHandle>;
}

/** Memoised: a keystroke in another field does not draw the strip again. */
export const PhotoStrip = memo(function PhotoStrip({ host, readOnly, copyCheck, ref }: Props) {
  const t = useT();
  const language = useLanguage();
  // the photos as loaded; each change goes out with the story (the form saves it as it saves text)
  const [list] = useState(() => createPhotoList(host.story().photos, (photos) => host.commit('photos', photos)));
  const entries = useSyncExternalStore(list.subscribe, list.entries);
  const headingId = host.id('photos', 'label');
  const helpId = host.id('photos', 'help');
  const inputId = useCallback((key: number, part: 'caption' | 'credit') => `${host.id('photos', part)}-${key}`, [host]);
  const cards = useRef(new Map<number, HTMLLIElement>());
  const addButton = useRef<HTMLButtonElement>(null);
  const chooser = useRef<HTMLInputElement>(null);
  const [focus, setFocus] = useState<number | 'add' | undefined>(undefined);
  const [announcement, setAnnouncement] = useState('');
  const [notice, setNotice] = useState<Notice | undefined>(undefined);
  const [adding, setAdding] = useState(0);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // photos the disk refused for now: the desk keeps them in memory and stores them by itself (photo.status)
  const [held, setHeld] = useState<ReadonlyMap<string, EventPayload<'photo.status'>>>(new Map());
  useEffect(
    () =>
      window.bulletinDesk.on('photo.status', (status) =>
        setHeld((now) => {
          const next = new Map(now);
          next.set(status.file, status);
          return next;
        }),
      ),
    [],
  );
  const [dragged, setDragged] = useState<number | undefined>(undefined);
  const [over, setOver] = useState<number | undefined>(undefined);

  // the copy desk reads, fixes and shows the captions and credits
  useEffect(() => list.subscribe(() => copyCheck.photosChanged()), [list, copyCheck]);
  useEffect(
    () =>
      copyCheck.attachPhotos({
        texts: () => list.entries().map((e) => e.photo),
        set: (index, part, text) => {
          const entry = list.entries()[index];
          if (entry) list.change(entry.key, { [part]: text });
        },
        reveal: (index, part, start, end) => {
          const entry = list.entries()[index];
          const input = entry && document.getElementById(inputId(entry.key, part));
          if (!(input instanceof HTMLInputElement)) return false;
          input.focus();
          input.setSelectionRange(start, end);
          return true;
        },
        composing: () => host.isComposing(),
      }),
    [list, copyCheck, host, inputId],
  );

  useEffect(() => {
    if (focus === undefined) return;
    (focus === 'add' ? addButton.current : cards.current.get(focus))?.focus();
    setFocus(undefined);
  }, [focus, entries]);

  const addFiles = useCallback(
    (files: readonly File[]) => {
      if (readOnly || files.length === 0) return;
      setAdding((n) => n + files.length);
      // one photo after another, in the order given: each stored photo goes on the story at once, a refused one is said
      queue.current = queue.current.then(async () => {
        const notAdded: NotAdded[] = [];
        let added = 0;
        for (const file of files) {
          let base64: string | undefined;
          try {
            base64 = await base64Of(file);
          } catch {
            notAdded.push({ file: file.name, unreadable: true });
          }
          if (base64 !== undefined) {
            try {
              const { photo } = await window.bulletinDesk.call('photo.store', { source: { base64, fileName: file.name } });
              // the credit from the byline as typed now (the desk would read the byline as last saved)
              list.add({ ...photo, credit: suggestedCredit(host.story().byline) || photo.credit });
              added++;
            } catch (e) {
              notAdded.push({ file: file.name, failure: e });
            }
          }
          setAdding((n) => n - 1);
        }
        setNotice({ kind: 'added', added, notAdded });
      });
    },
    [readOnly, list, host],
  );
  useImperativeHandle(ref, () => ({ addFiles }), [addFiles]);

  const move = (key: number, to: number) => {
    const place = list.move(key, to);
    if (place === undefined) return;
    const moved = list.entries()[place];
    setFocus(key);
    setAnnouncement(
      t('photos.moved', {
        caption: moved?.photo.caption.trim() || t('photos.picture', { n: place + 1 }),
        position: place + 1,
        total: list.entries().length,
      }),
    );
  };
  const remove = (key: number) => {
    const removed = list.remove(key);
    if (!removed) return;
    setNotice({ kind: 'removed', removed });
    const next = list.entries()[Math.min(removed.index, list.entries().length - 1)];
    setFocus(next ? next.key : 'add');
  };
  const undoRemove = (removed: RemovedPhoto) => {
    list.restore(removed);
    setNotice({ kind: 'restored', n: removed.index + 1 });
    setFocus(removed.entry.key);
  };
  const drop = (target: number) => {
    const to = list.entries().findIndex((e) => e.key === target);
    if (dragged !== undefined && to >= 0) move(dragged, to);
    setDragged(undefined);
    setOver(undefined);
  };

  const notAddedText = (n: NotAdded) => {
    if ('unreadable' in n) return t('photos.unreadableFile', { file: n.file });
    // the browser's host takes requests up to a size: its refusal does not know which file it was
    const failure = failureOf(n.failure);
    if (failure.reason === 'requestTooLarge') return t('photos.tooLargeToSend', { file: n.file, mb: failure.params?.mb ?? 0 });
    return failureText(n.failure, t);
  };

  return (
    <section className="field field-photos photo-strip" data-field="photos" aria-labelledby={headingId}>
      <div className="field-head">
        <h2 id={headingId} className="field-caption">
          {t('field.photos')}
        </h2>
        {!readOnly && (
          <>
            <button type="button" ref={addButton} className="small photo-add" onClick={() => chooser.current?.click()}>
              {t('photos.add')}
            </button>
            <input
              ref={chooser}
              type="file"
              multiple
              accept={PHOTO_CHOOSER_ACCEPT}
              hidden
              tabIndex={-1}
              aria-hidden="true"
              data-testid="photo-chooser"
              onChange={(e) => {
                addFiles([...(e.currentTarget.files ?? [])]);
                e.currentTarget.value = '';
              }}
            />
          </>
        )}
      </div>
      <p id={helpId} className="field-hint quiet">
        {t('photos.help')}
      </p>
      {entries.length === 0 ? (
        <p className="quiet photo-none">{t('photos.none')}</p>
      ) : (
        <ol className="photo-list" aria-labelledby={headingId}>
          {entries.map((entry, index) => (
            <PhotoCard
              key={entry.key}
              entry={entry}
              index={index}
              total={entries.length}
              host={host}
              readOnly={readOnly}
              inputId={inputId}
              helpId={helpId}
              dragged={dragged === entry.key}
              over={over === entry.key}
              onChange={list.change}
              onMove={move}
              onRemove={remove}
              onDragStart={setDragged}
              onDragOver={(key) => over !== key && setOver(key)}
              onDrop={drop}
              onDragEnd={() => {
                setDragged(undefined);
                setOver(undefined);
              }}
              cardRef={(key, el) => {
                if (el) cards.current.set(key, el);
                else cards.current.delete(key);
              }}
            />
          ))}
        </ol>
      )}
      <div className="photo-notice" aria-live="polite">
        {adding > 0 && <p>{counted(t, language, 'photos.adding', adding, { n: adding })}</p>}
        {notice?.kind === 'added' && adding === 0 && (
          <>
            {notice.added > 0 && <p>{counted(t, language, 'photos.added', notice.added, { n: notice.added })}</p>}
            {notice.notAdded.length > 0 && (
              <div className="problem">
                <p>{t('photos.notAdded')}</p>
                <ul>
                  {notice.notAdded.map((n, i) => (
                    <li key={i}>{notAddedText(n)}</li>
                  ))}
                </ul>
              </div>
            )}
          </>
        )}
        {notice?.kind === 'removed' && (
          <p>
            {t('photos.removed', { n: notice.removed.index + 1 })}{' '}
            <button type="button" className="small" onClick={() => undoRemove(notice.removed)}>
              {t('photos.undo')}
            </button>
          </p>
        )}
        {notice?.kind === 'restored' && <p>{t('photos.restored', { n: notice.n })}</p>}
        {[...held.values()]
          .filter((h) => entries.some((e) => e.photo.file === h.file))
          .map((h) => (
            <p key={h.file} className={h.state === 'saved' ? undefined : 'problem'}>
              {h.state === 'saved'
                ? t('photos.heldSaved', { file: h.fileName })
                : h.state === 'failed'
                  ? t('photos.heldFailed', { file: h.fileName, reason: h.message ?? '' })
                  : t(h.reason === 'photoDiskFull' ? 'photos.heldDiskFull' : 'photos.heldOther', { file: h.fileName })}
            </p>
          ))}
        {notice && adding === 0 && (
          <button type="button" className="small photo-dismiss" onClick={() => setNotice(undefined)}>
            {t('photos.dismiss')}
          </button>
        )}
      </div>
      <p className="offscreen" aria-live="polite">
        {announcement}
      </p>
    </section>
  );
});
