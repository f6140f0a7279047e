/*
 * The native "choose a folder" dialog for the backup folder, as pure functions: the options the
 * Electron glue passes to dialog.showOpenDialog, and the answer read back from its result. The
 * glue (electron-app.ts) only joins them to Electron's dialog, so what the dialog offers is tested
 * without an Electron binary.
 */

/** The subset of Electron's OpenDialogOptions this uses. */
export interface FolderDialogOptions {
  title: string;
  buttonLabel: string;
  defaultPath?: string;
  properties: ('openDirectory' | 'createDirectory' | 'promptToCreate' | 'dontAddToRecent')[];
}

/** The subset of Electron's OpenDialogReturnValue this reads. */
export interface FolderDialogResult {
  canceled: boolean;
  filePaths: string[];
}

/**
 * Options for choosing where backups go: folders only (a USB drive or a network share), a new
 * folder may be made from the dialog, and the choice is kept out of the OS "recent" lists (the
 * name of a refuge's backup folder is nobody else's business). Starts in the folder already
 * set, when there is one.
 */
export function backupFolderDialogOptions(current: string | null): FolderDialogOptions {
  const start = current?.trim();
  return {
    title: 'Choose the backup folder',
    buttonLabel: 'Use this folder',
    ...(start ? { defaultPath: start } : {}),
    properties: ['openDirectory', 'createDirectory', 'promptToCreate', 'dontAddToRecent'],
  };
}

/** The folder chosen, or null when the dialog was cancelled or closed without a choice. */
export function chosenFolder(result: FolderDialogResult): string | null {
  if (result.canceled) return null;
  const first = result.filePaths[0];
  return first && first.trim() !== '' ? first : null;
}
