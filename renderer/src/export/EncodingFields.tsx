// The two choices every export asks for: the file's encoding and its line endings (inside an .export-fields grid).
import { ENCODINGS, LINE_ENDINGS, type Encoding, type LineEnding } from '../../../shared/houseStyle';
import { useT } from '../i18n/index';

interface Props {
  /** Prefix for the controls' ids (from useId). */
  idPrefix: string;
  encoding: Encoding;
  lineEnding: LineEnding;
  onEncoding(encoding: Encoding): void;
  onLineEnding(lineEnding: LineEnding): void;
}

export function EncodingFields({ idPrefix, encoding, lineEnding, onEncoding, onLineEnding }: Props) {
  const t = useT();
  return (
    <>
      <label htmlFor={`${idPrefix}-encoding`}>{t('export.encoding')}</label>
      <select id={`${idPrefix}-encoding`} value={encoding} onChange={(e) => onEncoding(e.target.value as Encoding)}>
        {ENCODINGS.map((enc) => (
          <option key={enc} value={enc}>
            {t(`export.encoding.${enc}`)}
          </option>
        ))}
      </select>
      <label htmlFor={`${idPrefix}-eol`}>{t('export.lineEnding')}</label>
      <select id={`${idPrefix}-eol`} value={lineEnding} onChange={(e) => onLineEnding(e.target.value as LineEnding)}>
        {LINE_ENDINGS.map((eol) => (
          <option key={eol} value={eol}>
            {t(`export.lineEnding.${eol}`)}
          </option>
        ))}
      </select>
    </>
  );
}
