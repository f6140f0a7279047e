import type { z } from 'zod';
import type { CourseSchema, DbsCheckSchema, FteSpanSchema, TrainingRecordSchema } from '../../../../shared/staff-records/schemas.staff-records';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/*
 * Staff records' tables: the course list, training attended, DBS checks and specialist FTE. Every
 * record belongs to a person of the rota's staff directory (rota_staff).
 */

/** A course. */
export type CourseRow = z.infer<typeof CourseSchema>;

/** The course list: mandatory first, then by name. */
export function listCourses(db: Sqlite): CourseRow[] {
  return (
    cached(db, 'SELECT id, name, mandatory, renewal_months AS renewalMonths, active FROM training_courses ORDER BY active DESC, mandatory DESC, name').all() as (Omit<
      CourseRow,
      'mandatory' | 'active'
    > & { mandatory: number; active: number })[]
  ).map((c) => ({ ...c, mandatory: c.mandatory === 1, active: c.active === 1 }));
}

/** One course, or null. */
export function getCourse(db: Sqlite, id: number): CourseRow | null {
  return listCourses(db).find((c) => c.id === id) ?? null;
}

/** A course by name (case-insensitive), or null. */
export function courseByName(db: Sqlite, name: string): { id: number } | null {
  return (cached(db, 'SELECT id FROM training_courses WHERE lower(name) = lower(?)').get(name) as { id: number } | undefined) ?? null;
}

