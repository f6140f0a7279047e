import type { AllocationNeeds } from '../../../../shared/allocation/schemas/needs.schema';
import type { Sqlite } from '../../connection';
import { jsonArray } from '../cases/json-columns';
import { cached } from '../../statements';

/** A household_needs row. */
interface NeedsRow {
  household_id: number;
  wheelchair: number;
  step_free: number;
  max_floor: number | null;
  pets: number;
  avoid_areas: string;
  preferred_areas: string;
  notes: string;
  updated_at: string;
  updated_by_name: string | null;
}

/** A household's recorded needs, with when and by whom; null when none were recorded. */
export function getNeeds(db: Sqlite, householdId: number): { needs: AllocationNeeds; updatedAt: string; updatedBy: string | null } | null {
  const r = db
    .prepare('SELECT n.*, u.display_name AS updated_by_name FROM household_needs n LEFT JOIN users u ON u.id = n.updated_by WHERE n.household_id = ?')
    .get(householdId) as NeedsRow | undefined;
  if (!r) return null;
  return {
    needs: {
      wheelchair: r.wheelchair === 1,
      stepFree: r.step_free === 1,
      maxFloor: r.max_floor,
      pets: r.pets === 1,
      avoidAreas: jsonArray(r.avoid_areas),
      preferredAreas: jsonArray(r.preferred_areas),
      notes: r.notes,
    },
    updatedAt: r.updated_at,
    updatedBy: r.updated_by_name,
  };
}

/** Records (replaces) a household's needs. */
export function saveNeeds(db: Sqlite, householdId: number, n: AllocationNeeds, at: string, by: number | null): void {
  cached(db, 
    `INSERT INTO household_needs (household_id, wheelchair, step_free, max_floor, pets, avoid_areas, preferred_areas, notes, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
     ON CONFLICT (household_id) DO UPDATE SET wheelchair = excluded.wheelchair, step_free = excluded.step_free, max_floor = excluded.max_floor,
       pets = excluded.pets, avoid_areas = excluded.avoid_areas, preferred_areas = excluded.preferred_areas, notes = excluded.notes,
       updated_at = excluded.updated_at, updated_by = excluded.updated_by`,
  ).run(householdId, n.wheelchair ? 1 : 0, n.stepFree ? 1 : 0, n.maxFloor, n.pets ? 1 : 0, JSON.stringify(n.avoidAreas), JSON.stringify(n.preferredAreas), n.notes, at, by);
}
