/*
 * The shape every report definition takes. A report is a list of tables; a table is rows ×
 * columns; each cell is one FIGURE, identified as `table.row.column` (for example
 * `unable.capacity.count`), with a plain-English definition built from the table's and the row's.
 * Definitions are data, so the screens, the exports' definitions sheet, the drill-down and the
 * tests all read the same words.
 */

/** What a table counts: the records behind each figure (what the drill-down lists). */
export type RecordKind = 'person' | 'household' | 'referral' | 'stay' | 'contact' | 'exit' | 'event' | 'marac' | 'plan' | 'unit';

/** How a row's figures are measured. Only counts of records are suppressed directly. */
export type Measure = 'count' | 'percent' | 'hours' | 'days' | 'nights' | 'fte' | 'pounds' | 'number';

/** One row of a table. */
export interface RowDef {
  key: string;
  label: string;
  /** Added to the table's definition for this row's figures. */
  definition?: string;
  /** Default: the table's measure. */
  measure?: Measure;
  /** A percent or average row: the count row it is based on (suppressed when that count is small). */
  basedOn?: string;
  /** A percent row: the count row on top of the fraction (suppressed with it). */
  numerator?: string;
  /** A figure not recorded yet (shown as "not yet recorded", never zero). */
  notYetRecorded?: string;
  /** Default: the table's records (a table may mix, e.g. MARAC referrals and panel referrals). */
  records?: RecordKind;
}

/** One column of a table. The key `total` marks a column that totals the others. */
export interface ColumnDef {
  key: string;
  label: string;
  /** Default: the row's, else the table's measure. */
  measure?: Measure;
  /** A percent column: the count column it is based on. */
  basedOn?: string;
  /** A percent column: the count column on top of the fraction. */
  numerator?: string;
}

/** One table of a report. */
export interface TableDef {
  id: string;
  title: string;
  /** Plain English: who or what is counted, over which dates, and how. */
  definition: string;
  records: RecordKind;
  measure: Measure;
  columns: readonly ColumnDef[];
  rows: readonly RowDef[];
  /** A total row (distinct records across the rows), with its label; null for none. */
  totalRow: string | null;
  /**
   * Whether each record falls in exactly one row (so the rows add up to the total) and in exactly
   * one column (so the columns add up to the total column). Secondary suppression protects sums.
   */
  exclusive: { rows: boolean; columns: boolean };
  /** Shown under the table (for example a gap in what is recorded). */
  note?: string;
}

/** A report: its name, title and tables. */
export interface ReportDef {
  name: string;
  title: string;
  description: string;
  /** The period a person most often wants. */
  usualPeriod: 'financial_year' | 'quarter';
  tables: readonly TableDef[];
}

/** The single count column most tables have. */
export const COUNT: readonly ColumnDef[] = [{ key: 'count', label: 'Count' }];
/** Adults, children and both. */
export const BY_AGE_GROUP: readonly ColumnDef[] = [
  { key: 'adult', label: 'Adults' },
  { key: 'child', label: 'Children' },
  { key: 'total', label: 'Total' },
];

/** Rows from a vocabulary's codes and labels. */
export function rowsOf(labels: Record<string, string>, codes?: readonly string[]): RowDef[] {
  return (codes ?? Object.keys(labels)).map((key) => ({ key, label: labels[key]! }));
}

/** The measure of one cell: the row's, else the column's, else the table's. */
export function cellMeasure(t: TableDef, row: RowDef, col: ColumnDef): Measure {
  return row.measure ?? col.measure ?? t.measure;
}

/** The key of a table's total row in figure ids. */
export const TOTAL_ROW = 'total';

/** A figure's id. */
export function figureId(table: string, row: string, column: string): string {
  return `${table}.${row}.${column}`;
}

/** The definition of one figure, in plain English. */
export function figureDefinition(t: TableDef, row: RowDef | null, col: ColumnDef): string {
  const parts = [t.definition];
  if (row?.definition) parts.push(row.definition);
  if (row?.notYetRecorded) parts.push(row.notYetRecorded);
  if (t.columns.length > 1) parts.push(col.key === 'total' ? 'Column: everyone in the row.' : `Column: ${col.label.toLowerCase()} only.`);
  return parts.join(' ');
}
