import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCases } from '../../../src/main/seed/cases.seed';
import { createRng } from '../../../src/main/seed/rng';
import { seedRota } from '../../../src/main/seed/rota.seed';
import { seedSanctuary, type SeededSanctuary } from '../../../src/main/seed/sanctuary.seed';
import { DEMO_STAFF, seedStaffAccounts } from '../../../src/main/seed/staff-accounts.seed';
import { seedStaffRecords, type SeededStaffRecords } from '../../../src/main/seed/staff-records.seed';
import { acceptedEpisodes, seedSupport } from '../../../src/main/seed/support.seed';
import { seedUnits } from '../../../src/main/seed/units.seed';
import { GOOD_PASSWORD, setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * The sanctuary and staff-records seeds after the others, as seed-demo runs them: the rules the
 * services enforce hold in the seeded data, nothing is dated after today, the due lists and the
 * report have something to show, and staff records hang off the rota's staff directory.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
let sanctuary: SeededSanctuary;
let staff: SeededStaffRecords;
let ms = 0;
const TODAY = '2026-11-20';

beforeAll(async () => {
  t = await setUpWorkspace({ start: `${TODAY}T10:00:00Z` });
  const today = t.clock.now();
  const rng = createRng(7);
  const accounts = await seedStaffAccounts(t.ws, GOOD_PASSWORD);
  const workerIds = DEMO_STAFF.filter((s) => s.role === 'support_worker').map((s) => accounts.get(s.username)!);
  const db = t.ws.unlocked!.open.db;
  db.transaction(() => {
    const cases = seedCases(t.ws, { rng, clock: t.clock, today, years: 2, referrals: 400, workerIds });
    seedUnits(t.ws, { rng, scale: 'small', today, clock: t.clock, waiting: cases.acceptedToWaiting });
    seedSupport(t.ws, { rng, clock: t.clock, today, households: acceptedEpisodes(db) });
    seedRota(t.ws, { rng, scale: 'small', today, clock: t.clock });
    const t0 = Date.now();
    sanctuary = seedSanctuary(t.ws, { rng, clock: t.clock, today, scale: 'small' });
    staff = seedStaffRecords(t.ws, { rng, clock: t.clock, today });
    ms = Date.now() - t0;
  })();
}, 300_000);
afterAll(() => t?.cleanup());

const q = <R>(sql: string, ...args: unknown[]) => t.ws.unlocked!.open.db.prepare(sql).all(...args) as R[];

describe('sanctuary demo seed', () => {
  it('makes cases, measures, approvals and fittings quickly', () => {
    expect(sanctuary.cases).toBeGreaterThan(15);
    expect(sanctuary.measures).toBeGreaterThan(20);
    expect(sanctuary.fitted).toBeGreaterThan(10);
    expect(sanctuary.approvals).toBeGreaterThan(2);
    expect(ms).toBeLessThan(20_000);
  });

  it('never fits a measure the rules would refuse', () => {
    // Higher level or a case over £100 without a council approval dated on or before the fitting.
    expect(
      q(`SELECT m.id FROM sanctuary_measures m LEFT JOIN sanctuary_council_approvals a ON a.id = m.council_approval_id
          WHERE m.status = 'fitted' AND (a.id IS NULL OR a.approved_on > m.fitted_on)
            AND (m.level = 'higher' OR (SELECT sum(CASE x.status WHEN 'refused' THEN 0 WHEN 'fitted' THEN x.cost_pence ELSE x.estimate_pence END)
                                         FROM sanctuary_measures x WHERE x.case_id = m.case_id AND (x.fitted_on IS NULL OR x.fitted_on <= m.fitted_on)) > 10000)`),
    ).toEqual([]);
    // Measures that can restrict escape without the fire and rescue service's check.
    expect(
      q(`SELECT m.id FROM sanctuary_measures m WHERE m.status = 'fitted' AND m.needs_fire_check = 1 AND NOT EXISTS (
           SELECT 1 FROM sanctuary_assessments a WHERE a.case_id = m.case_id AND a.part = 'fire_safety' AND a.agency = 'fire_service'
              AND a.completed_on <= m.fitted_on AND a.outcome IN ('safe','safe_with_conditions'))`),
    ).toEqual([]);
    // Measures that alter the home where the landlord refused or is not to be told.
    expect(q(`SELECT m.id FROM sanctuary_measures m JOIN sanctuary_cases c ON c.id = m.case_id WHERE m.status = 'fitted' AND m.alters_property = 1 AND c.landlord_permission IN ('refused','not_to_be_told','awaited')`)).toEqual([]);
  });

  it('dates nothing after today', () => {
    const late = q(
      `SELECT 'm' FROM sanctuary_measures WHERE max(requested_on, coalesce(approved_on, ''), coalesce(fitted_on, ''), coalesce(refused_on, '')) > ?
       UNION ALL SELECT 'a' FROM sanctuary_assessments WHERE max(started_on, coalesce(completed_on, '')) > ?
       UNION ALL SELECT 'c' FROM sanctuary_cases WHERE max(coalesce(closed_on, ''), coalesce(needs_assessed_on, '')) > ?`,
      TODAY,
      TODAY,
      TODAY,
    );
    expect(late).toEqual([]);
  });

  it('gives the due list, the case list and the report something to show', async () => {
    const due = await t.ok<{ clock: string; overdue: boolean }[]>('sanctuary.due');
    expect(due.some((d) => d.clock === 'risk_assessment' && d.overdue)).toBe(true);
    const list = await t.ok<{ awaitingCouncil: boolean }[]>('sanctuary.list', { stage: 'all' });
    expect(list.length).toBe(sanctuary.cases);
    expect(list.some((c) => c.awaitingCouncil)).toBe(true);
    const r = await t.ok<{ tables: { id: string; totalRow: { cells: { value: number | null }[] } | null }[] }>('reports.run', { report: 'sanctuary', period: { kind: 'financial_year', year: 2025 } });
    expect(r.tables.find((x) => x.id === 'referrals')!.totalRow!.cells[0]!.value).toBeGreaterThan(3);
    // The household whose home stopped being safe is on the waiting list.
    expect(q(`SELECT 1 FROM sanctuary_cases WHERE close_reason = 'moved_to_safe_accommodation' AND waiting_referral_id IS NOT NULL`)).toHaveLength(1);
  });
});

describe('staff records demo seed', () => {
  it('gives everyone in the staff directory training and (nearly everyone) a DBS check, with some due', async () => {
    expect(staff.people).toBe(q('SELECT id FROM rota_staff').length);
    expect(staff.training).toBeGreaterThan(staff.people);
    expect(staff.dbs).toBeGreaterThanOrEqual(staff.people - 1);
    const due = await t.ok<{ what: string; status: string }[]>('staffRecords.due');
    expect(due.some((d) => d.what === 'dbs' && d.status === 'expired')).toBe(true);
    expect(due.some((d) => d.what === 'training' && d.status === 'expired')).toBe(true);
    expect(due.some((d) => d.what === 'training' && d.status === 'due')).toBe(true);
  });

  it('gives the annual return a specialist FTE', async () => {
    const r = await t.ok<{ tables: { id: string; rows: { cells: { value: number | null }[] }[] }[] }>('reports.run', { report: 'annual-return', period: { kind: 'financial_year', year: 2025 } });
    expect(r.tables.find((x) => x.id === 'staff')!.rows[0]!.cells[0]!.value).toBeGreaterThan(3);
  });
});
