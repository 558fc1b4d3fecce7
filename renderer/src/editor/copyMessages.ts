// Which catalog message tells a finding in the interface's language: the rule, and for some rules the kind of problem.
import type { Finding } from '../../../shared/copyDesk';
import type { copyDeskMessages } from '../i18n/copyDesk';

type CopyDeskKey = keyof (typeof copyDeskMessages)['en'];

/** The catalog key of a finding's message: the rule, and for some rules the kind of problem. */
export function messageKey(f: Finding): CopyDeskKey {
  const p = f.params;
  switch (f.rule) {
    case 'unpaired-mark':
      return `copyDesk.rule.unpaired-mark.${p.why as 'unclosed' | 'unopened' | 'crossed'}`;
    case 'doubled-punctuation':
      return p.replacement === undefined ? 'copyDesk.rule.doubled-punctuation.mixed' : 'copyDesk.rule.doubled-punctuation';
    case 'stray-space':
      return p.title ? 'copyDesk.rule.stray-space.title' : 'copyDesk.rule.stray-space';
    case 'dateline-form':
      return `copyDesk.rule.dateline-form.${p.problem as 'space-before' | 'after-label' | 'unreadable' | 'in-lead' | 'gap'}`;
    case 'byline-form':
      return `copyDesk.rule.byline-form.${p.problem as 'nobody' | 'no-name' | 'unread'}`;
    case 'typesetter-characters':
      return `copyDesk.rule.typesetter-characters.${p.kind as 'emoji' | 'character'}`;
    case 'length-target':
      return `copyDesk.rule.length-target.${p.what as 'headline' | 'story'}`;
    default:
      return `copyDesk.rule.${f.rule}`;
  }
}
