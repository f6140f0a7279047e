import type { Browser, BrowserContext, Page } from 'playwright';
import type { Result } from '../../src/shared/errors';
import { CHANNELS } from '../../src/shared/ipc/channels';
import type { Router } from '../../src/main/ipc/router';
import { BRIDGE_BINDING, REPORT_BINDING, bridgeScript, violationReporterScript } from './page-scripts';
import { DEV_URL, assertRendererBuilt, isAppUrl, serveRenderer } from './serve-renderer';

/*
 * One browser context showing the app: the renderer served from the dev origin, the bridge bound
 * to the router, and everything the page does that a test should see recorded. The harness and
 * the cold-start benchmark both open the app through here.
 */

/** One call the page made through the bridge. Inputs are not kept: they may hold passwords. */
export interface BridgeCall {
  channel: string;
  ok: boolean;
  /** The error code, when the call failed. */
  errorCode?: string;
}

/** How the app's context is set up. */
export interface AppPageOptions {
  colorScheme?: 'light' | 'dark';
  /** null lets the page follow the window's size (the headed preview). */
  viewport?: { width: number; height: number } | null;
}

/** An open app page and what it has done so far. */
export interface AppPage {
  context: BrowserContext;
  page: Page;
  foreignRequests: string[];
  pageErrors: string[];
  calls: BridgeCall[];
  /** Resolves once the page has received its first app.status answer. */
  firstStatus: Promise<void>;
}

/** Who called a binding (Playwright's BindingSource, which the package does not re-export). */
type BindingSource = Parameters<Parameters<BrowserContext['exposeBinding']>[1]>[0];

const DENIED = {
  ok: false,
  error: { code: 'FORBIDDEN', message: 'Only the app page may call Waymark.' },
} as const satisfies Result<never>;

/** Opens a context and a page showing the built renderer. */
export async function openAppPage(browser: Browser, router: Router, opts: AppPageOptions = {}): Promise<AppPage> {
  assertRendererBuilt();
  const context = await browser.newContext({
    viewport: opts.viewport === undefined ? { width: 1280, height: 800 } : opts.viewport,
    colorScheme: opts.colorScheme ?? 'light',
    locale: 'en-GB',
    // The app installs no service worker; one would answer requests the route never sees.
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const calls: BridgeCall[] = [];
  let statusSeen: () => void = () => undefined;
  const firstStatus = new Promise<void>((resolve) => (statusSeen = resolve));

  try {
    await serveRenderer(context, { onForeign: (url) => foreignRequests.push(url) });

    await context.exposeBinding(BRIDGE_BINDING, async (source: BindingSource, channel: unknown, input: unknown) => {
      // The same check Electron's ipcMain handler makes on the sender frame: only the app's own
      // top-level page may reach the router, never a subframe or a page that navigated away.
      if (source.frame !== source.page.mainFrame() || !isAppUrl(source.frame.url())) {
        calls.push({ channel: String(channel), ok: false, errorCode: DENIED.error.code });
        return DENIED;
      }
      let result: Result<unknown>;
      try {
        result = await router.call(channel, input);
      } catch {
        // The router never throws by contract; if it does, the page gets what Electron would send.
        result = { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong. Try again.' } };
      }
      calls.push(result.ok ? { channel: String(channel), ok: true } : { channel: String(channel), ok: false, errorCode: result.error.code });
      if (channel === 'app.status') statusSeen();
      return result;
    });

    await context.exposeBinding(REPORT_BINDING, (_source: BindingSource, v: { directive?: string; blockedURI?: string; sample?: string }) => {
      pageErrors.push(`csp: ${v.directive ?? '?'} refused ${v.blockedURI || 'inline'}${v.sample ? ` (${v.sample})` : ''}`);
    });
    await context.addInitScript({ content: bridgeScript(CHANNELS) });
    await context.addInitScript({ content: violationReporterScript() });

    const page = await context.newPage();
    // Electron's app denies new windows; here a popup the app opens is closed and reported.
    // (Pages a test opens itself in the context are left alone.)
    page.on('popup', (p) => {
      pageErrors.push(`popup refused: ${p.url()}`);
      void p.close().catch(() => undefined);
    });
    page.on('console', (msg) => {
      if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
    });
    page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));
    // Routes do not see WebSockets; record any the page opens (the dead proxy makes them fail).
    page.on('websocket', (ws) => {
      if (!isAppUrl(ws.url())) foreignRequests.push(ws.url());
    });

    await page.goto(DEV_URL, { waitUntil: 'load' });
    return { context, page, foreignRequests, pageErrors, calls, firstStatus };
  } catch (e) {
    await context.close().catch(() => undefined);
    throw e;
  }
}
