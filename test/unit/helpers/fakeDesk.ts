// A story session wired to a desk whose answers the test gives by hand (saves, reads, keep both).
import { vi } from 'vitest';
import type { StoryWithRevision } from '../../../shared/api';
import { newStory, type Story } from '../../../shared/story';
import { StorySession } from '../../../renderer/src/session/storySession';

interface Pending<T> {
  resolve(value: T): void;
  reject(e: unknown): void;
}

export function fakeDesk(opened: StoryWithRevision) {
  const saves: Array<{ story: Story; base: string } & Pending<{ revision: string; updatedAt: string; file: string }>> = [];
  const reads: Array<Pending<StoryWithRevision>> = [];
  const asNew: Array<{ story: Story } & Pending<StoryWithRevision>> = [];
  let composing = false;
  const session = new StorySession(opened.story.id, opened, {
    save: (_id, story, base) => new Promise((resolve, reject) => saves.push({ story, base, resolve, reject })),
    read: () => new Promise((resolve, reject) => reads.push({ resolve, reject })),
    saveAsNew: (story) => new Promise((resolve, reject) => asNew.push({ story, resolve, reject })),
    setTimer: (run, ms) => {
      const t = setTimeout(run, ms);
      return () => clearTimeout(t);
    },
    now: () => Date.now(),
  });
  session.setCompositionProbe(() => composing);
  return {
    session,
    saves,
    reads,
    asNew,
    setComposing(v: boolean) {
      composing = v;
    },
  };
}

export const rev = (n: number) => n.toString(16).padStart(16, '0');
export const settle = () => vi.advanceTimersByTimeAsync(0);

export function opened(fields: Partial<Story> = {}): StoryWithRevision {
  return {
    story: newStory({ headline: '旧标题', ...fields }, { id: 'story-1', now: new Date('2024-05-08T08:00:00Z') }),
    revision: rev(1),
    file: 'a.story.json',
  };
}
