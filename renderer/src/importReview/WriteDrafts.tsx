// The confirm bar of the import review: write the stories chosen as new drafts, optionally with a bulletin in the page's order; or cancel.
import { useId, useRef, useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import type { Story } from '../../../shared/story';
import { counted, useLanguage, useT } from '../i18n/index';
import { failureText } from '../shell/errors';

interface Props {
  api: BulletinDeskApi;
  stories: Story[];
  defaultTitle: string;
  defaultDate: string;
  onWritten(result: { stories: string[]; bulletin?: string }): void;
  onCancel(): void;
}

/** The most stories one `import.write` (and a bulletin) takes (shared/api.ts); more are written in turns. */
const PER_WRITE = 1000;

export function WriteDrafts({ api, stories, defaultTitle, defaultDate, onWritten, onCancel }: Props) {
  const t = useT();
  const language = useLanguage();
  const [withBulletin, setWithBulletin] = useState(false);
  const [title, setTitle] = useState(defaultTitle);
  const [date, setDate] = useState(defaultDate);
  const [writing, setWriting] = useState(false);
  const [problem, setProblem] = useState('');
  const busy = useRef(false);
  const ids = { check: useId(), title: useId(), date: useId() };
  const n = stories.length;

  const write = async () => {
    if (busy.current || n === 0) return;
    if (withBulletin && n > PER_WRITE) {
      setProblem(counted(t, language, 'importReview.bulletinTooLong', PER_WRITE));
      return;
    }
    busy.current = true;
    setWriting(true);
    setProblem('');
    try {
      const bulletin = withBulletin
        ? { title: title.trim() || defaultTitle, date: /^\d{4}-\d{2}-\d{2}$/.test(date) ? date : defaultDate }
        : undefined;
      // a page of more than 1,000 stories is written in turns (a try again skips the stories already written)
      const ids: string[] = [];
      let made: string | undefined;
      for (let from = 0; from < n; from += PER_WRITE) {
        const result = await api.call('import.write', {
          stories: stories.slice(from, from + PER_WRITE),
          ...(bulletin ? { bulletin } : {}),
        });
        ids.push(...result.written.map((w) => w.id));
        made = result.bulletin?.id;
      }
      onWritten({ stories: ids, ...(made ? { bulletin: made } : {}) });
    } catch (e) {
      setProblem(t('importReview.writeFailed', { reason: failureText(e, t) }));
    } finally {
      busy.current = false;
      setWriting(false);
    }
  };

  return (
    <form
      className="ir-write bar bar-band-end"
      onSubmit={(e) => {
        e.preventDefault();
        void write();
      }}
    >
      <span className="ir-check">
        <input id={ids.check} type="checkbox" checked={withBulletin} onChange={(e) => setWithBulletin(e.target.checked)} />
        <label htmlFor={ids.check}>{t('importReview.withBulletin')}</label>
      </span>
      {withBulletin && (
        <>
          <label htmlFor={ids.title}>{t('importReview.bulletinTitle')}</label>
          <input id={ids.title} type="text" value={title} maxLength={200} onChange={(e) => setTitle(e.target.value)} />
          <label htmlFor={ids.date}>{t('importReview.bulletinDate')}</label>
          <input id={ids.date} type="date" value={date} onChange={(e) => setDate(e.target.value)} />
        </>
      )}
      <button type="submit" className="primary" disabled={writing || n === 0}>
        {writing ? t('importReview.writing') : counted(t, language, 'importReview.write', n)}
      </button>
      <button type="button" onClick={onCancel}>
        {t('importReview.cancel')}
      </button>
      {problem !== '' && (
        <p className="problem" role="alert">
          {problem}
        </p>
      )}
    </form>
  );
}
