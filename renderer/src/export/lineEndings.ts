// Line endings of exported text: the clipboard gets the ending chosen in the export dialog.
import type { LineEnding } from '../../../shared/houseStyle';

export function withLineEndings(text: string, ending: LineEnding): string {
  const lf = text.replace(/\r\n/g, '\n');
  return ending === 'crlf' ? lf.replace(/\n/g, '\r\n') : lf;
}
