import Papa from 'papaparse';

/** Excel reads UTF-8 only when the file starts with a byte-order mark. */
export const UTF8_BOM = '\uFEFF';

/**
 * Turns rows into CSV for people to open in Excel: UTF-8 with a BOM, CRLF line ends, and every
 * cell that starts with = + - @ tab or carriage return prefixed with an apostrophe, so a name or
 * note can never run as a formula (CSV injection).
 */
export function toCsv(header: readonly string[], rows: readonly (readonly unknown[])[]): string {
  return (
    UTF8_BOM +
    Papa.unparse(
      { fields: [...header], data: rows.map((r) => r.map((v) => (v === null || v === undefined ? '' : v))) },
      { escapeFormulae: /^[=+\-@\t\r]/, newline: '\r\n', quotes: false },
    ) +
    '\r\n'
  );
}
