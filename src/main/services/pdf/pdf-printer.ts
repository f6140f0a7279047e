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
