// The preview of a house style: the sample page exported under it, line ends made visible, its encoding, line ending and length targets named.
import { useId, useMemo } from 'react';
import type { HouseStyle } from '../../../shared/houseStyle';
import { counted, useLanguage, useT } from '../i18n/index';
import { previewLines, samplePage } from './samplePage';

interface Props {
  style: HouseStyle;
  /** The settings on screen are not valid: this is the last valid style. */
  stale: boolean;
}

/** Quiet marks for the line ends (␍ has no glyph in many fonts, so CR is spelled out). */
const END_MARKS = { lf: '↵', crlf: 'CR↵', none: '' } as const;

export function StylePreview({ style, stale }: Props) {
  const t = useT();
  const language = useLanguage();
  const ids = useId();
  const lines = useMemo(() => previewLines(samplePage(style)), [style]);
  return (
    <section className="style-preview">
      <h3 id={`${ids}-title`}>{t('houseStyles.preview')}</h3>
      <p className="quiet">{t('houseStyles.preview.about')}</p>
      <ul className="style-facts">
        <li>{t('houseStyles.preview.encoding', { encoding: t(`houseStyles.option.encoding.${style.encoding}`) })}</li>
        <li>{t('houseStyles.preview.lineEnding', { lineEnding: t(`houseStyles.option.lineEnding.${style.lineEnding}`) })}</li>
        <li>{t('houseStyles.preview.characterSet', { set: t(`houseStyles.option.characterSet.${style.characterSet}`) })}</li>
        <li>{counted(t, language, 'houseStyles.preview.columns', style.columns)}</li>
        <li>
          {style.headlineTarget > 0
            ? t('houseStyles.target.headline', { count: style.headlineTarget })
            : t('houseStyles.target.headlineNone')}
        </li>
        <li>{style.storyTarget > 0 ? t('houseStyles.target.story', { count: style.storyTarget }) : t('houseStyles.target.storyNone')}</li>
      </ul>
      {stale && <p className="problem">{t('houseStyles.preview.lastValid')}</p>}
      <pre className="text-sample style-sample" aria-labelledby={`${ids}-title`} tabIndex={0}>
        {lines.map((line, i) => (
          <span key={i} className="style-line">
            <Indented text={line.text} />
            <span className="style-eol">{END_MARKS[line.end]}</span>
            {line.end !== 'none' && '\n'}
          </span>
        ))}
      </pre>
    </section>
  );
}

/** A line with its leading full-width spaces shaded, so that an indent can be seen. */
function Indented({ text }: { text: string }) {
  const indent = /^\u3000+/.exec(text)?.[0] ?? '';
  if (indent === '') return <>{text}</>;
  return (
    <>
      <span className="style-indent">{indent}</span>
      {text.slice(indent.length)}
    </>
  );
}
