import { join } from 'node:path';
import { buildCsp } from '../../src/main/platform/csp';
import { CHANNELS } from '../../src/shared/ipc/channels';
import { waitForFirstScreen } from '../devshell/first-screen';
import { RENDERER_DIR, resolveRequestPath } from '../devshell/serve-renderer';
import { expect, test } from './fixtures';

/*
 * The foundation end to end: the built renderer starts under the app's CSP, talks to the real
 * router through the bridge, is styled by Mantine (whose injected styles only work if the CSP
 * nonce reaches it), and asks for nothing outside its own origin.
 */

const cspNonce = (page: import('@playwright/test').Page) => page.locator('meta[name="csp-nonce"]').getAttribute('content');

test('the renderer loads, calls the real router through the bridge and reaches nothing outside the app', async ({ shell, shellKind }) => {
  const { page } = shell;
  await waitForFirstScreen(page);

  if (shellKind === 'devshell') {
    // The placeholder and the real shell both ask app.status first: it must have gone through
    // the binding to the router in this process and come back ok.
    await expect.poll(() => shell.calls.find((c) => c.channel === 'app.status')).toEqual({ channel: 'app.status', ok: true });
  }

  // Saved before the checks below so a failing run still leaves the picture behind.
  await shell.screenshot('foundation-first-screen');
  expect(shell.foreignRequests).toEqual([]);
  expect(shell.pageErrors).toEqual([]);
});

test('Mantine styles apply under the strict CSP, through the per-load nonce', async ({ shell }) => {
  const { page } = shell;
  await waitForFirstScreen(page);
  const nonce = await cspNonce(page);
  expect(nonce).toMatch(/^[A-Za-z0-9+/]{16,}={0,2}$/);

  const styles = await page.evaluate(() => {
    // A rule Mantine only ever puts in its injected <style>: hidden-from-xs applies at 1280 px.
    const probe = document.createElement('div');
    probe.className = 'mantine-hidden-from-xs';
    document.body.append(probe);
    const probeDisplay = getComputedStyle(probe).display;
    probe.remove();
    return {
      bodyFont: getComputedStyle(document.body).fontFamily,
      fontVariable: getComputedStyle(document.documentElement).getPropertyValue('--mantine-font-family').trim(),
      probeDisplay,
      injected: [...document.querySelectorAll<HTMLStyleElement>('style[data-mantine-styles]')].map((s) => ({
        nonce: s.nonce,
        rules: s.sheet?.cssRules.length ?? 0,
      })),
    };
  });
  // The stylesheet (style-src 'self') loaded: Mantine's font stack, not Chromium's serif default.
  expect(styles.fontVariable).not.toBe('');
  expect(styles.bodyFont).toContain('sans-serif');
  // The injected styles carry this load's nonce and were accepted.
  expect(styles.injected.length).toBeGreaterThan(0);
  for (const s of styles.injected) expect(s.nonce).toBe(nonce);
  expect(styles.injected.some((s) => s.rules > 0)).toBe(true);
  expect(styles.probeDisplay).toBe('none');
  expect(shell.pageErrors).toEqual([]);
});

test('the page runs under the app CSP: a fresh nonce each load, and inline styles or scripts without it are refused', async ({ shell }) => {
  const { page } = shell;
  await waitForFirstScreen(page);
  const first = await cspNonce(page);
  const response = await page.reload();
  await waitForFirstScreen(page);
  const second = await cspNonce(page);
  expect(second).not.toBe(first);
  expect(response?.headers()['content-security-policy']).toBe(buildCsp(second!));

  const outcome = await page.evaluate(() => {
    const style = document.createElement('style');
    style.textContent = 'body { outline: 9px solid red }';
    document.head.append(style);
    const script = document.createElement('script');
    script.textContent = 'window.__inlineRan = true';
    document.head.append(script);
    return {
      outline: getComputedStyle(document.body).outlineWidth,
      inlineRan: (window as unknown as { __inlineRan?: boolean }).__inlineRan === true,
    };
  });
  expect(outcome.outline).not.toBe('9px');
  expect(outcome.inlineRan).toBe(false);
  await expect.poll(() => shell.pageErrors.filter((e) => e.startsWith('csp:'))).toEqual(
    expect.arrayContaining([expect.stringMatching(/^csp: style-src/), expect.stringMatching(/^csp: script-src/)]),
  );
});

test('the page gets exactly one frozen function per channel, and nothing else can reach the router', async ({ shell, shellKind }) => {
  const { page } = shell;
  await waitForFirstScreen(page);
  const api = await page.evaluate(() => {
    const bridge = (window as unknown as { waymark: Record<string, unknown> }).waymark;
    return {
      keys: Object.keys(bridge).sort(),
      frozen: Object.isFrozen(bridge),
      allFunctions: Object.values(bridge).every((f) => typeof f === 'function'),
    };
  });
  expect(api).toEqual({ keys: [...CHANNELS].sort(), frozen: true, allFunctions: true });

  test.skip(shellKind === 'electron', 'The sender-frame check under Electron is unit-tested in the main process.');
  // A page of another origin in the same browser (here about:blank) has the binding too, as a
  // subframe would: the shell's sender check must refuse it before the router sees the call.
  const stranger = await shell.context.newPage();
  const denied = await stranger.evaluate(() =>
    (window as unknown as { __waymark(c: string, i: unknown): Promise<unknown> }).__waymark('app.status', {}),
  );
  expect(denied).toMatchObject({ ok: false, error: { code: 'FORBIDDEN' } });
  await stranger.close();
});

test('the dev shell serves nothing outside the built renderer, by the app protocol rules', ({ shellKind }) => {
  test.skip(shellKind === 'electron', 'A check of the dev shell itself; it runs once, in the devshell project.');
  const at = (...p: string[]) => ({ ok: true, path: join(RENDERER_DIR, ...p) });
  expect(resolveRequestPath(RENDERER_DIR, '/')).toEqual(at('index.html'));
  expect(resolveRequestPath(RENDERER_DIR, '/assets/x.js')).toEqual(at('assets', 'x.js'));
  // A client-side route (no file extension) gets the page, as under app://.
  expect(resolveRequestPath(RENDERER_DIR, '/cases/12')).toEqual(at('index.html'));
  for (const evil of ['/../package.json', '/%2e%2e/package.json', '/assets/..%2f..%2fpackage.json', '/./index.html', '/..%5cpackage.json', '/a%00.js', '/%E0%A4%A']) {
    expect(resolveRequestPath(RENDERER_DIR, evil).ok, evil).toBe(false);
  }
});
