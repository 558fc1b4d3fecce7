// A bulletin: its title and date, its stories in page order, the page's preview and count, export and filing.
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { Story } from '../../../shared/story';
import { styleLabel } from '../houseStyles/styleChoices';
import { counted, useLanguage, useT } from '../i18n/index';
import { failureOf } from '../shell/errors';
import { formatCount } from '../shell/format';
import { AddStoriesDialog } from './AddStoriesDialog';
import { MarkFiledDialog } from './MarkFiledDialog';
import { NewBulletinForm } from './NewBulletinForm';
import { PageExportDialog } from './PageExportDialog';
import { PagePreviewSection } from './PagePreviewSection';
import { PageStories } from './PageStories';
import { addStories, moveTo, removeStory } from './pageOrder';
import { useBulletin } from './useBulletin';
import './bulletin.css';

export interface BulletinViewProps {
  api: BulletinDeskApi;
  /** No id: the form that makes a new bulletin. */
  id: string | undefined;
  styles: readonly HouseStyle[];
  defaultStyle: HouseStyle;
  onOpenBulletin(id: string): void;
  onOpenStory(id: string): void;
  onProof(id: string): void;
  onClose(): void;
  /** Sends the open story's pending edits to the disk first (the page is read and exported from the files). */
  flush?: () => Promise<boolean>;
}

export function BulletinView(props: BulletinViewProps) {
  if (props.id === undefined)
    return (
      <NewBulletinForm
        api={props.api}
        styles={props.styles}
        defaultStyle={props.defaultStyle}
        onCreated={props.onOpenBulletin}
        onCancel={props.onClose}
      />
    );
  return <OpenBulletin {...props} id={props.id} />;
}

type Filing = { kind: 'none' } | { kind: 'working' } | { kind: 'done'; count: number } | { kind: 'failed'; reason: string };

