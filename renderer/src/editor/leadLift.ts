// A pasted lead that opens with 本报讯（记者 张明）: its dateline and byline move into their fields, the lead keeps the rest (shared/pastedLead.ts decides).
import { PASTE_TAG, SKIP_DOM_SELECTION_TAG, type LexicalEditor } from 'lexical';
import { formatByline } from '../../../shared/byline';
import { liftLead, type LeadLift } from '../../../shared/pastedLead';
import type { Translate } from '../i18n/translate';
import { $blockTexts, $spliceBlock } from './copyEdits';
import type { FieldHost } from './fieldHost';
import { $fillLine, $readLine } from './lexicalText';

const lineOf = (editor: LexicalEditor | undefined): string => editor?.getEditorState().read($readLine) ?? '';

/** What the reporter is told: what moved, or why nothing did. */
export function liftMessage(lift: LeadLift, t: Translate): string {
  if (lift.kind === 'kept') {
    return lift.why === 'dateline'
      ? t('editor.lead.keptDateline', { found: lift.found, field: lift.field })
      : t('editor.lead.keptByline', { found: lift.found, field: lift.field });
  }
  return lift.byline
    ? t('editor.lead.moved', { dateline: lift.dateline, byline: formatByline(lift.byline.contributors) })
    : t('editor.lead.movedDateline', { dateline: lift.dateline });
}

/** Moves the body's lead's dateline (and bracketed byline) into their fields now; null when the lead has none (or a field composes). */
export function liftLeadNow(host: FieldHost): LeadLift | null {
  const body = host.editor('body');
  const dateline = host.editor('dateline');
  const byline = host.editor('byline');
  if (!body || body.isComposing() || dateline?.isComposing() || byline?.isComposing()) return null;
  const first = body.getEditorState().read($blockTexts)[0];
  if (!first || first.type !== 'paragraph') return null;
  const lift = liftLead(first.text, { dateline: lineOf(dateline), byline: lineOf(byline) });
  if (lift?.kind === 'move') {
    // the fields first: the lead loses its dateline only once the fields hold it
    const line = { discrete: true, tag: SKIP_DOM_SELECTION_TAG } as const;
    if (dateline) dateline.update(() => $fillLine(lift.dateline), line);
    else host.commit('dateline', lift.dateline);
    if (lift.byline) {
      const text = lift.byline.text;
      if (byline) byline.update(() => $fillLine(text), line);
      else host.commit('byline', lift.byline.contributors);
      if (lift.bylineInDateline) {
        host.commit('bylinePosition', 'dateline');
        const select = document.getElementById(host.id('bylinePosition', 'input'));
        if (select instanceof HTMLSelectElement) select.value = 'dateline';
      }
    }
    body.update(() => $spliceBlock(0, 0, lift.cut, ''), { discrete: true });
  }
  return lift;
}

/** Looks at the body's lead after each paste; `told` hears what moved (or why nothing did). */
export function registerLeadLift(body: LexicalEditor, host: FieldHost, told: (lift: LeadLift) => void): () => void {
  const look = () => {
    const lift = liftLeadNow(host);
    if (lift) told(lift);
  };
  return body.registerUpdateListener(({ tags }) => {
    // after this update is done: another editor's update inside this one's would nest them
    if (tags.has(PASTE_TAG)) queueMicrotask(look);
  });
}
