import { APP_ORIGIN, APP_SCHEME } from './csp';
import { isAppUrl } from './sender-check';

/*
 * What a page may do beyond rendering itself: navigate, open windows, ask for permissions, make
 * requests. The answer is almost always no. Kept pure so each rule has a test; the Electron glue
 * only forwards the events here.
 */

/** Whether a top-level or frame navigation may proceed: only within the app's own origin. */
export function isAllowedNavigation(url: string | null | undefined): boolean {
  return isAppUrl(url);
}

/** window.open, target=_blank and middle-click are always refused; the app has one window. */
export function windowOpenDecision(): { action: 'deny' } {
  return { action: 'deny' };
}

/**
 * Whether a permission (camera, notifications, geolocation, clipboard-read, openExternal, …) is
 * granted. Never: the app needs none, and a refusal is safer than a prompt staff might click.
 */
export function isPermissionGranted(_permission: string): false {
  return false;
}

/** What the request filter needs to know about the build. */
export interface RequestPolicyContext {
  packaged: boolean;
}

/**
 * Whether a request from a page is cancelled. The app makes no network connections at all: only
 * the app's own origin is served. `data:` and `blob:` are in-memory (Mantine and Recharts use
 * them) and never touch the network. Devtools pages are allowed only in unpackaged builds, where
 * the window options let devtools open at all.
 */
export function shouldCancelRequest(url: string, ctx: RequestPolicyContext): boolean {
  let scheme: string;
  try {
    scheme = new URL(url).protocol;
  } catch {
    return true;
  }
  if (scheme === `${APP_SCHEME}:`) return !isAppUrl(url);
  if (scheme === 'data:' || scheme === 'blob:') return false;
  if (scheme === 'devtools:') return ctx.packaged;
  return true;
}

/**
 * Whether a download may go ahead: only files the app itself made in the page (an export or a
 * PDF handed over as a data: or blob: URL of the app's origin). Electron then asks the person
 * where to save it. Anything else (a link to the outside world) is refused.
 */
export function isAllowedDownload(url: string): boolean {
  return url.startsWith('data:') || url.startsWith(`blob:${APP_ORIGIN}/`);
}
