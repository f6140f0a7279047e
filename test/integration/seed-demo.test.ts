import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { unlockWithPassword, vaultPaths } from '../../src/main/db/vault';
import { cli } from '../helpers/cli';
import { GOOD_PASSWORD, tempDir } from '../helpers/temp-workspace';

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

async function seeded(seed = '7') {
  const { dir, cleanup } = tempDir();
  cleanups.push(cleanup);
  const db = join(dir, 'demo.db');
  await cli(['init', '--db', db, '--org', 'Demo Refuge', '--admin', 'ada'], [GOOD_PASSWORD, GOOD_PASSWORD]);
  const r = await cli(['seed-demo', '--db', db, '--user', 'ada', '--seed', seed], [GOOD_PASSWORD]);
  return { db, r };
}

/** A number the summary printed, e.g. `printed(out, /sanctuary: (\d+) cases/)`. */
function printed(out: string, re: RegExp): number {
  const m = re.exec(out);
  expect(m, String(re)).not.toBeNull();
  return Number(m![1]);
}

/**
 * The sanctuary cases and staff records in the seeded database file itself, opened with the
 * administrator's password: each kind of row is there, in the numbers the summary printed.
 */
async function expectSanctuaryAndStaffRecords(db: string, out: string): Promise<void> {
  const u = await unlockWithPassword(vaultPaths(db), 'ada', GOOD_PASSWORD);
  try {
    const count = (sql: string) => (u.open.db.prepare(sql).pluck().get() as number);
    const cases = count('SELECT count(*) FROM sanctuary_cases');
    expect(cases).toBeGreaterThan(0);
    expect(cases).toBe(printed(out, /sanctuary: (\d+) cases/));
    expect(count('SELECT count(*) FROM sanctuary_measures')).toBe(printed(out, /sanctuary: \d+ cases, (\d+) measures/));
    // Each sanctuary case hangs off a referral of a seeded household.
    expect(count('SELECT count(*) FROM sanctuary_cases c JOIN referrals r ON r.id = c.referral_id')).toBe(cases);
    const training = count('SELECT count(*) FROM training_records');
    const dbs = count('SELECT count(*) FROM dbs_checks');
    const fte = count('SELECT count(*) FROM specialist_fte');
    expect(training).toBeGreaterThan(0);
    expect(dbs).toBeGreaterThan(0);
    expect(fte).toBeGreaterThan(0);
    expect([training, dbs, fte]).toEqual([
      printed(out, /(\d+) training records/),
      printed(out, /(\d+) DBS checks/),
      printed(out, /(\d+) specialist FTE records/),
    ]);
    // Across the staff directory: training for more than one person, no more people than it holds.
    const trained = count('SELECT count(DISTINCT staff_id) FROM training_records t JOIN rota_staff s ON s.id = t.staff_id');
    expect(trained).toBeGreaterThan(1);
    expect(trained).toBeLessThanOrEqual(printed(out, /staff records: (\d+) people/));
    expect(count('SELECT sum(fte) FROM specialist_fte')).toBeGreaterThan(0);
  } finally {
    u.open.close();
  }
}

describe('waymark seed-demo', () => {
  it('fills an empty database with demo staff, cases, sanctuary cases and staff records, the same way every time for a seed', async () => {
    const a = await seeded();
    expect(a.r.code).toBe(0);
    expect(a.r.out).toMatch(/referrals: 400, households: 400/);
    await expectSanctuaryAndStaffRecords(a.db, a.r.out);
    const b = await seeded();
    const listA = await cli(['cases', 'list', '--db', a.db, '--user', 'ada', '--format', 'csv'], [GOOD_PASSWORD]);
    const listB = await cli(['cases', 'list', '--db', b.db, '--user', 'ada', '--format', 'csv'], [GOOD_PASSWORD]);
    const shape = (csv: string) => csv.split('\r\n').map((l) => l.split(',').slice(0, 3).join(','));
    expect(shape(listA.out)).toEqual(shape(listB.out));
    const statuses = new Set(shape(listA.out).slice(1, -1).map((l) => l.split(',')[1]));
    expect([...statuses].sort()).toEqual(expect.arrayContaining(['accepted', 'not_supported', 'new']));
    const v = await cli(['verify', '--db', a.db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(v.code).toBe(0);
    const sam = await cli(['cases', 'list', '--db', a.db, '--user', 'sophie.support', '--names'], [GOOD_PASSWORD]);
    expect(sam.err).toMatch(/--names needs a manager/);
  });

  it('refuses a database that already holds cases', async () => {
    const a = await seeded();
    const again = await cli(['seed-demo', '--db', a.db, '--user', 'ada'], [GOOD_PASSWORD]);
    expect(again.code).toBe(1);
    expect(again.err).toMatch(/already holds cases/);
  });
});
