import type { Page } from '@playwright/test';
import { waitForFirstScreen } from '../devshell/first-screen';
import { DEV_ORIGIN } from '../devshell/serve-renderer';
import { expect, test } from './fixtures';

/*
 * The app makes no network connection at all (shared/DESIGN.md §3, issue 11). Two layers stop
 * one: the CSP in the page, and below it the shell (in the app, the session's request filter;
 * here, the route that aborts every other origin, and a dead proxy for what routes cannot see).
 * These tests prove the app asks for nothing, and that each layer alone stops a page that tries.
 */

const FETCH_URL = 'https://example.com/';
const IMAGE_URL = 'http://10.0.0.1/x.png';
const SOCKET_URL = 'wss://example.com/socket';

/** Tries each way out from inside the page; every outcome must be a failure. */
async function tryToReachOut(page: Page): Promise<{ fetch: string; image: string; socket: string }> {
  return page.evaluate(
    async ({ fetchUrl, imageUrl, socketUrl }) => {
      const settle = (run: (done: (v: string) => void) => void) =>
        new Promise<string>((resolve) => {
          const timer = setTimeout(() => resolve('no answer'), 10_000);
          run((v) => {
            clearTimeout(timer);
            resolve(v);
          });
        });
      const fetched = await fetch(fetchUrl, { mode: 'no-cors' }).then(
        () => 'answered',
        () => 'failed',
      );
      const image = await settle((done) => {
        const img = new Image();
        img.onload = () => done('loaded');
        img.onerror = () => done('failed');
        img.src = imageUrl;
        document.body.append(img);
      });
      const socket = await settle((done) => {
        try {
          const ws = new WebSocket(socketUrl);
          ws.onopen = () => done('opened');
          ws.onerror = () => done('failed');
        } catch {
          done('failed');
        }
      });
      return { fetch: fetched, image, socket };
    },
    { fetchUrl: FETCH_URL, imageUrl: IMAGE_URL, socketUrl: SOCKET_URL },
  );
}

test('the app itself makes no request outside its own origin', async ({ shell }) => {
  const { page } = shell;
  await waitForFirstScreen(page);
  // Give late requests (fonts, lazy chunks, prefetches) the chance to show themselves.
  await page.waitForLoadState('networkidle');
  expect(shell.foreignRequests).toEqual([]);
  expect(shell.pageErrors).toEqual([]);
});

test('a test whose page reached for another origin fails, though it asserted nothing about it', async ({ shell, shellKind }) => {
  test.skip(shellKind === 'electron', 'Under Electron the main process cancels the navigation before the page sees it.');
  // The fixture, not this test, checks the shell's record when the test ends: a foreign request
  // anywhere in any spec fails that spec.
  test.fail();
  await waitForFirstScreen(shell.page);
  await shell.page.goto('https://example.com/elsewhere').catch(() => undefined);
});

// These provoke foreign requests on purpose, so the fixture's check that there were none is off.
test.describe('a page that tries to reach out', () => {
  test.use({ allowForeignRequests: true });

  test('in the app page, fetch, an image and a WebSocket to other hosts all fail, refused by the CSP', async ({ shell }) => {
    const { page } = shell;
    await waitForFirstScreen(page);
    expect(await tryToReachOut(page)).toEqual({ fetch: 'failed', image: 'failed', socket: 'failed' });

    // Each attempt was stopped before the network: refused by the CSP in the page, or (had it got
    // that far) aborted by the shell and recorded.
    const refusedByCsp = (url: string) => shell.pageErrors.some((e) => e.startsWith('csp:') && e.includes(url));
    const stoppedByShell = (url: string) => shell.foreignRequests.includes(url);
    for (const url of [FETCH_URL, IMAGE_URL, SOCKET_URL]) {
      await expect.poll(() => refusedByCsp(url) || stoppedByShell(url), { message: `${url} was neither refused nor recorded` }).toBe(true);
    }
  });

  test('without the CSP, the shell still stops and records every request that leaves the app origin', async ({ shell, shellKind }) => {
    test.skip(shellKind === 'electron', 'Under Electron this layer is the main process request filter, tested there.');
    const { page } = shell;
    // A page of the app origin that carries no CSP (the 404 answer for a missing file), so only
    // the shell stands between the page and the network.
    const notFound = await page.goto(`${DEV_ORIGIN}/missing.txt`);
    expect(notFound?.status()).toBe(404);
    expect(notFound?.headers()['content-security-policy']).toBeUndefined();

    expect(await tryToReachOut(page)).toEqual({ fetch: 'failed', image: 'failed', socket: 'failed' });
    expect(shell.foreignRequests).toEqual(expect.arrayContaining([FETCH_URL, IMAGE_URL, SOCKET_URL]));

    // A top-level navigation, which no CSP governs, is aborted too.
    await expect(page.goto('https://example.com/elsewhere')).rejects.toThrow(/ERR_BLOCKED_BY_CLIENT/);
    expect(shell.foreignRequests).toContain('https://example.com/elsewhere');
  });
});
