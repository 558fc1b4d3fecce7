// A page's subject fields from its bulletin: the paper and the page from the title, the date as 6月21日, the reporter's name.
import { describe, expect, it } from 'vitest';
import { fillSubject, pageSubjectFields } from '../../shared/destinations';

describe('pageSubjectFields', () => {
  it('reads the paper and the page from the title and writes the date the desk’s way', () => {
    expect(pageSubjectFields('二七报 6月21日 第3版', '2026-06-21', '张改华')).toEqual({
      paper: '二七报',
      date: '6月21日',
      page: '第3版',
      reporter: '张改华',
    });
    expect(pageSubjectFields('郑州日报 第 12 版', '2026-12-05', '张明')).toMatchObject({
      paper: '郑州日报',
      page: '第12版',
      date: '12月5日',
    });
    expect(pageSubjectFields('二七报第三版', '', '')).toMatchObject({ paper: '二七报', page: '第三版', date: '' });
  });

  it('takes a title without 第…版 as the page itself, and the date from the title when the bulletin has none', () => {
    expect(pageSubjectFields('社区版 6月3日', '', '李明')).toEqual({ paper: '', date: '6月3日', page: '社区版 6月3日', reporter: '李明' });
    const fields = pageSubjectFields('二七报 第3版', '2026-06-21', '');
    expect(fillSubject('【二七区】{paper} {date} {page} {reporter}', fields)).toBe('【二七区】二七报 6月21日 第3版');
  });
});
