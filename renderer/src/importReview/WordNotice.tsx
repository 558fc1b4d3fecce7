// The import review's notice for a Word file: its tables, photos, notes and headers, and where each went (nothing is dropped unsaid).
import type { WordExtra } from '../../../shared/parse/wordPage';
import { useLanguage, useT } from '../i18n/index';
import { wordNoticeOf } from './wordNotes';

export function WordNotice({ extras }: { extras: readonly WordExtra[] }) {
  const t = useT();
  const language = useLanguage();
  const said = wordNoticeOf(t, language, extras);
  if (said.length === 0) return null;
  return (
    <section className="ir-word-notice" aria-label={t('wordImport.noticeLabel')}>
      <ul>
        {said.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
    </section>
  );
}
