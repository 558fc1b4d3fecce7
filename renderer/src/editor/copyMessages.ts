// Which catalog message tells a finding in the interface's language (the rule, for some rules the kind of problem), and its place in words.
import type { Finding, FindingPlace } from '../../../shared/copyDesk';
import type { Translate } from '../i18n/translate';
import type { copyDeskMessages } from '../i18n/copyDesk';

/** A finding's place as the reporter says it: 导语, 第2段, 小标题1, 主题, 图片说明 1 (Lead, Paragraph 2, Subheading 1, Headline, Photo caption 1). */
export function placeWords(place: FindingPlace, t: Translate): string {
  switch (place.kind) {
    case 'story':
      return t('copyDesk.where.story');
    case 'lead':
      return t('copyDesk.where.lead');
    case 'paragraph':
      return t('copyDesk.where.paragraph', { n: place.n });
    case 'subheading':
      return t('copyDesk.where.subheading', { n: place.n });
    case 'caption':
      return t('copyDesk.where.caption', { n: place.n });
    case 'credit':
      return t('copyDesk.where.credit', { n: place.n });
    default:
      return t(`field.${place.field}`);
  }
}

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
    case 'never-use':
      return p.reason === undefined ? 'copyDesk.rule.never-use' : 'copyDesk.rule.never-use.reason';
    case 'dateline-in-body':
      return `copyDesk.rule.dateline-in-body.${p.where as 'paragraph' | 'inside'}`;
    case 'byline-in-body':
      return `copyDesk.rule.byline-in-body.${p.where as 'paragraph' | 'end'}`;
    case 'length-target':
      return `copyDesk.rule.length-target.${p.what as 'headline' | 'story'}`;
    // GB/T 15835 numbers (wt-numbers)
    case 'number-style-mixed':
      return `copyDesk.rule.number-style-mixed.${p.kind as 'date' | 'count'}`;
    default:
      return `copyDesk.rule.${f.rule}`;
  }
}
