/** Page set-up for printing a document. */
export interface PdfOptions {
  landscape?: boolean;
  /** A4 unless said otherwise: the paper British offices use. */
  format?: 'A4' | 'A3';
  /** Text printed in the page footer (e.g. "Printed by … on …"); plain text, escaped. */
  footer?: string;
}

/**
 * Prints a self-contained HTML document (inline CSS, no scripts, no external resources) to PDF.
 * The app uses Electron's printToPDF; the CLI and the dev shell use Chromium. Both print the same
 * HTML, so what a person previews is what the PDF holds.
 */
export type PdfPrinter = (html: string, opts?: PdfOptions) => Promise<Buffer>;

function escapeText(s: string): string {
  return s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** The page footer Chromium (and Electron's printToPDF) draws: the text, and "Page n of m". */
export function footerTemplate(footer: string | undefined): string {
  if (!footer) return '<div></div>';
  return `<div style="font-size:8px;width:100%;padding:0 12mm;color:#333;display:flex;justify-content:space-between"><span>${escapeText(
    footer,
  )}</span><span>Page <span class="pageNumber"></span> of <span class="totalPages"></span></span></div>`;
}
