import { describe, expect, it } from 'vitest';
import { buildCsp, injectNonce, newNonce, NONCE_PLACEHOLDER, responseHeaders } from '../../../src/main/platform/csp';

/** The policy as directive → sources. */
function directives(csp: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const part of csp.split(';')) {
    const [name, ...sources] = part.trim().split(/\s+/);
    if (name) out.set(name, sources);
  }
  return out;
}

describe('content security policy', () => {
  const nonce = newNonce();
  const csp = directives(buildCsp(nonce));

  it('runs only the app’s own scripts: no inline script, no eval, ever', () => {
    expect(csp.get('script-src')).toEqual(["'self'"]);
    const all = [...csp.values()].flat();
    expect(all).not.toContain("'unsafe-inline'");
    expect(all).not.toContain("'unsafe-eval'");
    expect(all).not.toContain("'wasm-unsafe-eval'");
    expect(all).not.toContain("'unsafe-hashes'");
  });

  it('allows Mantine’s injected styles by nonce, not by unsafe-inline', () => {
    expect(csp.get('style-src')).toEqual(["'self'", `'nonce-${nonce}'`]);
  });

  it('shuts plugins, base rewriting, framing and forms', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
    expect(csp.get('form-action')).toEqual(["'none'"]);
    expect(csp.get('default-src')).toEqual(["'none'"]);
  });

  it('lets the page connect only to the app itself', () => {
    expect(csp.get('connect-src')).toEqual(["'self'"]);
    for (const sources of csp.values()) {
      for (const s of sources) expect(s, s).not.toMatch(/^(https?:|wss?:|\*)/);
    }
  });

  it('gives every page load a different nonce', () => {
    const seen = new Set(Array.from({ length: 50 }, () => newNonce()));
    expect(seen.size).toBe(50);
    expect(newNonce().length).toBeGreaterThanOrEqual(22);
  });

  it('puts the nonce into the page and refuses a nonce that could break out of the attribute', () => {
    expect(injectNonce(`<meta content="${NONCE_PLACEHOLDER}">`, 'abc+/=')).toBe('<meta content="abc+/=">');
    expect(() => injectNonce('x', '"><script>')).toThrow();
  });

  it('sends the policy with pages only, and safe headers with everything', () => {
    const html = responseHeaders(nonce, 'text/html; charset=utf-8');
    expect(html['Content-Security-Policy']).toBe(buildCsp(nonce));
    const js = responseHeaders(nonce, 'text/javascript; charset=utf-8');
    expect(js['Content-Security-Policy']).toBeUndefined();
    for (const h of [html, js]) {
      expect(h['X-Content-Type-Options']).toBe('nosniff');
      expect(h['Referrer-Policy']).toBe('no-referrer');
      expect(h['Cache-Control']).toBe('no-store');
    }
  });
});
