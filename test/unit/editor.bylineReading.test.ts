// The byline field's live reading: contributors shown, pieces not understood flagged and kept in the story.
import { describe, expect, it } from 'vitest';
import { formatByline } from '../../shared/byline';
import { sameUnderstanding, understandByline } from '../../renderer/src/editor/bylineReading';

describe('understandByline', () => {
  it('reads two contributors with a credit', () => {
    const u = understandByline('记者 李明 通讯员 王芳 文/图');
    expect(u.read).toEqual([
      { role: '记者', names: ['李明'], credit: '' },
      { role: '通讯员', names: ['王芳'], credit: '文/图' },
    ]);
    expect(u.unread).toEqual([]);
    expect(u.keep).toEqual(u.read);
  });
  it('flags what it cannot read and keeps it, as a contributor without a role', () => {
    const u = understandByline('记者 李明 某某某某某某');
    expect(u.unread).toEqual(['某某某某某某']);
    expect(u.keep).toEqual([
      { role: '记者', names: ['李明'], credit: '' },
      { role: '', names: ['某某某某某某'], credit: '' },
    ]);
    // nothing typed is lost: writing the kept byline back gives every piece
    expect(formatByline(u.keep)).toBe('记者 李明 某某某某某某');
  });
  it('keeps a half-typed name (one character is not yet a name)', () => {
    const u = understandByline('记者 李');
    expect(u.unread).toEqual(['李']);
    expect(formatByline(u.keep)).toBe('记者 李');
  });
  it('reads an empty field as no byline', () => {
    expect(understandByline('  ')).toEqual({ read: [], unread: [], keep: [] });
  });
  it('tells equal readings apart from different ones', () => {
    expect(sameUnderstanding(understandByline('记者 李明'), understandByline('记者  李明'))).toBe(true);
    expect(sameUnderstanding(understandByline('记者 李明'), understandByline('记者 王芳'))).toBe(false);
  });
});
