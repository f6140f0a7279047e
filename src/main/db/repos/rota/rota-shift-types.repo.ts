import type { CoverRole, ShiftType } from '../../../../shared/rota/schemas/shift-type.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

interface ShiftTypeRow {
  id: number;
  name: string;
  kind: ShiftType['kind'];
  default_start: string;
  default_end: string;
  covers_office: number;
  covers_phone: number;
  covers_manager_on_call: number;
  night_work: number;
  counts_as_working_time: number;
  active: number;
}

/** The fields a shift type is saved with. */
export type ShiftTypeFields = Omit<ShiftType, 'id'>;

const COLUMNS = 'id, name, kind, default_start, default_end, covers_office, covers_phone, covers_manager_on_call, night_work, counts_as_working_time, active';

function toShiftType(r: ShiftTypeRow): ShiftType {
  const covers: CoverRole[] = [];
  if (r.covers_office) covers.push('office');
  if (r.covers_phone) covers.push('phone');
  if (r.covers_manager_on_call) covers.push('manager_on_call');
  return {
    id: r.id,
    name: r.name,
    kind: r.kind,
    defaultStart: r.default_start,
    defaultEnd: r.default_end,
    covers,
    nightWork: r.night_work === 1,
    countsAsWorkingTime: r.counts_as_working_time === 1,
    active: r.active === 1,
  };
}

function flags(f: ShiftTypeFields): number[] {
  return [
    f.covers.includes('office') ? 1 : 0,
    f.covers.includes('phone') ? 1 : 0,
    f.covers.includes('manager_on_call') ? 1 : 0,
    f.nightWork ? 1 : 0,
    f.countsAsWorkingTime ? 1 : 0,
    f.active ? 1 : 0,
  ];
}

/** Adds a shift type; returns the new id. */
export function insertShiftType(db: Sqlite, f: ShiftTypeFields): number {
  return Number(
    db
      .prepare(
        `INSERT INTO rota_shift_types (name, kind, default_start, default_end, covers_office, covers_phone, covers_manager_on_call, night_work, counts_as_working_time, active)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.name, f.kind, f.defaultStart, f.defaultEnd, ...flags(f)).lastInsertRowid,
  );
}

/** Replaces a shift type's fields. */
export function updateShiftType(db: Sqlite, id: number, f: ShiftTypeFields): void {
  cached(db, 
    `UPDATE rota_shift_types SET name = ?, kind = ?, default_start = ?, default_end = ?, covers_office = ?, covers_phone = ?,
       covers_manager_on_call = ?, night_work = ?, counts_as_working_time = ?, active = ? WHERE id = ?`,
  ).run(f.name, f.kind, f.defaultStart, f.defaultEnd, ...flags(f), id);
}

/** Every shift type, by name. */
export function listShiftTypes(db: Sqlite): ShiftType[] {
  return (cached(db, `SELECT ${COLUMNS} FROM rota_shift_types ORDER BY active DESC, name COLLATE NOCASE`).all() as ShiftTypeRow[]).map(toShiftType);
}

/** One shift type. */
export function getShiftType(db: Sqlite, id: number): ShiftType | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM rota_shift_types WHERE id = ?`).get(id) as ShiftTypeRow | undefined;
  return r ? toShiftType(r) : null;
}

/** A shift type by name (case-insensitive), to refuse duplicates with a clear message. */
export function getShiftTypeByName(db: Sqlite, name: string): ShiftType | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM rota_shift_types WHERE name = ? COLLATE NOCASE`).get(name) as ShiftTypeRow | undefined;
  return r ? toShiftType(r) : null;
}
