// The form's hub: edits go out whole, only when no field is composing, and Enter's next field follows the page's order.
import { describe, expect, it } from 'vitest';
import { newStory, type Story } from '../../shared/story';
import { createFieldHost } from '../../renderer/src/editor/fieldHost';

function setup() {
  const sent: Story[] = [];
  const host = createFieldHost(newStory({}, { id: 'host-test' }), 'f', (s) => sent.push(s));
  let composing = false;
  const focused: string[] = [];
  for (const field of ['kicker', 'headline', 'subheadline', 'dateline', 'byline', 'body', 'notes'] as const) {
    host.register(field, { focus: () => focused.push(field), isComposing: () => field === 'headline' && composing });
  }
  return { host, sent, focused, compose: (on: boolean) => (composing = on) };
}

describe('createFieldHost', () => {
  it('holds the story back while a photo caption is composing, and sends its photos once the composition ends', () => {
    const { host, sent } = setup();
    let captionComposing = true;
    const withdraw = host.watchComposing(() => captionComposing);
    host.commit('headline', '社区义诊');
    expect(host.isComposing()).toBe(true);
    expect(sent).toHaveLength(0);
    captionComposing = false;
    const photos = [{ file: `${'a'.repeat(64)}.jpg`, caption: '义诊现场', credit: '记者 张明 摄', width: 64, height: 48 }];
    host.commit('photos', photos);
    expect(sent).toHaveLength(1);
    expect(sent[0]?.photos).toEqual(photos);
    expect(sent[0]?.headline).toBe('社区义诊');
    captionComposing = true;
    withdraw();
    expect(host.isComposing()).toBe(false);
  });
  it('sends the whole story after each change', () => {
    const { host, sent } = setup();
    host.commit('headline', '举办开放日');
    host.commit('body', [{ type: 'paragraph', text: '本报讯。' }]);
    expect(sent).toHaveLength(2);
    expect(sent[1]?.headline).toBe('举办开放日');
    expect(sent[1]?.body).toEqual([{ type: 'paragraph', text: '本报讯。' }]);
    expect(host.story().headline).toBe('举办开放日');
  });
  it('sends nothing when a value did not change', () => {
    const { host, sent } = setup();
    host.commit('dateline', '本报讯');
    host.commit('byline', []);
    expect(sent).toHaveLength(0);
  });
  it('holds a change back while any field is composing, and sends it with the next commit after it ends', () => {
    const { host, sent, compose } = setup();
    compose(true);
    host.commit('status', 'ready');
    expect(sent).toHaveLength(0);
    expect(host.isComposing()).toBe(true);
    compose(false);
    // the composing field commits its (unchanged) text when its composition ends
    host.commit('headline', '');
    expect(sent).toHaveLength(1);
    expect(sent[0]?.status).toBe('ready');
    host.commit('headline', '');
    expect(sent).toHaveLength(1);
  });
  it('moves to the next field in the page order, and gives ids per field', () => {
    const { host, focused } = setup();
    host.next('kicker');
    host.next('subheadline');
    host.next('byline');
    host.next('notes');
    expect(focused).toEqual(['headline', 'dateline', 'body']);
    expect(host.id('headline', 'label')).toBe('f-headline-label');
  });
  it('forgets a field that withdrew', () => {
    const { host, focused } = setup();
    const withdraw = host.register('kicker', { focus: () => focused.push('again'), isComposing: () => false });
    withdraw();
    host.focus('kicker');
    expect(focused).toEqual([]);
  });
});
