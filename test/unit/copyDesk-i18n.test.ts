// The copy desk's catalog: the same keys in both languages, and a message for every kind of finding with its values filled in.
import { describe, expect, it } from 'vitest';
import { checkStory, checkText, type Finding } from '../../shared/copyDesk';
import { houseStyleSchema } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';
import { copyDeskMessages } from '../../renderer/src/i18n/copyDesk';
import { messageKey } from '../../renderer/src/editor/copyMessages';

const style = houseStyleSchema.parse({ name: 'tight', headlineTarget: 4, storyTarget: 10 });

/** Findings of every rule and every kind of problem. */
function everyKind(): Finding[] {
  const stories = [
    newStory({ headline: '举办 开放日　活动', dateline: ' 本报讯：', body: [{ type: 'paragraph', text: '本报讯 活动,举行。。“你好《书”》）（，。１２加强 巡查' }], byline: [] }),
    newStory({ headline: '活动', dateline: '5月8日上午', body: [{ type: 'paragraph', text: '活动举行。' }], byline: [{ role: '记者', names: [], credit: '' }] }),
    newStory({ headline: '活动', body: [{ type: 'paragraph', text: '活动举行。' }], byline: [{ role: '记者', names: ['李明'], credit: '' }, { role: '', names: ['Tom123'], credit: '' }] }),
  ];
  return [...stories.flatMap((s) => checkStory(s, style)), ...checkText('本报讯5月8日，活动举行。\n', style)];
}

describe('copyDeskMessages', () => {
  it('has the same keys in both languages, none empty', () => {
    expect(Object.keys(copyDeskMessages['zh-CN']).sort()).toEqual(Object.keys(copyDeskMessages.en).sort());
    for (const catalog of Object.values(copyDeskMessages)) for (const text of Object.values(catalog)) expect(text.trim()).not.toBe('');
  });

  it('tells every kind of finding in both languages, every {value} filled from the finding', () => {
    const findings = everyKind();
    const kinds = new Set(findings.map((f) => messageKey(f)));
    // every rule, and the kinds of problem of the rules that have several
    expect(Object.keys(copyDeskMessages.en).filter((k) => k.startsWith('copyDesk.rule.') && !kinds.has(k as never))).toEqual([]);
    for (const f of findings) {
      for (const catalog of Object.values(copyDeskMessages)) {
        const text = (catalog as Record<string, string>)[messageKey(f)];
        expect(text, messageKey(f)).toBeDefined();
        for (const [, name] of (text as string).matchAll(/\{(\w+)\}/g)) expect(f.params, `${messageKey(f)} needs {${name}}`).toHaveProperty(name as string);
      }
    }
  });
});
