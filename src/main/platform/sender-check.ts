import { APP_ORIGIN } from './csp';

/*
 * Every IPC call is checked against the frame that sent it. The renderer is sandboxed and only
 * ever loads the app's own pages, but if anything else ever ran in a frame (an injected iframe, a
 * page reached by a navigation bug, devtools) it must not reach the router.
 */

/** Whether a URL belongs to the app's own origin (app://waymark), exactly. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string' || url.length === 0) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  // Compared piece by piece rather than by `origin`: Node and Chromium disagree on the origin of
  // a custom scheme ("null" vs "app://waymark"), and credentials or a port must never pass.
  return (
    `${parsed.protocol}//${parsed.host}` === APP_ORIGIN &&
    parsed.username === '' &&
    parsed.password === '' &&
    parsed.port === ''
  );
}

/** Whether an IPC message may reach the router: only the main frame of an app page. */
export function isTrustedSender(frameUrl: string | null | undefined, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}
