import { describe, expect, it } from 'vitest';
import { isAppUrl, isTrustedSender } from '../../../src/main/platform/sender-check';

describe('IPC sender check', () => {
  it('trusts the main frame of an app page', () => {
    expect(isTrustedSender('app://waymark/index.html', true)).toBe(true);
    expect(isTrustedSender('app://waymark/', true)).toBe(true);
    expect(isTrustedSender('app://waymark/cases/12?tab=notes#top', true)).toBe(true);
  });

  it('refuses a subframe, even one showing an app page', () => {
    expect(isTrustedSender('app://waymark/index.html', false)).toBe(false);
  });

  it('refuses foreign origins and look-alikes', () => {
    for (const url of [
      'https://waymark/index.html',
      'http://localhost:5173/',
      'app://evil/index.html',
      'app://waymark.evil/index.html',
      'app://waymark:8080/index.html',
      'app://user:pw@waymark/index.html',
      'app:waymark/index.html',
      'app:///waymark/index.html',
    ]) {
      expect(isTrustedSender(url, true), url).toBe(false);
    }
  });

  it('refuses file pages', () => {
    expect(isTrustedSender('file:///C:/Program%20Files/Waymark/resources/app.asar/out/renderer/index.html', true)).toBe(false);
    expect(isTrustedSender('file:///opt/Waymark/index.html', true)).toBe(false);
  });

  it('refuses devtools and other internal pages', () => {
    expect(isTrustedSender('devtools://devtools/bundled/devtools_app.html', true)).toBe(false);
    expect(isTrustedSender('chrome://gpu', true)).toBe(false);
    expect(isTrustedSender('about:blank', true)).toBe(false);
    expect(isTrustedSender('data:text/html,<script>1</script>', true)).toBe(false);
  });

  it('refuses a missing or unparseable frame URL', () => {
    expect(isTrustedSender(null, true)).toBe(false);
    expect(isTrustedSender(undefined, true)).toBe(false);
    expect(isTrustedSender('', true)).toBe(false);
    expect(isTrustedSender('not a url', true)).toBe(false);
    expect(isAppUrl('::')).toBe(false);
  });
});
