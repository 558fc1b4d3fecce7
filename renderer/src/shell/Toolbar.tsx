// The bar above everything: the app's name, New story, Export and the Preview toggle, with their shortcuts.
import { useT } from '../i18n/index';

interface Props {
  previewOn: boolean;
  onNewStory(): void;
  onExport(): void;
  onTogglePreview(): void;
  problem: string;
}

const MAC = typeof navigator !== 'undefined' && /Mac|iPhone|iPad/.test(navigator.platform);
const keyName = (letter: string) => (MAC ? `⌘${letter}` : `Ctrl+${letter}`);

export function Toolbar({ previewOn, onNewStory, onExport, onTogglePreview, problem }: Props) {
  const t = useT();
  return (
    <header className="toolbar">
      <h1>{t('app.name')}</h1>
      <div className="toolbar-actions">
        <button
          type="button"
          className="primary"
          onClick={onNewStory}
          aria-keyshortcuts="Control+N Meta+N"
          title={t('shell.shortcut', { action: t('shell.newStory'), key: keyName('N') })}
        >
          {t('shell.newStory')}
        </button>
        <button type="button" onClick={onExport} aria-keyshortcuts="Control+E Meta+E" title={t('shell.shortcut', { action: t('shell.export'), key: keyName('E') })}>
          {t('shell.export')}
        </button>
        <button type="button" aria-pressed={previewOn} onClick={onTogglePreview}>
          {t('shell.preview')}
        </button>
      </div>
      <p className="toolbar-problem problem" role="alert">
        {problem}
      </p>
    </header>
  );
}
