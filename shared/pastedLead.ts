// A body that opens with a pasted dateline lead (本报讯（记者 张明）…): what goes to the Dateline and Byline fields and what the lead keeps.
import { formatByline, readByline } from './byline';
import { readDateline } from './parse/dateline';
import { DEFAULT_DATELINE, type Contributor } from './story';
import { trimAll } from './text';

/** What to do with a lead that opens with a dateline (read as the importer reads a page's lead line). */
export type LeadLift =
  | {
      kind: 'move';
      /** The label for the Dateline field: 本报讯, 本报北京5月8日电. */
      dateline: string;
      /** The bracketed byline for the Byline field, as the paper writes it, or null when the lead had none. */
      byline: { text: string; contributors: Contributor[] } | null;
      /** The byline goes into an empty field: it stood in the dateline, so it stays there (as an imported page's does). */
      bylineInDateline: boolean;
      /** Code units to take off the lead's start (the label, the brackets, the spaces after them). */
      cut: number;
    }
  /** The field already says something else: nothing moves (the copy check still flags the lead). */
  | { kind: 'kept'; why: 'dateline' | 'byline'; found: string; field: string };

export interface LeadFields {
  /** The Dateline field as typed. */
  dateline: string;
  /** The Byline field as typed. */
  byline: string;
}

const bylineText = (text: string) => formatByline(readByline(text).contributors);

/**
 * Reads a lead as the importer reads a page's lead line (`readDateline`). When it opens with a dateline, the
 * label goes to the Dateline field if that is empty, the default 本报讯 or the same label; a bracketed byline goes
 * to the Byline field if that is empty or reads the same. Otherwise nothing moves. Null: no dateline in the lead.
 */
export function liftLead(lead: string, fields: LeadFields): LeadLift | null {
  const start = lead.length - lead.trimStart().length;
  const read = readDateline(lead.slice(start));
  if (!read) return null;
  const datelineNow = trimAll(fields.dateline);
  if (datelineNow !== '' && datelineNow !== DEFAULT_DATELINE && datelineNow !== read.label) {
    return { kind: 'kept', why: 'dateline', found: read.label, field: datelineNow };
  }
  let byline: { text: string; contributors: Contributor[] } | null = null;
  let bylineInDateline = false;
  if (read.byline) {
    const text = formatByline(read.byline.contributors);
    const bylineNow = trimAll(fields.byline);
    if (bylineNow !== '' && bylineText(bylineNow) !== text) return { kind: 'kept', why: 'byline', found: text, field: bylineNow };
    byline = { text, contributors: read.byline.contributors };
    bylineInDateline = bylineNow === '';
  }
  return { kind: 'move', dateline: read.label, byline, bylineInDateline, cut: lead.length - read.rest.length };
}
