import type { Rate } from '../../../../shared/sanctuary/schemas/rates.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

const SELECT = `SELECT id, kind, name, level, unit_cost_pence AS unitCostPence, unit, needs_fire_check AS needsFireCheck, alters_property AS altersProperty, active
  FROM sanctuary_rates`;

type RawRate = Omit<Rate, 'needsFireCheck' | 'altersProperty' | 'active'> & { needsFireCheck: number; altersProperty: number; active: number };

function toRate(r: RawRate): Rate {
  return { ...r, needsFireCheck: r.needsFireCheck === 1, altersProperty: r.altersProperty === 1, active: r.active === 1 };
}

/** The schedule of rates: lower level first, then by name. */
export function listRates(db: Sqlite): Rate[] {
  return (cached(db, `${SELECT} ORDER BY level DESC, active DESC, name`).all() as RawRate[]).map(toRate);
}

/** One line, or null. */
export function getRate(db: Sqlite, id: number): Rate | null {
  const r = cached(db, `${SELECT} WHERE id = ?`).get(id) as RawRate | undefined;
  return r ? toRate(r) : null;
}

/** A line by name (case-insensitive), or null. */
export function rateByName(db: Sqlite, name: string): Rate | null {
  const r = cached(db, `${SELECT} WHERE lower(name) = lower(?)`).get(name) as RawRate | undefined;
  return r ? toRate(r) : null;
}

/** The fields of a line. */
export type RateFields = Omit<Rate, 'id'>;

/** Adds a line. */
export function insertRate(db: Sqlite, f: RateFields, by: number | null, at: string): number {
  return Number(
    cached(db, 
        `INSERT INTO sanctuary_rates (kind, name, level, unit_cost_pence, unit, needs_fire_check, alters_property, active, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.kind, f.name, f.level, f.unitCostPence, f.unit, f.needsFireCheck ? 1 : 0, f.altersProperty ? 1 : 0, f.active ? 1 : 0, at, by).lastInsertRowid,
  );
}

/** Changes a line (cases keep what they were requested at). */
export function updateRate(db: Sqlite, id: number, f: RateFields, by: number | null, at: string): void {
  cached(db, 
    `UPDATE sanctuary_rates SET kind = ?, name = ?, level = ?, unit_cost_pence = ?, unit = ?, needs_fire_check = ?, alters_property = ?, active = ?, updated_at = ?, updated_by = ?
     WHERE id = ?`,
  ).run(f.kind, f.name, f.level, f.unitCostPence, f.unit, f.needsFireCheck ? 1 : 0, f.altersProperty ? 1 : 0, f.active ? 1 : 0, at, by, id);
}
