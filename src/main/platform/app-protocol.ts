import { isAbsolute, relative, resolve, sep } from 'node:path';
import { APP_ORIGIN, contentTypeFor, injectNonce, newNonce, responseHeaders } from './csp';
import { isAppUrl } from './sender-check';

/*
 * The app:// protocol serves the built renderer (out/renderer) and nothing else. Serving from a
 * custom protocol rather than file:// gives the page a real origin for the CSP and keeps it away
 * from the file system. Pure apart from the injected file reader, so path handling is tested
 * without Electron.
 */

/** The URL the window loads, and reloads when the app locks. */
export const APP_START_URL = `${APP_ORIGIN}/index.html`;

/** Privileges for registerSchemesAsPrivileged: a standard, secure origin with fetch, no extras. */
export const APP_SCHEME_PRIVILEGES = {
  standard: true,
  secure: true,
  supportFetchAPI: true,
  corsEnabled: false,
  bypassCSP: false,
  allowServiceWorkers: false,
  stream: false,
  codeCache: false,
} as const;

/** Where a request points, or why it is refused. */
export type ResolvedPath = { ok: true; path: string } | { ok: false; status: 400 | 403 | 404 };

const FILE_EXTENSION = /\.[A-Za-z0-9]+$/;

/**
 * Maps an app:// URL to a file under the renderer root. Refuses other origins, encoded or plain
 * `..` segments, backslashes and NUL bytes, and anything that would resolve outside the root.
 * Paths without an extension are client-side routes and get index.html.
 */
export function resolveAppPath(rendererRoot: string, requestUrl: string): ResolvedPath {
  if (!isAppUrl(requestUrl)) return { ok: false, status: 403 };
  let pathname: string;
  try {
    pathname = decodeURIComponent(new URL(requestUrl).pathname);
  } catch {
    return { ok: false, status: 400 };
  }
  if (pathname.includes('\0') || pathname.includes('\\')) return { ok: false, status: 400 };
  const segments = pathname.split('/').filter((s) => s.length > 0);
  // Checked after decoding: "..%2f" survives URL parsing and only becomes ".." here.
  if (segments.some((s) => s === '..' || s === '.')) return { ok: false, status: 403 };
  const last = segments[segments.length - 1];
  const rel = segments.length === 0 || !FILE_EXTENSION.test(last ?? '') ? ['index.html'] : segments;
  const root = resolve(rendererRoot);
  const full = resolve(root, ...rel);
  const fromRoot = relative(root, full);
  if (fromRoot === '' || fromRoot.startsWith(`..${sep}`) || fromRoot === '..' || isAbsolute(fromRoot)) {
    return { ok: false, status: 403 };
  }
  return { ok: true, path: full };
}

/** A response for the protocol handler to wrap in a fetch Response. */
export interface AppResponse {
  status: number;
  headers: Record<string, string>;
  body: Uint8Array | string | null;
}

/** What serving needs from outside. */
export interface ServeDeps {
  rendererRoot: string;
  readFile(path: string): Promise<Uint8Array>;
  /** A fresh nonce per page load; injectable so tests can check it reaches the header. */
  nonce?: () => string;
}

function refusal(status: number): AppResponse {
  return { status, headers: responseHeaders('', 'text/plain; charset=utf-8'), body: null };
}

/**
 * Answers one app:// request. HTML gets a fresh nonce both in the page (for Mantine's styles) and
 * in the CSP header; other files are sent as they are. Only GET and HEAD are served.
 */
export async function serveAppRequest(method: string, url: string, deps: ServeDeps): Promise<AppResponse> {
  if (method !== 'GET' && method !== 'HEAD') return refusal(405);
  const target = resolveAppPath(deps.rendererRoot, url);
  if (!target.ok) return refusal(target.status);
  let bytes: Uint8Array;
  try {
    bytes = await deps.readFile(target.path);
  } catch {
    return refusal(404);
  }
  const type = contentTypeFor(target.path);
  if (type.startsWith('text/html')) {
    const nonce = (deps.nonce ?? newNonce)();
    const html = injectNonce(Buffer.from(bytes).toString('utf8'), nonce);
    return { status: 200, headers: responseHeaders(nonce, type), body: method === 'HEAD' ? null : html };
  }
  return { status: 200, headers: responseHeaders('', type), body: method === 'HEAD' ? null : bytes };
}
