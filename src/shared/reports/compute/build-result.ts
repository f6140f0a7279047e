import { cellMeasure, figureDefinition, figureId, TOTAL_ROW, type ColumnDef, type RecordKind, type ReportDef, type RowDef, type TableDef } from '../definition';
import type { ReportPeriod } from '../periods';
import type { ResultCell, ResultRow, ResultTable, ReportResult } from '../result.schema';
import { COUNTING_RULES } from '../rules';
import type { Tally } from './tally';

/*
 * Turns a filled Tally into the ReportResult every screen and export reads. Counts are the number
 * of distinct records; a "Total" column is the distinct records of the row's other columns, and a
 * total row the distinct records of the rows — so a total is never a sum that counts someone
 * twice, and in a table whose rows overlap (a person with two needs) it is smaller than the sum.
 */

function countCols(t: TableDef): ColumnDef[] {
  return t.columns.filter((c) => c.key !== 'total');
}

/** The records behind a figure (a total is the union of its parts). */
export function recordsOf(t: TableDef, tally: Tally, rowKey: string, colKey: string): ReadonlySet<number> {
  const rows = rowKey === TOTAL_ROW && t.totalRow !== null ? t.rows : t.rows.filter((r) => r.key === rowKey);
  const cols = colKey === 'total' ? countCols(t) : t.columns.filter((c) => c.key === colKey);
  if (rows.length === 1 && cols.length === 1) return tally.cell(t.id, rows[0]!.key, cols[0]!.key);
  const out = new Set<number>();
  for (const r of rows) for (const c of cols) for (const id of tally.cell(t.id, r.key, c.key)) out.add(id);
  return out;
}

/**
 * How many records are behind a figure. Where the parts of a total cannot share a record (the
 * table's rows or columns are exclusive) the total is the sum of their counts, which is the size
 * of their union without building it; otherwise the union is counted.
 */
export function countOf(t: TableDef, tally: Tally, rowKey: string, colKey: string): number {
  const allRows = rowKey === TOTAL_ROW && t.totalRow !== null;
  const allCols = colKey === 'total';
  const rows = allRows ? t.rows : t.rows.filter((r) => r.key === rowKey);
  const cols = allCols ? countCols(t) : t.columns.filter((c) => c.key === colKey);
  if ((allRows && !t.exclusive.rows) || (allCols && !t.exclusive.columns)) {
    // The size of the union, worked out without building it (the drill-down builds it).
    const cells: [string, string, string][] = [];
    for (const r of rows) for (const c of cols) cells.push([t.id, r.key, c.key]);
    return tally.sizeOfUnion(cells);
  }
  let n = 0;
  for (const r of rows) for (const c of cols) n += tally.size(t.id, r.key, c.key);
  return n;
}

/** The kind of record a figure's drill-down lists. */
export function recordKindOf(t: TableDef, rowKey: string): RecordKind {
  return t.rows.find((r) => r.key === rowKey)?.records ?? t.records;
}

function cell(t: TableDef, tally: Tally, row: RowDef, col: ColumnDef): ResultCell {
  const id = figureId(t.id, row.key, col.key);
  const measure = cellMeasure(t, row, col);
  const basedOnRow = row.basedOn ? figureId(t.id, row.basedOn, col.key) : null;
  const basedOnCol = col.basedOn ? figureId(t.id, row.key, col.basedOn) : null;
  const basedOn = basedOnRow ?? basedOnCol;
  const numerator = row.numerator ? figureId(t.id, row.numerator, col.key) : col.numerator ? figureId(t.id, row.key, col.numerator) : null;
  const base = { id, measure, basedOn, numerator };
  if (row.notYetRecorded) return { ...base, value: tally.valueOf(id) ?? null };
  if (measure === 'count') return { ...base, value: countOf(t, tally, row.key, col.key) };
  return { ...base, value: tally.valueOf(id) ?? null };
}

function resultRow(t: TableDef, tally: Tally, row: RowDef): ResultRow {
  return { key: row.key, label: row.label, cells: t.columns.map((c) => cell(t, tally, row, c)), notYetRecorded: row.notYetRecorded ?? null };
}

/** One table's computed figures. */
export function buildTable(t: TableDef, tally: Tally): ResultTable {
  const total: RowDef | null = t.totalRow === null ? null : { key: TOTAL_ROW, label: t.totalRow };
  return {
    id: t.id,
    title: t.title,
    definition: t.definition,
    records: t.records,
    measure: t.measure,
    columns: t.columns.map((c) => ({ key: c.key, label: c.label })),
    drillable: true,
    rows: t.rows.map((r) => resultRow(t, tally, r)),
    totalRow: total ? resultRow(t, tally, total) : null,
    exclusive: t.exclusive,
    note: t.note ?? null,
  };
}

/** Every figure's definition, for the definitions sheet. */
export function definitionsOf(def: ReportDef): ReportResult['definitions'] {
  const out: ReportResult['definitions'] = [];
  for (const t of def.tables) {
    const rows: RowDef[] = t.totalRow === null ? [...t.rows] : [...t.rows, { key: TOTAL_ROW, label: t.totalRow, definition: 'The distinct records counted in any row above.' }];
    for (const r of rows) for (const c of t.columns) out.push({ id: figureId(t.id, r.key, c.key), table: t.title, row: r.label, column: c.label, definition: figureDefinition(t, r, c) });
  }
  return out;
}

/** The whole report. */
export function buildResult(def: ReportDef, tally: Tally, meta: { period: ReportPeriod; organisation: string; generatedAt: string }): ReportResult {
  return {
    name: def.name,
    title: def.title,
    description: def.description,
    period: meta.period,
    organisation: meta.organisation,
    generatedAt: meta.generatedAt,
    tables: def.tables.map((t) => buildTable(t, tally)),
    definitions: definitionsOf(def),
    rules: COUNTING_RULES,
  };
}

/** Splits a figure id into table, row and column (null when malformed). */
export function parseFigureId(id: string): { table: string; row: string; column: string } | null {
  const parts = id.split('.');
  if (parts.length !== 3 || parts.some((p) => p === '')) return null;
  return { table: parts[0]!, row: parts[1]!, column: parts[2]! };
}
