// The bar above everything: the app's name, New story, Export, Send story, New bulletin, Import, Preview, House styles, Outbox, Settings, and the open story's History and Proof.
import { useT } from '../i18n/index';
import type { Workspace } from './workspace';

interface Props {
  previewOn: boolean;
  onNewStory(): void;
  onExport(): void;
  /** Send story…: the open story to the desk (the outbox). */
  onSendStory(): void;
  onTogglePreview(): void;
  /** Show another workspace (a new bulletin, import review, house styles, the open story's history or proof). */
  onWorkspace(next: Workspace): void;
  /** The story open in the editor, for History and Proof. */
  storyId: string | undefined;
  workspace: Workspace['kind'];
  problem: string;
}

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const keyName = (letter: string) => (MAC ? `⌘${letter}` : `Ctrl+${letter}`);

export function Toolbar({
  previewOn,
  onNewStory,
  onExport,
  onSendStory,
  onTogglePreview,
  onWorkspace,
  storyId,
  workspace,
  problem,
}: Props) {
  const t = useT();
  return (
    <header className="toolbar bar bar-band">
      <h1>{t('app.name')}</h1>
      <div className="toolbar-actions actions">
        <button
          type="button"
          className="primary"
          onClick={onNewStory}
          aria-keyshortcuts="Control+N Meta+N"
          title={t('shell.shortcut', { action: t('shell.newStory'), key: keyName('N') })}
        >
          {t('shell.newStory')}
        </button>
        <button
          type="button"
          onClick={onExport}
          aria-keyshortcuts="Control+E Meta+E"
          title={t('shell.shortcut', { action: t('shell.export'), key: keyName('E') })}
        >
          {t('shell.export')}
        </button>
        <button type="button" disabled={!storyId} onClick={onSendStory}>
          {t('outbox.sendStory')}
        </button>
        <button type="button" onClick={() => onWorkspace({ kind: 'bulletin' })}>
          {t('shell.newBulletin')}
        </button>
        <button
          type="button"
          onClick={() => onWorkspace({ kind: 'import' })}
          aria-keyshortcuts="Control+I Meta+I"
          title={t('shell.shortcut', { action: t('shell.importPage'), key: keyName('I') })}
        >
          {t('shell.importPage')}
        </button>
        <button type="button" aria-pressed={previewOn} onClick={onTogglePreview}>
          {t('shell.preview')}
        </button>
        <button
          type="button"
          aria-pressed={workspace === 'history'}
          disabled={!storyId}
          onClick={() => storyId && onWorkspace({ kind: 'history', id: storyId })}
        >
          {t('shell.history')}
        </button>
        <button
          type="button"
          aria-pressed={workspace === 'proof'}
          disabled={!storyId}
          onClick={() => storyId && onWorkspace({ kind: 'proof', target: { kind: 'story', id: storyId } })}
        >
          {t('shell.proof')}
        </button>
        <button type="button" aria-pressed={workspace === 'houseStyles'} onClick={() => onWorkspace({ kind: 'houseStyles' })}>
          {t('shell.houseStyles')}
        </button>
        <button type="button" aria-pressed={workspace === 'outbox'} onClick={() => onWorkspace({ kind: 'outbox' })}>
          {t('shell.outbox')}
        </button>
        <button
          type="button"
          aria-pressed={workspace === 'settings'}
          onClick={() => onWorkspace({ kind: 'settings' })}
          aria-keyshortcuts="Control+, Meta+,"
          title={t('shell.shortcut', { action: t('shell.settings'), key: keyName(',') })}
        >
          {t('shell.settings')}
        </button>
      </div>
      <p className="toolbar-problem problem" role="alert">
        {problem}
      </p>
    </header>
  );
}
