// Sync tools' conflict copies in the sidebar: each story changed on two computers, with the tool and the time, and Compare…
import type { SyncConflict } from '../../../shared/api';
import { useLanguage, useT } from '../i18n/index';
import { formatUpdated } from '../i18n/dates';
import '../syncConflict/syncConflict.css';

interface Props {
  conflicts: readonly SyncConflict[];
  /** The conflict shown in the workspace, if one is. */
  openFile: string | undefined;
  onOpen(file: string): void;
}

export function SyncConflicts({ conflicts, openFile, onOpen }: Props) {
  const t = useT();
  const language = useLanguage();
  if (conflicts.length === 0) return null;
  const now = new Date();
  return (
    <section className="sync-conflicts" aria-labelledby="sync-conflicts-heading">
      <h2 id="sync-conflicts-heading">{t('conflicts.title')}</h2>
      <p>{t('conflicts.help')}</p>
      <ul>
        {conflicts.map((c) => {
          const headline = c.headline.trim() || t('library.noHeadline');
          return (
            <li key={c.file} className={c.file === openFile ? 'is-open' : undefined}>
              <span className="sync-conflict-headline">{headline}</span>
              <span className="sync-conflict-meta">
                {t('conflicts.item', { tool: t(`conflicts.tool.${c.tool}`), time: formatUpdated(c.updatedAt, language, now) })}
              </span>
              <button
                type="button"
                className="small"
                aria-label={t('conflicts.compareLabel', { headline })}
                aria-current={c.file === openFile ? 'page' : undefined}
                onClick={() => onOpen(c.file)}
              >
                {t('conflicts.compare')}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
