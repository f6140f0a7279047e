/*
 * What happens when Waymark is started while it is already running (a second click on the
 * desktop icon, often because the window is minimised or behind another one). Two copies would
 * open the database twice, so the second one quits (see electron-app.ts) and the first brings its
 * window forward: this pure function does that, so it is tested without an Electron binary.
 */

/** The subset of Electron's BrowserWindow this uses. */
export interface FocusableWindow {
  isDestroyed(): boolean;
  isMinimized(): boolean;
  restore(): void;
  show(): void;
  focus(): void;
}

/**
 * Brings the running window to the front: restored if minimised, shown if hidden, then focused.
 * Returns false, doing nothing, when there is no window to bring forward (still starting, or
 * closed while the app quits): a destroyed window throws on every call.
 */
export function focusRunningWindow(win: FocusableWindow | null): boolean {
  if (!win || win.isDestroyed()) return false;
  if (win.isMinimized()) win.restore();
  win.show();
  win.focus();
  return true;
}
