// The shell's dialogs: quitting with unsaved edits, where to export or save a proof's PDF, the library's folder, and a library that cannot be opened.
import path from 'node:path';
import { app, BrowserWindow, dialog } from 'electron';
import type { Language } from '../../shared/api';
import { shellText } from './shellText';

const parentWindow = (): BrowserWindow | undefined => BrowserWindow.getFocusedWindow() ?? BrowserWindow.getAllWindows()[0];

function show(options: Electron.MessageBoxOptions): Promise<Electron.MessageBoxReturnValue> {
  const parent = parentWindow();
  return parent ? dialog.showMessageBox(parent, options) : dialog.showMessageBox(options);
}

/** Asks before quitting while an edit has not reached the disk; true = quit anyway. */
export async function confirmQuitWithUnsaved(language: Language, problem: { error?: string; failedStories: string[] }): Promise<boolean> {
  const t = shellText(language);
  const detail = [problem.error, problem.failedStories.length > 0 ? t.failedCount(problem.failedStories.length) : undefined]
    .filter((line): line is string => Boolean(line))
    .join('\n');
  const { response } = await show({
    type: 'warning',
    title: t.unsavedTitle,
    message: t.unsavedMessage,
    detail,
    buttons: [t.keepOpen, t.quitAnyway],
    defaultId: 0,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

/** Says that the outbox still holds items not sent (they go the next time); true = quit anyway. */
export async function confirmQuitWithUnsent(language: Language, unsent: number): Promise<boolean> {
  const t = shellText(language);
  const { response } = await show({
    type: 'info',
    title: t.unsentTitle,
    message: t.unsentMessage(unsent),
    buttons: [t.keepOpen, t.quitAnyway],
    defaultId: 1,
    cancelId: 0,
    noLink: true,
  });
  return response === 1;
}

/** Where to write an export; null when the user cancels. */
export async function chooseExportPath(language: Language, suggestedName: string): Promise<string | null> {
  const t = shellText(language);
  const options: Electron.SaveDialogOptions = {
    title: t.exportTitle,
    defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)),
    filters: [{ name: t.textFiles, extensions: ['txt'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = parentWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/**
 * Where to write a page with its photos; null when the user cancels. A zip: a save dialog, never replacing a file
 * (the desk refuses one that exists); a folder: the folder to make the page's folder in.
 */
export async function choosePackageTarget(language: Language, name: string, as: 'zip' | 'folder'): Promise<string | null> {
  const t = shellText(language);
  const parent = parentWindow();
  if (as === 'zip') {
    const options: Electron.SaveDialogOptions = {
      title: t.packageZipTitle,
      defaultPath: path.join(app.getPath('documents'), `${path.basename(name)}.zip`),
      filters: [{ name: t.zipFiles, extensions: ['zip'] }],
      properties: ['createDirectory'],
    };
    const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
    return result.canceled || !result.filePath ? null : result.filePath;
  }
  const options: Electron.OpenDialogOptions = {
    title: t.packageFolderTitle,
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
}

/** Where to save a proof as PDF; null when the user cancels. The dialog asks before replacing a file. */
export async function chooseProofPdfPath(language: Language, suggestedName: string): Promise<string | null> {
  const t = shellText(language);
  const options: Electron.SaveDialogOptions = {
    title: t.proofPdfTitle,
    defaultPath: path.join(app.getPath('documents'), path.basename(suggestedName)),
    filters: [{ name: t.pdfFiles, extensions: ['pdf'] }],
    properties: ['createDirectory', 'showOverwriteConfirmation'],
  };
  const parent = parentWindow();
  const result = parent ? await dialog.showSaveDialog(parent, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? null : result.filePath;
}

/** A folder for the library (Settings); null when the user cancels. The dialog may make a new folder. */
export async function chooseLibraryFolder(language: Language): Promise<string | null> {
  const t = shellText(language);
  const options: Electron.OpenDialogOptions = {
    title: t.libraryFolderTitle,
    defaultPath: app.getPath('documents'),
    properties: ['openDirectory', 'createDirectory', 'promptToCreate'],
  };
  const parent = parentWindow();
  const result = parent ? await dialog.showOpenDialog(parent, options) : await dialog.showOpenDialog(options);
  return result.canceled || !result.filePaths[0] ? null : result.filePaths[0];
}

/** The library could not be opened at start; true = try again, false = quit. */
export async function askRetryStart(language: Language, reason: string): Promise<boolean> {
  const t = shellText(language);
  const { response } = await show({
    type: 'error',
    title: t.startFailedTitle,
    message: t.startFailedTitle,
    detail: reason,
    buttons: [t.tryAgain, t.quit],
    defaultId: 0,
    cancelId: 1,
    noLink: true,
  });
  return response === 0;
}
