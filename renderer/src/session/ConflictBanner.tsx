// The banner that asks what to do when the open story changed on disk or left the library while it had edits here.
import { useT } from '../i18n/index';
import { failureText } from '../shell/errors';
import type { SessionView } from './saveTypes';
import './session.css';

interface Props {
  view: SessionView;
  onReloadTheirs(): void;
  onKeepMine(): void;
  onKeepBoth(): void;
}

export function ConflictBanner({ view, onReloadTheirs, onKeepMine, onKeepBoth }: Props) {
  const t = useT();
  const { phase } = view;
  if (phase.kind !== 'conflict' && phase.kind !== 'gone') return null;
  const busy = view.resolving === true;
  return (
    <div className="banner" role="alert">
      {phase.kind === 'conflict' ? (
        <>
          <p>{t('conflict.message')}</p>
          <p className="quiet">{t('conflict.help')}</p>
          <div className="banner-actions">
            <button type="button" disabled={busy} onClick={onReloadTheirs}>
              {t('conflict.reloadTheirs')}
            </button>
            <button type="button" disabled={busy} onClick={onKeepMine}>
              {t('conflict.keepMine')}
            </button>
            <button type="button" disabled={busy} onClick={onKeepBoth}>
              {t('conflict.keepBoth')}
            </button>
          </div>
        </>
      ) : (
        <>
          <p>{t(phase.reason === 'removed' ? 'conflict.removed' : 'conflict.unreadable')}</p>
          <p className="quiet">{t('conflict.goneHelp')}</p>
          <div className="banner-actions">
            {/* the file is gone: keeping mine means saving it as a new story */}
            <button type="button" disabled={busy} onClick={onKeepBoth}>
              {t('conflict.keepMine')}
            </button>
          </div>
        </>
      )}
      {busy && <p className="quiet">{t('conflict.working')}</p>}
      {view.resolveError && <p className="problem">{t('conflict.failed', { reason: failureText(view.resolveError, t) })}</p>}
    </div>
  );
}
