import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright';
import { systemClock, type Clock } from '../../src/shared/clock';
import type { ScryptParams } from '../../src/main/db/crypto';
import { vaultPaths } from '../../src/main/db/vault';
import { createAppRouter } from '../../src/main/ipc/app-router';
import type { Router } from '../../src/main/ipc/router';
import { loadCommonPasswords } from '../../src/main/services/common-passwords';
import { closeWorkspace, lock, lockIfIdle } from '../../src/main/services/session.service';
import { createWorkspace, type Workspace } from '../../src/main/services/workspace';
import { openAppPage, type AppPage, type BridgeCall } from './app-page';
import { launchChromium } from './chromium';
import { DEV_ORIGIN, DEV_URL, REPO_ROOT } from './serve-renderer';

/*
 * The dev shell: the real router, services and encrypted database in this Node process, and the
 * built renderer in Chromium, joined by a Playwright binding where Electron has IPC. What the
 * Electron platform layer does on its side (reload the page when the workspace locks, lock on
 * the OS screen lock, check for idleness) the shell does here, so end-to-end tests exercise the
 * same flows without an Electron binary.
 */

export type { BridgeCall } from './app-page';

/** How to start a dev shell. Every field is optional. */
export interface DevShellOptions {
  /** Data folder (kept on close). Default: a new temporary folder, removed on close. */
  dir?: string;
  /** Default: the system clock (and then the idle check also runs by itself, as in the app). */
  clock?: Clock;
  /** Default: the real scrypt parameters. Tests not about sign-in pass cheap ones. */
  scrypt?: ScryptParams;
  /** Default true. */
  headless?: boolean;
  colorScheme?: 'light' | 'dark';
  /** Default 1280×800 headless; headed, the page follows the window. */
  viewport?: { width: number; height: number };
}

/** A running dev shell. */
export interface DevShell {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  ws: Workspace;
  router: Router;
  dir: string;
  dbPath: string;
  /**
   * every URL the page tried to load outside the app origin (aborted by the shell). A request
   * the page's CSP refused first never gets this far: it shows in pageErrors as `csp: …`.
   */
  foreignRequests: string[];
  /** console errors and CSP violations seen in the page (`console: …`, `pageerror: …`, `csp: …`) */
  pageErrors: string[];
  /** every call the page made through the bridge, in order of completion (no inputs kept) */
  calls: BridgeCall[];
  /** as the OS screen lock would: locks the workspace (the page reloads to the lock screen) */
  simulateOsLock(): Promise<void>; // resolves once the page has reloaded (if anything was unlocked)
  /** runs the idle check now (use with a fixedClock you advanced) */
  tickIdle(): Promise<void>; // resolves once the page has reloaded, if it locked
  screenshot(name: string): Promise<string>; // saves artifacts/screenshots/<name>.png, returns path
  close(): Promise<void>;
}

/** Where screenshots go (ignored by git, kept by CI as artifacts). */
export const SCREENSHOT_DIR = join(REPO_ROOT, 'artifacts', 'screenshots');

/**
 * Saves a screenshot artifact as `<prefix><name>.png` and returns its path. The name becomes a file
 * name: no folders, no traversal. With a dialog open the shot is the window as the person sees it:
 * a full-page shot of a scroll-locked page draws it twice, with the header half-way down.
 */
export async function saveScreenshot(page: Page, name: string, prefix = ''): Promise<string> {
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) throw new Error(`Screenshot name must be a plain file name: ${name}`);
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  const path = join(SCREENSHOT_DIR, `${prefix}${name.endsWith('.png') ? name : `${name}.png`}`);
  const dialogOpen = (await page.locator('[role="dialog"]:visible').count()) > 0;
  await page.screenshot({ path, fullPage: !dialogOpen });
  return path;
}

/** With the real clock, how often the shell checks for idleness (the app's platform layer does too). */
const IDLE_CHECK_MS = 15_000;

/** Creates the workspace and router the shell (and the benchmark) run. */
export function createShellWorkspace(args: { dbPath: string; clock: Clock; scrypt?: ScryptParams; onLocked: () => void }): {
  ws: Workspace;
  router: Router;
} {
  const ws = createWorkspace({
    paths: vaultPaths(args.dbPath),
    clock: args.clock,
    vault: args.scrypt ? { scrypt: args.scrypt } : undefined,
    commonPasswords: loadCommonPasswords(),
    onLocked: args.onLocked,
  });
  return { ws, router: createAppRouter(ws) };
}

/** Clears everything the page stored and opens the start page: a renderer with no state. */
async function wipeAndRestart(page: Page): Promise<void> {
  if (page.isClosed()) return;
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Storage.clearDataForOrigin', { origin: DEV_ORIGIN, storageTypes: 'all' });
  } finally {
    await cdp.detach().catch(() => undefined);
  }
  await page.goto(DEV_URL, { waitUntil: 'load' });
}

/** Starts Chromium on the built renderer with a real workspace behind it. */
export async function launchDevShell(opts: DevShellOptions = {}): Promise<DevShell> {
  const ownsDir = opts.dir === undefined;
  const dir = ownsDir ? mkdtempSync(join(tmpdir(), 'waymark-devshell-')) : resolve(opts.dir!);
  mkdirSync(dir, { recursive: true });
  const dbPath = join(dir, 'waymark.db');
  const headless = opts.headless ?? true;

  let app: AppPage | null = null;
  let closed = false;
  let reloading: Promise<void> = Promise.resolve();

  const { ws, router } = createShellWorkspace({
    dbPath,
    clock: opts.clock ?? systemClock,
    scrypt: opts.scrypt,
    // Locking must also wipe what the renderer holds, as Electron's platform layer does: after
    // the bridge reply that caused the lock has gone out, clear the origin's storage and load
    // the start page again.
    onLocked: () => {
      if (closed || !app) return;
      const page = app.page;
      reloading = new Promise<void>((r) => setImmediate(r))
        .then(() => wipeAndRestart(page))
        .catch(() => undefined);
    },
  });

  let browser: Browser | null = null;
  try {
    browser = await launchChromium({ headless });
    app = await openAppPage(browser, router, {
      colorScheme: opts.colorScheme,
      viewport: opts.viewport ?? (headless ? undefined : null),
    });
  } catch (e) {
    await browser?.close().catch(() => undefined);
    closeWorkspace(ws);
    if (ownsDir) rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const opened = app;
  const launched = browser;

  // With an injected clock the test decides when idleness is checked (tickIdle); with the real
  // clock the shell checks by itself, so the preview locks like the app does.
  const idleTimer = opts.clock
    ? null
    : setInterval(() => {
        try {
          lockIfIdle(ws);
        } catch (e) {
          console.error(`[devshell] idle check failed: ${e instanceof Error ? e.message : String(e)}`);
        }
      }, IDLE_CHECK_MS);
  idleTimer?.unref();

  return {
    page: opened.page,
    context: opened.context,
    browser: launched,
    ws,
    router,
    dir,
    dbPath,
    foreignRequests: opened.foreignRequests,
    pageErrors: opened.pageErrors,
    calls: opened.calls,
    async simulateOsLock() {
      lock(ws, 'os-lock');
      await reloading;
    },
    async tickIdle() {
      lockIfIdle(ws);
      await reloading;
    },
    screenshot: (name: string) => saveScreenshot(opened.page, name),
    async close() {
      if (closed) return;
      closed = true;
      if (idleTimer) clearInterval(idleTimer);
      // The browser first, so no bridge call can arrive after the database has closed.
      await launched.close().catch(() => undefined);
      closeWorkspace(ws);
      if (ownsDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
