// One photo in the strip: its thumbnail (dragged to reorder), caption and credit, size and date taken, Remove; Alt+←/→ moves it.
import type { DragEvent, KeyboardEvent } from 'react';
import type { FieldHost } from '../editor/fieldHost';
import { useLanguage, useT } from '../i18n';
import { failureText } from '../shell/errors';
import type { StripPhoto } from './photoList';
import { takenText } from './photoList';
import { PhotoTextInput } from './PhotoTextInput';
import { useThumbnail } from './thumbnails';

/** What the strip's drag carries: the key of the photo moved (never a file, so a drop on the story does not add it again). */
const PHOTO_DRAG_TYPE = 'application/x-bulletin-desk-photo';

interface Props {
  entry: StripPhoto;
  index: number;
  total: number;
  host: FieldHost;
  readOnly: boolean;
  /** The element ids of this photo's parts: `inputId(key, 'caption')`. */
  inputId(key: number, part: 'caption' | 'credit'): string;
  helpId: string;
  dragged: boolean;
  over: boolean;
  onChange(key: number, change: { caption?: string; credit?: string }): void;
  onMove(key: number, to: number): void;
  onRemove(key: number): void;
  onDragStart(key: number): void;
  onDragOver(key: number): void;
  onDrop(key: number): void;
  onDragEnd(): void;
  cardRef(key: number, el: HTMLLIElement | null): void;
}

export function PhotoCard(p: Props) {
  const t = useT();
  const language = useLanguage();
  const { entry, index, total, readOnly } = p;
  const { key, photo } = entry;
  const n = index + 1;
  const thumbnail = useThumbnail(photo.file);
  const taken = takenText(photo.taken, language);
  const caption = photo.caption.trim() || t('photos.noCaption');

  const keyDown = (e: KeyboardEvent<HTMLLIElement>) => {
    // the photo itself in focus, not its caption: Alt+←/→ in a text field is the field's own
    if (readOnly || e.target !== e.currentTarget || !e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
    e.preventDefault();
    p.onMove(key, index + (e.key === 'ArrowLeft' ? -1 : 1));
  };
  const dragOver = (e: DragEvent) => {
    if (!e.dataTransfer.types.includes(PHOTO_DRAG_TYPE)) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'move';
    p.onDragOver(key);
  };
  const classes = ['photo-card', p.dragged ? 'is-dragged' : '', p.over && !p.dragged ? 'is-over' : ''].filter(Boolean).join(' ');

  return (
    <li
      ref={(el) => p.cardRef(key, el)}
      className={classes}
      // the photo takes the focus to be moved with Alt+←/→ (said by its name and the strip's help)
      // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
      tabIndex={0}
      aria-label={t('photos.item', { n, total, caption })}
      aria-describedby={p.helpId}
      aria-keyshortcuts={readOnly ? undefined : 'Alt+ArrowLeft Alt+ArrowRight'}
      data-photo={photo.file}
      onKeyDown={keyDown}
      onDragOver={dragOver}
      onDrop={(e) => {
        if (!e.dataTransfer.types.includes(PHOTO_DRAG_TYPE)) return;
        e.preventDefault();
        e.stopPropagation();
        p.onDrop(key);
      }}
    >
      <div
        className="photo-thumb"
        draggable={!readOnly}
        onDragStart={(e) => {
          e.dataTransfer.setData(PHOTO_DRAG_TYPE, String(key));
          e.dataTransfer.effectAllowed = 'move';
          p.onDragStart(key);
        }}
        onDragEnd={p.onDragEnd}
      >
        {thumbnail.src ? (
          <img src={thumbnail.src} alt={t('photos.picture', { n })} draggable={false} />
        ) : thumbnail.failure !== undefined ? (
          <p className="photo-thumb-missing problem">{t('photos.thumbnailMissing', { reason: failureText(thumbnail.failure, t) })}</p>
        ) : null}
      </div>
      <div className="photo-details">
        <p className="photo-facts quiet">
          <span className="photo-number">{t('photos.picture', { n })}</span>
          {' · '}
          <span>{t('photos.size', { width: photo.width, height: photo.height })}</span>
          {taken && (
            <>
              {' · '}
              <span className="photo-taken">{t('photos.taken', { when: taken })}</span>
            </>
          )}
        </p>
        <PhotoTextInput
          className="photo-text photo-caption"
          id={p.inputId(key, 'caption')}
          label={t('photos.caption', { n })}
          value={photo.caption}
          readOnly={readOnly}
          host={p.host}
          onText={(text) => p.onChange(key, { caption: text })}
        />
        <PhotoTextInput
          className="photo-text photo-credit"
          id={p.inputId(key, 'credit')}
          label={t('photos.credit', { n })}
          value={photo.credit}
          readOnly={readOnly}
          host={p.host}
          onText={(text) => p.onChange(key, { credit: text })}
        />
        {!readOnly && (
          <button type="button" className="small photo-remove" aria-label={t('photos.removeLabel', { n })} onClick={() => p.onRemove(key)}>
            {t('photos.remove')}
          </button>
        )}
      </div>
    </li>
  );
}
