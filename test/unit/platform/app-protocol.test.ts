import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { APP_SCHEME_PRIVILEGES, APP_START_URL, resolveAppPath, serveAppRequest } from '../../../src/main/platform/app-protocol';
import { NONCE_PLACEHOLDER } from '../../../src/main/platform/csp';

const root = resolve('/srv/waymark/out/renderer');

describe('app:// path resolution', () => {
  it('maps app files under the renderer folder', () => {
    expect(resolveAppPath(root, 'app://waymark/index.html')).toEqual({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://waymark/assets/index-abc.js?v=1')).toEqual({ ok: true, path: join(root, 'assets', 'index-abc.js') });
    expect(resolveAppPath(root, 'app://waymark/assets/Inter%20Var.woff2')).toEqual({ ok: true, path: join(root, 'assets', 'Inter Var.woff2') });
  });

  it('serves index.html for the root and for client-side routes', () => {
    expect(resolveAppPath(root, 'app://waymark/')).toEqual({ ok: true, path: join(root, 'index.html') });
    expect(resolveAppPath(root, 'app://waymark/cases/12')).toEqual({ ok: true, path: join(root, 'index.html') });
  });

  it('keeps plain dot segments at the root, as a browser does', () => {
    // The URL parser removes "..", and "%2e%2e" alike, before the path is seen: what is left
    // stays inside the folder.
    expect(resolveAppPath(root, 'app://waymark/../../etc/hosts.txt')).toEqual({ ok: true, path: join(root, 'etc', 'hosts.txt') });
    expect(resolveAppPath(root, 'app://waymark/%2e%2e/%2e%2e/secret.db')).toEqual({ ok: true, path: join(root, 'secret.db') });
  });

  it('refuses every way of climbing out of the folder', () => {
    for (const url of [
      'app://waymark/assets/..%2f..%2f..%2fetc%2fpasswd',
      'app://waymark/assets/%2e%2e%2f%2e%2e%2fx.js',
      'app://waymark/%2e%2e%2f%2e%2e%2fsecret.db',
    ]) {
      const r = resolveAppPath(root, url);
      expect(r.ok, url).toBe(false);
    }
  });

  it('refuses backslashes, NUL bytes and malformed escapes', () => {
    expect(resolveAppPath(root, 'app://waymark/assets%5c..%5c..%5cwin.ini')).toEqual({ ok: false, status: 400 });
    expect(resolveAppPath(root, 'app://waymark/index.html%00.png')).toEqual({ ok: false, status: 400 });
    expect(resolveAppPath(root, 'app://waymark/%E0%A4%A')).toEqual({ ok: false, status: 400 });
  });

  it('refuses other hosts and schemes', () => {
    expect(resolveAppPath(root, 'app://evil/index.html')).toEqual({ ok: false, status: 403 });
    expect(resolveAppPath(root, 'file:///srv/waymark/out/renderer/index.html')).toEqual({ ok: false, status: 403 });
  });

  it('registers app:// as a standard, secure origin with fetch and nothing more', () => {
    expect(APP_SCHEME_PRIVILEGES).toMatchObject({ standard: true, secure: true, supportFetchAPI: true, bypassCSP: false, corsEnabled: false, allowServiceWorkers: false });
    expect(APP_START_URL).toBe('app://waymark/index.html');
  });
});

describe('app:// responses', () => {
  const dir = mkdtempSync(join(tmpdir(), 'waymark-proto-'));
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'index.html'), `<meta name="csp-nonce" content="${NONCE_PLACEHOLDER}"><script type="module" src="./assets/a.js"></script>`);
  writeFileSync(join(dir, 'assets', 'a.js'), 'console.log(1)');
  writeFileSync(join(tmpdir(), 'waymark-outside.txt'), 'outside');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const deps = { rendererRoot: dir, readFile: (p: string) => readFile(p) };

  it('serves the page with a fresh nonce in both the page and the CSP header', async () => {
    const a = await serveAppRequest('GET', 'app://waymark/index.html', deps);
    const b = await serveAppRequest('GET', 'app://waymark/index.html', deps);
    expect(a.status).toBe(200);
    const nonceA = /content="([^"]+)"/.exec(String(a.body))![1]!;
    const nonceB = /content="([^"]+)"/.exec(String(b.body))![1]!;
    expect(nonceA).not.toBe(NONCE_PLACEHOLDER);
    expect(nonceA).not.toBe(nonceB);
    expect(a.headers['Content-Security-Policy']).toContain(`'nonce-${nonceA}'`);
    expect(a.headers['Content-Type']).toMatch(/^text\/html/);
  });

  it('serves scripts as they are, with no CSP of their own and nosniff', async () => {
    const r = await serveAppRequest('GET', 'app://waymark/assets/a.js', deps);
    expect(r.status).toBe(200);
    expect(Buffer.from(r.body as Uint8Array).toString()).toBe('console.log(1)');
    expect(r.headers['Content-Type']).toMatch(/^text\/javascript/);
    expect(r.headers['X-Content-Type-Options']).toBe('nosniff');
    expect(r.headers['Content-Security-Policy']).toBeUndefined();
  });

  it('answers 404 for a missing file and 403 for a file outside the folder', async () => {
    expect((await serveAppRequest('GET', 'app://waymark/assets/missing.js', deps)).status).toBe(404);
    const outside = await serveAppRequest('GET', 'app://waymark/..%2fwaymark-outside.txt', deps);
    expect(outside.status).toBe(403);
    expect(outside.body).toBeNull();
  });

  it('serves only GET and HEAD', async () => {
    expect((await serveAppRequest('POST', 'app://waymark/index.html', deps)).status).toBe(405);
    const head = await serveAppRequest('HEAD', 'app://waymark/index.html', deps);
    expect(head.status).toBe(200);
    expect(head.body).toBeNull();
  });
});
