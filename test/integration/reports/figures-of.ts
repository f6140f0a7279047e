import type { ReportResult } from '../../../src/shared/reports/result.schema';

/** A report's figures as { table: { row: { column: value } } }, leaving out zeros and blanks. */
export function nonZero(r: ReportResult): Record<string, Record<string, Record<string, number>>> {
  const out: Record<string, Record<string, Record<string, number>>> = {};
  for (const t of r.tables) {
    for (const row of t.totalRow ? [...t.rows, t.totalRow] : t.rows) {
      row.cells.forEach((c, i) => {
        if (c.value === null || c.value === 0) return;
        ((out[t.id] ??= {})[row.key] ??= {})[t.columns[i]!.key] = c.value;
      });
    }
  }
  return out;
}

/** Every figure id and its value (zeros included). */
export function allFigures(r: ReportResult): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const t of r.tables) for (const row of t.totalRow ? [...t.rows, t.totalRow] : t.rows) for (const c of row.cells) out.set(c.id, c.value);
  return out;
}
