import { figureId } from '../definition';

/*
 * Where a report's computation puts its figures. A count is the set of record ids it counted, so
 * a record is never counted twice in one figure (a household with two stays is one household),
 * and the drill-down lists exactly those ids. Other measures (hours, nights, percentages) are a
 * value, with the ids of the records they were worked out from when there are any.
 *
 * Cells are kept by table, then row, then column (no key string is built per count: a ten-year
 * report makes hundreds of thousands of counts). A cell records ids as they are counted, in a
 * plain list; the set is built only when a figure's records are asked for (a drill-down, or the
 * union behind a total), and the number of distinct ids is worked out from the list (adding to a
 * growing Set cost several times more than the rest of counting).
 */

/** One figure's records, as counted (repeats included) and, once asked for, as a set. */
class Cell {
  ids: number[] = [];
  set: Set<number> | null = null;
  /** Distinct ids, or -1 when not yet worked out since the last count. */
  distinct = -1;
}

export class Tally {
  private readonly cells = new Map<string, Map<string, Map<string, Cell>>>();
  private readonly values = new Map<string, number | null>();
  private readonly marks = new Marks();
  /**
   * For a computation that read the time: the last instant (ms) at which its counts are still what
   * it found, or undefined when it made no such promise (see standsUntil).
   */
  private until: number | undefined;

  private at(table: string, row: string, column: string): Cell {
    let t = this.cells.get(table);
    if (!t) this.cells.set(table, (t = new Map()));
    let r = t.get(row);
    if (!r) t.set(row, (r = new Map()));
    let c = r.get(column);
    if (!c) r.set(column, (c = new Cell()));
    return c;
  }

  private find(table: string, row: string, column: string): Cell | undefined {
    return this.cells.get(table)?.get(row)?.get(column);
  }

  /**
   * Declares that these counts, worked out at some instant, stay right until `ms` with nothing
   * written (a referral "not yet due" becomes "no contact" once its 48 hours pass, so its deadline
   * is where the counts expire). Infinity says the time was read but changes nothing later. A
   * computation that reads the time and never calls this has its counts worked out afresh each time.
   */
  standsUntil(ms: number): void {
    this.until = Math.min(this.until ?? Infinity, ms);
  }

  /** Until when counts that read the time stay right (undefined: no promise made). */
  get validUntil(): number | undefined {
    return this.until;
  }

  /** Counts record `id` in a figure. */
  count(table: string, row: string, column: string, id: number): void {
    const c = this.at(table, row, column);
    c.ids.push(id);
    c.distinct = -1;
    if (c.set !== null) c.set.add(id);
  }

  /** Counts many records in a figure. */
  countAll(table: string, row: string, column: string, ids: Iterable<number>): void {
    const c = this.at(table, row, column);
    // A new figure given a list (support hours: every contact of ten years) takes a copy in one go.
    if (c.ids.length === 0 && c.set === null && Array.isArray(ids)) {
      c.ids = (ids as number[]).slice();
      c.distinct = -1;
      return;
    }
    const set = c.set;
    for (const id of ids) {
      c.ids.push(id);
      if (set !== null) set.add(id);
    }
    c.distinct = -1;
  }

  /** Sets a figure's value (a measure other than a count), with the records behind it. */
  value(table: string, row: string, column: string, value: number | null, ids?: Iterable<number>): void {
    this.values.set(figureId(table, row, column), value);
    if (ids) this.countAll(table, row, column, ids);
  }

  /** The records counted in one cell (empty when none). */
  cell(table: string, row: string, column: string): ReadonlySet<number> {
    const c = this.find(table, row, column);
    if (!c) return EMPTY;
    if (c.set === null) c.set = new Set(c.ids);
    return c.set;
  }

  /** How many distinct records are counted in one cell. */
  size(table: string, row: string, column: string): number {
    const c = this.find(table, row, column);
    if (!c) return 0;
    if (c.set !== null) return c.set.size;
    if (c.distinct < 0) c.distinct = this.marks.distinct([c.ids]);
    return c.distinct;
  }

  /** How many distinct records are counted in any of these cells (each [table, row, column]). */
  sizeOfUnion(cells: readonly (readonly [string, string, string])[]): number {
    const lists: number[][] = [];
    let only: Cell | null = null;
    for (const [table, row, column] of cells) {
      const c = this.find(table, row, column);
      if (c && c.ids.length > 0) {
        lists.push(c.ids);
        only = c;
      }
    }
    if (lists.length === 1) {
      const c = only!;
      if (c.set !== null) return c.set.size;
      if (c.distinct < 0) c.distinct = this.marks.distinct(lists);
      return c.distinct;
    }
    return this.marks.distinct(lists);
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

/** Record ids up to this are counted with a marks array; larger (or not whole) ids are sorted. */
const MARKABLE = 1 << 22;

/** Scratch marks for counting distinct ids, shared by one Tally's figures. */
class Marks {
  private marks = new Int32Array(0);
  private stamp = 0;

  /** The number of distinct ids in some lists (one pass: no hashing, no sorting). */
  distinct(lists: readonly (readonly number[])[]): number {
    let total = 0;
    let max = 0;
    let whole = true;
    for (const l of lists) {
      total += l.length;
      for (let i = 0; i < l.length; i++) {
        const id = l[i]!;
        if (id > max) max = id;
        if (!(id >= 0 && id < MARKABLE && Number.isInteger(id))) whole = false;
      }
    }
    if (total === 0) return 0;
    if (!whole) return sortedDistinct(lists, total);
    if (this.marks.length <= max) {
      this.marks = new Int32Array(Math.max(max + 1, this.marks.length * 2));
      this.stamp = 0;
    }
    const marks = this.marks;
    const stamp = ++this.stamp;
    let n = 0;
    for (const l of lists)
      for (let i = 0; i < l.length; i++) {
        const id = l[i]!;
        if (marks[id] !== stamp) {
          marks[id] = stamp;
          n++;
        }
      }
    return n;
  }
}

/** The number of distinct numbers in some lists, by sorting them. */
function sortedDistinct(lists: readonly (readonly number[])[], total: number): number {
  const all = new Float64Array(total);
  let k = 0;
  for (const l of lists) for (let i = 0; i < l.length; i++) all[k++] = l[i]!;
  all.sort();
  let n = 1;
  for (let i = 1; i < total; i++) if (all[i] !== all[i - 1]) n++;
  return n;
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
