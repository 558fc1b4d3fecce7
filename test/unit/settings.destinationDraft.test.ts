// A destination's form as typed, and the destination it makes or what is wrong with it (the key the reporter reads).
import { describe, expect, it } from 'vitest';
import { destinationOf, draftOf, newDraft, usualPort, type EmailDraft } from '../../renderer/src/settings/destinationDraft';
import { destinationSchema } from '../../shared/destinations';

const typed = (over: Partial<EmailDraft> = {}): EmailDraft => ({
  ...(newDraft('email') as EmailDraft),
  name: ' 二七区新闻部 ',
  host: 'smtp.erqi.example',
  port: '587',
  security: 'starttls',
  user: 'zhangming',
  from: 'zhangming@erqi.example',
  to: 'desk@erqi.example，editor@erqi.example',
  ...over,
});

describe('a destination typed in Settings', () => {
  it('makes an e-mail destination the contract takes: names trimmed, addresses split at commas (Chinese ones too)', () => {
    const made = destinationOf(typed(), []);
    expect('destination' in made && made.destination).toMatchObject({
      name: '二七区新闻部',
      port: 587,
      to: ['desk@erqi.example', 'editor@erqi.example'],
      subject: '{paper} {date} {page} {reporter}',
    });
    if ('destination' in made) expect(destinationSchema.parse(made.destination)).toEqual(made.destination);
  });

  it('says what is wrong, field by field', () => {
    const problem = (draft: EmailDraft, names: string[] = []) => {
      const made = destinationOf(draft, names);
      return 'problem' in made ? [made.problem.field, made.problem.key, made.problem.values] : undefined;
    };
    expect(problem(typed({ name: '  ' }))).toEqual(['name', 'destinations.problem.name', undefined]);
    expect(problem(typed(), ['二七区新闻部'])).toEqual(['name', 'destinations.problem.nameTaken', { name: '二七区新闻部' }]);
    expect(problem(typed({ port: '70000' }))).toEqual(['port', 'destinations.problem.port', undefined]);
    expect(problem(typed({ security: 'none' }))).toEqual(['security', 'destinations.problem.none', undefined]);
    expect(problem(typed({ security: 'none', host: '127.0.0.1' }))).toBeUndefined();
    expect(problem(typed({ from: '张明' }))).toEqual(['from', 'destinations.problem.from', undefined]);
    expect(problem(typed({ to: ' ' }))).toEqual(['to', 'destinations.problem.toNone', undefined]);
    expect(problem(typed({ to: 'desk@erqi.example, 编辑部' }))).toEqual(['to', 'destinations.problem.to', { address: '编辑部' }]);
    const folder = { kind: 'folder' as const, name: '投稿', path: 'desk-inbox' };
    expect('problem' in destinationOf(folder, []) && destinationOf(folder, [])).toMatchObject({ problem: { field: 'path' } });
    expect(destinationOf({ ...folder, path: 'D:\\投稿' }, [])).toEqual({ destination: { kind: 'folder', name: '投稿', path: 'D:\\投稿' } });
  });

  it('edits a destination as it was, its certificate kept; the usual port follows the security', () => {
    const made = destinationOf(typed({ certificate: '-----BEGIN CERTIFICATE-----' }), []);
    if (!('destination' in made)) throw new Error('expected a destination');
    expect(destinationOf(draftOf(made.destination), [])).toEqual(made);
    expect([usualPort('tls'), usualPort('starttls'), usualPort('none')]).toEqual(['465', '587', '25']);
  });
});
