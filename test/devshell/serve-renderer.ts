import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, relative, resolve } from 'node:path';
import type { BrowserContext, Route } from 'playwright';
import { contentTypeFor, injectNonce, newNonce, responseHeaders } from '../../src/main/platform/csp';

/*
 * Serves the built renderer from a made-up origin through Playwright's request interception: no
 * server, no port, nothing another process on the machine could connect to. The origin stands
 * in for the app:// protocol Electron serves from, with the same CSP and headers.
 */

/**
 * The origin the dev shell serves the renderer from. `.invalid` can never resolve (RFC 2606), so
 * nothing real could answer it. https rather than http: the app's own protocol is a secure
 * context, and over plain http Chromium ignores the Cross-Origin-Opener-Policy header and logs
 * an error about it. Interception answers before any TLS, so no certificate is involved.
 */
export const DEV_ORIGIN = 'https://waymark.invalid';
/** The page the dev shell opens. */
export const DEV_URL = `${DEV_ORIGIN}/`;

/** The repository root (this file is test/devshell/serve-renderer.ts). */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Where `electron-vite build` puts the renderer. */
export const RENDERER_DIR = join(REPO_ROOT, 'out', 'renderer');

/** Fails early, with the fix, when the renderer has not been built. */
export function assertRendererBuilt(dir: string = RENDERER_DIR): void {
  if (!existsSync(join(dir, 'index.html'))) {
    throw new Error(`The renderer is not built (${join(dir, 'index.html')} is missing). Run: npx electron-vite build`);
  }
}

/** Whether a URL is on the dev shell's origin. */
export function isAppUrl(url: string): boolean {
  try {
    return new URL(url).origin === DEV_ORIGIN;
  } catch {
    return false;
  }
}

/**
 * The file under `root` a request path names, or null when it would leave `root`. The path is
 * decoded first so %2e%2e and encoded slashes cannot sneak past the check.
 */
export function fileForPath(root: string, pathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const rel = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const file = resolve(root, rel);
  const inside = relative(root, file);
  if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) return null;
  return file;
}

/** What the route handler reports to the harness. */
export interface ServeEvents {
  /** A request to any other origin, already aborted. */
  onForeign(url: string): void;
  /** A new page load: the nonce its CSP carries. */
  onDocument?(nonce: string): void;
}

/** Installs the route that serves the renderer and aborts everything else. */
export async function serveRenderer(context: BrowserContext, events: ServeEvents, root: string = RENDERER_DIR): Promise<void> {
  const rootDir = resolve(root);
  await context.route('**/*', async (route: Route) => {
    const url = route.request().url();
    if (!isAppUrl(url)) {
      events.onForeign(url);
      // 'blockedbyclient' is what a page sees when the app's session cancels the request.
      await route.abort('blockedbyclient').catch(() => undefined);
      return;
    }
    await fulfilFromDisk(route, rootDir, events).catch(async () => {
      // The page may have gone (reload on lock) while we read; nothing to answer then.
      await route.abort('failed').catch(() => undefined);
    });
  });
}

async function fulfilFromDisk(route: Route, root: string, events: ServeEvents): Promise<void> {
  const request = route.request();
  const { pathname } = new URL(request.url());
  const file = fileForPath(root, pathname);
  const method = request.method();
  if (method !== 'GET' && method !== 'HEAD') {
    await route.fulfill({ status: 405, headers: responseHeaders('', 'text/plain; charset=utf-8'), body: 'Method not allowed' });
    return;
  }
  if (!file || !(await isFile(file))) {
    await route.fulfill({ status: 404, headers: responseHeaders('', 'text/plain; charset=utf-8'), body: 'Not found' });
    return;
  }
  const type = contentTypeFor(file);
  if (type.startsWith('text/html')) {
    // A fresh nonce per load, as the app protocol does: a nonce that never changes is a password
    // written on the door.
    const nonce = newNonce();
    events.onDocument?.(nonce);
    const html = injectNonce(await readFile(file, 'utf8'), nonce);
    await route.fulfill({ status: 200, headers: responseHeaders(nonce, type), body: html });
    return;
  }
  await route.fulfill({ status: 200, headers: responseHeaders('', type), body: await readFile(file) });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
