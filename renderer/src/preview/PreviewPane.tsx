// The live plain-text preview: the open story exactly as export writes it under the house style, or why it would refuse.
import { memo, useDeferredValue, useMemo } from 'react';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { Story } from '../../../shared/story';
import { styleLabel } from '../houseStyles/styleChoices';
import { useT } from '../i18n/index';
import { previewText } from './previewText';
import './preview.css';

interface Props {
  story: Story | undefined;
  houseStyle: HouseStyle;
}

export function PreviewPane({ story, houseStyle }: Props) {
  const t = useT();
  // typing first: the preview follows in a render React may interrupt, never in the keystroke's own
  const shown = useDeferredValue(story);
  const preview = useMemo(() => (shown ? previewText(shown, houseStyle) : undefined), [shown, houseStyle]);
  const refusal =
    preview && preview.missing.length > 0
      ? t(
          preview.missing.length === 2
            ? 'preview.refused.both'
            : preview.missing[0] === 'headline'
              ? 'preview.refused.headline'
              : 'preview.refused.body',
        )
      : '';
  return (
    // the <pre> alone carries the name "Preview" (a region), so that it is found by that name and nothing else is
    <section className="preview">
      <h2>{t('preview.title')}</h2>
      {preview ? (
        <>
          <p className="quiet">{t('preview.style', { style: styleLabel(houseStyle.name, t) })}</p>
          {refusal && <p className="problem">{refusal}</p>}
          <pre className="text-sample preview-text" role="region" aria-label={t('preview.title')} tabIndex={0}>
            <PreviewLines text={preview.text} />
          </pre>
        </>
      ) : (
        <p className="quiet">{t('preview.none')}</p>
      )}
    </section>
  );
}

/**
 * The text as one text node per line (the same text content): after a keystroke React changes the node of
 * the line typed in instead of setting the whole text again.
 */
const PreviewLines = memo(function PreviewLines({ text }: { text: string }) {
  return <>{linesOf(text)}</>;
});

function linesOf(text: string): string[] {
  return text.split(/(?<=\n)/u);
}
