import { readFile, stat } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isAbsolute, join, relative, resolve, sep } from 'node:path';
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
/** The page the dev shell opens, and reopens when the app locks (as APP_START_URL in the app). */
export const DEV_URL = `${DEV_ORIGIN}/index.html`;

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
    const u = new URL(url);
    // As the app's sender check: credentials never pass (origin alone would ignore them).
    return u.origin === DEV_ORIGIN && u.username === '' && u.password === '';
  } catch {
    return false;
  }
}

/** Where a request path points, or the status refusing it. */
export type ResolvedRequest = { ok: true; path: string } | { ok: false; status: 400 | 403 };

const FILE_EXTENSION = /\.[A-Za-z0-9]+$/;

/**
 * The file under `root` a request path names, with the app protocol's rules so the shell serves
 * what the app would: decoded first (so %2e%2e and encoded slashes cannot sneak past), NUL and
 * backslashes refused, `.` and `..` segments refused, and a path without a file extension is a
 * client-side route that gets index.html.
 */
export function resolveRequestPath(root: string, pathname: string): ResolvedRequest {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return { ok: false, status: 400 };
  const segments = decoded.split('/').filter((seg) => seg.length > 0);
  if (segments.some((seg) => seg === '..' || seg === '.')) return { ok: false, status: 403 };
  const last = segments[segments.length - 1] ?? '';
  const rel = segments.length === 0 || !FILE_EXTENSION.test(last) ? ['index.html'] : segments;
  const base = resolve(root);
  const file = resolve(base, ...rel);
  const inside = relative(base, file);
  if (inside === '' || inside === '..' || inside.startsWith(`..${sep}`) || isAbsolute(inside)) return { ok: false, status: 403 };
  return { ok: true, path: file };
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
  const method = request.method();
  if (method !== 'GET' && method !== 'HEAD') return refuse(route, 405);
  const target = resolveRequestPath(root, pathname);
  if (!target.ok) return refuse(route, target.status);
  const file = target.path;
  if (!(await isFile(file))) return refuse(route, 404);
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

async function refuse(route: Route, status: number): Promise<void> {
  // Like the app protocol: the status, the security headers, no CSP (it is not a page). A short
  // body rather than none, or Chromium swaps in its own error page for the 4xx.
  await route.fulfill({ status, headers: responseHeaders('', 'text/plain; charset=utf-8'), body: `${status}` });
}

async function isFile(file: string): Promise<boolean> {
  try {
    return (await stat(file)).isFile();
  } catch {
    return false;
  }
}
