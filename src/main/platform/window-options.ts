import type { BrowserWindowConstructorOptions } from 'electron';

/*
 * The one source of BrowserWindow options. Every window the app creates goes through
 * hardenedWindowOptions (a test scans src/ to keep it so). The import above is types only: this
 * file stays pure so tests can inspect the options without an Electron binary.
 */

/**
 * The session partition every window uses. It has no "persist:" prefix, so Chromium keeps it in
 * memory: nothing the renderer holds (DOM storage, caches) is ever written to the OS profile,
 * which may be backed up or roam to a server.
 */
export const APP_PARTITION = 'waymark';

/** What the options depend on besides the preload. */
export interface WindowContext {
  /** Whether this is an installed build (devtools are closed off there). */
  packaged: boolean;
  /** The window icon (Linux shows it; Windows takes the executable's). */
  icon?: string;
  /**
   * 'print' is the hidden window that turns a document into a PDF: no preload (no bridge to the
   * main process), no JavaScript at all, never shown.
   */
  purpose?: 'app' | 'print';
}

/** BrowserWindow options with every hardening switch set explicitly, not left to defaults. */
export function hardenedWindowOptions(preloadPath: string, ctx: WindowContext = { packaged: true }): BrowserWindowConstructorOptions {
  const print = ctx.purpose === 'print';
  return {
    title: 'Waymark',
    width: 1280,
    height: 800,
    minWidth: 960,
    minHeight: 600,
    // Shown on ready-to-show, so the first frame is the app rather than a white flash.
    show: false,
    backgroundColor: '#1a1b1e',
    autoHideMenuBar: true,
    ...(ctx.icon ? { icon: ctx.icon } : {}),
    webPreferences: {
      ...(print ? { javascript: false, offscreen: true } : { preload: preloadPath }),
      partition: APP_PARTITION,
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      experimentalFeatures: false,
      navigateOnDragDrop: false,
      // The spellchecker downloads dictionaries from the network, and sees what staff type.
      spellcheck: false,
      enableWebSQL: false,
      plugins: false,
      webgl: false,
      safeDialogs: true,
      // Middle-click opening links in new windows is one more way out of the app.
      disableBlinkFeatures: 'Auxclick',
      autoplayPolicy: 'document-user-activation-required',
      devTools: !ctx.packaged && !print,
    },
  };
}
