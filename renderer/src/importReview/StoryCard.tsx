// One story found on the page, with the importer's decisions and the reporter's corrections: move a line, swap titles, read them the other way, split, merge, reread the byline.
import { Fragment, memo, useEffect, useId, useMemo, useRef, useState } from 'react';
import { creditKind, formatByline, readByline } from '../../../shared/byline';
import { useT } from '../i18n/index';
import {
  lineText,
  mergeWithNext,
  missing,
  moveLine,
  rereadByline,
  splitStory,
  swapKickerAndSubheadline,
  TARGETS,
  TITLE_FIELDS,
  type LineRef,
  type Review,
  type ReviewStory,
  type Target,
} from './corrections';
import { decisionTexts } from './decisionWords';
import { withWritten } from './pageWide';
import { readTitlesAs, titleReadingsOf } from './titleReadings';

interface Props {
  index: number;
  item: ReviewStory;
  isLast: boolean;
  selected: boolean;
  source: readonly string[];
  /** In a windowed review: measures the card's height while it shows. */
  measure?: ((index: number) => (el: HTMLElement | null) => (() => void) | undefined) | undefined;
  onSelect(index: number): void;
  /** Applies a correction; `focusIndex`: the story to focus afterwards when the control used is gone. */
  onCorrect(fix: (review: Review) => Review, focusIndex: number): void;
}

