import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import { footerTemplate, type PdfOptions, type PdfPrinter } from './pdf-printer';

/** Where to find Chromium: WAYMARK_CHROMIUM, else Debian's package. */
export function chromiumPath(env: NodeJS.ProcessEnv = process.env): string {
  return env.WAYMARK_CHROMIUM || '/usr/bin/chromium';
}

const ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/**
 * A PDF printer backed by headless Chromium. JavaScript is off and every network request is
 * refused, so a document can never reach out or run code, whatever text it contains.
 */
export function chromiumPdfPrinter(executablePath = chromiumPath()): PdfPrinter {
  return async (html: string, opts: PdfOptions = {}) => {
    if (!existsSync(executablePath)) {
      throw new AppError('FILE_MISSING', `Chromium is needed to print PDFs and was not found at ${executablePath} (set WAYMARK_CHROMIUM).`);
    }
    // Loaded on first print, not at start-up: Playwright adds about 80 MB and 300 ms to the
    // main process, which most sessions never need.
    const { chromium } = await import('playwright-core');
    const browser = await chromium.launch({ executablePath, headless: true, args: ARGS });
    try {
      const context = await browser.newContext({ javaScriptEnabled: false, offline: true });
      await context.route('**/*', (route) => (route.request().url().startsWith('data:') ? route.continue() : route.abort()));
      const page = await context.newPage();
      await page.setContent(html, { waitUntil: 'load' });
      const pdf = await page.pdf({
        format: opts.format ?? 'A4',
        landscape: opts.landscape ?? false,
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: '<div></div>',
        footerTemplate: footerTemplate(opts.footer),
        margin: { top: '12mm', bottom: '16mm', left: '12mm', right: '12mm' },
      });
      return Buffer.from(pdf);
    } finally {
      await browser.close();
    }
  };
}
