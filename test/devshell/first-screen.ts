import type { Page } from 'playwright';

/*
 * "The first usable screen", defined once for the e2e specs and the cold-start benchmark. The
 * app shell may mark itself with data-ready="true"; until it does (and as a fallback) the first
 * visible top-level heading counts, once no loading indicator remains on the page.
 */

/** What shows the first screen has rendered. */
export const FIRST_SCREEN_SELECTOR = '[data-ready="true"], [data-testid="setup-state"], h1';
/** What shows the screen is still waiting for data. */
export const LOADING_SELECTOR = '[aria-busy="true"], [aria-label="Loading"]';

/** Waits until the app's first screen is visible and no longer loading. */
export async function waitForFirstScreen(page: Page, timeout = 15_000): Promise<void> {
  await page.locator(FIRST_SCREEN_SELECTOR).first().waitFor({ state: 'visible', timeout });
  await page.locator(LOADING_SELECTOR).first().waitFor({ state: 'detached', timeout });
}
