// The two ways out of every export dialog, for stories in page order: copy to the clipboard, and Save as (a file or a download).
import type { BulletinDeskApi } from '../../../shared/api';
import type { Encoding, LineEnding } from '../../../shared/houseStyle';
import type { Translate } from '../i18n/index';
import { failureOf, failureText } from '../shell/errors';
import { copyText } from './clipboard';
import { downloadBase64 } from './download';
import { withLineEndings } from './lineEndings';

/** What the dialog says after an action: done, or a problem in the reporter's words. */
export interface ExportOutcome {
  text: string;
  problem: boolean;
}

/** The page's text with the chosen line endings, copied (the encoding applies to Save as only). */
export async function copyExport(
  api: BulletinDeskApi,
  ids: readonly string[],
  houseStyle: string,
  lineEnding: LineEnding,
  t: Translate,
  near: HTMLElement,
): Promise<ExportOutcome> {
  const { text } = await api.call('export.text', { ids: [...ids], houseStyle });
  try {
    await copyText(withLineEndings(text, lineEnding), near);
  } catch (e) {
    return { text: t('export.copyFailed', { reason: (e as Error).message }), problem: true };
  }
  return { text: t('export.copied'), problem: false };
}

/** The bytes saved where Electron's dialog says, or downloaded in a browser. */
export async function saveExport(
  api: BulletinDeskApi,
  ids: readonly string[],
  choice: { houseStyle: string; encoding: Encoding; lineEnding: LineEnding; bulletin?: string | undefined },
  t: Translate,
  near: HTMLElement,
): Promise<ExportOutcome> {
  const { bulletin, ...rest } = choice;
  const answer = await api.call('export.save', { ids: [...ids], ...rest, ...(bulletin ? { bulletin } : {}) });
  if (answer.cancelled) return { text: t('export.cancelled'), problem: false };
  if (answer.base64 !== undefined) {
    downloadBase64(answer.base64, answer.fileName, near);
    return { text: t('export.downloaded', { name: answer.fileName }), problem: false };
  }
  return { text: t('export.savedTo', { path: answer.path ?? answer.fileName }), problem: false };
}

/** A refused or failed export in the reporter's words. */
export function failedExport(e: unknown, t: Translate): ExportOutcome {
  const failure = failureOf(e);
  return { text: t(failure.code === 'refused' ? 'export.refused' : 'export.failed', { reason: failureText(e, t) }), problem: true };
}
