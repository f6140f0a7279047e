import { afterEach, describe, expect, it } from 'vitest';
import type { Sqlite } from '../../../src/main/db/connection';
import { OutOfServiceReason, SingleSex, UnitType } from '../../../src/shared/allocation/vocab.allocation';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { refer } from '../../helpers/cases';

/*
 * The database itself refuses double booking: two raw INSERTs (no service, no router) for
 * overlapping nights on one unit, the second fails. Nights are [start, end): a stay ending on
 * the morning another begins does not overlap.
 */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

const AT = '2026-11-20T10:00:00.000Z';

async function fixture() {
  const t = await setUpWorkspace();
  cleanups.push(t.cleanup);
  const a = await refer(t, { name: 'Household A' });
  const b = await refer(t, { name: 'Household B' });
  const db = t.ws.unlocked!.open.db;
  const unit = (code: string) =>
    Number(
      db
        .prepare(
          `INSERT INTO units (code, type, single_sex, bedrooms, max_occupants, max_children, opened_on, created_at, updated_at)
           VALUES (?, 'dispersed', 'none', 2, 4, 3, '2020-01-01', ?, ?)`,
        )
        .run(code, AT, AT).lastInsertRowid,
    );
  return { t, db, a: a.householdId, b: b.householdId, u1: unit('D1'), u2: unit('D2') };
}

const stay = (db: Sqlite, unitId: number, householdId: number, start: string, end: string | null, status = 'active') =>
  db
    .prepare('INSERT INTO unit_stays (unit_id, household_id, start_date, end_date, status, created_at) VALUES (?, ?, ?, ?, ?, ?)')
    .run(unitId, householdId, start, end, status, AT);
const hold = (db: Sqlite, unitId: number, householdId: number, start: string, end: string | null, status = 'active') =>
  db
    .prepare('INSERT INTO unit_holds (unit_id, household_id, start_date, end_date, expires_at, status, closed_at, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
    .run(unitId, householdId, start, end, '2026-11-21T10:00:00.000Z', status, status === 'active' ? null : AT, AT);
const outOfService = (db: Sqlite, unitId: number, start: string, end: string | null) =>
  db
    .prepare("INSERT INTO unit_out_of_service (unit_id, reason, start_date, end_date, created_at, updated_at) VALUES (?, 'repair', ?, ?, ?, ?)")
    .run(unitId, start, end, AT, AT);

const OVERLAP = /waymark-overlap/;

describe('the database refuses double booking', () => {
  it('refuses a second stay overlapping the first on the same unit (two raw inserts)', async () => {
    const { db, a, b, u1 } = await fixture();
    stay(db, u1, a, '2026-11-20', '2026-12-01');
    expect(() => stay(db, u1, b, '2026-11-30', '2026-12-05')).toThrow(OVERLAP);
    expect(db.prepare('SELECT count(*) AS n FROM unit_stays').get()).toEqual({ n: 1 });
  });

  it('allows back-to-back stays: leaving on the morning the next household arrives', async () => {
    const { db, a, b, u1 } = await fixture();
    stay(db, u1, a, '2026-11-20', '2026-12-01');
    expect(() => stay(db, u1, b, '2026-12-01', null)).not.toThrow();
  });

  it('treats an open-ended stay as occupying every later night', async () => {
    const { db, a, b, u1 } = await fixture();
    stay(db, u1, a, '2026-11-20', null);
    expect(() => stay(db, u1, b, '2030-01-01', '2030-01-02')).toThrow(OVERLAP);
    expect(() => hold(db, u1, b, '2027-06-01', null)).toThrow(OVERLAP);
  });

  it('refuses a hold over a stay, a stay over a hold, and two holds', async () => {
    const { db, a, b, u1, u2 } = await fixture();
    hold(db, u1, a, '2026-11-21', null);
    expect(() => stay(db, u1, b, '2026-11-20', '2026-11-22')).toThrow(OVERLAP);
    expect(() => hold(db, u1, b, '2026-11-25', '2026-11-26')).toThrow(OVERLAP);
    stay(db, u2, a, '2026-11-20', '2026-11-27');
    expect(() => hold(db, u2, b, '2026-11-26', null)).toThrow(OVERLAP);
  });

  it('refuses a stay or hold while the unit is out of service, and out of service while occupied', async () => {
    const { db, a, u1, u2 } = await fixture();
    outOfService(db, u1, '2026-11-25', '2026-12-02');
    expect(() => stay(db, u1, a, '2026-11-20', null)).toThrow(OVERLAP);
    expect(() => hold(db, u1, a, '2026-12-01', null)).toThrow(OVERLAP);
    expect(() => stay(db, u1, a, '2026-11-20', '2026-11-25')).not.toThrow();
    stay(db, u2, a, '2026-12-10', null);
    expect(() => outOfService(db, u2, '2026-11-20', null)).toThrow(OVERLAP);
  });

  it('ignores cancelled, expired and converted holds and cancelled stays', async () => {
    const { db, a, b, u1 } = await fixture();
    hold(db, u1, a, '2026-11-20', null, 'cancelled');
    hold(db, u1, a, '2026-11-20', null, 'expired');
    hold(db, u1, a, '2026-11-20', null, 'converted');
    stay(db, u1, a, '2026-11-20', null, 'cancelled');
    expect(() => stay(db, u1, b, '2026-11-20', null)).not.toThrow();
  });

  it('different units never clash', async () => {
    const { db, a, b, u1, u2 } = await fixture();
    stay(db, u1, a, '2026-11-20', null);
    expect(() => stay(db, u2, b, '2026-11-20', null)).not.toThrow();
  });

  it('refuses an update that would make two periods overlap (moving dates or re-activating)', async () => {
    const { db, a, b, u1 } = await fixture();
    stay(db, u1, a, '2026-11-20', '2026-11-25');
    const second = Number(stay(db, u1, b, '2026-11-25', '2026-11-30').lastInsertRowid);
    expect(() => db.prepare('UPDATE unit_stays SET start_date = ? WHERE id = ?').run('2026-11-24', second)).toThrow(OVERLAP);
    // Updating a period's own dates within its own nights is fine (it does not clash with itself).
    expect(() => db.prepare('UPDATE unit_stays SET end_date = ? WHERE id = ?').run('2026-12-03', second)).not.toThrow();
    const h = Number(hold(db, u1, a, '2026-12-10', null, 'cancelled').lastInsertRowid);
    db.prepare("UPDATE unit_stays SET end_date = '2026-12-12' WHERE id = ?").run(second);
    expect(() => db.prepare("UPDATE unit_holds SET status = 'active', closed_at = NULL WHERE id = ?").run(h)).toThrow(OVERLAP);
  });

  it('constrains enumerations to the shared vocabularies', async () => {
    const { db } = await fixture();
    const checks = (db.prepare("SELECT sql FROM sqlite_schema WHERE name IN ('units', 'unit_out_of_service')").all() as { sql: string }[]).map((r) => r.sql).join('\n');
    for (const code of [...UnitType.codes, ...SingleSex.codes, ...OutOfServiceReason.codes]) expect(checks).toContain(`'${code}'`);
    expect(() =>
      db.prepare("INSERT INTO units (code, type, single_sex, bedrooms, max_occupants, max_children, opened_on, created_at, updated_at) VALUES ('X', 'castle', 'none', 1, 2, 1, '2020-01-01', ?, ?)").run(AT, AT),
    ).toThrow(/CHECK/);
  });
});
