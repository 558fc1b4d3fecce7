// The whole page as it will be exported, with its total character count and what export would refuse.
import { useMemo } from 'react';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { Story } from '../../../shared/story';
import { styleLabel } from '../houseStyles/styleChoices';
import { counted, useLanguage, useT } from '../i18n/index';
import { formatCount } from '../shell/format';
import { pagePreview } from './pagePreview';

interface Props {
  /** The page's stories that could be read, in page order. */
  stories: readonly Story[];
  style: HouseStyle;
  styleName: string;
  /** Stories of the page missing from the library or unreadable. */
  absent: number;
  /** The page's story ids in order (a refused story is named by its place on the page). */
  pageIds: readonly string[];
}

export function PagePreviewSection({ stories, style, styleName, absent, pageIds }: Props) {
  const t = useT();
  const language = useLanguage();
  const preview = useMemo(() => pagePreview(stories, style), [stories, style]);
  return (
    <section className="bulletin-section bulletin-preview">
      <div className="bulletin-section-head bar bar-spread">
        <h3>{t('bulletin.preview')}</h3>
        <p className="bulletin-total">{counted(t, language, 'bulletin.total', preview.characters)}</p>
      </div>
      <p className="quiet">{t('bulletin.previewNote', { style: styleLabel(styleName, t) })}</p>
      {absent > 0 && <p className="problem">{counted(t, language, 'bulletin.missingCount', absent)}</p>}
      {preview.refused.map((r) => (
        <p key={r.storyId} className="problem">
          {t('bulletin.refusedStory', {
            position: formatCount(pageIds.indexOf(r.storyId) + 1, language),
            headline: r.headline || t('bulletin.noHeadline'),
            missing: t(
              r.missing.length === 2
                ? 'bulletin.missing.both'
                : r.missing[0] === 'headline'
                  ? 'bulletin.missing.headline'
                  : 'bulletin.missing.body',
            ),
          })}
        </p>
      ))}
      <pre className="text-sample bulletin-preview-text" role="region" aria-label={t('bulletin.preview')} tabIndex={0}>
        {preview.text}
      </pre>
    </section>
  );
}
