// The story form made once, unseen, while the desk is idle after it is drawn, then thrown away: the first New story then opens at the speed of the later ones.
import { startTransition, useEffect, useState } from 'react';
import type { HouseStyle } from '../../../shared/houseStyle';
import { newStory, type Story } from '../../../shared/story';
import { StoryForm } from '../editor/StoryForm';

/**
 * A page's first story form costs twice what later ones do: the script's functions run for the first time (and are
 * compiled then), the form's styles are matched for the first time. Doing it once while idle takes that out of the
 * reporter's first Ctrl+N. The rehearsal is made in a transition, so a key pressed meanwhile is handled at once.
 */
let rehearsed = false;

/** How long the desk may stay busy before the rehearsal runs anyway (idle callbacks can starve). */
const IDLE_TIMEOUT_MS = 1000;

const noChange = () => undefined;

/** Every kind of field filled a little, so that each field's code runs once. */
function rehearsalStory(houseStyle: HouseStyle): Story {
  return newStory(
    {
      kicker: '引题',
      headline: '社区义诊进小区',
      subheadline: '副题',
      body: [
        { type: 'paragraph', text: '本报讯 昨日上午，社区卫生服务中心走进小区开展义诊。' },
        { type: 'subheading', text: '小标题' },
        { type: 'paragraph', text: '共有120名居民参加。' },
      ],
      notes: '备忘',
    },
    { id: 'form-rehearsal', dateline: houseStyle.datelineLabel, byline: [{ role: '记者', names: ['王小明'], credit: '' }] },
  );
}

/** Shown in the story's empty place: nothing the reporter sees or reaches, and nothing once the rehearsal is over. */
export function FormWarmUp({ houseStyle }: { houseStyle: HouseStyle }) {
  const [stage, setStage] = useState<'waiting' | 'mounted' | 'done'>(() => (rehearsed ? 'done' : 'waiting'));

  useEffect(() => {
    if (stage !== 'waiting') return;
    const start = () => startTransition(() => setStage('mounted'));
    if (typeof window.requestIdleCallback !== 'function') {
      const timer = window.setTimeout(start, 0);
      return () => window.clearTimeout(timer);
    }
    const idle = window.requestIdleCallback(start, { timeout: IDLE_TIMEOUT_MS });
    return () => window.cancelIdleCallback(idle);
  }, [stage]);

  if (stage !== 'mounted') return null;
  return (
    <div className="form-rehearsal" aria-hidden="true" inert>
      <StoryForm
        initial={rehearsalStory(houseStyle)}
        onChange={noChange}
        houseStyle={houseStyle}
        rehearsal
        onReady={() => {
          rehearsed = true;
          // thrown away after its first frame was laid out (styles matched), in a later task
          requestAnimationFrame(() => window.setTimeout(() => startTransition(() => setStage('done')), 0));
        }}
      />
    </div>
  );
}
