// Failures from the desk as plain data (over Electron IPC they arrive as plain objects, so read `code`, never instanceof), worded in the interface's language.
import type { StoryWithRevision } from '../../../shared/api';
import { FAULTS, REASONS, type ErrorCode, type Fault, type Reason, type ReasonParams } from '../../../shared/apiError';
import type { Translate } from '../i18n/translate';

export interface DeskFailure {
  code: ErrorCode | 'unknown';
  /** The service's English words: for logs, and the fallback when there is no reason to word. */
  message: string;
  current?: StoryWithRevision;
  retrying?: boolean;
  /** io: the kind of disk fault, said in the interface's language. */
  fault?: Fault;
  /** Why, said in the interface's language with `params`. */
  reason?: Reason;
  params?: ReasonParams;
}

const CODES: readonly string[] = ['not-found', 'conflict', 'invalid', 'io', 'unreadable', 'refused'];

function paramsOf(value: unknown): ReasonParams | undefined {
  if (value === null || typeof value !== 'object') return undefined;
  const out: ReasonParams = {};
  for (const [k, v] of Object.entries(value)) if (typeof v === 'string' || typeof v === 'number') out[k] = v;
  return out;
}

/** Reads whatever was thrown (ApiError, a plain `{code, message}` object, an Error, a string) as a failure. */
export function failureOf(e: unknown): DeskFailure {
  if (e !== null && typeof e === 'object') {
    const o = e as {
      code?: unknown;
      message?: unknown;
      current?: unknown;
      retrying?: unknown;
      fault?: unknown;
      reason?: unknown;
      params?: unknown;
    };
    const code = typeof o.code === 'string' && CODES.includes(o.code) ? (o.code as ErrorCode) : 'unknown';
    const message = typeof o.message === 'string' && o.message !== '' ? o.message : String(e);
    const params = paramsOf(o.params);
    return {
      code,
      message,
      ...(o.current && typeof o.current === 'object' ? { current: o.current as StoryWithRevision } : {}),
      ...(typeof o.retrying === 'boolean' ? { retrying: o.retrying } : {}),
      ...(typeof o.fault === 'string' && (FAULTS as readonly string[]).includes(o.fault) ? { fault: o.fault as Fault } : {}),
      ...(typeof o.reason === 'string' && (REASONS as readonly string[]).includes(o.reason) ? { reason: o.reason as Reason } : {}),
      ...(params ? { params } : {}),
    };
  }
  return { code: 'unknown', message: String(e) };
}

/** The kinds of refused photo format whose advice has a text of its own (electron/services/photos/formats.ts). */
const PHOTO_KINDS = ['heic', 'raw', 'named'] as const;

/** Params that are words of the interface (a field, an encoding, what a story lacks): said in its language too. */
function wordedParams(params: ReasonParams, t: Translate): ReasonParams {
  const out: ReasonParams = { ...params };
  if (typeof params.field === 'string') out.field = t(`field.${params.field}` as Parameters<Translate>[0]);
  if (typeof params.encoding === 'string') out.encoding = t(`export.encoding.${params.encoding}` as Parameters<Translate>[0]);
  if (typeof params.missing === 'string') out.missing = t(`refusal.missing.${params.missing}` as Parameters<Translate>[0]);
  if (typeof params.headline === 'string' && params.headline.trim() === '') out.headline = t('library.noHeadline');
  return out;
}

/**
 * A failure in the interface's language: a reason with its params, else a disk fault by its kind; the service's own
 * (English) words only when neither came with it.
 */
export function failureText(e: unknown, t: Translate): string {
  const failure = failureOf(e);
  if (failure.reason) {
    const params = failure.params ?? {};
    // a story without a headline is named by its place alone
    const untitled = failure.reason === 'incomplete' && typeof params.headline === 'string' && params.headline.trim() === '';
    // a refused photo's advice fits its kind of format (an iPhone's HEIC, a camera's raw file, any other)
    const photoKind =
      failure.reason === 'photoFormat' && typeof params.kind === 'string' ? PHOTO_KINDS.find((k) => k === params.kind) : undefined;
    const key = untitled
      ? 'refusal.incomplete.untitled'
      : photoKind
        ? (`refusal.photoFormat.${photoKind}` as const)
        : (`refusal.${failure.reason}` as const);
    const text = t(key, wordedParams(params, t));
    const more =
      typeof failure.params?.more === 'number' && failure.params.more > 0 ? t('refusal.more', { more: failure.params.more }) : '';
    return text + more;
  }
  if (failure.fault) return t(`fault.${failure.fault}`);
  return failure.message;
}
