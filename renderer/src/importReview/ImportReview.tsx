// Import review: a plain-text page's stories beside its source lines, corrected by the reporter, written only on confirm.
import type { BulletinDeskApi } from '../../../shared/api';

export interface ImportReviewProps {
  api: BulletinDeskApi;
  /** A page dropped on the window; none: the view asks for one. */
  file: File | undefined;
  /** The drafts were written (and the bulletin, when asked for). */
  onWritten(result: { stories: string[]; bulletin?: string }): void;
  onClose(): void;
}

export function ImportReview(_props: ImportReviewProps) {
  return <main className="editor" />;
}
