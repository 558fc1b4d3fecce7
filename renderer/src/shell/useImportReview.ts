// The import review: a plain-text page dropped anywhere on the window opens it; it lives on while another workspace is shown.
import { useCallback, useEffect, useState } from 'react';
import type { Workspace } from './workspace';

export function useImportReview(workspace: Workspace, setWorkspace: (workspace: Workspace) => void) {
  // a plain-text page dropped anywhere on the window opens the import review
  useEffect(() => {
    const isFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;
    const over = (e: DragEvent) => {
      if (!isFiles(e)) return;
      e.preventDefault();
      if (e.dataTransfer) e.dataTransfer.dropEffect = 'copy';
    };
    const drop = (e: DragEvent) => {
      const file = e.dataTransfer?.files[0];
      if (!isFiles(e) || !file) return;
      e.preventDefault();
      if (/\.(story|bulletin)\.json$/i.test(file.name)) return;
      setWorkspace({ kind: 'import', file });
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [setWorkspace]);

  // the import review lives on while another workspace is shown (its corrections are not written yet), until written or cancelled
  const [review, setReview] = useState<{ file?: File } | undefined>(undefined);
  useEffect(() => {
    if (workspace.kind === 'import') setReview((kept) => (workspace.file ? { file: workspace.file } : (kept ?? {})));
  }, [workspace]);
  const endReview = useCallback(() => setReview(undefined), []);

  return { review, endReview };
}
