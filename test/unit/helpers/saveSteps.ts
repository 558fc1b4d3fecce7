// Driving the pure save machine by hand: a story opened at rev(1), events applied in turn on frozen states.
import type { StoryWithRevision } from '../../../shared/api';
import { newStory, type Story } from '../../../shared/story';
import { step, type Step } from '../../../renderer/src/session/saveMachine';
import { openedState, type SaveEffect, type SaveEvent, type SaveState } from '../../../renderer/src/session/saveState';

export const T0 = Date.parse('2024-05-08T09:00:00Z');
export const rev = (n: number) => n.toString(16).padStart(16, '0');
export const story: Story = newStory({ headline: '旧标题' }, { id: 'story-1', now: new Date('2024-05-08T08:00:00Z') });
export const mine = (headline: string): Story => ({ ...story, headline });
export const onDisk = (headline: string, n: number): StoryWithRevision => ({
  story: { ...story, headline, updatedAt: `2024-05-08T10:00:0${n % 10}.000Z` },
  revision: rev(n),
  file: 'a.story.json',
});
export const edit = (headline: string): SaveEvent => ({ type: 'edit', story: mine(headline) });

export function opened(): SaveState {
  return openedState('story-1', { story, revision: rev(1), file: 'a.story.json' });
}

/** Freezes a state through and through: a transition that changed the state it was given would throw. */
function frozen<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) frozen(v);
  }
  return value;
}

/** Applies the events in turn, each at `now` (ms), and answers the last step (its state and effects). */
export function after(state: SaveState, events: SaveEvent[], now = T0): Step {
  let last: Step = { state, effects: [] };
  for (const event of events) last = step(frozen(last.state), event, now);
  return last;
}

export function effect<K extends SaveEffect['type']>(effects: SaveEffect[], type: K): Extract<SaveEffect, { type: K }> | undefined {
  return effects.find((e): e is Extract<SaveEffect, { type: K }> => e.type === type);
}

/** The one save the step sends (fails the test when there is none). */
export function sent(s: Step): Extract<SaveEffect, { type: 'save' }> {
  const save = effect(s.effects, 'save');
  if (!save) throw new Error(`no save among ${JSON.stringify(s.effects.map((e) => e.type))}`);
  return save;
}

/** A step that sends the pending edit (flush), then the disk's answer to it. */
export function saveAnswered(state: SaveState, n: number, now = T0): Step {
  const flushed = after(state, [{ type: 'flush' }], now);
  const save = sent(flushed);
  return after(
    flushed.state,
    [
      {
        type: 'save-answered',
        sent: save.sent,
        answer: { revision: rev(n), updatedAt: `2024-05-08T09:00:0${n % 10}.000Z`, file: 'a.story.json' },
      },
    ],
    now,
  );
}

export const timers = (s: Step) => s.effects.filter((e) => e.type === 'set-timer').map((e) => (e as { timer: string; ms: number }).timer);
