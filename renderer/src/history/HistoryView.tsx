// A story's history: its snapshots on a timeline, one compared with the current text per character, and restore.
import type { BulletinDeskApi } from '../../../shared/api';
import type { StorySession } from '../session/storySession';

export interface HistoryViewProps {
  api: BulletinDeskApi;
  /** The open story's session (restore goes through it, so the form shows the restored text). */
  session: StorySession;
  onClose(): void;
}

export function HistoryView(_props: HistoryViewProps) {
  return <main className="editor" />;
}
