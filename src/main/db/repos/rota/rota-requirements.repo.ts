import type { Requirement } from '../../../../shared/rota/schemas/shift-type.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

interface RequirementRow {
  id: number;
  label: string;
  shift_type_id: number | null;
  from_time: string;
  to_time: string;
  days_of_week: string;
  min_people: number;
  required_skill: string | null;
  required_sex: 'female' | 'male' | null;
  active: number;
}

/** The fields a requirement is saved with. */
export type RequirementFields = Omit<Requirement, 'id'>;

const COLUMNS = 'id, label, shift_type_id, from_time, to_time, days_of_week, min_people, required_skill, required_sex, active';

/** Weekdays as the digit string the table stores ("1234567"). */
export function daysToText(days: readonly number[]): string {
  return [...days].sort().join('');
}

/** The digit string back as weekdays. */
export function daysFromText(text: string): number[] {
  return [...text].map(Number);
}

function toRequirement(r: RequirementRow): Requirement {
  return {
    id: r.id,
    label: r.label,
    shiftTypeId: r.shift_type_id,
    from: r.from_time,
    to: r.to_time,
    daysOfWeek: daysFromText(r.days_of_week),
    minPeople: r.min_people,
    requiredSkill: r.required_skill,
    requiredSex: r.required_sex,
    active: r.active === 1,
  };
}

/** Adds a requirement; returns the new id. */
export function insertRequirement(db: Sqlite, f: RequirementFields): number {
  return Number(
    db
      .prepare(
        `INSERT INTO rota_requirements (label, shift_type_id, from_time, to_time, days_of_week, min_people, required_skill, required_sex, active)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(f.label, f.shiftTypeId, f.from, f.to, daysToText(f.daysOfWeek), f.minPeople, f.requiredSkill, f.requiredSex, f.active ? 1 : 0).lastInsertRowid,
  );
}

/** Replaces a requirement's fields. */
export function updateRequirement(db: Sqlite, id: number, f: RequirementFields): void {
  cached(db, 
    `UPDATE rota_requirements SET label = ?, shift_type_id = ?, from_time = ?, to_time = ?, days_of_week = ?, min_people = ?,
       required_skill = ?, required_sex = ?, active = ? WHERE id = ?`,
  ).run(f.label, f.shiftTypeId, f.from, f.to, daysToText(f.daysOfWeek), f.minPeople, f.requiredSkill, f.requiredSex, f.active ? 1 : 0, id);
}

/** Every requirement. */
export function listRequirements(db: Sqlite): Requirement[] {
  return (cached(db, `SELECT ${COLUMNS} FROM rota_requirements ORDER BY active DESC, label COLLATE NOCASE, id`).all() as RequirementRow[]).map(toRequirement);
}

/** One requirement. */
export function getRequirement(db: Sqlite, id: number): Requirement | null {
  const r = cached(db, `SELECT ${COLUMNS} FROM rota_requirements WHERE id = ?`).get(id) as RequirementRow | undefined;
  return r ? toRequirement(r) : null;
}
