// A refused photo as the desk's refusal: its reason, the file's name and format, and which advice the interface words.
import { ApiError } from '../../../shared/apiError';
import { MAX_PHOTO_BYTES, MAX_PHOTO_PIXELS, type PhotoCheck } from './check';
import { refusedKind } from './formats';

type Refused = Extract<PhotoCheck, { ok: false }>;

/** The service's English words for the log (the interface words the refusal itself, from reason and params). */
function englishWords(check: Refused): string {
  const file = check.fileName;
  switch (check.reason) {
    case 'photoEmpty':
      return `${file} is empty`;
    case 'photoTooBig':
      return `${file} is larger than ${MAX_PHOTO_BYTES / 1024 / 1024} MB or ${MAX_PHOTO_PIXELS / 1_000_000} megapixels`;
    case 'photoDamaged':
      return `${file} is a damaged ${check.format ?? 'image'}: its pixels cannot all be read`;
    case 'photoFormat':
      return check.format ? `${file} is ${check.format}, not JPEG, PNG or WebP` : `${file} is not an image Bulletin Desk reads`;
  }
}

/**
 * The refusal for a photo `checkPhoto` refused: params `file` (its name), `format` (what it is, when known), for
 * photoFormat `kind` (heic, raw or named: which advice fits), for photoTooBig the file size limit `mb`.
 */
export function photoRefusal(check: Refused): ApiError {
  const kind = check.reason === 'photoFormat' ? refusedKind(check.format) : undefined;
  return new ApiError({
    code: 'refused',
    message: englishWords(check),
    reason: check.reason,
    params: {
      file: check.fileName,
      ...(check.format !== undefined ? { format: check.format } : {}),
      ...(kind ? { kind } : {}),
      ...(check.reason === 'photoTooBig' ? { mb: MAX_PHOTO_BYTES / 1024 / 1024 } : {}),
    },
  });
}
