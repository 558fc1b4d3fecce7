// The app shell: library sidebar, the workspace (the open story, a bulletin, import review, house styles, settings, history, proof, a sync conflict), the preview and the status line.
import { useCallback, useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import type { BulletinDeskApi, Preferences } from '../../../shared/api';
import type { Finding } from '../../../shared/copyDesk';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { ExportTarget } from '../export/ExportDialog';
import type { ConflictResolution } from '../syncConflict/ConflictView';
import { defaultHouseStyle, houseStylesOf } from '../houseStyles/styleChoices';
import { useLanguage, useT } from '../i18n/index';
import { Sidebar } from '../library/Sidebar';
import { useLibrary } from '../library/useLibrary';
import { PreviewPane } from '../preview/PreviewPane';
import { SessionManager } from '../session/sessions';
import { StatusLine } from '../session/StatusLine';
import { StoryPane, type FocusRequest } from '../session/StoryPane';
import type { StorySession } from '../session/storySession';
import { useSessionView } from '../session/useSession';
import { handleCommands, type Command } from './commands';
import { failureText } from './errors';
import { warmFormats } from './format';
import { Toolbar } from './Toolbar';
import { useImportReview } from './useImportReview';
import { useOpenedFiles } from './useOpenedFiles';
import { useOpenStory } from './useOpenStory';
import { usePreparedStory } from './usePreparedStory';
import type { Workspace } from './workspace';
import {
  BulletinView,
  ConflictView,
  DialogFrame,
  ExportDialog,
  SendStoryDialog,
  HistoryView,
  HouseStylesView,
  ImportReview,
  preloadWorkspaces,
  ProofView,
  SettingsView,
  OutboxView,
  WorkspaceFrame,
} from './lazyWorkspaces';
import { switchNotice } from '../settings/switchNotice';
import { useLibrarySwitch } from '../settings/useLibrarySwitch';
import { useSendWhenOnline } from '../outbox/useSendWhenOnline';

interface Props {
  api: BulletinDeskApi;
  preferences: Preferences;
}

/** How long export waits for the open story's edits to reach the disk. */
const EXPORT_FLUSH_MS = 5000;

export function Desk({ api, preferences }: Props) {
  const t = useT();
  const library = useLibrary(api);
  const [manager] = useState(() => new SessionManager(api));
  const unsavedKey = useSyncExternalStore(manager.subscribe, manager.getUnsavedKey);
  const unsaved = useMemo(() => new Set(unsavedKey === '' ? [] : unsavedKey.split(' ')), [unsavedKey]);
  // after a library switch the page starts in Settings, which says where the old stories are
  const [workspace, setWorkspace] = useState<Workspace>(() => (switchNotice() ? { kind: 'settings' } : { kind: 'story' }));
  const { open, session, openStory, adoptNew, showNew } = useOpenStory(manager, setWorkspace);
  const [focusRequest, setFocusRequest] = useState<FocusRequest | undefined>(undefined);
  const [previewOn, setPreviewOn] = useState(false);
  const [exportOpen, setExportOpen] = useState(false);
  // the export dialog's script is loaded when it is first asked for; it stays mounted from then on
  const [exportAsked, setExportAsked] = useState(false);
  if (exportOpen && !exportAsked) setExportAsked(true);
  const [sendOpen, setSendOpen] = useState(false);
  const [sendAsked, setSendAsked] = useState(false);
  if (sendOpen && !sendAsked) setSendAsked(true);
  const [problem, setProblem] = useState('');
  const searchRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLDivElement>(null);
  const houseStyle = useMemo(() => defaultHouseStyle(preferences), [preferences]);
  const styles = useMemo(() => houseStylesOf(preferences), [preferences]);

  // the library's news goes to the sessions; pending edits are sent when the page goes away
  useEffect(() => {
    const offs = [
      api.on('story.changed', (e) => manager.storyChanged(e)),
      api.on('story.added', (e) => manager.storyAdded(e)),
      api.on('story.removed', (e) => manager.storyRemoved(e)),
      api.on('file.unreadable', (e) => manager.fileUnreadable(e)),
      api.on('save.status', (e) => manager.saveStatus(e)),
    ];
    const flush = () => void manager.flushAll();
    const hidden = () => document.visibilityState === 'hidden' && flush();
    // the window closes: a new story left with nothing typed is not kept
    const leave = () => {
      manager.leave();
      flush();
    };
    window.addEventListener('beforeunload', flush);
    window.addEventListener('pagehide', leave);
    document.addEventListener('visibilitychange', hidden);
    return () => {
      for (const off of offs) off();
      window.removeEventListener('beforeunload', flush);
      window.removeEventListener('pagehide', leave);
      document.removeEventListener('visibilitychange', hidden);
    };
  }, [api, manager]);

  // the next new story waits unseen in the story's place while none is open; New story shows it (or makes one at once)
  const deskRef = useRef<HTMLDivElement>(null);
  // reading a box lays the whole page out now
  const layOut = useCallback(() => void deskRef.current?.getBoundingClientRect(), []);
  const { prepared, take } = usePreparedStory(
    manager,
    houseStyle,
    preferences.reporter,
    open.kind === 'none' && workspace.kind === 'story',
    layOut,
  );
  const newStory = useCallback(() => {
    setProblem('');
    const created = manager.startNew(take(), (e) =>
      setProblem(e === undefined ? '' : t('shell.createFailed', { reason: failureText(e, t) })),
    );
    setFocusRequest({ id: created.id, field: 'kicker' });
    showNew(created);
  }, [manager, take, showNew, t]);

  // keyboard shortcuts and menu commands (also those given while the app was starting)
  const commands = useRef<(c: Command) => void>(() => undefined);
  commands.current = (command) => {
    if (command === 'newStory') newStory();
    else if (command === 'search') {
      searchRef.current?.focus();
      searchRef.current?.select();
    } else if (command === 'export') setExportOpen(true);
    else if (command === 'importPage') setWorkspace({ kind: 'import' });
    else if (command === 'settings') setWorkspace({ kind: 'settings' });
    else listRef.current?.focus();
  };
  useEffect(() => handleCommands((c) => commands.current(c)), []);
  useSendWhenOnline(api);

  // files the system asked the app to open: the library's own stories and bulletins open, anything else is said
  useOpenedFiles(api, library.model, { openStory, setWorkspace, setProblem });
  const language = useLanguage();

  const flushOpen = useCallback(async (): Promise<boolean> => {
    if (!session) return true;
    await Promise.race([session.flush(), new Promise((resolve) => setTimeout(resolve, EXPORT_FLUSH_MS))]);
    return !session.dirty;
  }, [session]);

  const flushAll = useLibrarySwitch(api, manager, EXPORT_FLUSH_MS);
  const clearFocusRequest = useCallback(() => setFocusRequest(undefined), []);
  // Review in the copy-check gate: the story opens with the finding's text selected (or its Copy check panel)
  const reviewFinding = useCallback(
    (id: string, finding: Finding) => {
      setFocusRequest({ id, field: 'headline', finding });
      void openStory(id);
    },
    [openStory],
  );
  // a sync conflict resolved here: the list follows the library's events; the text written shows in the form when it is open
  const settleStory = useCallback((id: string) => manager.settle(id, EXPORT_FLUSH_MS), [manager]);
  const conflictResolved = useCallback(
    ({ keep, story }: ConflictResolution) => {
      if (story && keep === 'copy') manager.adoptWritten(story);
    },
    [manager],
  );
  const backToStory = useCallback(() => setWorkspace({ kind: 'story' }), []);

  // the other workspaces' scripts are fetched once the desk has settled
  useEffect(() => preloadWorkspaces(), []);
  // the language's times and numbers are made ready while the browser is idle, before the first New story needs them
  useEffect(() => warmFormats(language), [language]);

  // a page dropped on the window opens the import review; it is kept while another workspace is shown
  const { review, endReview } = useImportReview(workspace, setWorkspace);

  let main;
  // the story's own pane (or its empty place); any other workspace is loaded on first use
  let storyPart;
  if (workspace.kind === 'bulletin')
    main = (
      <BulletinView
        key={workspace.id ?? 'new'}
        api={api}
        id={workspace.id}
        styles={styles}
        defaultStyle={houseStyle}
        onOpenBulletin={(id) => setWorkspace({ kind: 'bulletin', id })}
        onOpenStory={(id) => void openStory(id)}
        onReviewFinding={reviewFinding}
        onProof={(id) => setWorkspace({ kind: 'proof', target: { kind: 'bulletin', id } })}
        onOpenOutbox={() => setWorkspace({ kind: 'outbox' })}
        onOpenSettings={() => setWorkspace({ kind: 'settings' })}
        onClose={backToStory}
        flush={flushOpen}
      />
    );
  else if (workspace.kind === 'import')
    main = null; // the one review, kept below while the reporter looks elsewhere
  else if (workspace.kind === 'houseStyles') main = <HouseStylesView api={api} preferences={preferences} onClose={backToStory} />;
  else if (workspace.kind === 'settings')
    main = <SettingsView api={api} preferences={preferences} flush={flushAll} onClose={backToStory} />;
  else if (workspace.kind === 'outbox') main = <OutboxView api={api} onClose={backToStory} />;
  else if (workspace.kind === 'history' && session?.id === workspace.id)
    main = <HistoryView key={workspace.id} api={api} session={session} onClose={backToStory} />;
  else if (workspace.kind === 'conflict')
    main = (
      <ConflictView
        key={workspace.file}
        api={api}
        file={workspace.file}
        listed={library.model?.conflicts.find((c) => c.file === workspace.file)}
        settle={settleStory}
        onResolved={conflictResolved}
        onOpenStory={(id) => void openStory(id)}
        onClose={backToStory}
      />
    );
  else if (workspace.kind === 'proof')
    main = <ProofView api={api} target={workspace.target} houseStyle={houseStyle} flush={flushOpen} onClose={backToStory} />;
  else if (session || prepared)
    main = storyPart = (
      <StoryPane
        session={(session ?? prepared) as StorySession}
        unseen={session ? undefined : t('shell.empty')}
        houseStyle={houseStyle}
        focusRequest={focusRequest}
        onFocusDone={clearFocusRequest}
        onSavedAsNew={(c) => c && adoptNew(c)}
        onImportText={(text) =>
          setWorkspace({ kind: 'import', file: new File([text], t('editor.paste.fileName'), { type: 'text/plain' }) })
        }
      />
    );
  else
    main = storyPart = (
      <main className="editor editor-empty" aria-label={t('shell.story')}>
        {open.kind === 'none' && <p className="quiet">{t('shell.empty')}</p>}
        {open.kind === 'opening' && <p className="quiet">{t('shell.opening')}</p>}
        {open.kind === 'failed' && <p className="problem">{t('shell.openFailed', { reason: open.message })}</p>}
      </main>
    );

  return (
    <div ref={deskRef} className={previewOn && workspace.kind === 'story' ? 'desk with-preview' : 'desk'}>
      <Toolbar
        previewOn={previewOn}
        onNewStory={newStory}
        onExport={() => setExportOpen(true)}
        onSendStory={() => setSendOpen(true)}
        onTogglePreview={() => setPreviewOn((on) => !on)}
        onWorkspace={setWorkspace}
        storyId={session?.id}
        workspace={workspace.kind}
        problem={problem}
      />
      <Sidebar
        api={api}
        library={library}
        openId={open.kind === 'none' ? undefined : open.kind === 'open' ? open.session.id : open.id}
        unsaved={unsaved}
        onOpen={(id) => void openStory(id)}
        openBulletinId={workspace.kind === 'bulletin' ? workspace.id : undefined}
        onOpenBulletin={(id) => setWorkspace({ kind: 'bulletin', id })}
        openConflict={workspace.kind === 'conflict' ? workspace.file : undefined}
        onOpenConflict={(file) => setWorkspace({ kind: 'conflict', file })}
        searchRef={searchRef}
        listRef={listRef}
      />
      {main === null ? null : main === storyPart ? main : <WorkspaceFrame key={workspace.kind}>{main}</WorkspaceFrame>}
      {review && (
        <WorkspaceFrame key="import">
          <ImportReview
            api={api}
            file={review.file}
            hidden={workspace.kind !== 'import'}
            onWritten={(written) => {
              endReview();
              setWorkspace(written.bulletin ? { kind: 'bulletin', id: written.bulletin } : { kind: 'story' });
            }}
            onClose={() => {
              endReview();
              backToStory();
            }}
          />
        </WorkspaceFrame>
      )}
      {previewOn &&
        workspace.kind === 'story' &&
        (session ? <SessionPreview session={session} style={houseStyle} /> : <PreviewPane story={undefined} houseStyle={houseStyle} />)}
      {session ? <SessionStatus session={session} /> : <StatusLine view={undefined} />}
      {exportAsked && (
        <DialogFrame>
          <ExportDialog
            key={houseStyle.name /* a new default style is preselected by the next export */}
            api={api}
            open={exportOpen}
            onClose={() => setExportOpen(false)}
            target={session ? exportTarget(session) : undefined}
            flush={flushOpen}
            styles={styles}
            defaultStyle={houseStyle}
            onReview={reviewFinding}
          />
        </DialogFrame>
      )}
      {sendAsked && (
        <DialogFrame>
          <SendStoryDialog
            api={api}
            open={sendOpen}
            onClose={() => setSendOpen(false)}
            target={session ? exportTarget(session) : undefined}
            style={houseStyle}
            flush={flushOpen}
            onReview={reviewFinding}
            onOpenOutbox={() => setWorkspace({ kind: 'outbox' })}
            onOpenSettings={() => setWorkspace({ kind: 'settings' })}
          />
        </DialogFrame>
      )}
    </div>
  );
}

/** The open story as the export dialog names it (read as the dialog opens). */
function exportTarget(session: StorySession): ExportTarget {
  const view = session.getView();
  return { id: view.id, headline: view.latest.headline, story: view.latest };
}

function SessionPreview({ session, style }: { session: StorySession; style: HouseStyle }) {
  const view = useSessionView(session);
  return <PreviewPane story={view.latest} houseStyle={style} />;
}

function SessionStatus({ session }: { session: StorySession }) {
  return <StatusLine view={useSessionView(session)} />;
}
