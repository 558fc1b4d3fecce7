// The proof sheet itself: a header line, then the stories set in the house style's columns across the sheet (kicker, headline, subheadline, body, byline, photos).
import type { Language } from '../../../shared/api';
import { counted, useT } from '../i18n/index';
import type { ProofImage, ProofSheet } from './loadProof';
import { titleParts, type ProofPhoto, type ProofStory } from './proofModel';

interface Props {
  sheet: ProofSheet;
  printedAt: Date;
  language: Language;
}

/** A bulletin's date (YYYY-MM-DD) as the language writes it; '' stays ''. */
function dateText(date: string, language: Language): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const at = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return new Intl.DateTimeFormat(language, { dateStyle: 'long', timeZone: 'UTC' }).format(at);
}

export function ProofSheetView({ sheet, printedAt, language }: Props) {
  const t = useT();
  const bulletin = sheet.target.kind === 'bulletin';
  const printed = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(printedAt);
  const left = bulletin
    ? [
        sheet.title || t('proof.untitledBulletin'),
        dateText(sheet.date, language),
        counted(t, language, 'proof.storyCount', sheet.entries.length),
      ]
    : [t('proof.proof'), sheet.title || t('proof.untitled')];
  return (
    <article className="proof-sheet" aria-label={t('proof.sheet')} lang="zh-CN">
      <header className="proof-sheet-header" lang={language}>
        <span className="proof-sheet-title">{left.filter((part) => part !== '').join(' · ')}</span>
        <span>{t('proof.printedAt', { time: printed })}</span>
      </header>
      {bulletin && sheet.entries.length === 0 && (
        <p className="proof-missing" lang={language}>
          {t('proof.emptyBulletin')}
        </p>
      )}
      <div className="proof-columns" style={{ columnCount: sheet.style.columns }} data-columns={sheet.style.columns}>
        {sheet.entries.map((entry) =>
          entry.kind === 'story' ? (
            <ProofStoryView
              key={`${entry.position}-${entry.story.id}`}
              story={entry.story}
              images={sheet.photos}
              position={bulletin ? entry.position : undefined}
              language={language}
            />
          ) : (
            <p key={`${entry.position}-${entry.id}`} className="proof-entry proof-missing" lang={language}>
              {t('proof.missingStory', { n: entry.position, id: entry.id, reason: entry.reason })}
            </p>
          ),
        )}
      </div>
    </article>
  );
}

interface StoryProps {
  story: ProofStory;
  images: ReadonlyMap<string, ProofImage>;
  position: number | undefined;
  language: Language;
}

function ProofStoryView({ story, images, position, language }: StoryProps) {
  const t = useT();
  return (
    <section className="proof-entry proof-story" aria-label={story.headline || t('proof.untitled')}>
      {/* the story's place, its titles and a rule above them stay together in one column */}
      <div className="proof-titles">
        {position !== undefined && (
          <p className="proof-position" lang={language}>
            {t('proof.position', { n: position })}
          </p>
        )}
        {story.kicker !== '' && (
          <p className="proof-kicker">
            <TitleLines title={story.kicker} />
          </p>
        )}
        {story.headline !== '' ? (
          <h3 className="proof-headline">
            <TitleLines title={story.headline} />
          </h3>
        ) : (
          <h3 className="proof-headline proof-lacking" lang={language}>
            {t('proof.noHeadline')}
          </h3>
        )}
        {story.subheadline !== '' && (
          <p className="proof-subheadline">
            <TitleLines title={story.subheadline} />
          </p>
        )}
      </div>
      {story.bylineTop !== '' && <p className="proof-byline proof-byline-top">{story.bylineTop}</p>}
      {story.blocks.map((block, i) => {
        const dateline = block.dateline !== undefined && <strong className="proof-dateline">{block.dateline}</strong>;
        return block.kind === 'subheading' ? (
          <h4 key={i} className="proof-subheading">
            {dateline}
            {block.text}
          </h4>
        ) : (
          <p key={i} className={block.kind === 'lead' ? 'proof-paragraph proof-lead' : 'proof-paragraph'}>
            {dateline}
            {block.text}
          </p>
        );
      })}
      {story.missing.includes('body') && (
        <p className="proof-paragraph proof-lacking" lang={language}>
          {t('proof.noBody')}
        </p>
      )}
      {story.bylineEnd !== '' && <p className="proof-byline">{story.bylineEnd}</p>}
      {story.photos.map((photo, i) => (
        <ProofPhotoView key={`${i}-${photo.file}`} photo={photo} n={i + 1} image={images.get(photo.file)} language={language} />
      ))}
    </section>
  );
}

/** A title's parts, each on a line of its own (a space between them, so it reads and copies as typed). */
function TitleLines({ title }: { title: string }) {
  return titleParts(title).map((part, i) => (
    <span key={i} className="proof-title-part">
      {i > 0 && ' '}
      {part}
    </span>
  ));
}

/** A photo at the column's width (its own proportions), its caption and credit under it; one that cannot be read is named, never left out. */
function ProofPhotoView({
  photo,
  n,
  image,
  language,
}: {
  photo: ProofPhoto;
  n: number;
  image: ProofImage | undefined;
  language: Language;
}) {
  const t = useT();
  return (
    <figure className="proof-photo">
      {image && 'src' in image ? (
        <img src={image.src} alt={photo.caption || t('proof.photo', { n })} width={photo.width} height={photo.height} />
      ) : (
        <p className="proof-lacking" lang={language}>
          {t('proof.photoMissing', { n, reason: image?.reason ?? '' })}
        </p>
      )}
      {photo.caption !== '' && <figcaption className="proof-caption">{photo.caption}</figcaption>}
    </figure>
  );
}
