// The desk's workspaces other than the story (bulletin, import review, house styles, settings, outbox, history, proof, sync conflict) and the export and send-story dialogs, each loaded on first use.
import { Component, lazy, Suspense, type ReactNode } from 'react';
import { useT } from '../i18n/index';
import { whenIdleAfter } from './whenIdle';

/** Each part's script, fetched the first time it is shown (or when the desk is idle after starting). */
const loaders = {
  bulletin: () => import('../bulletin/BulletinView'),
  importReview: () => import('../importReview/ImportReview'),
  houseStyles: () => import('../houseStyles/HouseStylesView'),
  settings: () => import('../settings/SettingsView'),
  outbox: () => import('../outbox/OutboxView'),
  history: () => import('../history/HistoryView'),
  proof: () => import('../proof/ProofView'),
  conflict: () => import('../syncConflict/ConflictView'),
  exportDialog: () => import('../export/ExportDialog'),
  sendStoryDialog: () => import('../outbox/SendStoryDialog'),
};

export const BulletinView = lazy(() => loaders.bulletin().then((m) => ({ default: m.BulletinView })));
export const ImportReview = lazy(() => loaders.importReview().then((m) => ({ default: m.ImportReview })));
export const HouseStylesView = lazy(() => loaders.houseStyles().then((m) => ({ default: m.HouseStylesView })));
export const SettingsView = lazy(() => loaders.settings().then((m) => ({ default: m.SettingsView })));
export const OutboxView = lazy(() => loaders.outbox().then((m) => ({ default: m.OutboxView })));
export const HistoryView = lazy(() => loaders.history().then((m) => ({ default: m.HistoryView })));
export const ProofView = lazy(() => loaders.proof().then((m) => ({ default: m.ProofView })));
export const ConflictView = lazy(() => loaders.conflict().then((m) => ({ default: m.ConflictView })));
export const ExportDialog = lazy(() => loaders.exportDialog().then((m) => ({ default: m.ExportDialog })));
export const SendStoryDialog = lazy(() => loaders.sendStoryDialog().then((m) => ({ default: m.SendStoryDialog })));

/** How long after the desk is drawn the other parts are fetched (a new story opened at once goes first). */
const PRELOAD_AFTER_MS = 1500;

/** Fetches every part in the background once the desk has settled, so that opening one later does not wait. */
export function preloadWorkspaces(): () => void {
  return whenIdleAfter(PRELOAD_AFTER_MS, 2000, () => {
    for (const loader of Object.values(loaders)) void loader().catch(() => undefined); // a failure is said when the part is opened
  });
}

/** A workspace while its script loads, and in its place if the script cannot be loaded. */
export function WorkspaceFrame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <LoadFailure render={(reason) => <Placeholder text={t('shell.workspaceFailed', { reason })} problem />}>
      <Suspense fallback={<Placeholder text={t('shell.workspaceLoading')} />}>{children}</Suspense>
    </LoadFailure>
  );
}

/** The dialogs' counterpart: nothing while loading, the reason in the status area's place if loading fails. */
export function DialogFrame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <LoadFailure
      render={(reason) => (
        <p className="problem" role="alert">
          {t('shell.workspaceFailed', { reason })}
        </p>
      )}
    >
      <Suspense fallback={null}>{children}</Suspense>
    </LoadFailure>
  );
}

function Placeholder({ text, problem = false }: { text: string; problem?: boolean }) {
  return (
    <main className="editor editor-empty" aria-busy={!problem}>
      <p className={problem ? 'problem' : 'quiet'} role={problem ? 'alert' : undefined}>
        {text}
      </p>
    </main>
  );
}

/** Catches a part whose script failed to load (the rest of the desk keeps working). */
class LoadFailure extends Component<{ render(reason: string): ReactNode; children: ReactNode }, { reason: string | undefined }> {
  override state: { reason: string | undefined } = { reason: undefined };
  static getDerivedStateFromError(e: unknown): { reason: string } {
    return { reason: e instanceof Error ? e.message : String(e) };
  }
  override render(): ReactNode {
    return this.state.reason === undefined ? this.props.children : this.props.render(this.state.reason);
  }
}
