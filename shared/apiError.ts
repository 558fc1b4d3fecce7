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

/**
 * Why the service (or the host) refused or failed, for the interface to word in its own language with `params`
 * (the English `message` stays for logs and as a fallback). Each one has a text in the renderer's catalogs.
 */
export const REASONS = [
  // stories
  'storyGone',
  'storyChanged',
  'storyRemovedMeanwhile',
  'storyReplaced',
  'storyUnreadable',
  'storyIdMismatch',
  'storyIdTaken',
  'noFreeName',
  // photos in the library (the image service's refusals are its own)
  'photoDiskFull',
  'photoMissing',
  'photoAltered',
  'photoNotOnStory',
  'photoUnreadable',
  // export
  'incomplete',
  'unencodable',
  'unencodableInStory',
  'outsideCharacterSet',
  'noHouseStyle',
  'packageExists',
  'packageFolderMissing',
  // sending to the desk (the outbox)
  'noDestination',
  'destinationUnknown',
  'destinationNameTaken',
  'destinationDefaultUnknown',
  'smtpPasswordNeeded',
  'smtpAuth',
  'smtpRefused',
  'smtpCertificate',
  'smtpNotLoopback',
  'outboxItemGone',
  // import
  'pageUtf16',
  'pageNul',
  'pageNotText',
  'pageLegacyWord',
  'pagePasswordProtected',
  'pageNotDocx',
  'pageDocxTooBig',
  // photos (electron/services/photos)
  'photoFormat',
  'photoDamaged',
  'photoTooBig',
  'photoEmpty',
  // the library's files
  'notLibraryFile',
  'fileReadable',
  'bulletinGone',
  'bulletinChanged',
  'bulletinIdMismatch',
  'bulletinUnreadable',
  'snapshotUnknown',
  'snapshotGone',
  'snapshotUnreadable',
  'notInTrash',
  'trashGone',
  'trashUnreadable',
  'notAConflictCopy',
  'conflictCopyGone',
  'conflictCopyChanged',
  'storyChangedSinceCompared',
  'preferencesInvalid',
  // proof
  'proofPdfInBrowser',
  'proofWindowGone',
  'proofPdfExists',
  'proofPdfFailed',
  // the boundary and the host
  'invalidInput',
  'noSuchCall',
  'unexpected',
  'noToken',
  'tokenExpired',
  'hostGone',
  'requestTooLarge',
  'requestTooSlow',
  'hostAnswered',
] as const;
export type Reason = (typeof REASONS)[number];
/** What a reason's text is made of: a story's position and headline, a file's name, a character, a field. */
export type ReasonParams = Record<string, string | number>;

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
  /** Why, for the interface to say in its language. */
  reason?: Reason | undefined;
  /** What the reason's text is made of. */
  params?: ReasonParams | undefined;
}

/** A failure that crosses the boundary as data and is thrown again on the other side. */
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly current?: StoryWithRevision;
  readonly retrying?: boolean;
  readonly fault?: Fault;
  readonly reason?: Reason;
  readonly params?: ReasonParams;
  constructor(data: ApiErrorData) {
    super(data.message);
    this.name = 'ApiError';
    this.code = data.code;
    if (data.current) this.current = data.current;
    if (data.retrying !== undefined) this.retrying = data.retrying;
    if (data.fault !== undefined) this.fault = data.fault;
    if (data.reason !== undefined) this.reason = data.reason;
    if (data.params !== undefined) this.params = data.params;
  }
  toData(): ApiErrorData {
    return {
      code: this.code,
      message: this.message,
      ...(this.current ? { current: this.current } : {}),
      ...(this.retrying !== undefined ? { retrying: this.retrying } : {}),
      ...(this.fault !== undefined ? { fault: this.fault } : {}),
      ...(this.reason !== undefined ? { reason: this.reason } : {}),
      ...(this.params !== undefined ? { params: this.params } : {}),
    };
  }
}
