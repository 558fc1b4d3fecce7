// The browser bridge's reading of a host's answer as a Result, without zod (part of the page's first, small script).
import type { ApiErrorData } from '../../../shared/api';
import { ERROR_CODES, FAULTS, REASONS } from '../../../shared/apiError';

/**
 * Reads a host's answer as a Result. The host validated the call and built the answer; this only makes sure it
 * has the Result's shape.
 */
export function readResult(body: unknown): { ok: true; value: unknown } | { ok: false; error: ApiErrorData } | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const answer = body as { ok?: unknown; value?: unknown; error?: unknown };
  if (answer.ok === true) return 'value' in answer ? { ok: true, value: answer.value } : undefined;
  if (answer.ok !== false || typeof answer.error !== 'object' || answer.error === null) return undefined;
  const e = answer.error as {
    code?: unknown;
    message?: unknown;
    current?: unknown;
    retrying?: unknown;
    fault?: unknown;
    reason?: unknown;
    params?: unknown;
  };
  if (typeof e.message !== 'string' || !(ERROR_CODES as readonly unknown[]).includes(e.code)) return undefined;
  const current = e.current as ApiErrorData['current'] | undefined;
  if (
    current !== undefined &&
    (typeof current !== 'object' || current === null || typeof current.revision !== 'string' || typeof current.story !== 'object')
  )
    return undefined;
  if (e.retrying !== undefined && typeof e.retrying !== 'boolean') return undefined;
  if (e.fault !== undefined && !(FAULTS as readonly unknown[]).includes(e.fault)) return undefined;
  if (e.reason !== undefined && !(REASONS as readonly unknown[]).includes(e.reason)) return undefined;
  if (e.params !== undefined && (typeof e.params !== 'object' || e.params === null)) return undefined;
  return { ok: false, error: e as ApiErrorData };
}
