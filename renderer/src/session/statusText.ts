// Which words the status line says for a story session's state (pure: the catalog key and its values).
import type { AppMessageKey } from '../i18n/app';
import type { DeskFailure } from '../shell/errors';
import type { SessionView } from './saveTypes';

export interface StatusMessage {
  key: AppMessageKey;
  values?: Record<string, string>;
  /** Worth the reporter's attention (drawn as a warning). */
  alert: boolean;
  /** The reason as a catalog key (a disk fault), to be said in the interface's language instead of values.reason. */
  reasonKey?: AppMessageKey;
  /** A refusal from the desk, to be worded in the interface's language (failureText) instead of values.reason. */
  failure?: DeskFailure;
}

type StatusInput = Pick<SessionView, 'phase' | 'dirty' | 'inFlight' | 'savedAt' | 'notice'>;

/** The status line for a session; `time` formats an ISO time for the interface's language. */
export function statusMessage(view: StatusInput, time: (iso: string) => string): StatusMessage {
  const { phase } = view;
  switch (phase.kind) {
    case 'gone':
      return { key: phase.reason === 'removed' ? 'status.removed' : 'status.unreadable', alert: true };
    case 'conflict':
      return { key: 'status.conflict', alert: true };
    case 'failed':
      return { key: 'status.failed', values: { reason: phase.message }, alert: true, ...(phase.failure ? { failure: phase.failure } : {}) };
    case 'retrying':
      return {
        key: 'status.retrying',
        values: { reason: phase.message },
        alert: true,
        ...(phase.fault ? { reasonKey: `fault.${phase.fault}` as AppMessageKey } : {}),
      };
    case 'ok':
      break;
  }
  if (view.dirty || view.inFlight) return { key: 'status.saving', alert: false };
  if (view.notice === 'reloaded') return { key: 'status.reloaded', values: { time: time(view.savedAt) }, alert: false };
  return { key: 'status.saved', values: { time: time(view.savedAt) }, alert: false };
}
