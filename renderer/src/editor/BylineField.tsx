// The byline field: typed as the paper writes it, read live into contributors shown beneath (what is not understood is flagged and kept), and its position (Alt+↓).
import { memo, useCallback, useRef, useState } from 'react';
import { creditKind, formatByline } from '../../../shared/byline';
import { BYLINE_POSITIONS, type BylinePosition, type Contributor } from '../../../shared/story';
import { useT } from '../i18n';
import { sameUnderstanding, understandByline, type BylineUnderstanding } from './bylineReading';
import { FieldFrame } from './FieldFrame';
import type { FieldHost } from './fieldHost';
import { LineEditor } from './LineEditor';
import './readings.css';

export interface BylineFieldProps {
  host: FieldHost;
  initial: readonly Contributor[];
  initialPosition: BylinePosition;
  /** Where the house style puts every byline, when it overrides the story's own choice. */
  forcedPosition: BylinePosition | null;
  readOnly: boolean;
  count: number;
}

/** A credit as the paper writes it (文图, 文/图, 摄, 图), with what it says: 文/图 is words and photos by the same person. */
function Credit({ credit }: { credit: string }) {
  const t = useT();
  const kind = creditKind(credit);
  return (
    <span className="contributor-credit">
      {kind === 'wordsAndPhotos' ? '文/图' : credit}
      {kind && <span className="contributor-credit-kind">{t(`editor.byline.credit.${kind}`)}</span>}
    </span>
  );
}

export const BylineField = memo(function BylineField({
  host,
  initial,
  initialPosition,
  forcedPosition,
  readOnly,
  count,
}: BylineFieldProps) {
  const t = useT();
  const [initialText] = useState(() => formatByline(initial));
  const [reading, setReading] = useState<BylineUnderstanding>(() => understandByline(initialText));
  const readingId = host.id('byline', 'reading');
  const positionId = host.id('bylinePosition', 'input');
  const hintId = host.id('byline', 'hint');
  const positionRef = useRef<HTMLSelectElement>(null);
  // Tab goes from field to field: the position menu is reached from the field with Alt+↓
  const toPosition = useCallback(() => positionRef.current?.focus(), []);

  const onText = useCallback(
    (text: string) => {
      const next = understandByline(text);
      setReading((prev) => (sameUnderstanding(prev, next) ? prev : next));
      host.commit('byline', next.keep);
    },
    [host],
  );

  const empty = reading.read.length === 0 && reading.unread.length === 0;
  return (
    <FieldFrame
      name="byline"
      labelId={host.id('byline', 'label')}
      label={t('field.byline')}
      onCaptionClick={() => host.focus('byline')}
      count={count}
    >
      <LineEditor
        field="byline"
        host={host}
        initialText={initialText}
        readOnly={readOnly}
        onText={onText}
        placeholder={t('editor.byline.placeholder')}
        describedBy={`${readingId} ${hintId}`}
        onAltDown={toPosition}
      />
      <div id={readingId} className="byline-reading">
        {empty ? (
          <span className="byline-none">{t('editor.byline.none')}</span>
        ) : (
          <ul className="contributors" aria-label={t('editor.byline.readAs')}>
            {reading.read.map((c, i) => (
              <li key={i} className="contributor">
                <span className="contributor-role">{c.role}</span>
                {c.names.length > 0 ? (
                  <span className="contributor-names">{c.names.join('、')}</span>
                ) : (
                  <span className="contributor-names missing">{t('editor.byline.noName')}</span>
                )}
                {c.credit !== '' && <Credit credit={c.credit} />}
              </li>
            ))}
          </ul>
        )}
        {reading.unread.length > 0 && <p className="byline-unread">{t('editor.byline.unread', { text: reading.unread.join(' ') })}</p>}
      </div>
      <p id={hintId} className="field-hint">
        {t('editor.byline.hint')}
      </p>
      <div className="byline-position">
        <label htmlFor={positionId}>{t('field.bylinePosition')}</label>
        <select
          ref={positionRef}
          id={positionId}
          tabIndex={-1}
          aria-keyshortcuts="Alt+ArrowDown"
          onKeyDown={(e) => {
            // Escape goes back to the byline, as it came
            if (e.key === 'Escape') host.focus('byline');
          }}
          defaultValue={initialPosition}
          disabled={readOnly}
          onChange={(e) => host.commit('bylinePosition', e.target.value as BylinePosition)}
        >
          {BYLINE_POSITIONS.map((p) => (
            <option key={p} value={p}>
              {t(`editor.bylinePosition.${p}`)}
            </option>
          ))}
        </select>
        {forcedPosition && (
          <span className="field-note">{t('editor.bylinePosition.forced', { where: t(`editor.bylinePosition.${forcedPosition}`) })}</span>
        )}
      </div>
    </FieldFrame>
  );
});
