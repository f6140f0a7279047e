import type { z } from 'zod';
import type { ExportFileSchema } from '../../../../shared/rota/schemas/rota-io.schema';

/** A file from an export channel. */
export type ExportFile = z.output<typeof ExportFileSchema>;

/**
 * Offers an exported file to the person to save, through a download link to a Blob URL (the
 * renderer has no file system). Text stays text; PDFs arrive as base64.
 */
export function saveExport(file: ExportFile): void {
  const body = file.encoding === 'base64' ? Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0)) : file.content;
  const url = URL.createObjectURL(new Blob([body], { type: file.mimeType }));
  const a = document.createElement('a');
  a.href = url;
  a.download = file.fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for the save to start; the URL is then released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
