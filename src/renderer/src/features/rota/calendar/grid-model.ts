import type { Assignment, Conflict, Gap, ResolvedRota } from '../../../../../shared/rota/schemas/resolved.schema';
import type { Leave } from '../../../../../shared/rota/schemas/staff.schema';
import { dateOf, dayOf } from '../../../../../shared/rota/zone';

/*
 * The rota grid as rows of days, built from a resolved rota: pure, so the placement rules are
 * tested without a screen.
 *
 * - A shift sits on the day it starts (a night shift on the evening it begins); one that began
 *   before the period sits on the first day shown.
 * - A gap sits on the day it starts, and on each later day it still covers at noon (so a
 *   22:00–08:00 gap shows once, a three-day gap on each of its days).
 * - Leave shows on every day it touches.
 */

/** Rows by person or by shift type. */
export type GroupBy = 'person' | 'shiftType';

/** One shift in a cell, with everything a chip shows. */
export interface CellShift {
  assignment: Assignment;
  typeName: string;
  personName: string;
  conflicts: Conflict[];
}

/** One cell: a row's day. */
export interface GridCell {
  day: number;
  shifts: CellShift[];
  leave: Leave[];
  gaps: Gap[];
}

/** One row of the grid. */
export interface GridRow {
  key: string;
  kind: 'gaps' | 'person' | 'shiftType';
  /** Staff id or shift type id; null for the gaps row. */
  id: number | null;
  label: string;
  /** Shown as a person's name (initials in discreet mode). */
  isPerson: boolean;
  inactive: boolean;
  cells: GridCell[];
}

const noon = (day: number) => `${dateOf(day)}T12:00`;
const midnight = (day: number) => `${dateOf(day)}T00:00`;

/** The days (within `days`) a gap is shown on. */
export function gapDays(gap: Pick<Gap, 'startLocal' | 'endLocal'>, days: readonly number[]): number[] {
  if (days.length === 0) return [];
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const startDay = Math.max(dayOf(gap.startLocal.slice(0, 10)), first);
  const out: number[] = [];
  if (startDay <= last && gap.endLocal > midnight(startDay)) out.push(startDay);
  for (let d = startDay + 1; d <= last; d++) if (gap.endLocal > noon(d) && gap.startLocal < noon(d)) out.push(d);
  return out;
}

/** The day (within `days`) a shift is shown on, or null when it lies outside. */
export function shiftDay(a: Pick<Assignment, 'startLocal' | 'endLocal'>, days: readonly number[]): number | null {
  if (days.length === 0) return null;
  const first = days[0]!;
  const last = days[days.length - 1]!;
  const d = dayOf(a.startLocal.slice(0, 10));
  if (d > last) return null;
  if (d >= first) return d;
  return a.endLocal > midnight(first) ? first : null;
}

/** Whether leave touches a day. */
export function leaveTouches(l: Pick<Leave, 'start' | 'end'>, day: number): boolean {
  return l.start < midnight(day + 1) && l.end > midnight(day);
}

/** Builds the grid's rows for a period. */
export function buildGrid(rota: ResolvedRota, leave: readonly Leave[], days: readonly number[], groupBy: GroupBy): GridRow[] {
  const names = new Map(rota.staff.map((s) => [s.id, s.name]));
  const types = new Map(rota.shiftTypes.map((t) => [t.id, t.name]));
  const conflictsByKey = new Map<string, Conflict[]>();
  for (const c of rota.conflicts) {
    for (const k of c.assignmentKeys) {
      const list = conflictsByKey.get(k);
      if (list) list.push(c);
      else conflictsByKey.set(k, [c]);
    }
  }
  const index = new Map<number, number>(days.map((d, i) => [d, i]));
  const emptyCells = (): GridCell[] => days.map((day) => ({ day, shifts: [], leave: [], gaps: [] }));

  const gapsRow: GridRow = { key: 'gaps', kind: 'gaps', id: null, label: 'Gaps in cover', isPerson: false, inactive: false, cells: emptyCells() };
  for (const g of rota.gaps) for (const d of gapDays(g, days)) gapsRow.cells[index.get(d)!]!.gaps.push(g);

  const byRow = new Map<number, GridRow>();
  const withShifts = new Set(rota.assignments.map((a) => (groupBy === 'person' ? a.staffId : a.shiftTypeId)));
  if (groupBy === 'person') {
    for (const s of rota.staff) {
      if (!s.active && !withShifts.has(s.id)) continue;
      byRow.set(s.id, { key: `p${s.id}`, kind: 'person', id: s.id, label: s.name, isPerson: true, inactive: !s.active, cells: emptyCells() });
    }
  } else {
    for (const t of rota.shiftTypes) byRow.set(t.id, { key: `t${t.id}`, kind: 'shiftType', id: t.id, label: t.name, isPerson: false, inactive: false, cells: emptyCells() });
  }

  const sorted = [...rota.assignments].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : a.staffId - b.staffId));
  for (const a of sorted) {
    const row = byRow.get(groupBy === 'person' ? a.staffId : a.shiftTypeId);
    const d = shiftDay(a, days);
    if (!row || d === null) continue;
    row.cells[index.get(d)!]!.shifts.push({
      assignment: a,
      typeName: types.get(a.shiftTypeId) ?? 'Shift',
      personName: names.get(a.staffId) ?? 'Someone',
      conflicts: conflictsByKey.get(a.key) ?? [],
    });
  }
  if (groupBy === 'person') {
    for (const l of leave) {
      const row = byRow.get(l.staffId);
      if (!row) continue;
      for (const cell of row.cells) if (leaveTouches(l, cell.day)) cell.leave.push(l);
    }
  }
  return [gapsRow, ...byRow.values()];
}

/** Every conflict's keys, for highlighting. */
export function conflictKeys(rota: ResolvedRota): Set<string> {
  return new Set(rota.conflicts.flatMap((c) => c.assignmentKeys));
}