/** Adds a course. */
export function insertCourse(db: Sqlite, c: Omit<CourseRow, 'id'>, by: number | null, at: string): number {
  return Number(
    cached(db, 'INSERT INTO training_courses (name, mandatory, renewal_months, active, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(c.name, c.mandatory ? 1 : 0, c.renewalMonths, c.active ? 1 : 0, at, by).lastInsertRowid,
  );
}

/** Changes a course. Training already recorded keeps its expiry date. */
export function updateCourse(db: Sqlite, id: number, c: Omit<CourseRow, 'id'>, by: number | null, at: string): void {
  cached(db, 'UPDATE training_courses SET name = ?, mandatory = ?, renewal_months = ?, active = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    c.name,
    c.mandatory ? 1 : 0,
    c.renewalMonths,
    c.active ? 1 : 0,
    at,
    by,
    id,
  );
}

/** A training record. */
export type TrainingRow = z.infer<typeof TrainingRecordSchema> & { staffId: number };

const TRAINING = `SELECT t.id, t.staff_id AS staffId, t.course_id AS courseId, c.name AS courseName, t.attended_on AS attendedOn, t.expires_on AS expiresOn, t.provider, t.notes
  FROM training_records t JOIN training_courses c ON c.id = t.course_id`;

/** Every training record (for the matrix), or one person's. */
export function trainingOf(db: Sqlite, staffId: number | null): TrainingRow[] {
  return cached(db, `${TRAINING} WHERE (? IS NULL OR t.staff_id = ?) ORDER BY t.attended_on DESC, t.id DESC`).all(staffId, staffId) as TrainingRow[];
}

/** One training record, or null. */
export function getTraining(db: Sqlite, id: number): TrainingRow | null {
  return (cached(db, `${TRAINING} WHERE t.id = ?`).get(id) as TrainingRow | undefined) ?? null;
}

/** Records training. */
export function insertTraining(
  db: Sqlite,
  t: { staffId: number; courseId: number; attendedOn: string; expiresOn: string | null; provider: string; notes: string },
  by: number | null,
  at: string,
): number {
  return Number(
    cached(db, 'INSERT INTO training_records (staff_id, course_id, attended_on, expires_on, provider, notes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(t.staffId, t.courseId, t.attendedOn, t.expiresOn, t.provider, t.notes, at, by).lastInsertRowid,
  );
}

/** Removes a training record made in error. */
export function deleteTraining(db: Sqlite, id: number): void {
  cached(db, 'DELETE FROM training_records WHERE id = ?').run(id);
}

/** A DBS check. */
export type DbsRow = Omit<z.infer<typeof DbsCheckSchema>, 'renewalDueOn'> & { staffId: number };

const DBS = `SELECT id, staff_id AS staffId, checked_on AS checkedOn, level, certificate_ref AS certificateRef, update_service AS updateService FROM dbs_checks`;

/** Every DBS check, or one person's, newest first. */
export function dbsOf(db: Sqlite, staffId: number | null): DbsRow[] {
  return (cached(db, `${DBS} WHERE (? IS NULL OR staff_id = ?) ORDER BY checked_on DESC, id DESC`).all(staffId, staffId) as (Omit<DbsRow, 'updateService'> & { updateService: number })[]).map(
    (d) => ({ ...d, updateService: d.updateService === 1 }),
  );
}

/** One check, or null. */
export function getDbs(db: Sqlite, id: number): DbsRow | null {
  const d = cached(db, `${DBS} WHERE id = ?`).get(id) as (Omit<DbsRow, 'updateService'> & { updateService: number }) | undefined;
  return d ? { ...d, updateService: d.updateService === 1 } : null;
}

/** Records a DBS check. */
export function insertDbs(db: Sqlite, d: { staffId: number; checkedOn: string; level: string; certificateRef: string; updateService: boolean }, by: number | null, at: string): number {
  return Number(
    cached(db, 'INSERT INTO dbs_checks (staff_id, checked_on, level, certificate_ref, update_service, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?, ?)')
      .run(d.staffId, d.checkedOn, d.level, d.certificateRef, d.updateService ? 1 : 0, at, by).lastInsertRowid,
  );
}

/** Removes a check recorded in error. */
export function deleteDbs(db: Sqlite, id: number): void {
  cached(db, 'DELETE FROM dbs_checks WHERE id = ?').run(id);
}

/** A stretch of specialist FTE. */
export type FteRow = z.infer<typeof FteSpanSchema> & { staffId: number };

const FTE = `SELECT id, staff_id AS staffId, role, fte, from_on AS fromOn, to_on AS toOn FROM specialist_fte`;

/** Every stretch, or one person's, in date order. */
export function fteOf(db: Sqlite, staffId: number | null): FteRow[] {
  return cached(db, `${FTE} WHERE (? IS NULL OR staff_id = ?) ORDER BY from_on, id`).all(staffId, staffId) as FteRow[];
}

/** Stretches touching a period (both dates included). */
export function fteBetween(db: Sqlite, from: string, to: string): FteRow[] {
  return cached(db, `${FTE} WHERE from_on <= ? AND (to_on IS NULL OR to_on >= ?) ORDER BY staff_id, from_on`).all(to, from) as FteRow[];
}

/** One stretch, or null. */
export function getFte(db: Sqlite, id: number): FteRow | null {
  return (cached(db, `${FTE} WHERE id = ?`).get(id) as FteRow | undefined) ?? null;
}

/** Records a stretch. */
export function insertFte(db: Sqlite, f: Omit<FteRow, 'id'>, by: number | null, at: string): number {
  return Number(
    cached(db, 'INSERT INTO specialist_fte (staff_id, role, fte, from_on, to_on, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(f.staffId, f.role, f.fte, f.fromOn, f.toOn, at, by, at, by).lastInsertRowid,
  );
}

/** Changes a stretch. */
export function updateFte(db: Sqlite, id: number, f: Omit<FteRow, 'id'>, by: number | null, at: string): void {
  cached(db, 'UPDATE specialist_fte SET staff_id = ?, role = ?, fte = ?, from_on = ?, to_on = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    f.staffId,
    f.role,
    f.fte,
    f.fromOn,
    f.toOn,
    at,
    by,
    id,
  );
}

/** Removes a stretch recorded in error. */
export function deleteFte(db: Sqlite, id: number): void {
  cached(db, 'DELETE FROM specialist_fte WHERE id = ?').run(id);
}
