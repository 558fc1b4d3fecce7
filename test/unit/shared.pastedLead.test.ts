// A pasted lead that opens with a dateline (本报讯（记者 张明）…): what moves to the Dateline and Byline fields, and when nothing does.
import { describe, expect, it } from 'vitest';
import { parsePage } from '../../shared/index';
import { liftLead } from '../../shared/pastedLead';

const empty = { dateline: '', byline: '' };

describe('liftLead', () => {
  it('moves the dateline and the bracketed byline out of the lead', () => {
    const lead = '本报讯（记者 张明）5月8日上午，东湖街道举办消防开放日。';
    const lift = liftLead(lead, { dateline: '本报讯', byline: '' });
    expect(lift).toEqual({
      kind: 'move',
      dateline: '本报讯',
      byline: { text: '记者 张明', contributors: [{ role: '记者', names: ['张明'], credit: '' }] },
      bylineInDateline: true,
      cut: '本报讯（记者 张明）'.length,
    });
    expect(lift?.kind === 'move' && lead.slice(lift.cut)).toBe('5月8日上午，东湖街道举办消防开放日。');
  });

  it('reads a byline of several contributors, and a dateline without a byline', () => {
    const lift = liftLead('本报讯（记者 张明 通讯员 王芳）今天上午', empty);
    expect(lift?.kind === 'move' && lift.byline?.text).toBe('记者 张明 通讯员 王芳');
    const plain = liftLead('  本报北京5月8日电 今天上午', empty);
    expect(plain).toMatchObject({ kind: 'move', dateline: '本报北京5月8日电', byline: null, bylineInDateline: false });
    expect(plain?.kind === 'move' && '  本报北京5月8日电 今天上午'.slice(plain.cut)).toBe('今天上午');
  });

  it('moves when the fields already say the same (the field keeps its own position)', () => {
    const lift = liftLead('本报讯（记者 张明）今天上午', { dateline: '本报讯', byline: '记者  张明' });
    expect(lift).toMatchObject({ kind: 'move', bylineInDateline: false });
  });

  it('the default 本报讯 gives way to the pasted label', () => {
    expect(liftLead('本报北京5月8日电（记者 张明）今天', { dateline: '本报讯', byline: '' })).toMatchObject({
      kind: 'move',
      dateline: '本报北京5月8日电',
    });
  });

  it('moves nothing when a field says something else, and says which', () => {
    expect(liftLead('本报讯（记者 张明）今天', { dateline: '本报北京5月8日电', byline: '' })).toEqual({
      kind: 'kept',
      why: 'dateline',
      found: '本报讯',
      field: '本报北京5月8日电',
    });
    expect(liftLead('本报讯（记者 张明）今天', { dateline: '本报讯', byline: '记者 李华' })).toEqual({
      kind: 'kept',
      why: 'byline',
      found: '记者 张明',
      field: '记者 李华',
    });
  });

  it('leaves a lead without a dateline alone (the same reading as the importer’s)', () => {
    expect(liftLead('本报记者日前从市电力公司获悉，', empty)).toBeNull();
    expect(liftLead('5月8日上午，东湖街道举办活动。', empty)).toBeNull();
  });

  it('agrees with the importer: the same lead line gives the same dateline, byline and lead', () => {
    const lead = '本报讯（记者 张明 通讯员 王芳）5月8日上午，东湖街道举办消防开放日。';
    const page = parsePage(`举办社区消防安全开放日\n\n${lead}\n`);
    const story = page.stories[0];
    const lift = liftLead(lead, empty);
    if (!story || lift?.kind !== 'move') throw new Error('not read');
    expect(story.dateline).toBe(lift.dateline);
    expect(story.byline).toEqual(lift.byline?.contributors);
    expect(story.bylinePosition).toBe('dateline');
    expect(story.body[0]?.text).toBe(lead.slice(lift.cut));
  });
});
