import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { courseStatus, dbsRenewalDueOn, dbsStatus, fteOn, specialistFte, trainingExpiresOn } from '../../../shared/staff-records/rules.staff-records';
import type {
  CourseSaveInputSchema,
  DbsAddInputSchema,
  FteSaveInputSchema,
  FteSummarySchema,
  MatrixSchema,
  PersonRecordsSchema,
  StaffDueRowSchema,
  TrainingAddInputSchema,
} from '../../../shared/staff-records/schemas.staff-records';
import { SpecialistRole } from '../../../shared/staff-records/vocab.staff-records';
import { londonDate } from '../../../shared/time/london';
import type { Sqlite } from '../../db/connection';
import { getStaff, listStaff } from '../../db/repos/rota/rota-staff.repo';
import {
  courseByName,
  dbsOf,
  deleteDbs,
  deleteFte,
  deleteTraining,
  fteBetween,
  fteOf,
  getCourse,
  getDbs,
  getFte,
  getTraining,
  insertCourse,
  insertDbs,
  insertFte,
  insertTraining,
  listCourses,
  trainingOf,
  updateCourse,
  updateFte,
  type FteRow,
  type TrainingRow,
} from '../../db/repos/staff-records/staff-records.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';

/*
 * Staff records: the training matrix with its editable course list, enhanced DBS checks (renewed
 * every three years), and FTE in specialist roles for the annual return. Every record hangs off a
 * person of the rota's staff directory, so accounts and people without accounts (sessional
 * workers, volunteers) are one list. Managers and administrators only (the router's table).
 */

