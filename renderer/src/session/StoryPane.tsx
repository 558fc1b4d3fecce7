// The open story: its form (remounted with a new key to load another version), the conflict banner, focus requests.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { Finding } from '../../../shared/copyDesk';
import type { HouseStyle } from '../../../shared/houseStyle';
import type { Story } from '../../../shared/story';
import type { FieldName, StoryFormHandle } from '../editor/contract';
import { StoryForm } from '../editor/StoryForm';
import { useT } from '../i18n/index';
import { ConflictBanner } from './ConflictBanner';
import type { StorySession } from './storySession';
import { useSessionView } from './useSession';

export interface FocusRequest {
  id: string;
  field: FieldName;
  /** A copy-check finding to show instead (its text selected): Review in the gate before export or filing. */
  finding?: Finding;
}

interface Props {
  session: StorySession;
  houseStyle: HouseStyle;
  /** Put the cursor in this field once the form is there (a new story: the headline). */
  focusRequest: FocusRequest | undefined;
  onFocusDone(): void;
  /** My text became a new story (keep both, or keep mine of a removed story): open it. */
  onSavedAsNew(opened: Awaited<ReturnType<StorySession['keepBoth']>>): void;
  /** Pasted text that reads as several stories, for the import review. */
  onImportText(text: string): void;
  /**
   * A new story's form made ahead while no story is open, not seen nor reached: these words are shown in its place.
   * When the reporter asks for a new story the same form is shown (nothing is made then), laid out where it was.
   */
  unseen?: string;
}

export function StoryPane({ session, houseStyle, focusRequest, onFocusDone, onSavedAsNew, onImportText, unseen }: Props) {
  const t = useT();
  const view = useSessionView(session);
  const handle = useRef<StoryFormHandle | undefined>(undefined);
  // mounted again after another workspace (a bulletin, the history, a proof): the form starts from the newest
  // text, never from the copy it was last loaded with, or the next keystroke would save that old copy
  const [mountedFrom] = useState(() => {
    const now = session.getView();
    return { id: now.id, formKey: now.formKey, story: now.latest };
  });
  const formStory = view.id === mountedFrom.id && view.formKey === mountedFrom.formKey ? mountedFrom.story : view.formStory;

  useEffect(() => {
    session.setCompositionProbe(() => handle.current?.isComposing() ?? false);
  }, [session]);

  const focusIfAsked = useCallback(() => {
    if (focusRequest && focusRequest.id === session.id && handle.current) {
      if (focusRequest.finding) handle.current.reveal(focusRequest.finding);
      else handle.current.focus(focusRequest.field);
      onFocusDone();
    }
  }, [focusRequest, session, onFocusDone]);

  // before the frame is drawn: a form made ahead is shown with the cursor already in it
  useLayoutEffect(focusIfAsked, [focusIfAsked]);

  const onReady = useCallback(
    (h: StoryFormHandle) => {
      handle.current = h;
      focusIfAsked();
    },
    [focusIfAsked],
  );
  const onChange = useCallback((story: Story) => session.edit(story), [session]);

  const keepBoth = () => {
    void session.keepBoth().then((created) => created && onSavedAsNew(created));
  };

  const hidden = unseen !== undefined;
  return (
    <main className={hidden ? 'editor editor-unseen' : 'editor'} aria-label={t('shell.story')}>
      {hidden && <p className="quiet editor-unseen-words">{unseen}</p>}
      {/* the same elements seen or not (only these attributes change), so showing the form makes nothing again */}
      <div className="story-pane" aria-hidden={hidden || undefined} inert={hidden}>
        <ConflictBanner
          view={view}
          onReloadTheirs={() => session.reloadTheirs()}
          onKeepMine={() => session.keepMine()}
          onKeepBoth={keepBoth}
        />
        <StoryForm
          key={`${view.id}:${view.formKey}`}
          initial={formStory}
          onChange={onChange}
          readOnly={view.latest.status === 'filed'}
          houseStyle={houseStyle}
          onReady={onReady}
          onImportText={onImportText}
        />
      </div>
    </main>
  );
}
