import { displayReport, suppressionStatement, type DisplayTable } from './suppression';
import type { ReportResult } from './result.schema';

/*
 * The grid every spreadsheet-like export is made from: a cover sheet, one sheet per table and a
 * definitions sheet, each a list of rows of text and numbers. The XLSX writes each grid to a sheet;
 * the CSV is the same grids one after another with a blank line between, so a spreadsheet
 * converted back to CSV by another program reads exactly as the CSV export. Every sheet states
 * whether suppression was applied and the rule.
 */

/** A cell of an export grid. */
export type GridCell = string | number;

/** One sheet: its name (at most 31 characters, as spreadsheets allow) and its rows. */
export interface Sheet {
  name: string;
  rows: GridCell[][];
}

/** Cells that begin like a formula are prefixed with an apostrophe in every export (CSV injection). */
export const FORMULA_START = /^[=+\-@\t\r]/;

/** A text cell made safe for a spreadsheet. */
export function safeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

function sheetName(index: number, id: string): string {
  return `${String(index).padStart(2, '0')} ${id}`.slice(0, 31);
}

function tableSheet(d: DisplayTable, index: number, statement: string): Sheet {
  const t = d.table;
  const rows: GridCell[][] = [[t.title], [t.definition], ['Category', ...t.columns.map((c) => c.label)]];
  for (const r of d.rows) rows.push([r.label, ...r.cells.map((c) => c.display)]);
  if (t.note) rows.push([`Note: ${t.note}`]);
  rows.push([statement]);
  return { name: sheetName(index, t.id), rows };
}

/** The sheets of a report export. */
export function reportSheets(r: ReportResult, suppress: boolean): Sheet[] {
  const statement = suppressionStatement(suppress);
  const cover: Sheet = {
    name: '00 About',
    rows: [
      [r.title],
      [r.organisation || 'Organisation not set'],
      [`Period: ${r.period.label}`, r.period.from, r.period.to],
      [`Produced: ${r.generatedAt}`],
      [statement],
      ['Counting rules'],
      ...r.rules.map((rule) => [rule]),
    ],
  };
  const tables = displayReport(r, suppress).map((d, i) => tableSheet(d, i + 1, statement));
  const definitions: Sheet = {
    name: `${String(tables.length + 1).padStart(2, '0')} Definitions`,
    rows: [['Figure', 'Table', 'Row', 'Column', 'Definition'], ...r.definitions.map((d) => [d.id, d.table, d.row, d.column, d.definition]), [statement]],
  };
  return [cover, ...tables, definitions].map((s) => ({ ...s, rows: s.rows.map((row) => row.map((c) => (typeof c === 'string' ? safeText(c) : c))) }));
}
