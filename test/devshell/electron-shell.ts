import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { _electron, type Browser, type ElectronApplication } from 'playwright';
import { APP_ORIGIN } from '../../src/main/platform/csp';
import type { Router } from '../../src/main/ipc/router';
import type { Workspace } from '../../src/main/services/workspace';
import { electronBinary, NO_ELECTRON_MESSAGE } from './electron-binary';
import type { BridgeCall, DevShell, DevShellOptions } from './harness';
import { saveScreenshot } from './harness';
import { REPO_ROOT } from './serve-renderer';

/*
 * The same DevShell surface over the built Electron app, for the `electron` Playwright project.
 * The workspace and router live in Electron's main process here, out of reach of the test, so
 * the members that need them (ws, router, tickIdle, calls) are unavailable: specs that use them
 * skip under this project (see `shellKind` in test/e2e/fixtures.ts).
 *
 * Not exercised on our build machines, which have no Electron binary. It assumes the platform
 * layer takes a test data folder from WAYMARK_DATA_DIR (the `--data-folder` switch would record
 * the choice in the machine-wide config, which a test must not touch) and locks on
 * powerMonitor 'lock-screen' by reloading the window.
 */

/** The Electron main entry electron-vite builds. */
const MAIN_ENTRY = join(REPO_ROOT, 'out', 'main', 'index.js');

/** Requests under this prefix are the app's own (served by its protocol handler). */
const APP_PREFIX = `${APP_ORIGIN}/`;

function unavailable(what: string): never {
  throw new Error(`${what} is not available under the electron project: the workspace lives in Electron's main process. Skip with shellKind === 'electron'.`);
}

/** Launches the built Electron app with a fresh (or given) data folder. */
export async function launchElectronShell(opts: DevShellOptions = {}): Promise<DevShell> {
  const bin = electronBinary();
  if (!bin) throw new Error(NO_ELECTRON_MESSAGE);
  if (!existsSync(MAIN_ENTRY)) throw new Error(`The app is not built (${MAIN_ENTRY} is missing). Run: npx electron-vite build`);
  const ownsDir = opts.dir === undefined;
  const dir = ownsDir ? mkdtempSync(join(tmpdir(), 'waymark-electron-')) : resolve(opts.dir!);
  mkdirSync(dir, { recursive: true });

  let app: ElectronApplication;
  try {
    app = await _electron.launch({
      executablePath: bin,
      // Root in CI containers cannot use Chromium's sandbox; on a workstation it is not needed
      // for a test run either. The app itself still asks for sandboxed renderers.
      args: ['--no-sandbox', MAIN_ENTRY],
      env: { ...process.env, WAYMARK_DATA_DIR: dir } as Record<string, string>,
      colorScheme: opts.colorScheme ?? 'light',
      locale: 'en-GB',
    });
  } catch (e) {
    if (ownsDir) rmSync(dir, { recursive: true, force: true });
    throw e;
  }
  const page = await app.firstWindow();
  if (opts.viewport) await page.setViewportSize(opts.viewport);
  const context = app.context();
  const foreignRequests: string[] = [];
  const pageErrors: string[] = [];
  const calls: BridgeCall[] = [];
  // The main process cancels these; seeing one at all means the renderer tried to reach out.
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(APP_PREFIX) && !url.startsWith('data:') && !url.startsWith('blob:') && !url.startsWith('devtools:')) {
      foreignRequests.push(url);
    }
  });
  page.on('console', (msg) => {
    if (msg.type() === 'error') pageErrors.push(`console: ${msg.text()}`);
  });
  page.on('pageerror', (err) => pageErrors.push(`pageerror: ${err.message}`));

  let closed = false;
  return {
    page,
    context,
    get browser(): Browser {
      return unavailable('browser');
    },
    get ws(): Workspace {
      return unavailable('ws');
    },
    get router(): Router {
      return unavailable('router');
    },
    dir,
    dbPath: join(dir, 'waymark.db'),
    foreignRequests,
    pageErrors,
    calls,
    async simulateOsLock() {
      // The app reloads only if something was unlocked, as in the dev shell; do not wait forever.
      const reloaded = page.waitForEvent('load', { timeout: 10_000 }).catch(() => undefined);
      await app.evaluate(({ powerMonitor }) => {
        powerMonitor.emit('lock-screen');
      });
      await reloaded;
    },
    async tickIdle() {
      unavailable('tickIdle');
    },
    screenshot: (name: string) => saveScreenshot(page, name, 'electron-'),
    async close() {
      if (closed) return;
      closed = true;
      await app.close().catch(() => undefined);
      if (ownsDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}
