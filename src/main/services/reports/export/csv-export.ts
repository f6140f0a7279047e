import Papa from 'papaparse';
import type { Sheet } from '../../../../shared/reports/export-sheets';
import { FORMULA_START } from '../../../../shared/reports/export-sheets';
import { UTF8_BOM } from '../../../export/csv';

/*
 * The CSV export: the XLSX's sheets one after another, a blank line between, each row padded to
 * its sheet's width (as a spreadsheet program writes a sheet out). Same rules as toCsv in
 * src/main/export/csv.ts — UTF-8 with a BOM, CRLF, formula-like cells escaped — but with rows of
 * different widths, which toCsv's single header cannot hold.
 */

/** A sheet's rows padded to its widest row. */
export function paddedRows(s: Sheet): (string | number)[][] {
  const width = Math.max(...s.rows.map((r) => r.length));
  return s.rows.map((r) => [...r, ...Array<string>(width - r.length).fill('')]);
}

/** The CSV of one sheet (no BOM), as its rows. */
export function sheetCsvRows(s: Sheet): (string | number)[][] {
  return paddedRows(s);
}

/** Every sheet as one CSV file. */
export function sheetsToCsv(sheets: readonly Sheet[]): string {
  const rows: (string | number)[][] = [];
  sheets.forEach((s, i) => {
    if (i > 0) rows.push(['']);
    rows.push(...paddedRows(s));
  });
  return UTF8_BOM + Papa.unparse(rows, { escapeFormulae: FORMULA_START, newline: '\r\n', quotes: false }) + '\r\n';
}
