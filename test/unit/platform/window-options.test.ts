import { describe, expect, it } from 'vitest';
import { APP_PARTITION, hardenedWindowOptions } from '../../../src/main/platform/window-options';

describe('hardened window options', () => {
  const prefs = (packaged: boolean) => hardenedWindowOptions('/app/out/preload/index.cjs', { packaged }).webPreferences!;

  it('isolates the page from Node and from the preload in every build', () => {
    for (const packaged of [true, false]) {
      const p = prefs(packaged);
      expect(p.contextIsolation).toBe(true);
      expect(p.sandbox).toBe(true);
      expect(p.nodeIntegration).toBe(false);
      expect(p.nodeIntegrationInWorker).toBe(false);
      expect(p.nodeIntegrationInSubFrames).toBe(false);
    }
  });

  it('keeps the web security model whole and closes the extra doors', () => {
    const p = prefs(true);
    expect(p.webSecurity).toBe(true);
    expect(p.allowRunningInsecureContent).toBe(false);
    expect(p.webviewTag).toBe(false);
    expect(p.experimentalFeatures).toBe(false);
    expect(p.navigateOnDragDrop).toBe(false);
    expect(p.spellcheck).toBe(false);
    expect(p.enableWebSQL).toBe(false);
    expect(p.plugins).toBe(false);
    expect(p.enableBlinkFeatures).toBeUndefined();
    expect(p.disableBlinkFeatures).toContain('Auxclick');
  });

  it('loads the given preload into an in-memory session', () => {
    const p = prefs(true);
    expect(p.preload).toBe('/app/out/preload/index.cjs');
    expect(p.partition).toBe(APP_PARTITION);
    // A "persist:" partition would write DOM storage and caches to the OS profile.
    expect(APP_PARTITION.startsWith('persist:')).toBe(false);
  });

  it('closes devtools in an installed build and allows them in development', () => {
    expect(prefs(true).devTools).toBe(false);
    expect(prefs(false).devTools).toBe(true);
  });

  it('treats a missing build context as installed (the safe default)', () => {
    expect(hardenedWindowOptions('/p.cjs').webPreferences!.devTools).toBe(false);
  });

  it('waits for the first frame before showing the window', () => {
    expect(hardenedWindowOptions('/p.cjs').show).toBe(false);
  });
});

describe('the print window', () => {
  it('has no preload and no JavaScript, keeps every other protection, and is never shown', () => {
    const o = hardenedWindowOptions('', { packaged: false, purpose: 'print' });
    expect(o.show).toBe(false);
    expect(o.webPreferences).toMatchObject({ javascript: false, contextIsolation: true, sandbox: true, nodeIntegration: false, webSecurity: true, devTools: false });
    expect(o.webPreferences?.preload).toBeUndefined();
  });
});
