import { chromium, type Browser } from 'playwright';

/*
 * How the dev shell starts Chromium. Playwright's own browser download does not work on our
 * machines, so it always drives Debian's /usr/bin/chromium.
 */

/** The Chromium the dev shell drives. */
export const CHROMIUM_PATH = process.env.WAYMARK_CHROMIUM ?? '/usr/bin/chromium';

/**
 * A proxy address where nothing listens. Everything the page loads is answered by the dev shell's
 * route before it reaches the network stack; anything that slips past the route (WebSockets,
 * which routes do not see) would go to this proxy and fail, so no request can leave the machine
 * even if the CSP were loosened. Port 1 (tcpmux) is closed on any ordinary machine.
 */
export const DEAD_PROXY = 'http://127.0.0.1:1';

/** Flags that stop Chromium's own background traffic (updates, sync, translate, field trials). */
export const CHROMIUM_ARGS: readonly string[] = [
  // We run as root in CI containers, where Chromium's sandbox cannot start.
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--disable-domain-reliability',
  '--no-pings',
];

/** Launches Chromium for the dev shell. */
export async function launchChromium(opts: { headless: boolean }): Promise<Browser> {
  const args = [...CHROMIUM_ARGS];
  // A person using the preview gets a window the size of the office PC's app window.
  if (!opts.headless) args.push('--window-size=1280,860');
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: opts.headless,
    args,
    // '<-loopback>' is not added: loopback is not the network, and a closed local port is
    // exactly where escaped requests should die.
    proxy: { server: DEAD_PROXY },
    // Chromium's default handlers would stop the page before we close the workspace.
    handleSIGINT: false,
    handleSIGTERM: false,
    handleSIGHUP: false,
  });
}
