import type { ResultCell, ResultTable, ReportResult } from './result.schema';

/*
 * Small-number suppression for anything that leaves the building.
 *
 * PRIMARY: a count from 1 to 4 (of people, households, referrals, stays, exits or events) is shown
 * as "<5". Zero is shown: it identifies nobody.
 * SECONDARY: where the cells of a row or a column add up to a total that is shown (the table's
 * rows or columns are exclusive), one hidden cell could be worked out by subtraction. So whenever
 * such a group has exactly one hidden cell, the smallest other non-zero cell in the group is
 * hidden too (a body cell before the total), and the groups are checked again until none has a
 * lone hidden cell.
 * RATES: a percentage or average is hidden ("n<5") when the count it is based on, or the count on
 * top of its fraction, is hidden, so the hidden count cannot be worked back out of it.
 * Hours, nights, occupancy and staff FTE are not counts of records and are not suppressed.
 */

/** The marker for a hidden count. */
export const SUPPRESSED = '<5';
/** The marker for a hidden rate or average. */
export const SUPPRESSED_RATE = 'n<5';

/** The rule as printed on every export. */
export function suppressionStatement(on: boolean): string {
  return on
    ? 'Small-number suppression: ON. Counts from 1 to 4 are shown as “<5”; where a total would reveal a hidden count, a second cell is hidden as well; a percentage or average based on a hidden count is shown as “n<5”. Zero is shown.'
    : 'Small-number suppression: OFF. Every figure is shown as counted. This export may identify people: keep it inside the service.';
}

/** What a figure that is not recorded for the period shows (never zero). */
export const NOT_RECORDED = 'Not recorded';

/** A cell as an export shows it. */
export interface DisplayCell {
  id: string;
  /** The number, or the marker / text shown instead. */
  display: number | string;
  suppressed: 'primary' | 'secondary' | 'rate' | null;
  /** How the figure is measured (money is written with a £ sign where text is printed). */
  measure: ResultCell['measure'];
}

/** A table as an export shows it. */
export interface DisplayTable {
  table: ResultTable;
  rows: { key: string; label: string; cells: DisplayCell[] }[];
}

function isCount(c: ResultCell): boolean {
  return c.measure === 'count';
}

/** Which cells of a table to hide. Pure; returns the reason per figure id. */
export function suppressTable(t: ResultTable): Map<string, 'primary' | 'secondary' | 'rate'> {
  const hidden = new Map<string, 'primary' | 'secondary' | 'rate'>();
  const allRows = t.totalRow ? [...t.rows, t.totalRow] : t.rows;
  const byId = new Map<string, ResultCell>();
  for (const r of allRows) for (const c of r.cells) byId.set(c.id, c);
  for (const c of byId.values()) if (isCount(c) && c.value !== null && c.value >= 1 && c.value <= 4) hidden.set(c.id, 'primary');

  // The additive groups: each is a list of body cells and the total they add up to.
  const groups: { body: ResultCell[]; total: ResultCell }[] = [];
  const totalCol = t.columns.findIndex((c) => c.key === 'total');
  if (t.exclusive.columns && totalCol >= 0) {
    for (const r of allRows) groups.push({ body: r.cells.filter((c, i) => i !== totalCol && isCount(c)), total: r.cells[totalCol]! });
  }
  if (t.exclusive.rows && t.totalRow) {
    t.columns.forEach((_col, i) => {
      const total = t.totalRow!.cells[i]!;
      if (isCount(total)) groups.push({ body: t.rows.map((r) => r.cells[i]!).filter(isCount), total });
    });
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const g of groups) {
      const cells = [...g.body, g.total];
      if (cells.filter((c) => hidden.has(c.id)).length !== 1) continue;
      const open = g.body.filter((c) => !hidden.has(c.id) && (c.value ?? 0) > 0).sort((a, b) => (a.value ?? 0) - (b.value ?? 0));
      const pick = open[0] ?? (!hidden.has(g.total.id) ? g.total : g.body.find((c) => !hidden.has(c.id)));
      if (!pick) continue;
      hidden.set(pick.id, 'secondary');
      changed = true;
    }
  }

  for (const c of byId.values()) {
    if (isCount(c) || (c.basedOn === null && c.numerator === null)) continue;
    if ((c.basedOn && hidden.has(c.basedOn)) || (c.numerator && hidden.has(c.numerator))) hidden.set(c.id, 'rate');
  }
  return hidden;
}

/** A table ready to show: numbers, markers for hidden figures, and text for missing ones. */
export function displayTable(t: ResultTable, suppress: boolean): DisplayTable {
  const hidden = suppress ? suppressTable(t) : new Map<string, 'primary' | 'secondary' | 'rate'>();
  const rows = (t.totalRow ? [...t.rows, t.totalRow] : t.rows).map((r) => ({
    key: r.key,
    label: r.label,
    cells: r.cells.map((c): DisplayCell => {
      const why = hidden.get(c.id) ?? null;
      if (why) return { id: c.id, display: why === 'rate' ? SUPPRESSED_RATE : SUPPRESSED, suppressed: why, measure: c.measure };
      if (r.notYetRecorded && c.value === null) return { id: c.id, display: NOT_RECORDED, suppressed: null, measure: c.measure };
      return { id: c.id, display: c.value === null ? '–' : c.value, suppressed: null, measure: c.measure };
    }),
  }));
  return { table: t, rows };
}

/** Every table of a report, ready to show. */
export function displayReport(r: ReportResult, suppress: boolean): DisplayTable[] {
  return r.tables.map((t) => displayTable(t, suppress));
}
