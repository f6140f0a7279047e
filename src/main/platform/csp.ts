import { randomBytes } from 'node:crypto';

/*
 * The Content Security Policy. Pure (no electron import) so the dev shell serves the renderer
 * under exactly the policy the app uses, and tests can inspect it.
 *
 * Mantine injects <style> elements at run time, which a strict style-src blocks. Rather than
 * allow 'unsafe-inline', each page load gets a fresh nonce: the CSP names it and the HTML carries
 * it in a meta tag that the renderer hands to MantineProvider's getStyleNonce.
 */

/** The custom scheme the app is served from. */
export const APP_SCHEME = 'app';
/** The app's origin under that scheme. */
export const APP_ORIGIN = `${APP_SCHEME}://waymark`;
/** The placeholder in index.html replaced by the per-load nonce. */
export const NONCE_PLACEHOLDER = '__WAYMARK_CSP_NONCE__';

/** A fresh nonce for one page load. */
export function newNonce(): string {
  return randomBytes(18).toString('base64');
}

/** The CSP header value for a page load with this nonce. */
export function buildCsp(nonce: string): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    `style-src 'self' 'nonce-${nonce}'`,
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "worker-src 'self' blob:",
    "manifest-src 'none'",
    "media-src 'none'",
  ].join('; ');
}

/** Puts the nonce into the page's meta tag (and nowhere else). */
export function injectNonce(html: string, nonce: string): string {
  if (!/^[A-Za-z0-9+/=]+$/.test(nonce)) throw new Error('nonce must be base64');
  return html.split(NONCE_PLACEHOLDER).join(nonce);
}

/** Security headers sent with every response from the app protocol. */
export function responseHeaders(nonce: string, contentType: string): Record<string, string> {
  const headers: Record<string, string> = {
    'Content-Type': contentType,
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cross-Origin-Resource-Policy': 'same-origin',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  };
  if (contentType.startsWith('text/html')) headers['Content-Security-Policy'] = buildCsp(nonce);
  return headers;
}

/** Content types for the files the renderer build produces. */
export function contentTypeFor(path: string): string {
  const ext = path.slice(path.lastIndexOf('.') + 1).toLowerCase();
  const types: Record<string, string> = {
    html: 'text/html; charset=utf-8',
    js: 'text/javascript; charset=utf-8',
    mjs: 'text/javascript; charset=utf-8',
    css: 'text/css; charset=utf-8',
    json: 'application/json',
    svg: 'image/svg+xml',
    png: 'image/png',
    ico: 'image/x-icon',
    woff2: 'font/woff2',
    woff: 'font/woff',
    ttf: 'font/ttf',
  };
  return types[ext] ?? 'application/octet-stream';
}
