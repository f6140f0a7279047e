import { displayNameOf, searchKey } from '../../../../shared/cases/display';
import type { DuplicateCandidate, DuplicateCandidates } from '../../../../shared/cases/duplicate-match';
import type { Person } from '../../../../shared/cases/schemas/people';
import type { Sqlite } from '../../connection';
import { jsonArray, jsonObject } from './json-columns';
import { cached } from '../../statements';

/** A people row. */
export interface PersonRow {
  id: number;
  household_id: number;
  kind: 'adult' | 'child';
  name: string;
  alias: string;
  anonymous: number;
  date_of_birth: string | null;
  age_years: number | null;
  age_recorded_on: string | null;
  sex: string;
  gender_identity: string;
  trans_history: string;
  ethnicity: string;
  disability: string;
  disability_notes: string;
  sexuality: string;
  religion: string;
  specialist: string;
  language: string;
  interpreter_needed: string;
  immigration_status: string;
  nrpf: string;
  preferred_worker: string;
  aces_flag: string;
  consent: string;
  school: string;
  needs: string;
  with_adult: number;
}

/** The columns a person may have set; anything missing keeps its default. */
export interface PersonFields {
  name?: string;
  alias?: string;
  anonymous?: boolean;
  dateOfBirth?: string | null;
  ageYears?: number | null;
  ageRecordedOn?: string | null;
  sex?: string;
  genderIdentity?: string;
  transHistory?: string;
  ethnicity?: string;
  disability?: string;
  disabilityNotes?: string;
  sexuality?: string;
  religion?: string;
  specialist?: string[];
  language?: string;
  interpreterNeeded?: string;
  immigrationStatus?: string;
  nrpf?: string;
  preferredWorker?: string;
  acesFlag?: string;
  consent?: object;
  school?: string;
  needs?: string;
  withAdult?: boolean;
}

const FIELD_COLUMNS: [keyof PersonFields, string][] = [
  ['name', 'name'],
  ['alias', 'alias'],
  ['anonymous', 'anonymous'],
  ['dateOfBirth', 'date_of_birth'],
  ['ageYears', 'age_years'],
  ['ageRecordedOn', 'age_recorded_on'],
  ['sex', 'sex'],
  ['genderIdentity', 'gender_identity'],
  ['transHistory', 'trans_history'],
  ['ethnicity', 'ethnicity'],
  ['disability', 'disability'],
  ['disabilityNotes', 'disability_notes'],
  ['sexuality', 'sexuality'],
  ['religion', 'religion'],
  ['specialist', 'specialist'],
  ['language', 'language'],
  ['interpreterNeeded', 'interpreter_needed'],
  ['immigrationStatus', 'immigration_status'],
  ['nrpf', 'nrpf'],
  ['preferredWorker', 'preferred_worker'],
  ['acesFlag', 'aces_flag'],
  ['consent', 'consent'],
  ['school', 'school'],
  ['needs', 'needs'],
  ['withAdult', 'with_adult'],
];

function toColumnValue(v: unknown): string | number | null {
  if (v === undefined || v === null) return null;
  if (typeof v === 'boolean') return v ? 1 : 0;
  if (typeof v === 'object') return JSON.stringify(v);
  return v as string | number;
}

/** Every column a caller may set, with its value, for a full write. */
function columnsOf(fields: PersonFields): { names: string[]; values: (string | number | null)[] } {
  const names: string[] = [];
  const values: (string | number | null)[] = [];
  for (const [key, column] of FIELD_COLUMNS) {
    if (fields[key] === undefined) continue;
    names.push(column);
    values.push(toColumnValue(fields[key]));
  }
  return { names, values };
}

/** Inserts a person and returns the id. */
export function insertPerson(db: Sqlite, householdId: number, kind: 'adult' | 'child', fields: PersonFields, at: string): number {
  const { names, values } = columnsOf(fields);
  const search = searchKey(`${fields.name ?? ''} ${fields.alias ?? ''}`);
  // Column names come only from FIELD_COLUMNS above, never from input.
  const COLUMNS_SQL = ['household_id', 'kind', 'search_text', 'created_at', 'updated_at', ...names].join(', ');
  const PLACEHOLDERS = Array(5 + names.length).fill('?').join(', ');
  return Number(cached(db, `INSERT INTO people (${COLUMNS_SQL}) VALUES (${PLACEHOLDERS})`).run(householdId, kind, search, at, at, ...values).lastInsertRowid);
}

