// Failures from the desk as plain data: over Electron IPC they arrive as plain objects, so read `code`, never instanceof.
import type { StoryWithRevision } from '../../../shared/api';
import { FAULTS, type ErrorCode, type Fault } from '../../../shared/apiError';

export interface DeskFailure {
  code: ErrorCode | 'unknown';
  message: string;
  current?: StoryWithRevision;
  retrying?: boolean;
  /** io: the kind of disk fault, said in the interface's language. */
  fault?: Fault;
}

const CODES: readonly string[] = ['not-found', 'conflict', 'invalid', 'io', 'unreadable', 'refused'];

/** Reads whatever was thrown (ApiError, a plain `{code, message}` object, an Error, a string) as a failure. */
export function failureOf(e: unknown): DeskFailure {
  if (e !== null && typeof e === 'object') {
    const o = e as { code?: unknown; message?: unknown; current?: unknown; retrying?: unknown; fault?: unknown };
    const code = typeof o.code === 'string' && CODES.includes(o.code) ? (o.code as ErrorCode) : 'unknown';
    const message = typeof o.message === 'string' && o.message !== '' ? o.message : String(e);
    return {
      code,
      message,
      ...(o.current && typeof o.current === 'object' ? { current: o.current as StoryWithRevision } : {}),
      ...(typeof o.retrying === 'boolean' ? { retrying: o.retrying } : {}),
      ...(typeof o.fault === 'string' && (FAULTS as readonly string[]).includes(o.fault) ? { fault: o.fault as Fault } : {}),
    };
  }
  return { code: 'unknown', message: String(e) };
}

/** A failure in the interface's language: a disk fault by its kind, otherwise the service's own words. */
export function failureText(e: unknown, t: (key: `fault.${Fault}`) => string): string {
  const failure = failureOf(e);
  return failure.fault ? t(`fault.${failure.fault}`) : failure.message;
}
