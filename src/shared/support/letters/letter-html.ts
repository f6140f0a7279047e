import type { MergedLetter } from './merge';

/*
 * A merged letter as a self-contained HTML page for printing to PDF (inline CSS, no scripts, no
 * external resources). Every line of text is escaped here, whatever its source.
 */

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

function linesHtml(ls: readonly string[]): string {
  return ls.map((l) => escapeHtml(l)).join('<br>');
}

const CSS = `
  @page { size: A4; }
  html { font-family: "Liberation Sans", Arial, Helvetica, sans-serif; font-size: 11pt; color: #111; }
  body { margin: 6mm 10mm 0 10mm; line-height: 1.45; }
  .letterhead { text-align: right; margin-bottom: 14mm; }
  .letterhead .first { font-size: 14pt; font-weight: 700; }
  p { margin: 0 0 4mm 0; }
  .sign-off { margin-top: 8mm; }
`;

/** The letter as a printable HTML document. */
export function letterHtml(letter: MergedLetter): string {
  const [first, ...rest] = letter.letterhead;
  const head = first === undefined ? '' : `<div class="letterhead"><div class="first">${escapeHtml(first)}</div>${rest.length ? `<div>${linesHtml(rest)}</div>` : ''}</div>`;
  const body = letter.body.map((b) => `<p>${linesHtml(b)}</p>`).join('\n');
  const signOff = letter.signOff.length ? `<p class="sign-off">${linesHtml(letter.signOff)}</p>` : '';
  return `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>${escapeHtml(letter.title)}</title><style>${CSS}</style></head>
<body>${head}
${body}
${signOff}</body></html>`;
}