/** Rewrites a person's fields (all of those given). */
export function updatePerson(db: Sqlite, id: number, fields: PersonFields, at: string): void {
  const { names, values } = columnsOf(fields);
  const current = cached(db, 'SELECT name, alias FROM people WHERE id = ?').get(id) as { name: string; alias: string };
  const search = searchKey(`${fields.name ?? current.name} ${fields.alias ?? current.alias}`);
  const ASSIGNMENTS = [...names.map((n) => `${n} = ?`), 'search_text = ?', 'updated_at = ?'].join(', ');
  cached(db, `UPDATE people SET ${ASSIGNMENTS} WHERE id = ?`).run(...values, search, at, id);
}

/** Marks a child as removed (added in error); the row is kept for the audit trail. */
export function removePerson(db: Sqlite, id: number, at: string): void {
  cached(db, 'UPDATE people SET removed_at = ?, updated_at = ? WHERE id = ?').run(at, at, id);
}

/** The people of a household, adult first. */
export function peopleOf(db: Sqlite, householdId: number): PersonRow[] {
  return db
    .prepare("SELECT * FROM people WHERE household_id = ? AND removed_at IS NULL ORDER BY kind = 'child', coalesce(date_of_birth, ''), id")
    .all(householdId) as PersonRow[];
}

/** The household's adult. */
export function adultOf(db: Sqlite, householdId: number): PersonRow | null {
  return (cached(db, "SELECT * FROM people WHERE household_id = ? AND kind = 'adult'").get(householdId) as PersonRow | undefined) ?? null;
}

/** Converts a row to the shared shape; restricted fields are left for the service to blank. */
export function toPerson(r: PersonRow): Person {
  // Consent is stored as a JSON object; fields never set read as "not known".
  const consent = { toRecord: 'not_known', toShare: 'not_known', date: null as string | null, agreed: '', ...jsonObject(r.consent, {}) };
  return {
    id: r.id,
    kind: r.kind,
    displayName: displayNameOf({ name: r.name, alias: r.alias }),
    name: r.name,
    alias: r.alias,
    anonymous: r.anonymous === 1,
    dateOfBirth: r.date_of_birth,
    ageYears: r.age_years,
    sex: r.sex,
    genderIdentity: r.gender_identity,
    transHistory: r.trans_history,
    ethnicity: r.ethnicity,
    disability: r.disability,
    disabilityNotes: r.disability_notes,
    sexuality: r.sexuality,
    religion: r.religion,
    specialist: jsonArray(r.specialist),
    language: r.language,
    interpreterNeeded: r.interpreter_needed,
    immigrationStatus: r.immigration_status,
    nrpf: r.nrpf,
    preferredWorker: r.preferred_worker,
    acesFlag: r.aces_flag,
    consent: { toRecord: consent.toRecord, toShare: consent.toShare, date: consent.date ?? null, agreed: consent.agreed ?? '' },
    school: r.school,
    schoolHidden: false,
    needs: r.needs,
    withAdult: r.with_adult === 1,
  };
}

/**
 * The adults an intake might be a returning person among: those born on `dateOfBirth` (when a
 * name and date of birth were typed) and those with an alias (when an alias was typed). Which of
 * them match is decided by duplicateMatches in src/shared/cases/duplicate-match.ts.
 */
export function matchCandidates(db: Sqlite, q: { dateOfBirth: string | null; aliases: boolean }): DuplicateCandidates {
  type Row = { household_id: number; name: string; alias: string; date_of_birth: string | null };
  const toCandidate = (r: Row): DuplicateCandidate => ({ householdId: r.household_id, name: r.name, alias: r.alias, dateOfBirth: r.date_of_birth });
  const sameDateOfBirth = q.dateOfBirth
    ? (cached(db, "SELECT household_id, name, alias, date_of_birth FROM people WHERE kind = 'adult' AND date_of_birth = ?").all(q.dateOfBirth) as Row[]).map(toCandidate)
    : [];
  const withAlias = q.aliases
    ? (cached(db, "SELECT household_id, name, alias, date_of_birth FROM people WHERE kind = 'adult' AND alias <> ''").all() as Row[]).map(toCandidate)
    : [];
  return { sameDateOfBirth, withAlias };
}
