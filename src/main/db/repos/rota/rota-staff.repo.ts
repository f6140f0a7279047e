import type { StaffMember } from '../../../../shared/rota/schemas/staff.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

interface StaffRow {
  id: number;
  user_id: number | null;
  name: string;
  sex: StaffMember['sex'];
  staff_role: StaffMember['role'];
  contracted_hours: number | null;
  wtr_opt_out_date: string | null;
  contact_number: string | null;
  active: number;
  created_at: string;
  updated_at: string;
}

/** The fields a person in the directory is saved with. */
export interface StaffFields {
  name: string;
  sex: StaffMember['sex'];
  role: StaffMember['role'];
  skills: string[];
  contractedHours: number | null;
  wtrOptOutDate: string | null;
  contactNumber: string | null;
}

const COLUMNS = 'id, user_id, name, sex, staff_role, contracted_hours, wtr_opt_out_date, contact_number, active, created_at, updated_at';

function skillsByStaff(db: Sqlite): Map<number, string[]> {
  const out = new Map<number, string[]>();
  for (const r of cached(db, 'SELECT staff_id, skill FROM rota_staff_skills ORDER BY skill').all() as { staff_id: number; skill: string }[]) {
    const list = out.get(r.staff_id);
    if (list) list.push(r.skill);
    else out.set(r.staff_id, [r.skill]);
  }
  return out;
}

function toStaff(r: StaffRow, skills: string[]): StaffMember {
  return {
    id: r.id,
    userId: r.user_id,
    name: r.name,
    sex: r.sex,
    role: r.staff_role,
    skills,
    contractedHours: r.contracted_hours,
    wtrOptOutDate: r.wtr_opt_out_date,
    contactNumber: r.contact_number,
    active: r.active === 1,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
  };
}

function writeSkills(db: Sqlite, staffId: number, skills: readonly string[]): void {
  cached(db, 'DELETE FROM rota_staff_skills WHERE staff_id = ?').run(staffId);
  const insert = cached(db, 'INSERT INTO rota_staff_skills (staff_id, skill) VALUES (?, ?)');
  for (const s of skills) insert.run(staffId, s);
}

/** Adds a person; returns the new id. */
export function insertStaff(db: Sqlite, f: StaffFields & { userId: number | null; at: string }): number {
  const info = db
    .prepare(
      `INSERT INTO rota_staff (user_id, name, sex, staff_role, contracted_hours, wtr_opt_out_date, contact_number, created_at, updated_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .run(f.userId, f.name, f.sex, f.role, f.contractedHours, f.wtrOptOutDate, f.contactNumber, f.at, f.at);
  const id = Number(info.lastInsertRowid);
  writeSkills(db, id, f.skills);
  return id;
}

/** Replaces a person's fields. */
export function updateStaff(db: Sqlite, id: number, f: StaffFields & { at: string }): void {
  cached(db, 
    `UPDATE rota_staff SET name = ?, sex = ?, staff_role = ?, contracted_hours = ?, wtr_opt_out_date = ?, contact_number = ?, updated_at = ?
     WHERE id = ?`,
  ).run(f.name, f.sex, f.role, f.contractedHours, f.wtrOptOutDate, f.contactNumber, f.at, id);
  writeSkills(db, id, f.skills);
}

/** Takes someone off the rota or puts them back. */
export function setStaffActive(db: Sqlite, id: number, active: boolean, at: string): void {
  cached(db, 'UPDATE rota_staff SET active = ?, updated_at = ? WHERE id = ?').run(active ? 1 : 0, at, id);
}

/** Everyone in the directory (active first, then by name). */
export function listStaff(db: Sqlite, includeInactive = true): StaffMember[] {
  const skills = skillsByStaff(db);
  const rows = db
    .prepare(`SELECT ${COLUMNS} FROM rota_staff WHERE (? = 1 OR active = 1) ORDER BY active DESC, name COLLATE NOCASE, id`)
    .all(includeInactive ? 1 : 0) as StaffRow[];
  return rows.map((r) => toStaff(r, skills.get(r.id) ?? []));
}

/** One person by id. */
export function getStaff(db: Sqlite, id: number): StaffMember | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM rota_staff WHERE id = ?`).get(id) as StaffRow | undefined;
  if (!r) return null;
  const skills = (cached(db, 'SELECT skill FROM rota_staff_skills WHERE staff_id = ? ORDER BY skill').all(id) as { skill: string }[]).map((s) => s.skill);
  return toStaff(r, skills);
}

/** The directory entry linked to a user account. */
export function getStaffByUser(db: Sqlite, userId: number): StaffMember | null {
  const r = cached(db, 'SELECT id FROM rota_staff WHERE user_id = ?').get(userId) as { id: number } | undefined;
  return r ? getStaff(db, r.id) : null;
}

/** Active user accounts that are not yet in the directory. */
export function staffCandidates(db: Sqlite): { userId: number; displayName: string; role: string }[] {
  return db
    .prepare(
      `SELECT u.id AS userId, u.display_name AS displayName, u.role AS role FROM users u
       WHERE u.active = 1 AND NOT EXISTS (SELECT 1 FROM rota_staff s WHERE s.user_id = u.id)
       ORDER BY u.display_name COLLATE NOCASE`,
    )
    .all() as { userId: number; displayName: string; role: string }[];
}

/** Finds people by exact name (case-insensitive), for the command line's --person. */
export function findStaffByName(db: Sqlite, name: string): StaffMember[] {
  const ids = cached(db, 'SELECT id FROM rota_staff WHERE name = ? COLLATE NOCASE ORDER BY id').all(name) as { id: number }[];
  return ids.map((r) => getStaff(db, r.id)!);
}
