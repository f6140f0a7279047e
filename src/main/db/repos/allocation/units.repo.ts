import type { UnitSaveInput } from '../../../../shared/allocation/schemas/unit.schema';
import type { SingleSexCode, UnitTypeCode } from '../../../../shared/allocation/vocab.allocation';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** A units row. */
export interface UnitRow {
  id: number;
  code: string;
  name: string;
  address: string;
  type: UnitTypeCode;
  single_sex: SingleSexCode;
  bedrooms: number;
  max_occupants: number;
  max_children: number;
  oldest_boy: number | null;
  wheelchair: number;
  step_free: number;
  floor: number;
  pets: number;
  locality: string;
  postcode_district: string;
  notes: string;
  opened_on: string;
  closed_on: string | null;
  created_at: string;
  updated_at: string;
}

const ORDER = 'ORDER BY code COLLATE NOCASE, id';

/** Every unit, or only those open on `onDate` (open by then and not closed by that night). */
export function listUnits(db: Sqlite, onDate: string | null = null): UnitRow[] {
  if (onDate === null) return cached(db, `SELECT * FROM units ${ORDER}`).all() as UnitRow[];
  return cached(db, `SELECT * FROM units WHERE opened_on <= ? AND (closed_on IS NULL OR closed_on > ?) ${ORDER}`).all(onDate, onDate) as UnitRow[];
}

/** Units open on any night of [from, to). */
export function unitsOpenBetween(db: Sqlite, from: string, to: string): UnitRow[] {
  return cached(db, `SELECT * FROM units WHERE opened_on < ? AND (closed_on IS NULL OR closed_on > ?) ${ORDER}`).all(to, from) as UnitRow[];
}

/** One unit. */
export function getUnit(db: Sqlite, id: number): UnitRow | null {
  return (cached(db, 'SELECT * FROM units WHERE id = ?').get(id) as UnitRow | undefined) ?? null;
}

/** A unit with this code (any case), other than `exceptId`. */
export function unitWithCode(db: Sqlite, code: string, exceptId: number | null): UnitRow | null {
  return (cached(db, 'SELECT * FROM units WHERE code = ? COLLATE NOCASE AND id IS NOT ?').get(code, exceptId) as UnitRow | undefined) ?? null;
}

function values(u: Omit<UnitSaveInput, 'id'>): (string | number | null)[] {
  return [
    u.code,
    u.name,
    u.address,
    u.type,
    u.singleSex,
    u.bedrooms,
    u.maxOccupants,
    u.maxChildren,
    u.oldestBoy,
    u.wheelchair ? 1 : 0,
    u.stepFree ? 1 : 0,
    u.floor,
    u.pets ? 1 : 0,
    u.locality,
    u.postcodeDistrict,
    u.notes,
    u.openedOn,
    u.closedOn,
  ];
}

/** Adds a unit and returns its id. */
export function insertUnit(db: Sqlite, u: Omit<UnitSaveInput, 'id'>, at: string, by: number | null): number {
  return Number(
    db
      .prepare(
        `INSERT INTO units (code, name, address, type, single_sex, bedrooms, max_occupants, max_children, oldest_boy, wheelchair, step_free, floor,
           pets, locality, postcode_district, notes, opened_on, closed_on, created_at, created_by, updated_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(...values(u), at, by, at).lastInsertRowid,
  );
}

/** Rewrites a unit's fields. */
export function updateUnit(db: Sqlite, id: number, u: Omit<UnitSaveInput, 'id'>, at: string): void {
  cached(db, 
    `UPDATE units SET code = ?, name = ?, address = ?, type = ?, single_sex = ?, bedrooms = ?, max_occupants = ?, max_children = ?, oldest_boy = ?,
       wheelchair = ?, step_free = ?, floor = ?, pets = ?, locality = ?, postcode_district = ?, notes = ?, opened_on = ?, closed_on = ?, updated_at = ?
     WHERE id = ?`,
  ).run(...values(u), at, id);
}
