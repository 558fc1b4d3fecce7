// Files the system asked the app to open, taken once the library is loaded and as they come: the library's own story or bulletin is shown, anything else is said.
import { useEffect, useRef } from 'react';
import type { BulletinDeskApi } from '../../../shared/api';
import { useLanguage, useT } from '../i18n/index';
import type { LibraryModel } from '../library/libraryModel';
import { placeOpenedFiles, type OpenedFiles } from './openedFiles';
import type { Workspace } from './workspace';

export function useOpenedFiles(
  api: BulletinDeskApi,
  model: LibraryModel | undefined,
  show: { openStory(id: string): unknown; setWorkspace(next: Workspace): void; setProblem(text: string): void },
): void {
  const t = useT();
  const language = useLanguage();
  const openByFile = useRef<(batch: OpenedFiles) => void>(() => undefined);
  openByFile.current = (batch) => {
    if (!model) return;
    const placed = placeOpenedFiles(model, batch);
    if (placed.show?.kind === 'story') void show.openStory(placed.show.id);
    else if (placed.show) show.setWorkspace({ kind: 'bulletin', id: placed.show.id });
    if (placed.notOpened.length > 0)
      show.setProblem(
        t('shell.filesNotOpened', { names: new Intl.ListFormat(language, { type: 'conjunction' }).format(placed.notOpened) }),
      );
  };
  useEffect(() => api.on('app.openFiles', (batch) => openByFile.current(batch)), [api]);
  // those asked for before the page had its library (a double-click that started the app) are taken once it has
  const libraryLoaded = Boolean(model);
  useEffect(() => {
    if (!libraryLoaded) return;
    api.call('app.takeOpenedFiles', {}).then(
      (batch) => openByFile.current(batch),
      () => undefined,
    );
  }, [api, libraryLoaded]);
}
