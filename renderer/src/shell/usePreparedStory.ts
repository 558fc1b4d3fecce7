// The next new story made ahead while the desk is idle with no story open: its form waits unseen, so New story only shows it.
import { useCallback, useLayoutEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import type { Preferences } from '../../../shared/api';
import type { HouseStyle } from '../../../shared/houseStyle';
import { newStory, reporterByline, type Story } from '../../../shared/story';
import type { SessionManager } from '../session/sessions';
import type { StorySession } from '../session/storySession';

interface Prepared {
  session: StorySession;
  /** The house dateline and the reporter's byline it was made with: another one is made when they change. */
  defaults: string;
}

/**
 * `wanted`: no story is open, so the form can wait in the story's place. Answers the prepared session to draw unseen
 * (undefined until it is made), and `take`, which gives it up for New story (or makes one at once, when none is ready).
 */
export function usePreparedStory(
  manager: SessionManager,
  houseStyle: HouseStyle,
  reporter: Preferences['reporter'],
  wanted: boolean,
  /** Lays the prepared form out at once (the desk reads its place), so that showing it later lays out nothing. */
  laidOut?: () => void,
) {
  const datelineLabel = houseStyle.datelineLabel;
  const byline = useMemo(() => reporterByline(reporter), [reporter]);
  const defaults = `${datelineLabel}\n${JSON.stringify(byline)}`;
  const make = useCallback((): Story => newStory({}, { dateline: datelineLabel, byline }), [datelineLabel, byline]);
  const [prepared, setPrepared] = useState<Prepared | undefined>(undefined);
  const ready = prepared?.defaults === defaults ? prepared.session : undefined;

  // asked for as the desk is committed (a layout effect): the frame asked for is the one that draws the desk, and the
  // form is made in the task right after that frame is drawn, not after React's passive effects and one more frame
  useLayoutEffect(() => {
    if (!wanted || ready) return;
    // made in one go in the task after the frame that showed the desk: the reporter sees the desk first, and New
    // story finds the form made and laid out (her first key comes long after these 40–80 ms). Made bit by bit in a
    // transition instead, a key pressed meanwhile met a form half made and made another one from the start.
    let timer: number | undefined;
    const frame = window.requestAnimationFrame(() => {
      timer = window.setTimeout(() => {
        flushSync(() => setPrepared({ session: manager.prepareNew(make()), defaults }));
        laidOut?.();
      }, 0);
    });
    return () => {
      window.cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, [wanted, ready, manager, make, defaults, laidOut]);

  const take = useCallback((): StorySession => {
    setPrepared(undefined);
    return ready ?? manager.prepareNew(make());
  }, [ready, manager, make]);

  return { prepared: wanted ? ready : undefined, take };
}
