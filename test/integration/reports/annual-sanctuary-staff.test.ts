import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DrillResult } from '../../../src/shared/reports/schemas';
import type { ReportResult } from '../../../src/shared/reports/result.schema';
import { COUNCIL_HOME } from '../../helpers/sanctuary';
import { setUpWorkspace } from '../../helpers/temp-workspace';
import { nonZero } from './figures-of';

/*
 * Known answers for the two rows of the annual return that read records other than stays: the
 * people supported by a sanctuary scheme (table ii) and specialist FTE staff (table vii). A small
 * dataset of its own (so the main known-answer dataset keeps its figures), worked out by hand:
 *
 * Sanctuary scheme (nobody stays in a unit):
 * S1 Amira  referred and accepted 2025-05-01, with her son Sami (b. 2015) living with her; still
 *           on the scheme. In 2025–26: 1 adult, 1 child.
 * S2 Bina   referred and accepted 2024-11-01; ◆ case closed 2025-04-01, the first day of 2025–26:
 *           on the scheme that day, so counted in 2025–26 as well as 2024–25.
 * S3 Cleo   referred and accepted 2024-06-01; ◆ case closed 2025-03-31, the last day of 2024–25:
 *           counted in 2024–25, not in 2025–26.
 * S4 Dana   referred 2026-03-20, not accepted (risk too high): never on the scheme; the scheme's
 *           refusal is an instance of being unable to support (viii), "needs could not be met:
 *           other", as the sanctuary module records it.
 * S5 Esme   referred 2026-03-31, not decided yet: not on the scheme.
 * So 2025–26: Amira, Bina and Sami (2 adults, 1 child); 2024–25: Bina and Cleo (2 adults).
 * Sanctuary-only referrals are not referrals for safe accommodation (table i): none counted.
 *
 * Specialist FTE (staff records → FTE):
 * Sophie  1.0 safe-accommodation support from 2024-01-01, continuing.
 * Nia     0.6 IDVA from 2025-10-01, continuing: 182 of the 365 days of 2025–26.
 * Olu     0.5 other specialist role from 2023-01-01 to 2025-06-30: 91 days of 2025–26 (April 30,
 *         May 31, June 30).
 * 2025–26: (365 × 1.0 + 182 × 0.6 + 91 × 0.5) ÷ 365 = (365 + 109.2 + 45.5) ÷ 365 = 1.4238… → 1.42.
 * 2024–25: Sophie 1.0 and Olu 0.5 all year → 1.5.
 * 2021–22: nobody → "Not recorded", never 0.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
const FY25 = { kind: 'financial_year', year: 2025 } as const;
const FY24 = { kind: 'financial_year', year: 2024 } as const;
const FY21 = { kind: 'financial_year', year: 2021 } as const;

async function refer(date: string, name: string, decide: 'accepted' | 'not_accepted' | null): Promise<{ caseId: number; householdId: number }> {
  t.clock.set(`${date}T10:00:00Z`);
  const r = await t.ok<{ caseId: number; householdId: number }>('sanctuary.refer', { from: 'new', referral: { receivedAt: `${date}T09:00:00Z`, source: 'housing', name }, home: COUNCIL_HOME });
  if (decide === 'accepted') await t.ok('sanctuary.decide', { caseId: r.caseId, outcome: 'accepted' });
  if (decide === 'not_accepted') await t.ok('sanctuary.decide', { caseId: r.caseId, outcome: 'not_accepted', reason: 'risk_too_high' });
  return r;
}

async function close(caseId: number, on: string): Promise<void> {
  t.clock.set(`${on}T16:00:00Z`);
  await t.ok('sanctuary.close', { caseId, closedOn: on, reason: 'completed' });
}

async function staff(name: string): Promise<number> {
  return (await t.ok<{ id: number }>('rota.staff.add', { userId: null, name, sex: 'female', role: 'support_worker', contractedHours: 37.5 })).id;
}

async function run(period: unknown): Promise<ReportResult> {
  return t.ok<ReportResult>('reports.run', { report: 'annual-return', period });
}

beforeAll(async () => {
  t = await setUpWorkspace({ start: '2023-01-01T10:00:00Z' });
  const cleo = await refer('2024-06-01', 'Cleo Clark', 'accepted');
  const bina = await refer('2024-11-01', 'Bina Bose', 'accepted');
  await close(cleo.caseId, '2025-03-31');
  await close(bina.caseId, '2025-04-01');
  const amira = await refer('2025-05-01', 'Amira Haddad', 'accepted');
  await t.ok('cases.saveChild', { householdId: amira.householdId, childId: null, profile: { nameOrInitials: 'Sami Haddad', dateOfBirth: '2015-03-01', sex: 'male' } });
  await refer('2026-03-20', 'Dana Dale', 'not_accepted');
  await refer('2026-03-31', 'Esme East', null);

  t.clock.set('2026-04-20T10:00:00Z');
  const sophie = await staff('Sophie Turner');
  const nia = await staff('Nia Patel');
  const olu = await staff('Olu Ade');
  await t.ok('staffRecords.fte.save', { staffId: sophie, role: 'safe_accommodation_support', fte: 1, fromOn: '2024-01-01' });
  await t.ok('staffRecords.fte.save', { staffId: nia, role: 'idva', fte: 0.6, fromOn: '2025-10-01' });
  await t.ok('staffRecords.fte.save', { staffId: olu, role: 'other_specialist', fte: 0.5, fromOn: '2023-01-01', toOn: '2025-06-30' });
}, 120_000);
afterAll(() => t?.cleanup());

describe('annual return: sanctuary schemes and specialist FTE', () => {
  it('ii. counts the people of households on the sanctuary scheme, a case closed on the first day of the year included', async () => {
    const f = nonZero(await run(FY25));
    expect(f.accommodation).toEqual({ sanctuary: { adult: 2, child: 1, total: 3 }, total: { adult: 2, child: 1, total: 3 } });
    expect(f.unable).toEqual({ needs_other: { count: 1 }, total: { count: 1 } });
    // Nobody stayed in a unit, and sanctuary-only referrals are not safe-accommodation referrals (i).
    expect(Object.keys(f).sort()).toEqual(['accommodation', 'staff', 'unable']);
  });

  it('ii. counts a case closed on the last day of the year in that year only', async () => {
    expect(nonZero(await run(FY24)).accommodation).toEqual({ sanctuary: { adult: 2, total: 2 }, total: { adult: 2, total: 2 } });
  });

  it('ii. opens the sanctuary figure as the people behind it', async () => {
    const d = await t.ok<DrillResult>('reports.drill', { report: 'annual-return', period: FY25, figure: 'accommodation.sanctuary.total' });
    expect(d.total).toBe(3);
    expect(d.records.map((r) => r.name).sort()).toEqual(['Amira Haddad', 'Bina Bose', 'Sami Haddad']);
    expect(d.definition).toMatch(/sanctuary scheme on at least one day of the period/);
  });

  it('vii. computes specialist FTE from staff records, weighted by the share of the year each stretch covers', async () => {
    expect(nonZero(await run(FY25)).staff).toEqual({ fte: { count: 1.42 } });
    expect(nonZero(await run(FY24)).staff).toEqual({ fte: { count: 1.5 } });
  });

  it('vii. shows "Not recorded" (never zero) for a year with no specialist FTE, and defines the figure in plain English', async () => {
    const r = await run(FY21);
    const staffTable = r.tables.find((x) => x.id === 'staff')!;
    expect(staffTable.rows[0]!.cells[0]!.value).toBeNull();
    expect(staffTable.rows[0]!.notYetRecorded).toMatch(/Not recorded/);
    const def = r.definitions.find((d) => d.id === 'staff.fte.count')!.definition;
    expect(def).toMatch(/full time who started half-way through the year is 0\.5/);
    expect(def).not.toMatch(/Not yet recorded while/);
  });
});