/** Rendered again only when its own story, place or selection changes (a page may hold 1,300 of them). */
export const StoryCard = memo(function StoryCard({ index, item, isLast, selected, source, measure, onSelect, onCorrect }: Props) {
  const t = useT();
  const headingId = useId();
  const writeId = useId();
  const measureRef = useMemo(() => measure?.(index), [measure, index]);
  const story = item.story;
  const targetName = (target: Target) =>
    target === 'paragraph' || target === 'subheading' ? t(`importReview.target.${target}`) : t(`field.${target}`);
  const blockName = (i: number) =>
    t(story.body[i]?.type === 'subheading' ? 'importReview.subheadingN' : 'importReview.paragraphN', { n: i + 1 });
  const move = (from: LineRef, to: Target) => onCorrect((r) => moveLine(r, index, from, to), index);
  const readings = titleReadingsOf(item);
  // the way the button reads the titles: the other reading, or back to the importer's once the reporter took the other
  const flipTo = readings?.current === readings?.other ? readings?.importers : readings?.other;

  return (
    // a click anywhere in the card chooses it, as the focus coming into it does (onFocus: the keyboard's way)
    // eslint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <section
      ref={measureRef}
      className={['ir-card', selected ? 'is-selected' : '', item.leftOut ? 'is-left-out' : ''].filter(Boolean).join(' ')}
      aria-labelledby={headingId}
      tabIndex={-1}
      data-story-key={item.key}
      data-story-index={index}
      onFocus={() => onSelect(index)}
      onClick={() => onSelect(index)}
    >
      <h3 id={headingId}>{t('importReview.storyN', { n: index + 1 })}</h3>
      <span className="ir-check ir-write-this">
        <input
          id={writeId}
          type="checkbox"
          checked={!item.leftOut}
          onChange={(e) => onCorrect((r) => withWritten(r, index, e.target.checked), index)}
        />
        <label htmlFor={writeId}>{t('importReview.writeThis')}</label>
      </span>
      {missing(story).map((what) => (
        <p key={what} className="ir-warn">
          {t(`importReview.missing.${what}`)}
        </p>
      ))}
      <ul className="ir-lines">
        {TITLE_FIELDS.map((field) => {
          const text = lineText(story, { field });
          return (
            <Fragment key={field}>
              <li>
                <span className="ir-label">{t(`field.${field}`)}</span>
                <span className={text === '' ? 'ir-text quiet' : 'ir-text'}>{text === '' ? t('importReview.emptyLine') : text}</span>
                <MoveControl
                  lineName={t(`field.${field}`)}
                  current={field}
                  disabled={text === ''}
                  targetName={targetName}
                  onMove={(to) => move({ field }, to)}
                />
              </li>
              {/* the other reading of the title lines, right under them */}
              {field === 'subheadline' && readings?.current && flipTo && (
                <li className="ir-other-reading">
                  <button type="button" className="small" onClick={() => onCorrect((r) => readTitlesAs(r, index, flipTo), index)}>
                    {t('importReview.readAs', { reading: t(`importReview.reading.${flipTo}`) })}
                  </button>
                </li>
              )}
            </Fragment>
          );
        })}
        {story.body.map((block, i) => (
          <li key={i} className={block.type === 'subheading' ? 'is-subheading' : undefined}>
            <span className="ir-label">{blockName(i)}</span>
            <span className={block.text === '' ? 'ir-text quiet' : 'ir-text'}>
              {block.text === '' ? t('importReview.emptyLine') : block.text}
            </span>
            <MoveControl
              lineName={blockName(i)}
              current={block.type}
              disabled={block.text === ''}
              targetName={targetName}
              onMove={(to) => move({ block: i }, to)}
            />
            {i > 0 && (
              <button
                type="button"
                className="small"
                aria-label={t('importReview.splitLabel', { line: blockName(i) })}
                onClick={() => onCorrect((r) => splitStory(r, index, i, source), index + 1)}
              >
                {t('importReview.split')}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="ir-card-actions actions">
        <button
          type="button"
          disabled={story.kicker === '' && story.subheadline === ''}
          onClick={() => onCorrect((r) => swapKickerAndSubheadline(r, index), index)}
        >
          {t('importReview.swap')}
        </button>
        {!isLast && (
          <button type="button" onClick={() => onCorrect((r) => mergeWithNext(r, index), index)}>
            {t('importReview.merge')}
          </button>
        )}
      </div>
      <BylineReading initial={formatByline(story.byline)} onRead={(text) => onCorrect((r) => rereadByline(r, index, text), index)} />
      {story.notes !== '' && (
        <div className="ir-notes">
          <h4>{t('field.notes')}</h4>
          <p>{story.notes}</p>
        </div>
      )}
      <h4>{t('importReview.decisions')}</h4>
      <ul className="ir-decisions" aria-label={t('importReview.decisions')}>
        {decisionTexts(t, item, source).map((text, i) => (
          <li key={i}>{text}</li>
        ))}
      </ul>
    </section>
  );
});

function MoveControl(props: {
  lineName: string;
  current: Target;
  disabled: boolean;
  targetName(t: Target): string;
  onMove(to: Target): void;
}) {
  const t = useT();
  const [chosen, setChosen] = useState<Target | ''>('');
  const selectRef = useRef<HTMLSelectElement>(null);
  return (
    <span className="ir-move">
      <select
        ref={selectRef}
        aria-label={t('importReview.moveTo', { line: props.lineName })}
        value={chosen}
        disabled={props.disabled}
        onChange={(e) => setChosen(e.target.value as Target | '')}
      >
        <option value="">{t('importReview.moveChoose')}</option>
        {TARGETS.filter((x) => x !== props.current).map((x) => (
          <option key={x} value={x}>
            {props.targetName(x)}
          </option>
        ))}
      </select>
      <button
        type="button"
        className="small"
        aria-label={t('importReview.moveLabel', { line: props.lineName })}
        disabled={props.disabled || chosen === ''}
        onClick={() => {
          if (chosen === '') return;
          selectRef.current?.focus(); // the button is disabled again; the line's choice keeps the focus
          setChosen('');
          props.onMove(chosen);
        }}
      >
        {t('importReview.move')}
      </button>
    </span>
  );
}

/** The byline as text, and how that text is read (roles, names, credits); "Use this reading" makes it the story's byline. */
function BylineReading({ initial, onRead }: { initial: string; onRead(text: string): void }) {
  const t = useT();
  const [text, setText] = useState(initial);
  // a correction that changed the byline (a move, an undo) shows its new text
  useEffect(() => setText(initial), [initial]);
  const inputId = useId();
  const reading = readByline(text);
  // a credit as written, with what it says (摄: photo)
  const creditText = (credit: string) => {
    const kind = creditKind(credit);
    return kind ? t('importReview.creditMeaning', { credit, kind: t(`editor.byline.credit.${kind}`) }) : credit;
  };
  return (
    <form
      className="ir-byline"
      onSubmit={(e) => {
        e.preventDefault();
        onRead(text);
      }}
    >
      <h4>{t('importReview.bylineReading')}</h4>
      <label htmlFor={inputId}>{t('importReview.bylineText')}</label>
      <input id={inputId} type="text" value={text} onChange={(e) => setText(e.target.value)} />
      <button type="submit" className="small">
        {t('importReview.readByline')}
      </button>
      <ul className="ir-reading" aria-live="polite">
        {reading.contributors.length === 0 && reading.unread.length === 0 && <li className="quiet">{t('importReview.noByline')}</li>}
        {reading.contributors.map((c, i) => (
          <li key={i}>
            {t(c.credit === '' ? 'importReview.contributor' : 'importReview.contributorCredit', {
              role: c.role || t('importReview.noRole'),
              names: c.names.join(t('importReview.lineSeparator')) || '—',
              credit: creditText(c.credit),
            })}
          </li>
        ))}
        {reading.unread.length > 0 && <li className="problem">{t('importReview.unread', { text: reading.unread.join(' ') })}</li>}
      </ul>
    </form>
  );
}