function OpenBulletin({ api, id, styles, defaultStyle, onOpenStory, onProof, onClose, flush }: BulletinViewProps & { id: string }) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const page = useBulletin(api, id, flush);
  const { bulletin, update } = page;
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [titleDraft, setTitleDraft] = useState('');
  const [dialog, setDialog] = useState<'none' | 'add' | 'export' | 'file'>('none');
  const [said, setSaid] = useState('');
  const [focusId, setFocusId] = useState<string | undefined>(undefined);
  const [filing, setFiling] = useState<Filing>({ kind: 'none' });

  useEffect(() => setTitleDraft(bulletin?.title ?? ''), [bulletin?.title]);

  // a title typed and not yet committed (the view closed by a shortcut or a menu while the field had the focus) is saved all the same
  const pendingTitle = useRef<{ draft: string; saved: string | undefined }>({ draft: '', saved: undefined });
  pendingTitle.current = { draft: titleDraft, saved: bulletin?.title };
  useEffect(
    () => () => {
      const { draft, saved } = pendingTitle.current;
      if (saved !== undefined && draft !== saved) update((b) => ({ ...b, title: draft }));
    },
    [update],
  );

  // once read: the heading has the focus, or Add stories… when the page is still empty
  const loaded = bulletin !== undefined;
  useEffect(() => {
    if (!loaded) return;
    if (latestIds.current.length === 0) addButton.current?.focus();
    else heading.current?.focus();
  }, [loaded]);
  const latestIds = useRef<readonly string[]>([]);
  latestIds.current = bulletin?.stories ?? [];

  const headlineOf = useCallback(
    (storyId: string) => {
      const s = page.stories.get(storyId);
      return s?.kind === 'ok' ? s.story.headline.trim() || t('bulletin.noHeadline') : t('bulletin.noHeadline');
    },
    [page.stories, t],
  );

  const move = useCallback(
    (from: number, to: number) => {
      const current = latestIds.current;
      const moved = current[from];
      if (moved === undefined || to < 0 || to >= current.length) return;
      // by the story, not its place: a change made again on a newer version moves the same story
      update((b) => ({ ...b, stories: [...moveTo(b.stories, b.stories.indexOf(moved), to)] }));
      setFocusId(moved);
      setSaid(
        t('bulletin.moved', {
          headline: headlineOf(moved),
          position: formatCount(to + 1, language),
          total: formatCount(current.length, language),
        }),
      );
    },
    [update, headlineOf, t, language],
  );

  const remove = useCallback(
    (storyId: string) => {
      const index = latestIds.current.indexOf(storyId);
      const rest = latestIds.current.filter((s) => s !== storyId);
      update((b) => ({ ...b, stories: [...removeStory(b.stories, storyId)] }));
      setSaid(t('bulletin.removed', { headline: headlineOf(storyId) }));
      const next = rest[Math.min(index, rest.length - 1)];
      if (next !== undefined) setFocusId(next);
      else addButton.current?.focus();
    },
    [update, headlineOf, t],
  );

  const add = useCallback(
    (chosen: string[]) => {
      const fresh = chosen.filter((s) => !latestIds.current.includes(s));
      if (fresh.length === 0) return;
      update((b) => ({ ...b, stories: [...addStories(b.stories, fresh)] }));
      setFocusId(fresh[0]);
      setSaid(counted(t, language, 'bulletin.addedCount', fresh.length));
    },
    [update, t, language],
  );

  const markFiled = async () => {
    setFiling({ kind: 'working' });
    try {
      // the open story's latest edits must be on disk first: filing would lock the older text
      if (flush && !(await flush())) {
        setFiling({ kind: 'failed', reason: t('bulletin.markFiled.unsaved') });
        return;
      }
      await page.settled();
      if (page.hasUnsaved()) {
        setFiling({ kind: 'failed', reason: t('bulletin.markFiled.pageUnsaved') });
        return;
      }
      const answer = await api.call('bulletin.markFiled', { id });
      page.replace(answer.bulletin, answer.revision);
      setFiling({ kind: 'done', count: answer.filedStories });
    } catch (e) {
      setFiling({ kind: 'failed', reason: failureOf(e).message });
    }
  };

  const styleName = bulletin?.houseStyle ?? defaultStyle.name;
  const known = styles.find((s) => s.name === styleName);
  const style = known ?? defaultStyle;
  const readStories = useMemo(() => {
    const out: Story[] = [];
    for (const storyId of bulletin?.stories ?? []) {
      const s = page.stories.get(storyId);
      if (s?.kind === 'ok') out.push(s.story);
    }
    return out;
  }, [bulletin?.stories, page.stories]);
  const absent = (bulletin?.stories ?? []).filter((s) => {
    const kind = page.stories.get(s)?.kind;
    return kind === 'missing' || kind === 'unreadable';
  }).length;
  const clearFocus = useCallback(() => setFocusId(undefined), []);

  if (!bulletin)
    return (
      <main className="editor editor-empty bulletin-loading" aria-label={t('bulletin.view')}>
        {page.loadError ? (
          <>
            <p className="problem" role="alert">
              {t('bulletin.loadFailed', { reason: page.loadError })}
            </p>
            <button type="button" onClick={onClose}>
              {t('bulletin.close')}
            </button>
          </>
        ) : (
          <p className="quiet">{t('bulletin.loading')}</p>
        )}
      </main>
    );

  const commitTitle = () => {
    if (titleDraft !== bulletin.title) update((b) => ({ ...b, title: titleDraft }));
  };
  const note = page.note;
  const filedOn = bulletin.filedAt
    ? new Intl.DateTimeFormat(language, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(bulletin.filedAt))
    : '';

  return (
    <main className="editor bulletin-view" aria-labelledby={`${ids}-heading`}>
      <header className="bulletin-header bar bar-spread">
        <h2 id={`${ids}-heading`} ref={heading} tabIndex={-1}>
          {bulletin.title || t('bulletin.untitled')}
        </h2>
        <div className="bulletin-header-actions actions">
          <button type="button" onClick={() => onProof(id)}>
            {t('bulletin.proof')}
          </button>
          <button type="button" onClick={onClose}>
            {t('bulletin.close')}
          </button>
        </div>
      </header>
      {filedOn && <p className="bulletin-filed">{t('bulletin.filedOn', { time: filedOn })}</p>}
      <p
        className={note.kind === 'failed' || note.kind === 'conflict' ? 'problem bulletin-note' : 'quiet bulletin-note'}
        aria-live="polite"
      >
        {note.kind === 'saved'
          ? t('bulletin.saved')
          : note.kind === 'failed'
            ? t('bulletin.saveFailed', { reason: note.reason })
            : note.kind === 'conflict'
              ? t('bulletin.conflict')
              : ''}
      </p>

      <fieldset className="bulletin-fields">
        <legend className="offscreen">{t('bulletin.details')}</legend>
        <label htmlFor={`${ids}-title`}>{t('bulletin.title')}</label>
        <input
          id={`${ids}-title`}
          type="text"
          value={titleDraft}
          maxLength={200}
          placeholder={t('bulletin.titleHint')}
          onChange={(e) => setTitleDraft(e.target.value)}
          onBlur={commitTitle}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              commitTitle();
            }
          }}
        />
        <label htmlFor={`${ids}-date`}>{t('bulletin.date')}</label>
        <input
          id={`${ids}-date`}
          type="date"
          value={bulletin.date}
          // a date half typed (the browser then says '') is not saved: only a whole date, or the field emptied
          onChange={(e) => !e.target.validity.badInput && update((b) => ({ ...b, date: e.target.value }))}
        />
        <label htmlFor={`${ids}-style`}>{t('bulletin.houseStyle')}</label>
        <select id={`${ids}-style`} value={styleName} onChange={(e) => update((b) => ({ ...b, houseStyle: e.target.value }))}>
          {!known && <option value={styleName}>{styleName}</option>}
          {styles.map((s) => (
            <option key={s.name} value={s.name}>
              {styleLabel(s.name, t)}
            </option>
          ))}
        </select>
      </fieldset>
      {!known && <p className="problem">{t('bulletin.unknownStyle', { style: styleName })}</p>}

      <section className="bulletin-section" aria-labelledby={`${ids}-stories`}>
        <div className="bulletin-section-head bar bar-spread">
          <h3 id={`${ids}-stories`}>{t('bulletin.stories')}</h3>
          <button type="button" ref={addButton} onClick={() => setDialog('add')}>
            {t('bulletin.addStories')}
          </button>
        </div>
        <p id={`${ids}-stories-help`} className="quiet">
          {t('bulletin.storiesHelp')}
        </p>
        <PageStories
          ids={bulletin.stories}
          stories={page.stories}
          labelledBy={`${ids}-stories`}
          onMove={move}
          onRemove={remove}
          onOpen={onOpenStory}
          focusId={focusId}
          onFocused={clearFocus}
        />
        <p className="offscreen" aria-live="polite">
          {said}
        </p>
      </section>

      <div className="bulletin-actions actions">
        <button type="button" className="primary" onClick={() => setDialog('export')}>
          {t('bulletin.export')}
        </button>
        {/* aria-disabled while filing: the focus stays on the button the dialog gives it back to */}
        <button
          type="button"
          disabled={bulletin.stories.length === 0}
          aria-disabled={filing.kind === 'working'}
          onClick={() => filing.kind !== 'working' && setDialog('file')}
        >
          {t('bulletin.markFiled')}
        </button>
        <p className={filing.kind === 'failed' ? 'problem' : 'quiet'} aria-live="polite">
          {filing.kind === 'working'
            ? t('bulletin.markFiled.working')
            : filing.kind === 'done'
              ? counted(t, language, 'bulletin.markFiled.done', filing.count)
              : filing.kind === 'failed'
                ? t('bulletin.markFiled.failed', { reason: filing.reason })
                : ''}
        </p>
      </div>

      <PagePreviewSection stories={readStories} style={style} styleName={styleName} absent={absent} pageIds={bulletin.stories} />

      <AddStoriesDialog api={api} open={dialog === 'add'} onPage={bulletin.stories} onAdd={add} onClose={() => setDialog('none')} />
      <PageExportDialog
        api={api}
        open={dialog === 'export'}
        onClose={() => setDialog('none')}
        title={bulletin.title}
        ids={bulletin.stories}
        styleName={styleName}
        style={style}
        flush={flush}
      />
      <MarkFiledDialog
        open={dialog === 'file'}
        title={bulletin.title}
        count={bulletin.stories.length}
        onConfirm={() => void markFiled()}
        onClose={() => setDialog('none')}
      />
    </main>
  );
}
