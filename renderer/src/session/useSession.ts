// A story session's view as React state.
import { useSyncExternalStore } from 'react';
import type { SessionView } from './saveTypes';
import type { StorySession } from './storySession';

export function useSessionView(session: StorySession): SessionView {
  return useSyncExternalStore(session.subscribe, session.getView);
}
