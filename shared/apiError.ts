// The typed failure that crosses the boundary (error codes, disk faults, ApiError) without zod, so the renderer's first script stays small.
import type { StoryWithRevision } from './api';

export const ERROR_CODES = ['not-found', 'conflict', 'invalid', 'io', 'unreadable', 'refused'] as const;
/** What kind of disk fault an `io` error is, so the interface can say it in its own language. */
export const FAULTS = [
  'disk-full',
  'permission',
  'read-only',
  'folder-gone',
  'disk-error',
  'busy',
  'locked',
  'unsafe-folder',
  'other',
] as const;
export type Fault = (typeof FAULTS)[number];
export type ErrorCode = (typeof ERROR_CODES)[number];

/** A failure as data (`apiErrorSchema` in api.ts validates it). */
export interface ApiErrorData {
  code: ErrorCode;
  /** For the user: what is wrong and what to do. */
  message: string;
  /** conflict: the version on disk now. */
  current?: StoryWithRevision | undefined;
  /** io: the service keeps the edit and retries the save by itself. */
  retrying?: boolean | undefined;
  /** io: the kind of disk fault. */
  fault?: Fault | undefined;
}

/** A failure that crosses the boundary as data and is thrown again on the other side. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly current?: StoryWithRevision;
  readonly retrying?: boolean;
  readonly fault?: Fault;
  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    if (data.current) this.current = data.current;
    if (data.retrying !== undefined) this.retrying = data.retrying;
    if (data.fault !== undefined) this.fault = data.fault;
  }
  toData(): ApiErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.current ? { current: this.current } : {}),
      ...(this.retrying !== undefined ? { retrying: this.retrying } : {}),
      ...(this.fault !== undefined ? { fault: this.fault } : {}),
    };
  }
}
