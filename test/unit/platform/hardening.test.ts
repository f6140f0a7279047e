import { describe, expect, it } from 'vitest';
import {
  describeUrl,
  hardenSession,
  hardenWebContents,
  type CancellableEvent,
  type NavigationEvent,
  type SessionLike,
  type WebContentsLike,
} from '../../../src/main/platform/hardening';

type Listener = (...args: never[]) => unknown;

/** A stand-in for Electron's Session that records what was installed on it. */
function fakeSession() {
  const installed: {
    request?: Parameters<SessionLike['setPermissionRequestHandler']>[0];
    check?: Parameters<SessionLike['setPermissionCheckHandler']>[0];
    device?: Parameters<SessionLike['setDevicePermissionHandler']>[0];
    beforeRequest?: Parameters<SessionLike['webRequest']['onBeforeRequest']>[0];
    spellcheck?: boolean;
    listeners: Record<string, Listener>;
  } = { listeners: {} };
  const ses: SessionLike = {
    setPermissionRequestHandler: (h) => (installed.request = h),
    setPermissionCheckHandler: (h) => (installed.check = h),
    setDevicePermissionHandler: (h) => (installed.device = h),
    setSpellCheckerEnabled: (on) => (installed.spellcheck = on),
    webRequest: { onBeforeRequest: (l) => (installed.beforeRequest = l) },
    on: (event: string, l: Listener) => (installed.listeners[event] = l),
  };
  return { ses, installed };
}

function fakeContents() {
  const listeners: Record<string, Listener> = {};
  let openHandler: (() => { action: 'deny' }) | undefined;
  let devToolsClosed = 0;
  const contents: WebContentsLike = {
    on: (event: string, l: Listener) => (listeners[event] = l),
    setWindowOpenHandler: (h) => (openHandler = h),
    closeDevTools: () => void devToolsClosed++,
  };
  return { contents, listeners, openHandler: () => openHandler, devToolsClosed: () => devToolsClosed };
}

function navEvent(url: string): NavigationEvent & { prevented: boolean } {
  const e = { url, prevented: false, preventDefault: () => (e.prevented = true) };
  return e;
}

describe('session hardening', () => {
  it('refuses every permission request and check, and every device', () => {
    const { ses, installed } = fakeSession();
    hardenSession(ses, { packaged: true });
    const answers: boolean[] = [];
    for (const p of ['media', 'notifications', 'openExternal', 'clipboard-read']) installed.request!({}, p, (g) => answers.push(g));
    expect(answers).toEqual([false, false, false, false]);
    expect(installed.check!({}, 'clipboard-sanitized-write')).toBe(false);
    expect(installed.device!({ deviceType: 'usb' })).toBe(false);
  });

  it('turns the spellchecker off (it downloads dictionaries)', () => {
    const { ses, installed } = fakeSession();
    hardenSession(ses, { packaged: true });
    expect(installed.spellcheck).toBe(false);
  });

  it('cancels foreign requests and logs only their origin', () => {
    const { ses, installed } = fakeSession();
    const logged: string[] = [];
    hardenSession(ses, { packaged: true, logRefusal: (what, url) => logged.push(`${what} ${url}`) });
    const decide = (url: string) => {
      let cancel: boolean | undefined;
      installed.beforeRequest!({ url }, (r) => (cancel = r.cancel));
      return cancel;
    };
    expect(decide('app://waymark/index.html')).toBe(false);
    expect(decide('https://tracker.example/ping?name=Jane%20Doe')).toBe(true);
    expect(logged).toEqual(['request https://tracker.example']);
  });

  it('refuses downloads from anywhere but files the app made (data: and its own blob: URLs)', () => {
    const { ses, installed } = fakeSession();
    hardenSession(ses, { packaged: true });
    const tryDownload = (url: string) => {
      let prevented = false;
      const e: CancellableEvent = { preventDefault: () => (prevented = true) };
      (installed.listeners['will-download'] as (e: CancellableEvent, item: { getURL(): string }) => void)(e, { getURL: () => url });
      return prevented;
    };
    expect(tryDownload('https://example.org/file.exe')).toBe(true);
    expect(tryDownload('blob:https://evil.example/1234')).toBe(true);
    expect(tryDownload('file:///etc/passwd')).toBe(true);
    expect(tryDownload('data:application/pdf;base64,JVBERi0=')).toBe(false);
    expect(tryDownload('blob:app://waymark/5e1c1f9a')).toBe(false);
  });
});

describe('web contents hardening', () => {
  it('stops navigation, frame navigation and redirects to anywhere but the app', () => {
    const f = fakeContents();
    hardenWebContents(f.contents, { packaged: true });
    for (const event of ['will-navigate', 'will-frame-navigate', 'will-redirect']) {
      const away = navEvent('https://example.org/');
      const home = navEvent('app://waymark/index.html');
      (f.listeners[event] as (e: NavigationEvent) => void)(away);
      (f.listeners[event] as (e: NavigationEvent) => void)(home);
      expect(away.prevented, event).toBe(true);
      expect(home.prevented, event).toBe(false);
    }
  });

  it('denies every new window and every webview', () => {
    const f = fakeContents();
    hardenWebContents(f.contents, { packaged: true });
    expect(f.openHandler()!()).toEqual({ action: 'deny' });
    const e = navEvent('');
    (f.listeners['will-attach-webview'] as (e: CancellableEvent) => void)(e);
    expect(e.prevented).toBe(true);
  });

  it('closes devtools at once in an installed build, and leaves them be in development', () => {
    const installed = fakeContents();
    hardenWebContents(installed.contents, { packaged: true });
    (installed.listeners['devtools-opened'] as () => void)();
    expect(installed.devToolsClosed()).toBe(1);
    const dev = fakeContents();
    hardenWebContents(dev.contents, { packaged: false });
    expect(dev.listeners['devtools-opened']).toBeUndefined();
  });

  it('describes URLs in logs by origin only', () => {
    expect(describeUrl('https://x.example/people/Jane?dob=1990')).toBe('https://x.example');
    expect(describeUrl('nonsense')).toBe('(unparseable URL)');
  });
});
