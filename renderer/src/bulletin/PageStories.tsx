// The page's stories in order: position, kicker and headline, status, count; Open, Move up/down, Remove; Alt+↑/↓ and dragging reorder.
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { countStory } from '../../../shared/count';
import { findingsText, type StoryTally } from '../export/copyGate';
import { useLanguage, useT } from '../i18n/index';
import { formatCount } from '../shell/format';
import type { PageStory } from './useBulletin';

interface Props {
  ids: readonly string[];
  stories: ReadonlyMap<string, PageStory>;
  labelledBy: string;
  /** Moves the story at `from` to `to`. */
  onMove(from: number, to: number): void;
  onRemove(id: string): void;
  onOpen(id: string): void;
  /** A story to give the focus to (after it was added or moved), then forgotten. */
  focusId: string | undefined;
  onFocused(): void;
  /** The copy check's errors and warnings of each story that has any. */
  findings: ReadonlyMap<string, StoryTally>;
}

const DRAG_TYPE = 'application/x-bulletin-desk-story';

export function PageStories({ ids, stories, labelledBy, onMove, onRemove, onOpen, focusId, onFocused, findings }: Props) {
  const t = useT();
  const language = useLanguage();
  const items = useRef(new Map<string, HTMLLIElement>());
  const [dragged, setDragged] = useState<string | undefined>(undefined);
  const [over, setOver] = useState<string | undefined>(undefined);

  useEffect(() => {
    if (focusId === undefined) return;
    const el = items.current.get(focusId);
    if (el && !el.contains(document.activeElement)) el.focus();
    else if (el && document.activeElement instanceof HTMLButtonElement && document.activeElement.disabled) el.focus();
    onFocused();
  }, [focusId, ids, onFocused]);

  const keyDown = (e: KeyboardEvent<HTMLLIElement>, index: number) => {
    if (!e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    if (e.key !== 'ArrowUp' && e.key !== 'ArrowDown') return;
    e.preventDefault();
    const to = index + (e.key === 'ArrowUp' ? -1 : 1);
    if (to < 0 || to >= ids.length) return;
    onMove(index, to);
  };

  const drop = (target: string) => {
    const from = dragged === undefined ? -1 : ids.indexOf(dragged);
    const to = ids.indexOf(target);
    setDragged(undefined);
    setOver(undefined);
    if (from !== -1 && to !== -1 && from !== to) onMove(from, to);
  };

  if (ids.length === 0) return <p className="quiet bulletin-empty">{t('bulletin.noStories')}</p>;

  return (
    <ol className="bulletin-stories" aria-labelledby={labelledBy}>
      {ids.map((id, index) => {
        const page = stories.get(id) ?? { kind: 'reading' };
        const story = page.kind === 'ok' ? page.story : undefined;
        const headline = story ? story.headline.trim() || t('bulletin.noHeadline') : '';
        const classes = ['bulletin-story', dragged === id ? 'is-dragged' : '', over === id && dragged !== id ? 'is-over' : '']
          .filter(Boolean)
          .join(' ');
        return (
          <li
            key={id}
            ref={(el) => {
              if (el) items.current.set(id, el);
              else items.current.delete(id);
            }}
            className={classes}
            // each story of the page takes the focus to be moved with Alt+↑/↓ (announced through its label and help)
            // eslint-disable-next-line jsx-a11y/no-noninteractive-tabindex
            tabIndex={0}
            aria-keyshortcuts="Alt+ArrowUp Alt+ArrowDown"
            aria-labelledby={`${labelledBy}-${id}-position ${labelledBy}-${id}-text`}
            aria-describedby={`${labelledBy}-help`}
            draggable
            onKeyDown={(e) => keyDown(e, index)}
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_TYPE, id);
              e.dataTransfer.setData('text/plain', headline);
              e.dataTransfer.effectAllowed = 'move';
              setDragged(id);
            }}
            onDragEnd={() => {
              setDragged(undefined);
              setOver(undefined);
            }}
            onDragOver={(e) => {
              if (dragged === undefined) return;
              e.preventDefault();
              e.dataTransfer.dropEffect = 'move';
              if (over !== id) setOver(id);
            }}
            onDrop={(e) => {
              if (dragged === undefined) return;
              e.preventDefault();
              e.stopPropagation();
              drop(id);
            }}
          >
            <span id={`${labelledBy}-${id}-position`} className="bulletin-story-position">
              {t('bulletin.position', { position: formatCount(index + 1, language) })}
            </span>
            <span id={`${labelledBy}-${id}-text`} className="bulletin-story-text">
              {story ? (
                <>
                  {story.kicker.trim() !== '' && <span className="bulletin-story-kicker">{story.kicker.trim()}</span>}
                  <span className="bulletin-story-headline">{headline}</span>
                  <span className="bulletin-story-facts quiet">
                    <span className={`status-${story.status}`}>{t(`library.status.${story.status}`)}</span>
                    {' · '}
                    {t('bulletin.characters', { count: formatCount(countStory(story).story, language) })}
                    {findings.has(id) && (
                      <>
                        {' · '}
                        <span className={(findings.get(id)?.errors ?? 0) > 0 ? 'story-findings has-errors' : 'story-findings'}>
                          {t('gate.storyFindings', { findings: findingsText(findings.get(id) as StoryTally, t, language) })}
                        </span>
                      </>
                    )}
                  </span>
                </>
              ) : page.kind === 'missing' ? (
                <span className="problem">{t('bulletin.missing')}</span>
              ) : page.kind === 'unreadable' ? (
                <span className="problem">{t('bulletin.unreadable', { reason: page.reason })}</span>
              ) : (
                <span className="quiet">{t('bulletin.reading')}</span>
              )}
            </span>
            <span className="bulletin-story-actions actions">
              {story && (
                <button type="button" className="small" onClick={() => onOpen(id)}>
                  {t('bulletin.open')}
                </button>
              )}
              <button type="button" className="small" disabled={index === 0} onClick={() => onMove(index, index - 1)}>
                {t('bulletin.moveUp')}
              </button>
              <button type="button" className="small" disabled={index === ids.length - 1} onClick={() => onMove(index, index + 1)}>
                {t('bulletin.moveDown')}
              </button>
              <button type="button" className="small" onClick={() => onRemove(id)}>
                {t('bulletin.remove')}
              </button>
            </span>
          </li>
        );
      })}
    </ol>
  );
}
