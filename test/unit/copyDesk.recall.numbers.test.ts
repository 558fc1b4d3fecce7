// Recall of the GB/T 15835 number checks: one planted error of each kind in made-up correct copy is found, and nothing else.
import { describe, expect, it } from 'vitest';
import { checkStory, checkText } from '../../shared/copyDesk';
import { DEFAULT_HOUSE_STYLE } from '../../shared/houseStyle';
import { newStory } from '../../shared/story';
import { WELL_FORMED } from './helpers/wellFormedCopy';

/** Each plant: the paragraph of WELL_FORMED, the correct words and the wrong ones put in their place, the check that finds them. */
const PLANTS = [
  { at: 0, right: '200余人', wrong: '2百余人', rule: 'mixed-numerals', found: '2百' },
  { at: 3, right: '约两个小时', wrong: '3、4个小时', rule: 'estimate-digits', found: '3、4' },
  { at: 12, right: '截至6月底', wrong: '截至26年6月底', rule: 'two-digit-year', found: '26年' },
  { at: 2, right: '增长6.3%', wrong: '增长6～8%', rule: 'percent-range', found: '6～8%' },
  { at: 22, right: '10月15日', wrong: '十月十五日', rule: 'number-style-mixed', found: '十月十五日' },
] as const;

function planted(): string[] {
  const paragraphs = [...WELL_FORMED];
  for (const p of PLANTS) {
    const text = paragraphs[p.at] as string;
    expect(text, `paragraph ${p.at} holds ${p.right}`).toContain(p.right);
    paragraphs[p.at] = text.replace(p.right, p.wrong);
  }
  return paragraphs;
}

const expected = () => PLANTS.map((p) => ({ rule: p.rule, block: p.at, found: p.found })).sort((a, b) => a.block - b.block);

describe('planted number errors', () => {
  it('the unplanted corpus gives no number finding', () => {
    expect(checkText(WELL_FORMED.join('\n'), DEFAULT_HOUSE_STYLE)).toEqual([]);
  });

  it('are each found in a story with their id, and nothing else is', () => {
    const story = newStory({
      headline: '东湖街道举办消防安全开放日',
      body: planted().map((text) => ({ type: 'paragraph' as const, text })),
      byline: [{ role: '记者', names: ['李明'], credit: '' }],
    });
    const findings = checkStory(story, DEFAULT_HOUSE_STYLE);
    expect(findings.map((f) => ({ rule: f.rule, block: f.block, found: f.params.found }))).toEqual(expected());
  });

  it('are each found on a page with their id, and nothing else is', () => {
    const findings = checkText(planted().join('\n'), DEFAULT_HOUSE_STYLE);
    expect(findings.map((f) => ({ rule: f.rule, block: f.block, found: f.params.found }))).toEqual(expected());
  });
});
