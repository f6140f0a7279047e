import { existsSync } from 'node:fs';
import { AppError } from '../../../../shared/errors';
import { chromiumPath } from '../../pdf/chromium-pdf';

/*
 * A chart's SVG drawn to PNG by headless Chromium (JavaScript off, every request refused), for the
 * CLI and the dev shell. In the app window the renderer draws the same SVG onto a canvas instead,
 * so the installed app needs no browser of its own for pictures.
 */

/** Renders an SVG string to PNG bytes at twice its size (crisp when printed). */
export async function svgToPng(svg: string, executablePath = chromiumPath()): Promise<Buffer> {
  if (!existsSync(executablePath)) throw new AppError('FILE_MISSING', `Chromium is needed to draw PNG charts and was not found at ${executablePath} (set WAYMARK_CHROMIUM).`);
  // Loaded on first use, like the PDF printer's (about 80 MB and 300 ms at start-up otherwise).
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking'] });
  try {
    const context = await browser.newContext({ javaScriptEnabled: false, offline: true, deviceScaleFactor: 2 });
    await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
    const page = await context.newPage();
    await page.setContent(`<!doctype html><html><body style="margin:0;background:#fff">${svg}</body></html>`, { waitUntil: 'load' });
    return Buffer.from(await page.locator('svg').first().screenshot({ type: 'png' }));
  } finally {
    await browser.close();
  }
}
