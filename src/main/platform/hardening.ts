import { isAllowedDownload, isAllowedNavigation, isPermissionGranted, shouldCancelRequest, windowOpenDecision } from './navigation-policy';

/*
 * Applies the navigation, permission and request policies to a session and to every web contents.
 * Written against the members it uses, so tests drive it with fakes; Electron's Session and
 * WebContents fit these shapes, which the type-checker confirms where the glue passes them in.
 */

/** An event that can be cancelled. */
export interface CancellableEvent {
  preventDefault(): void;
}

/** A navigation event: Electron puts the target URL on the event itself. */
export interface NavigationEvent extends CancellableEvent {
  readonly url: string;
}

/** Electron's Session, as far as hardening needs. */
export interface SessionLike {
  setPermissionRequestHandler(handler: (webContents: unknown, permission: string, callback: (granted: boolean) => void) => void): void;
  setPermissionCheckHandler(handler: (webContents: unknown, permission: string) => boolean): void;
  setDevicePermissionHandler(handler: (details: unknown) => boolean): void;
  setSpellCheckerEnabled(enable: boolean): void;
  readonly webRequest: {
    onBeforeRequest(listener: (details: { url: string }, callback: (response: { cancel?: boolean }) => void) => void): void;
  };
  on(event: 'will-download', listener: (event: CancellableEvent, item: { getURL(): string }) => void): unknown;
}

/** Electron's WebContents, as far as hardening needs. */
export interface WebContentsLike {
  on(event: 'will-navigate' | 'will-frame-navigate' | 'will-redirect', listener: (event: NavigationEvent) => void): unknown;
  on(event: 'will-attach-webview', listener: (event: CancellableEvent) => void): unknown;
  on(event: 'devtools-opened', listener: () => void): unknown;
  setWindowOpenHandler(handler: () => { action: 'deny' }): void;
  closeDevTools(): void;
}

/** What the policies need to know about the build. */
export interface HardeningContext {
  packaged: boolean;
  /** Where refusals are noted (URL scheme and host only: a path could name a person). */
  logRefusal?(what: string, url: string): void;
}

/** Only the scheme and host of a URL, for logs. */
export function describeUrl(url: string): string {
  try {
    const u = new URL(url);
    return `${u.protocol}//${u.host}`;
  } catch {
    return '(unparseable URL)';
  }
}

/** Denies every permission, cancels every request outside the app, refuses downloads it did not make. */
export function hardenSession(ses: SessionLike, ctx: HardeningContext): void {
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(isPermissionGranted(permission)));
  ses.setPermissionCheckHandler((_wc, permission) => isPermissionGranted(permission));
  ses.setDevicePermissionHandler(() => false);
  // The spellchecker would download dictionaries; the window options turn it off too.
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    const cancel = shouldCancelRequest(details.url, ctx);
    if (cancel) ctx.logRefusal?.('request', describeUrl(details.url));
    callback({ cancel });
  });
  ses.on('will-download', (event, item) => {
    if (isAllowedDownload(item.getURL())) return;
    event.preventDefault();
    ctx.logRefusal?.('download', describeUrl(item.getURL()));
  });
}

/** Keeps a web contents on the app's pages: no foreign navigation, no new windows, no webviews. */
export function hardenWebContents(contents: WebContentsLike, ctx: HardeningContext): void {
  const guard = (kind: string) => (event: NavigationEvent) => {
    if (!isAllowedNavigation(event.url)) {
      event.preventDefault();
      ctx.logRefusal?.(kind, describeUrl(event.url));
    }
  };
  contents.on('will-navigate', guard('navigation'));
  contents.on('will-frame-navigate', guard('frame navigation'));
  contents.on('will-redirect', guard('redirect'));
  contents.setWindowOpenHandler(() => windowOpenDecision());
  contents.on('will-attach-webview', (event) => event.preventDefault());
  if (ctx.packaged) contents.on('devtools-opened', () => contents.closeDevTools());
}
