// Files of the library that cannot be read: listed apart with their reason, never opened; moved aside on request.
import { useState } from 'react';
import type { BulletinDeskApi, UnreadableFile } from '../../../shared/api';
import { useT } from '../i18n/index';
import { failureText } from '../shell/errors';

interface Props {
  api: BulletinDeskApi;
  files: readonly UnreadableFile[];
}

/** A file moved aside leaves the list by the library's own event (story.removed), like any other change. */
export function UnreadableFiles({ api, files }: Props) {
  const t = useT();
  const [message, setMessage] = useState('');
  if (files.length === 0 && message === '') return null;

  const moveAside = (file: string) => {
    api.call('unreadable.moveAside', { file }).then(
      ({ movedTo }) => setMessage(t('library.movedAside', { path: movedTo })),
      (e: unknown) => setMessage(t('library.moveFailed', { reason: failureText(e, t) })),
    );
  };

  return (
    <section className="unreadable" aria-labelledby="unreadable-heading">
      <h2 id="unreadable-heading">{t('library.unreadable')}</h2>
      {files.length > 0 && <p className="quiet">{t('library.unreadableHelp')}</p>}
      <ul>
        {files.map((f) => (
          <li key={f.file}>
            <span className="unreadable-file">{f.file}</span>
            <span className="unreadable-reason">
              {f.problem
                ? t(`library.problem.${f.problem}`, { size: ((f.size ?? 0) / (1024 * 1024)).toFixed(1), version: f.version ?? '' })
                : f.reason}
              {f.newer && ` (${t('library.newer')})`}
            </span>
            {!f.newer && f.problem !== 'folder' && (
              <button
                type="button"
                className="small"
                aria-label={t('library.moveAsideLabel', { file: f.file })}
                onClick={() => moveAside(f.file)}
              >
                {t('library.moveAside')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <p className="quiet" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
