// Disk faults told in words a reporter understands: what happened and what to do.
import { ApiError, type ErrorCode, type Fault } from '../../../shared/api';
import type { Reason, ReasonParams } from '../../../shared/apiError';

/** The kind of a disk fault, for the interface to say in its own language. */
export function faultOf(e: unknown): Fault {
  switch ((e as NodeJS.ErrnoException).code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return 'disk-full';
    case 'EACCES':
    case 'EPERM':
      return 'permission';
    case 'EROFS':
      return 'read-only';
    case 'ENOENT':
      return 'folder-gone';
    case 'EIO':
      return 'disk-error';
    case 'EMFILE':
    case 'ENFILE':
    case 'EBUSY':
    case 'EAGAIN':
      return 'busy';
    case 'ELOCKED':
      return 'locked';
    case 'EUNSAFE':
      return 'unsafe-folder';
    default:
      return 'other';
  }
}

/** A message for an I/O failure on `what` (a file or the library folder). */
export function describeFault(e: unknown, what: string): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case 'ENOSPC':
    case 'EDQUOT':
      return `the disk is full (writing ${what}); free some space and it will be saved`;
    case 'EACCES':
    case 'EPERM':
      return `permission denied on ${what}; check that the folder can be written to`;
    case 'EROFS':
      return `the disk is read-only (${what}); choose a library folder that can be written to`;
    case 'ENOENT':
      return `the library folder is not there (${what}); is its drive unplugged? Plug it in and it will be saved`;
    case 'EIO':
      return `the disk reported an error (${what}); check the drive`;
    case 'EMFILE':
    case 'ENFILE':
      return `too many files are open (${what}); it will be tried again`;
    case 'ELOCKED':
      return `${(e as Error).message} (${what}); it will be tried again`;
    case 'EUNSAFE':
      return (e as Error).message;
    default:
      return `${what} could not be written (${(e as Error).message ?? String(e)})`;
  }
}

/** True for failures that may pass (space freed, drive plugged in): the save is kept and retried. */
export function isTransient(e: unknown): boolean {
  const code = (e as NodeJS.ErrnoException).code;
  return ['ENOSPC', 'EDQUOT', 'EACCES', 'EPERM', 'EROFS', 'ENOENT', 'EIO', 'EMFILE', 'ENFILE', 'EBUSY', 'EAGAIN', 'ELOCKED'].includes(
    code ?? '',
  );
}

export function ioError(e: unknown, what: string, retrying = false): ApiError {
  if (e instanceof ApiError) return e;
  return new ApiError({ code: 'io', message: describeFault(e, what), retrying, fault: faultOf(e) });
}

/** A refusal the interface words by its reason and params; the English message is kept for logs. */
export function refusal(code: ErrorCode, reason: Reason, message: string, params?: ReasonParams): ApiError {
  return new ApiError({ code, message, reason, ...(params ? { params } : {}) });
}
