// The next new story made ahead while the desk is idle with no story open: its form waits unseen, so New story only shows it.
import { startTransition, useCallback, useEffect, useMemo, useState } from 'react';
import type { Preferences } from '../../../shared/api';
import type { HouseStyle } from '../../../shared/houseStyle';
import { newStory, reporterByline, type Story } from '../../../shared/story';
import type { SessionManager } from '../session/sessions';
import type { StorySession } from '../session/storySession';

/** How long the desk may stay busy before the story is prepared anyway (idle callbacks can starve). */
const IDLE_TIMEOUT_MS = 1000;

interface Prepared {
  session: StorySession;
  /** The house dateline and the reporter's byline it was made with: another one is made when they change. */
  defaults: string;
}

/**
 * `wanted`: no story is open, so the form can wait in the story's place. Answers the prepared session to draw unseen
 * (undefined until it is made), and `take`, which gives it up for New story (or makes one at once, when none is ready).
 */
export function usePreparedStory(manager: SessionManager, houseStyle: HouseStyle, reporter: Preferences['reporter'], wanted: boolean) {
  const datelineLabel = houseStyle.datelineLabel;
  const byline = useMemo(() => reporterByline(reporter), [reporter]);
  const defaults = `${datelineLabel}\n${JSON.stringify(byline)}`;
  const make = useCallback((): Story => newStory({}, { dateline: datelineLabel, byline }), [datelineLabel, byline]);
  const [prepared, setPrepared] = useState<Prepared | undefined>(undefined);
  const ready = prepared?.defaults === defaults ? prepared.session : undefined;

  useEffect(() => {
    if (!wanted || ready) return;
    // made in a transition: a key pressed meanwhile is answered first
    const prepare = () => startTransition(() => setPrepared({ session: manager.prepareNew(make()), defaults }));
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(prepare, 0);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(prepare, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(idle);
  }, [wanted, ready, manager, make, defaults]);

  const take = useCallback((): StorySession => {
    setPrepared(undefined);
    return ready ?? manager.prepareNew(make());
  }, [ready, manager, make]);

  return { prepared: wanted ? ready : undefined, take };
}
