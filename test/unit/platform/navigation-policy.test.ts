import { describe, expect, it } from 'vitest';
import { isAllowedNavigation, isPermissionGranted, shouldCancelRequest, windowOpenDecision } from '../../../src/main/platform/navigation-policy';

describe('navigation policy', () => {
  it('allows moving between the app’s own pages', () => {
    expect(isAllowedNavigation('app://waymark/index.html')).toBe(true);
    expect(isAllowedNavigation('app://waymark/cases/3')).toBe(true);
  });

  it('refuses every other destination', () => {
    for (const url of ['https://example.org/', 'http://127.0.0.1/', 'file:///etc/passwd', 'app://other/', 'javascript:alert(1)', 'about:blank', '', null]) {
      expect(isAllowedNavigation(url), String(url)).toBe(false);
    }
  });

  it('never opens a new window', () => {
    expect(windowOpenDecision()).toEqual({ action: 'deny' });
  });

  it('denies every permission a page could ask for', () => {
    for (const p of ['media', 'geolocation', 'notifications', 'clipboard-read', 'openExternal', 'fullscreen', 'usb', 'unknown']) {
      expect(isPermissionGranted(p)).toBe(false);
    }
  });
});

describe('request filter', () => {
  const installed = { packaged: true };
  const dev = { packaged: false };

  it('lets the app’s own files through', () => {
    expect(shouldCancelRequest('app://waymark/assets/index-abc.js', installed)).toBe(false);
    expect(shouldCancelRequest('app://waymark/index.html', installed)).toBe(false);
  });

  it('lets in-memory data and blob URLs through (they never reach a network)', () => {
    expect(shouldCancelRequest('data:image/png;base64,AAAA', installed)).toBe(false);
    expect(shouldCancelRequest('blob:app://waymark/6f1c2d', installed)).toBe(false);
  });

  it('cancels anything that would leave the machine or reach the file system', () => {
    for (const url of [
      'https://fonts.googleapis.com/css',
      'http://localhost:5173/',
      'ws://localhost:5173/',
      'wss://example.org/',
      'ftp://example.org/',
      'file:///C:/Windows/win.ini',
      'app://evil/x.js',
      'chrome-extension://abc/x.js',
      'not a url',
    ]) {
      expect(shouldCancelRequest(url, installed), url).toBe(true);
      expect(shouldCancelRequest(url, dev), url).toBe(true);
    }
  });

  it('allows devtools pages only in development builds', () => {
    const url = 'devtools://devtools/bundled/devtools_app.html';
    expect(shouldCancelRequest(url, dev)).toBe(false);
    expect(shouldCancelRequest(url, installed)).toBe(true);
  });
});
