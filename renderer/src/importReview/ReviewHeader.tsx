// The import review's header: what was found, Undo, and the corrections of the whole page (marks full width, write every story or none).
import { counted, useLanguage, useT } from '../i18n/index';
import type { PageSource } from './pageFile';

interface Props {
  name: string;
  encoding: PageSource;
  found: number;
  toWrite: number;
  canUndo: boolean;
  /** What the last action did, said politely. */
  said: string;
  onUndo(): void;
  onFullWidth(): void;
  onWriteAll(write: boolean): void;
}

export function ReviewHeader({ name, encoding, found, toWrite, canUndo, said, onUndo, onFullWidth, onWriteAll }: Props) {
  const t = useT();
  const language = useLanguage();
  return (
    <header className="ir-header bar bar-band">
      <h2>{t('importReview.title')}</h2>
      <p className="quiet">
        {counted(t, language, 'importReview.summary', found, { name, encoding: t(`importReview.encoding.${encoding}`) })}
      </p>
      <button type="button" disabled={!canUndo} onClick={onUndo} aria-keyshortcuts="Control+Z Meta+Z">
        {t('importReview.undo')}
      </button>
      <button type="button" disabled={toWrite === 0} onClick={onFullWidth}>
        {t('importReview.fullWidth')}
      </button>
      <button type="button" disabled={toWrite === found} onClick={() => onWriteAll(true)}>
        {t('importReview.writeAll')}
      </button>
      <button type="button" disabled={toWrite === 0} onClick={() => onWriteAll(false)}>
        {t('importReview.writeNone')}
      </button>
      <p className="ir-said quiet" role="status">
        {said}
      </p>
    </header>
  );
}
