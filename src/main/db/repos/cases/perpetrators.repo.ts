import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** A perpetrators row. */
export interface PerpetratorRow {
  id: number;
  household_id: number;
  name_or_description: string;
  sex: string;
  relationship: string;
  known_risks: string;
  avoid_areas: string;
}

/** Adds or updates a perpetrator; returns the id. */
export function savePerpetrator(
  db: Sqlite,
  p: { id: number | null; householdId: number; nameOrDescription: string; sex: string; relationship: string; knownRisks: string; avoidAreas: string[]; at: string },
): number {
  if (p.id !== null) {
    cached(db, 
      'UPDATE perpetrators SET name_or_description = ?, sex = ?, relationship = ?, known_risks = ?, avoid_areas = ?, updated_at = ? WHERE id = ? AND household_id = ?',
    ).run(p.nameOrDescription, p.sex, p.relationship, p.knownRisks, JSON.stringify(p.avoidAreas), p.at, p.id, p.householdId);
    return p.id;
  }
  return Number(
    db
      .prepare(
        'INSERT INTO perpetrators (household_id, name_or_description, sex, relationship, known_risks, avoid_areas, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      )
      .run(p.householdId, p.nameOrDescription, p.sex, p.relationship, p.knownRisks, JSON.stringify(p.avoidAreas), p.at, p.at).lastInsertRowid,
  );
}

/** One perpetrator. */
export function getPerpetrator(db: Sqlite, id: number): PerpetratorRow | null {
  return (cached(db, 'SELECT * FROM perpetrators WHERE id = ?').get(id) as PerpetratorRow | undefined) ?? null;
}

/** A household's perpetrators. */
export function perpetratorsOf(db: Sqlite, householdId: number): PerpetratorRow[] {
  return cached(db, 'SELECT * FROM perpetrators WHERE household_id = ? ORDER BY id').all(householdId) as PerpetratorRow[];
}

/** Adds or updates a court order; returns the id. */
export function saveCourtOrder(
  db: Sqlite,
  o: { id: number | null; perpetratorId: number; kind: string; madeOn: string | null; expiresOn: string | null; notes: string; at: string },
): number {
  if (o.id !== null) {
    cached(db, 'UPDATE court_orders SET kind = ?, made_on = ?, expires_on = ?, notes = ? WHERE id = ? AND perpetrator_id = ?').run(
      o.kind,
      o.madeOn,
      o.expiresOn,
      o.notes,
      o.id,
      o.perpetratorId,
    );
    return o.id;
  }
  return Number(
    db
      .prepare('INSERT INTO court_orders (perpetrator_id, kind, made_on, expires_on, notes, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(o.perpetratorId, o.kind, o.madeOn, o.expiresOn, o.notes, o.at).lastInsertRowid,
  );
}

/** A perpetrator's court orders. */
export function courtOrdersOf(db: Sqlite, perpetratorId: number): { id: number; kind: string; made_on: string | null; expires_on: string | null; notes: string }[] {
  return cached(db, 'SELECT id, kind, made_on, expires_on, notes FROM court_orders WHERE perpetrator_id = ? ORDER BY coalesce(expires_on, made_on, created_at)').all(perpetratorId) as {
    id: number;
    kind: string;
    made_on: string | null;
    expires_on: string | null;
    notes: string;
  }[];
}
