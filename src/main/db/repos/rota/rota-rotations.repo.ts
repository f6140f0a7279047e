import type { Rotation, RotationVersion } from '../../../../shared/rota/schemas/rotation.schema';
import type { Sqlite } from '../../connection';
import { daysFromText, daysToText } from './rota-requirements.repo';
import { cached } from '../../statements';

interface VersionRow {
  id: number;
  rotation_id: number;
  effective_from: string;
  name: string;
  shift_type_id: number;
  start_date: string;
  start_time: string;
  end_time: string;
  days_of_week: string;
  turn_length_days: number;
  handover_time: string;
  end_date: string | null;
  created_at: string;
}

/** What a version is saved with. */
export type VersionFields = Omit<RotationVersion, 'id' | 'rotationId' | 'createdAt'>;

const COLUMNS =
  'id, rotation_id, effective_from, name, shift_type_id, start_date, start_time, end_time, days_of_week, turn_length_days, handover_time, end_date, created_at';

function membersByVersion(db: Sqlite, rotationId: number | null): Map<number, number[]> {
  const rows = db
    .prepare(
      `SELECT m.version_id, m.staff_id FROM rota_rotation_members m JOIN rota_rotation_versions v ON v.id = m.version_id
       WHERE (? IS NULL OR v.rotation_id = ?) ORDER BY m.version_id, m.position`,
    )
    .all(rotationId, rotationId) as { version_id: number; staff_id: number }[];
  const out = new Map<number, number[]>();
  for (const r of rows) {
    const list = out.get(r.version_id);
    if (list) list.push(r.staff_id);
    else out.set(r.version_id, [r.staff_id]);
  }
  return out;
}

function toVersion(r: VersionRow, people: number[]): RotationVersion {
  return {
    id: r.id,
    rotationId: r.rotation_id,
    effectiveFrom: r.effective_from,
    name: r.name,
    shiftTypeId: r.shift_type_id,
    startDate: r.start_date,
    startTime: r.start_time,
    endTime: r.end_time,
    daysOfWeek: daysFromText(r.days_of_week),
    turnLengthDays: r.turn_length_days,
    handoverTime: r.handover_time,
    people,
    endDate: r.end_date,
    createdAt: r.created_at,
  };
}

/** Creates an empty rotation; returns its id. */
export function insertRotation(db: Sqlite, by: number | null, at: string): number {
  return Number(cached(db, 'INSERT INTO rota_rotations (created_by, created_at) VALUES (?, ?)').run(by, at).lastInsertRowid);
}

/** Adds a version (with its people in order); returns its id. */
export function insertVersion(db: Sqlite, rotationId: number, f: VersionFields, by: number | null, at: string): number {
  const id = Number(
    db
      .prepare(
        `INSERT INTO rota_rotation_versions (rotation_id, effective_from, name, shift_type_id, start_date, start_time, end_time, days_of_week,
           turn_length_days, handover_time, end_date, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        rotationId,
        f.effectiveFrom,
        f.name,
        f.shiftTypeId,
        f.startDate,
        f.startTime,
        f.endTime,
        daysToText(f.daysOfWeek),
        f.turnLengthDays,
        f.handoverTime,
        f.endDate,
        by,
        at,
      ).lastInsertRowid,
  );
  const member = cached(db, 'INSERT INTO rota_rotation_members (version_id, position, staff_id) VALUES (?, ?, ?)');
  f.people.forEach((staffId, i) => member.run(id, i, staffId));
  return id;
}

/**
 * Removes a version that has not taken effect yet (replaced by a newer plan for the same date).
 * The service checks the date; versions in effect are never deleted.
 */
export function deleteFutureVersion(db: Sqlite, versionId: number): void {
  cached(db, 'DELETE FROM rota_rotation_members WHERE version_id = ?').run(versionId);
  cached(db, 'DELETE FROM rota_rotation_versions WHERE id = ?').run(versionId);
}

/** Every rotation with its versions, oldest version first. */
export function listRotations(db: Sqlite): Rotation[] {
  const members = membersByVersion(db, null);
  const rows = cached(db, `SELECT ${COLUMNS} FROM rota_rotation_versions ORDER BY rotation_id, effective_from, id`).all() as VersionRow[];
  const byRotation = new Map<number, RotationVersion[]>();
  for (const id of (cached(db, 'SELECT id FROM rota_rotations ORDER BY id').all() as { id: number }[]).map((r) => r.id)) byRotation.set(id, []);
  for (const r of rows) byRotation.get(r.rotation_id)?.push(toVersion(r, members.get(r.id) ?? []));
  return [...byRotation.entries()].map(([id, versions]) => ({ id, versions }));
}

/** One rotation with its versions. */
export function getRotation(db: Sqlite, id: number): Rotation | null {
  if (!cached(db, 'SELECT 1 FROM rota_rotations WHERE id = ?').get(id)) return null;
  const members = membersByVersion(db, id);
  const rows = cached(db, `SELECT ${COLUMNS} FROM rota_rotation_versions WHERE rotation_id = ? ORDER BY effective_from, id`).all(id) as VersionRow[];
  return { id, versions: rows.map((r) => toVersion(r, members.get(r.id) ?? [])) };
}
