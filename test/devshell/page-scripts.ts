/*
 * Scripts the dev shell runs in every page before the app's own code. They are plain JavaScript
 * strings, not functions passed to Playwright: tsx and Playwright's transform may add helpers
 * (such as esbuild's __name) to a function's source, which do not exist inside the page.
 */

/** The binding the page's bridge calls: (channel, input) => Result. */
export const BRIDGE_BINDING = '__waymark';
/** The binding the page reports CSP violations through. */
export const REPORT_BINDING = '__waymarkReport';

/**
 * Builds `window.waymark` as the preload does: a frozen object with one named function per
 * channel and nothing else. Each function looks the binding up when called, so the script does
 * not depend on the order Playwright installs bindings and init scripts in.
 */
export function bridgeScript(channels: readonly string[]): string {
  return `(() => {
  const channels = ${JSON.stringify(channels)};
  const api = {};
  for (const channel of channels) {
    api[channel] = (input) => globalThis[${JSON.stringify(BRIDGE_BINDING)}](channel, input);
  }
  Object.freeze(api);
  Object.defineProperty(globalThis, 'waymark', { value: api, writable: false, configurable: false, enumerable: true });
})();`;
}

/**
 * Reports every CSP violation to the harness. Chromium also logs violations to the console, but
 * the event carries the directive and the blocked URL, which tests assert on.
 */
export function violationReporterScript(): string {
  return `(() => {
  document.addEventListener('securitypolicyviolation', (e) => {
    const report = globalThis[${JSON.stringify(REPORT_BINDING)}];
    if (typeof report === 'function') {
      report({ directive: e.effectiveDirective || e.violatedDirective, blockedURI: e.blockedURI, sample: e.sample || '' }).catch(() => {});
    }
  }, true);
})();`;
}
