// A bulletin: its title and date, its stories in page order, the page's preview and count, export, sending and filing.
import { useEffect, useId, useMemo, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Finding } from '../../../shared/copyDesk';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { Story } from '../../../shared/story';
import { styleLabel } from '../houseStyles/styleChoices';
import { gateSummary, hasFindings, tallyCopy } from '../export/copyGate';
import { useLanguage, useT } from '../i18n/index';
import { AddStoriesDialog } from './AddStoriesDialog';
import { MarkFiledDialog } from './MarkFiledDialog';
import { NewBulletinForm } from './NewBulletinForm';
import { PageExportDialog } from './PageExportDialog';
import { PagePackageDialog } from './PagePackageDialog';
import { SendDialog } from '../outbox/SendDialog';
import { PagePreviewSection } from './PagePreviewSection';
import { PageStories } from './PageStories';
import { useBulletin } from './useBulletin';
import { filingText, useMarkFiled } from './useMarkFiled';
import { usePageEdits } from './usePageEdits';
import './bulletin.css';

export interface BulletinViewProps {
  api: BulletinDeskApi;
  /** No id: the form that makes a new bulletin. */
  id: string | undefined;
  styles: readonly HouseStyle[];
  defaultStyle: HouseStyle;
  onOpenBulletin(id: string): void;
  onOpenStory(id: string): void;
  /** Review in the copy-check gate: opens the story with the finding shown. */
  onReviewFinding(id: string, finding: Finding): void;
  onProof(id: string): void;
  /** The outbox view, and Settings (where pages are sent), from Send page…. */
  onOpenOutbox?: () => void;
  onOpenSettings?: () => void;
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

function OpenBulletin(props: BulletinViewProps & { id: string }) {
  const { api, id, styles, defaultStyle, onOpenStory, onReviewFinding, onProof, onClose, flush, onOpenOutbox, onOpenSettings } = props;
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const page = useBulletin(api, id, flush);
  const { bulletin, update } = page;
  const heading = useRef<HTMLHeadingElement>(null);
  const addButton = useRef<HTMLButtonElement>(null);
  const [titleDraft, setTitleDraft] = useState('');
  const [dialog, setDialog] = useState<'none' | 'add' | 'export' | 'package' | 'send' | 'file'>('none');

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

  const { said, focusId, clearFocus, move, remove, add } = usePageEdits({ update, stories: page.stories, latestIds, addButton });
  const { filing, markFiled } = useMarkFiled(api, id, page, flush);

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
  // the copy desk's findings of the page's stories under the page's house style: shown here, and asked about before export and filing
  const copyTally = useMemo(() => tallyCopy(readStories, style), [readStories, style]);
  const reviewFirst = () => copyTally.first && onReviewFinding(copyTally.first.storyId, copyTally.first.finding);
  const absent = (bulletin?.stories ?? []).filter((s) => {
    const kind = page.stories.get(s)?.kind;
    return kind === 'missing' || kind === 'unreadable';
  }).length;

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
          findings={copyTally.byStory}
        />
        {bulletin.stories.length > 0 && (
          <div className="bulletin-copy-check bar">
            <p className={copyTally.errors > 0 ? 'problem' : 'quiet'}>
              {hasFindings(copyTally) ? gateSummary(copyTally, t, language) : t('gate.pageClean')}
            </p>
            {hasFindings(copyTally) && (
              <button type="button" className="small" onClick={reviewFirst}>
                {t('gate.review')}
              </button>
            )}
          </div>
        )}
        <p className="offscreen" aria-live="polite">
          {said}
        </p>
      </section>

      <div className="bulletin-actions actions">
        <button type="button" className="primary" onClick={() => setDialog('export')}>
          {t('bulletin.export')}
        </button>
        <button type="button" disabled={bulletin.stories.length === 0} onClick={() => setDialog('package')}>
          {t('package.open')}
        </button>
        <button type="button" disabled={bulletin.stories.length === 0} onClick={() => setDialog('send')}>
          {t('outbox.send')}
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
          {filingText(filing, t, language)}
        </p>
      </div>

      <PagePreviewSection stories={readStories} style={style} styleName={styleName} absent={absent} pageIds={bulletin.stories} />

      <AddStoriesDialog api={api} open={dialog === 'add'} onPage={bulletin.stories} onAdd={add} onClose={() => setDialog('none')} />
      <PageExportDialog
        api={api}
        open={dialog === 'export'}
        onClose={() => setDialog('none')}
        title={bulletin.title}
        bulletinId={id}
        ids={bulletin.stories}
        styleName={styleName}
        style={style}
        flush={flush}
        copyTally={copyTally}
        onReview={reviewFirst}
      />
      <PagePackageDialog
        api={api}
        open={dialog === 'package'}
        onClose={() => setDialog('none')}
        title={bulletin.title}
        bulletinId={id}
        ids={bulletin.stories}
        styleName={styleName}
        flush={flush}
        copyTally={copyTally}
        onReview={reviewFirst}
      />
      <SendDialog
        api={api}
        open={dialog === 'send'}
        onClose={() => setDialog('none')}
        title={bulletin.title}
        target={{ kind: 'page', bulletinId: id }}
        styleName={styleName}
        flush={flush}
        onOpenOutbox={() => onOpenOutbox?.()}
        onOpenSettings={() => onOpenSettings?.()}
        copyTally={copyTally}
        onReview={reviewFirst}
      />
      <MarkFiledDialog
        open={dialog === 'file'}
        title={bulletin.title}
        count={bulletin.stories.length}
        copyTally={copyTally}
        onReview={reviewFirst}
        onConfirm={() => void markFiled()}
        onClose={() => setDialog('none')}
      />
    </main>
  );
}