function today(ws: Workspace): string {
  return londonDate(ws.deps.clock.now());
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

function requirePerson(db: Sqlite, staffId: number) {
  const s = getStaff(db, staffId);
  if (!s) throw new AppError('NOT_FOUND', 'That person is not in the staff directory.', { staffId: 'Choose someone from the staff directory.' });
  return s;
}

/** Each person's latest record of each course. */
function latestByPersonCourse(rows: readonly TrainingRow[]): Map<string, TrainingRow> {
  const out = new Map<string, TrainingRow>();
  for (const t of rows) {
    const key = `${t.staffId}:${t.courseId}`;
    const seen = out.get(key);
    if (!seen || t.attendedOn > seen.attendedOn || (t.attendedOn === seen.attendedOn && t.id > seen.id)) out.set(key, t);
  }
  return out;
}

function matrixOf(db: Sqlite, on: string, includeInactive: boolean): z.output<typeof MatrixSchema> {
  const courses = listCourses(db).filter((c) => c.active);
  const latest = latestByPersonCourse(trainingOf(db, null));
  const checks = dbsOf(db, null);
  const fte = fteOf(db, null);
  const rows = listStaff(db, includeInactive).map((s) => {
    const lastCheck = checks.find((d) => d.staffId === s.id) ?? null;
    const dbs = dbsStatus(lastCheck?.checkedOn ?? null, on);
    return {
      staffId: s.id,
      name: s.name,
      role: s.role,
      active: s.active,
      cells: courses.map((c) => {
        const t = latest.get(`${s.id}:${c.id}`) ?? null;
        return { courseId: c.id, status: courseStatus(c.mandatory, t, on), attendedOn: t?.attendedOn ?? null, expiresOn: t?.expiresOn ?? null };
      }),
      dbs: { status: dbs.status, checkedOn: lastCheck?.checkedOn ?? null, dueOn: dbs.dueOn },
      fteToday: fteOn(
        fte.filter((f) => f.staffId === s.id),
        on,
      ),
    };
  });
  return { today: on, courses, rows };
}

/** The training matrix: every person (active, unless asked) × every active course, with DBS and FTE today. */
export function trainingMatrix(ws: Workspace, input: { includeInactive: boolean }): z.output<typeof MatrixSchema> {
  const m = matrixOf(requireDb(ws), today(ws), input.includeInactive);
  audit(ws, { action: 'staff-records.view', entity: 'staff_records', detail: 'training matrix' });
  return m;
}

/** One person's training, DBS checks and FTE. */
export function personRecords(ws: Workspace, staffId: number): z.output<typeof PersonRecordsSchema> {
  const db = requireDb(ws);
  const s = requirePerson(db, staffId);
  audit(ws, { action: 'staff-records.view', entity: 'rota_staff', entityId: s.id });
  return {
    staffId: s.id,
    name: s.name,
    role: s.role,
    active: s.active,
    training: trainingOf(db, s.id).map(({ staffId: _s, ...t }) => t),
    dbs: dbsOf(db, s.id).map(({ staffId: _s, ...d }) => ({ ...d, renewalDueOn: dbsRenewalDueOn(d.checkedOn) })),
    fte: fteOf(db, s.id).map(({ staffId: _s, ...f }) => f),
  };
}

/** Training and DBS checks due (within 60 days), expired, or never recorded, for active staff. */
export function staffDue(ws: Workspace): z.output<typeof StaffDueRowSchema>[] {
  const m = matrixOf(requireDb(ws), today(ws), false);
  const names = new Map(m.courses.map((c) => [c.id, c.name]));
  const out: z.output<typeof StaffDueRowSchema>[] = [];
  for (const r of m.rows) {
    if (r.dbs.status !== 'ok') out.push({ staffId: r.staffId, name: r.name, what: 'dbs', item: 'Enhanced DBS check', status: r.dbs.status, dueOn: r.dbs.dueOn });
    for (const c of r.cells) {
      if (c.status === 'due' || c.status === 'expired' || c.status === 'missing') out.push({ staffId: r.staffId, name: r.name, what: 'training', item: names.get(c.courseId)!, status: c.status, dueOn: c.expiresOn });
    }
  }
  const rank = { expired: 0, missing: 1, due: 2 } as const;
  return out.sort((a, b) => rank[a.status] - rank[b.status] || (a.dueOn ?? '').localeCompare(b.dueOn ?? '') || a.name.localeCompare(b.name));
}

/** Adds or changes a course of the list. */
export function saveCourse(ws: Workspace, input: z.output<typeof CourseSaveInputSchema>): { id: number } {
  const db = requireDb(ws);
  if (input.id !== null && !getCourse(db, input.id)) throw new AppError('NOT_FOUND', 'That course does not exist.');
  const clash = courseByName(db, input.name);
  if (clash && clash.id !== input.id) throw new AppError('CONFLICT', 'A course with that name is already on the list.', { name: 'Already on the list.' });
  const { id: _id, ...fields } = input;
  let id = input.id ?? 0;
  db.transaction(() => {
    if (input.id === null) id = insertCourse(db, fields, requireSession(ws).userId, nowIso(ws));
    else updateCourse(db, input.id, fields, requireSession(ws).userId, nowIso(ws));
    audit(ws, { action: input.id === null ? 'staff-records.course.add' : 'staff-records.course.update', entity: 'training_course', entityId: id, detail: input.name });
  })();
  return { id };
}

/** Records training attended; the expiry is the course's renewal period unless the certificate says otherwise. */
export function addTraining(ws: Workspace, input: z.output<typeof TrainingAddInputSchema>): { id: number; expiresOn: string | null } {
  const db = requireDb(ws);
  requirePerson(db, input.staffId);
  const course = getCourse(db, input.courseId);
  if (!course) throw invalid('courseId', 'Choose a course from the list.');
  if (input.attendedOn > today(ws)) throw invalid('attendedOn', 'The date attended cannot be in the future.');
  const expiresOn = input.expiresOn ?? trainingExpiresOn(input.attendedOn, course.renewalMonths);
  let id = 0;
  db.transaction(() => {
    id = insertTraining(db, { ...input, expiresOn }, requireSession(ws).userId, nowIso(ws));
    audit(ws, { action: 'staff-records.training.add', entity: 'rota_staff', entityId: input.staffId, detail: `${course.name} on ${input.attendedOn}` });
  })();
  return { id, expiresOn };
}

/** Removes a training record made in error. */
export function removeTraining(ws: Workspace, id: number): { done: true } {
  const db = requireDb(ws);
  const t = getTraining(db, id);
  if (!t) throw new AppError('NOT_FOUND', 'That training record does not exist.');
  db.transaction(() => {
    deleteTraining(db, id);
    audit(ws, { action: 'staff-records.training.remove', entity: 'rota_staff', entityId: t.staffId, detail: `${t.courseName} on ${t.attendedOn}` });
  })();
  return { done: true };
}

/** Records a DBS check (renewal due three years on). */
export function addDbs(ws: Workspace, input: z.output<typeof DbsAddInputSchema>): { id: number; renewalDueOn: string } {
  const db = requireDb(ws);
  requirePerson(db, input.staffId);
  if (input.checkedOn > today(ws)) throw invalid('checkedOn', 'The date of the check cannot be in the future.');
  let id = 0;
  db.transaction(() => {
    id = insertDbs(db, input, requireSession(ws).userId, nowIso(ws));
    // The certificate number is personal data: the audit names the person and the date only.
    audit(ws, { action: 'staff-records.dbs.add', entity: 'rota_staff', entityId: input.staffId, detail: `checked ${input.checkedOn}` });
  })();
  return { id, renewalDueOn: dbsRenewalDueOn(input.checkedOn) };
}

/** Removes a DBS check recorded in error. */
export function removeDbs(ws: Workspace, id: number): { done: true } {
  const db = requireDb(ws);
  const d = getDbs(db, id);
  if (!d) throw new AppError('NOT_FOUND', 'That DBS check does not exist.');
  db.transaction(() => {
    deleteDbs(db, id);
    audit(ws, { action: 'staff-records.dbs.remove', entity: 'rota_staff', entityId: d.staffId, detail: `checked ${d.checkedOn}` });
  })();
  return { done: true };
}

/** The first day, among a set of stretches and a new one, on which a person's FTE would exceed 1.0. */
function overFullTime(spans: readonly FteRow[], next: Omit<FteRow, 'id'>): string | null {
  const all = [...spans, { ...next, id: 0 }];
  const days = all.map((s) => s.fromOn).filter((d) => d >= next.fromOn && (next.toOn === null || d <= next.toOn));
  for (const d of [next.fromOn, ...days].sort()) if (fteOn(all, d) > 1.0001) return d;
  return null;
}

/** Records (id null) or changes a stretch of FTE in a specialist role. A person is never more than 1.0 FTE. */
export function saveFte(ws: Workspace, input: z.output<typeof FteSaveInputSchema>): { id: number } {
  const db = requireDb(ws);
  requirePerson(db, input.staffId);
  if (input.id !== null) {
    const existing = getFte(db, input.id);
    if (!existing || existing.staffId !== input.staffId) throw new AppError('NOT_FOUND', 'That FTE record is not this person’s.');
  }
  const { id: _id, ...fields } = input;
  const clash = overFullTime(
    fteOf(db, input.staffId).filter((f) => f.id !== input.id),
    fields,
  );
  if (clash) throw new AppError('CONFLICT', `That would make their specialist FTE more than 1.0 (full time) on ${clash}. End or reduce their other role first.`, { fte: 'More than full time.' });
  let id = input.id ?? 0;
  db.transaction(() => {
    if (input.id === null) id = insertFte(db, fields, requireSession(ws).userId, nowIso(ws));
    else updateFte(db, input.id, fields, requireSession(ws).userId, nowIso(ws));
    audit(ws, { action: input.id === null ? 'staff-records.fte.add' : 'staff-records.fte.update', entity: 'rota_staff', entityId: input.staffId, detail: `${input.role} ${input.fte} from ${input.fromOn}` });
  })();
  return { id };
}

/** Removes a stretch of FTE recorded in error. */
export function removeFte(ws: Workspace, id: number): { done: true } {
  const db = requireDb(ws);
  const f = getFte(db, id);
  if (!f) throw new AppError('NOT_FOUND', 'That FTE record does not exist.');
  db.transaction(() => {
    deleteFte(db, id);
    audit(ws, { action: 'staff-records.fte.remove', entity: 'rota_staff', entityId: f.staffId, detail: `${f.role} from ${f.fromOn}` });
  })();
  return { done: true };
}

/** Specialist FTE over a period, in total, by role and by person. */
export function fteSummary(ws: Workspace, input: { from: string; to: string }): z.output<typeof FteSummarySchema> {
  const db = requireDb(ws);
  const spans = fteBetween(db, input.from, input.to);
  const names = new Map(listStaff(db, true).map((s) => [s.id, s.name]));
  const byRole = SpecialistRole.codes
    .map((role) => ({ role, fte: specialistFte(spans.filter((s) => s.role === role), input.from, input.to) ?? 0 }))
    .filter((r) => r.fte > 0);
  const people = [...new Set(spans.map((s) => s.staffId))];
  const byPerson = people
    .map((staffId) => ({ staffId, name: names.get(staffId) ?? 'Unknown', fte: specialistFte(spans.filter((s) => s.staffId === staffId), input.from, input.to) ?? 0 }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return { from: input.from, to: input.to, total: specialistFte(spans, input.from, input.to), byRole, byPerson };
}
