// The live plain-text preview: the open story exactly as export writes it under the house style, or why it would refuse.
import { useMemo } from 'react';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { Story } from '../../../shared/story';
import { useT } from '../i18n/index';
import { styleLabel } from '../export/houseStyles';
import { previewText } from './previewText';
import './preview.css';

interface Props {
  story: Story | undefined;
  houseStyle: HouseStyle;
}

export function PreviewPane({ story, houseStyle }: Props) {
  const t = useT();
  const preview = useMemo(() => (story ? previewText(story, houseStyle) : undefined), [story, houseStyle]);
  const refusal =
    preview && preview.missing.length > 0
      ? t(preview.missing.length === 2 ? 'preview.refused.both' : preview.missing[0] === 'headline' ? 'preview.refused.headline' : 'preview.refused.body')
      : '';
  return (
    // the <pre> alone carries the name "Preview" (a region), so that it is found by that name and nothing else is
    <section className="preview">
      <h2>{t('preview.title')}</h2>
      {preview ? (
        <>
          <p className="quiet">{t('preview.style', { style: styleLabel(houseStyle.name, t) })}</p>
          {refusal && <p className="problem">{refusal}</p>}
          <pre className="preview-text" role="region" aria-label={t('preview.title')} tabIndex={0}>
            {preview.text}
          </pre>
        </>
      ) : (
        <p className="quiet">{t('preview.none')}</p>
      )}
    </section>
  );
}
