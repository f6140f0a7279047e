/*
 * Offering a file the main process produced to the person to save. The renderer has no file
 * system: the bytes go into a Blob and a download link to its URL is clicked (the platform allows
 * downloads only from the app's own blob: and data: URLs). Used by every export: reports, rota,
 * subject access.
 */

/** A file from an export channel: base64 unless it says it is text. */
export interface FileToSave {
  fileName: string;
  mimeType: string;
  content: string;
  encoding?: 'base64' | 'utf-8';
}

/** Offers an exported file to save. */
export function saveFile(file: FileToSave): void {
  const body = file.encoding === 'utf-8' ? file.content : Uint8Array.from(atob(file.content), (c) => c.charCodeAt(0));
  saveBlob(new Blob([body], { type: file.mimeType }), file.fileName);
}

/** Offers a blob as a file to save. */
export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  document.body.appendChild(a);
  a.click();
  a.remove();
  // Long enough for the save to start; the URL is then released.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
