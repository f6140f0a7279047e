import { figureId } from '../definition';

/*
 * Where a report's computation puts its figures. A count is the set of record ids it counted, so
 * a record is never counted twice in one figure (a household with two stays is one household),
 * and the drill-down lists exactly those ids. Other measures (hours, nights, percentages) are a
 * value, with the ids of the records they were worked out from when there are any.
 *
 * Sets are kept by table, then row, then column (no key string is built per count: a ten-year
 * report makes hundreds of thousands of counts).
 */
export class Tally {
  private readonly sets = new Map<string, Map<string, Map<string, Set<number>>>>();
  private readonly values = new Map<string, number | null>();

  private set(table: string, row: string, column: string): Set<number> {
    let t = this.sets.get(table);
    if (!t) this.sets.set(table, (t = new Map()));
    let r = t.get(row);
    if (!r) t.set(row, (r = new Map()));
    let s = r.get(column);
    if (!s) r.set(column, (s = new Set()));
    return s;
  }

  /** Counts record `id` in a figure. */
  count(table: string, row: string, column: string, id: number): void {
    this.set(table, row, column).add(id);
  }

  /** Counts many records in a figure. */
  countAll(table: string, row: string, column: string, ids: Iterable<number>): void {
    const s = this.set(table, row, column);
    for (const id of ids) s.add(id);
  }

  /** Sets a figure's value (a measure other than a count), with the records behind it. */
  value(table: string, row: string, column: string, value: number | null, ids?: Iterable<number>): void {
    this.values.set(figureId(table, row, column), value);
    if (ids) this.countAll(table, row, column, ids);
  }

  /** The records counted in one cell (empty when none). */
  cell(table: string, row: string, column: string): ReadonlySet<number> {
    return this.sets.get(table)?.get(row)?.get(column) ?? EMPTY;
  }

  /** The records counted in a figure, by its id (empty when none). */
  ids(key: string): ReadonlySet<number> {
    const [table, row, column] = key.split('.');
    return this.cell(table!, row!, column!);
  }

  /** A measured value, or undefined when none was set. */
  valueOf(key: string): number | null | undefined {
    return this.values.get(key);
  }
}

const EMPTY: ReadonlySet<number> = new Set();

/** Percent to one decimal place; null when there is nothing to divide by. */
export function percent(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 1000) / 10;
}

/** Mean to one decimal place; null for no values. */
export function mean(values: readonly number[]): number | null {
  return values.length === 0 ? null : Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 10) / 10;
}
