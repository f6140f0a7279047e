import { describe, expect, it } from 'vitest';
import { Agency, AssessmentPart, CloseReason, FireOutcome, LandlordPermission, MEASURE_KIND_CODES, MeasureLevel, MeasureStatus, NotAcceptedReason, RefusalReason, Tenure } from '../../../src/shared/sanctuary/vocab.sanctuary';
import { DbsLevel, SpecialistRole } from '../../../src/shared/staff-records/vocab.staff-records';
import { householdTables } from '../../../src/main/db/repos/retention/household-graph.repo';
import { setUpWorkspace } from '../../helpers/temp-workspace';

// The database's CHECK constraints and the shared vocabularies must list the same codes.
function checkList(sql: string, column: string): string[] {
  const m = sql.match(new RegExp(`\\b${column}\\s+TEXT[^,]*?CHECK \\(${column} IN \\(([^)]*)\\)\\)`));
  if (!m) throw new Error(`no CHECK for ${column}`);
  return m[1]!.split(',').map((s) => s.trim().replace(/'/g, '')).sort();
}

describe('sanctuary and staff-records vocabularies', () => {
  it('match the CHECK constraints in the database; every table is STRICT', async () => {
    const t = await setUpWorkspace();
    try {
      const db = t.ws.unlocked!.open.db;
      const sql = (name: string) => (db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string }).sql;
      const sorted = (codes: readonly string[]) => [...codes].sort();
      expect(checkList(sql('sanctuary_cases'), 'tenure')).toEqual(sorted(Tenure.codes));
      expect(checkList(sql('sanctuary_cases'), 'landlord_permission')).toEqual(sorted(LandlordPermission.codes));
      expect(checkList(sql('sanctuary_cases'), 'not_accepted_reason')).toEqual(sorted(NotAcceptedReason.codes));
      expect(checkList(sql('sanctuary_cases'), 'close_reason')).toEqual(sorted(CloseReason.codes));
      expect(checkList(sql('sanctuary_assessments'), 'part')).toEqual(sorted(AssessmentPart.codes));
      expect(checkList(sql('sanctuary_assessments'), 'agency')).toEqual(sorted(Agency.codes));
      expect(checkList(sql('sanctuary_assessments'), 'outcome')).toEqual(sorted(FireOutcome.codes));
      expect(checkList(sql('sanctuary_rates'), 'kind')).toEqual(sorted(MEASURE_KIND_CODES));
      expect(checkList(sql('sanctuary_rates'), 'level')).toEqual(sorted(MeasureLevel.codes));
      expect(checkList(sql('sanctuary_measures'), 'status')).toEqual(sorted(MeasureStatus.codes));
      expect(checkList(sql('sanctuary_measures'), 'refusal_reason')).toEqual(sorted(RefusalReason.codes));
      expect(checkList(sql('specialist_fte'), 'role')).toEqual(sorted(SpecialistRole.codes));
      expect(checkList(sql('dbs_checks'), 'level')).toEqual(sorted(DbsLevel.codes));
      for (const name of ['working_day_overrides', 'sanctuary_rates', 'sanctuary_cases', 'sanctuary_assessments', 'sanctuary_council_approvals', 'sanctuary_measures', 'training_courses', 'training_records', 'dbs_checks', 'specialist_fte']) {
        expect(sql(name), name).toMatch(/\)\s*STRICT\s*$/);
      }
      // A household's sanctuary records hang off it by foreign keys, so retention finds and purges them;
      // staff records hang off the rota's staff directory, not a second staff list.
      expect(householdTables(db)).toEqual(expect.arrayContaining(['sanctuary_cases', 'sanctuary_assessments', 'sanctuary_measures', 'sanctuary_council_approvals']));
      const staffKeys = db.prepare("SELECT m.name AS tbl, f.\"table\" AS parent, f.\"from\" AS col FROM sqlite_schema m, pragma_foreign_key_list(m.name) f WHERE m.name IN ('training_records', 'dbs_checks', 'specialist_fte')").all();
      expect(staffKeys).toEqual(
        expect.arrayContaining(['training_records', 'dbs_checks', 'specialist_fte'].map((tbl) => ({ tbl, parent: 'rota_staff', col: 'staff_id' }))),
      );
      // The starting schedule has one line of every kind.
      const kinds = (db.prepare('SELECT DISTINCT kind FROM sanctuary_rates').all() as { kind: string }[]).map((r) => r.kind).sort();
      expect(kinds).toEqual(sorted(MEASURE_KIND_CODES));
    } finally {
      t.cleanup();
    }
  });

  it('refuses a fitted measure without a cost or an approval date, whatever the service does', async () => {
    const t = await setUpWorkspace();
    try {
      const db = t.ws.unlocked!.open.db;
      const h = Number(db.prepare("INSERT INTO households (reference, created_at) VALUES ('H1', 'x')").run().lastInsertRowid);
      const r = Number(db.prepare("INSERT INTO referrals (reference, household_id, episode_no, received_at, source, created_at, updated_at) VALUES ('H1/1', ?, 1, 'x', 'self', 'x', 'x')").run(h).lastInsertRowid);
      const c = Number(db.prepare("INSERT INTO sanctuary_cases (household_id, referral_id, tenure, landlord_permission, created_at, updated_at) VALUES (?, ?, 'owner', 'not_needed', 'x', 'x')").run(h, r).lastInsertRowid);
      const insert = (status: string, approvedOn: string | null, fittedOn: string | null, costPence: number | null) =>
        db
          .prepare(
            `INSERT INTO sanctuary_measures (case_id, rate_id, kind, name, level, quantity, unit, unit_cost_pence, estimate_pence, needs_fire_check, alters_property,
               status, requested_on, approved_on, fitted_on, cost_pence, created_at, updated_at)
             VALUES (?, 1, 'cctv', 'CCTV', 'higher', 1, 'each', 100, 100, 0, 1, ?, '2026-01-01', ?, ?, ?, 'x', 'x')`,
          )
          .run(c, status, approvedOn, fittedOn, costPence);
      expect(() => insert('fitted', '2026-01-01', '2026-01-02', null)).toThrow(/CHECK/);
      expect(() => insert('fitted', null, '2026-01-02', 100)).toThrow(/CHECK/);
      expect(() => insert('fitted', '2026-01-03', '2026-01-02', 100)).toThrow(/CHECK/);
      expect(() => insert('approved', null, null, null)).toThrow(/CHECK/);
      expect(() => insert('refused', null, null, null)).toThrow(/CHECK/);
      insert('fitted', '2026-01-01', '2026-01-02', 100);
      expect(() => db.prepare("UPDATE sanctuary_cases SET landlord_permission = 'refused' WHERE id = ?").run(c)).toThrow(/CHECK/);
    } finally {
      t.cleanup();
    }
  });
});
