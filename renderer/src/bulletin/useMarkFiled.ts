// Marking a bulletin filed: the open story's and the page's edits reach the disk first, then the service files its stories.
import { useState } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import { counted, useT, type Language, type Translate } from '../i18n/index';
import { failureText } from '../shell/errors';
import type { BulletinState } from './useBulletin';

type Filing = { kind: 'none' } | { kind: 'working' } | { kind: 'done'; count: number } | { kind: 'failed'; reason: string };

export function useMarkFiled(api: BulletinDeskApi, id: string, page: BulletinState, flush: (() => Promise<boolean>) | undefined) {
  const t = useT();
  const [filing, setFiling] = useState<Filing>({ kind: 'none' });

  const markFiled = async () => {
    setFiling({ kind: 'working' });
    try {
      // the open story's latest edits must be on disk first: filing would lock the older text
      if (flush && !(await flush())) {
        setFiling({ kind: 'failed', reason: t('bulletin.markFiled.unsaved') });
        return;
      }
      await page.settled();
      if (page.hasUnsaved()) {
        setFiling({ kind: 'failed', reason: t('bulletin.markFiled.pageUnsaved') });
        return;
      }
      const answer = await api.call('bulletin.markFiled', { id });
      page.replace(answer.bulletin, answer.revision);
      setFiling({ kind: 'done', count: answer.filedStories });
    } catch (e) {
      setFiling({ kind: 'failed', reason: failureText(e, t) });
    }
  };

  return { filing, markFiled };
}

/** What the line beside Mark filed says: filing under way, how many stories were filed, or why it failed. */
export function filingText(filing: Filing, t: Translate, language: Language): string {
  return filing.kind === 'working'
    ? t('bulletin.markFiled.working')
    : filing.kind === 'done'
      ? counted(t, language, 'bulletin.markFiled.done', filing.count)
      : filing.kind === 'failed'
        ? t('bulletin.markFiled.failed', { reason: filing.reason })
        : '';
}
