import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportResult } from '../../../src/shared/reports/result.schema';
import { cli } from '../../helpers/cli';
import { GOOD_PASSWORD, setUpWorkspace } from '../../helpers/temp-workspace';
import { COUNCIL_HOME, rateId } from '../../helpers/sanctuary';

/*
 * The sanctuary quarterly outputs on a small known dataset, January to March 2026 (quarter 4 of
 * 2025–26), worked out by hand:
 *
 * H1 self-referral Mon 5 Jan, council tenant, accepted 5 Jan. Risk assessment started 6 Jan (1
 *    working day); the fire and rescue service checks the home on 8 Jan. Needs assessed 6 Jan, plan agreed 9 Jan (3). Lock change (£45) and two lines of
 *    window locks (4 × £12, 2 × £12): £117, over £100, so the council approves all three on 8 Jan;
 *    fitted 12 Jan (2 working days). Interventions: lock + window locks (one) = 2. Two paid support
 *    contacts of an hour each (general, advocacy).
 * H2 police referral Tue 6 Jan, private rented, the landlord not to be told; accepted 7 Jan. Risk
 *    assessment started 12 Jan (4 working days: late). Lock change refused (landlord not told) 13
 *    Jan; personal alarm approved 12 Jan, fitted 20 Jan (6 working days: late), £25.
 * H3 housing referral Wed 7 Jan, owner; not accepted 8 Jan: too dangerous to stay at home.
 * H4 referred and accepted in December 2025; still on the scheme; no support contacts.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
let r: ReportResult;
const figures: Record<string, Record<string, Record<string, number | null>>> = {};

async function refer(at: string, source: string, name: string, home: Record<string, unknown>) {
  t.clock.set(at);
  return t.ok<{ caseId: number; householdId: number; referralId: number }>('sanctuary.refer', { from: 'new', referral: { receivedAt: at, source, name }, home });
}

beforeAll(async () => {
  t = await setUpWorkspace({ start: '2025-12-15T10:00:00Z' });
  const h4 = await refer('2025-12-15T10:00:00Z', 'idva', 'Dee Dunn', { tenure: 'other', landlordPermission: 'obtained' });
  t.clock.set('2025-12-16T10:00:00Z');
  await t.ok('sanctuary.decide', { caseId: h4.caseId, outcome: 'accepted' });

  const h1 = await refer('2026-01-05T09:00:00Z', 'self', 'Anna Able', COUNCIL_HOME);
  await t.ok('sanctuary.decide', { caseId: h1.caseId, outcome: 'accepted' });
  const h2 = await refer('2026-01-06T09:00:00Z', 'police', 'Bea Brown', { tenure: 'private_rented', landlordPermission: 'not_to_be_told', landlordNote: 'Landlord knows him.' });
  const h3 = await refer('2026-01-07T09:00:00Z', 'housing', 'Cara Cole', { tenure: 'owner', landlordPermission: 'not_needed' });
  t.clock.set('2026-01-07T12:00:00Z');
  await t.ok('sanctuary.decide', { caseId: h2.caseId, outcome: 'accepted' });
  t.clock.set('2026-01-08T12:00:00Z');
  await t.ok('sanctuary.decide', { caseId: h3.caseId, outcome: 'not_accepted', reason: 'risk_too_high' });

  t.clock.set('2026-03-31T12:00:00Z');
  await t.ok('sanctuary.assessments.save', { caseId: h1.caseId, part: 'case_risk', agency: 'da_practitioner', startedOn: '2026-01-06', completedOn: '2026-01-06' });
  await t.ok('sanctuary.assessments.save', { caseId: h1.caseId, part: 'fire_safety', agency: 'fire_service', startedOn: '2026-01-08', completedOn: '2026-01-08', outcome: 'safe' });
  await t.ok('sanctuary.update', { caseId: h1.caseId, home: COUNCIL_HOME, needsAssessedOn: '2026-01-06' });
  await t.ok('support.plan.save', { householdId: h1.householdId, areas: [], agreedOn: '2026-01-09', nextReviewOn: '2026-04-09' });
  const req = async (caseId: number, kind: string, quantity: number, on: string) =>
    (await t.ok<{ id: number }>('sanctuary.measures.request', { caseId, rateId: await rateId(t, kind), quantity, requestedOn: on })).id;
  const lock = await req(h1.caseId, 'lock_change', 1, '2026-01-07');
  const winA = await req(h1.caseId, 'window_locks', 4, '2026-01-07');
  const winB = await req(h1.caseId, 'window_locks', 2, '2026-01-07');
  await t.ok('sanctuary.councilApproval.record', { caseId: h1.caseId, approvedOn: '2026-01-08', reference: 'HC/1', measureIds: [lock, winA, winB] });
  for (const [id, cost] of [[lock, 4500], [winA, 4800], [winB, 2400]] as const) await t.ok('sanctuary.measures.fit', { measureId: id, fittedOn: '2026-01-12', costPence: cost });
  for (const [on, type] of [['2026-01-10', 'general'], ['2026-01-20', 'advocacy']] as const) {
    await t.ok('support.contacts.add', { householdId: h1.householdId, contactOn: on, minutes: 60, timeKind: 'paid', workerId: t.ws.session!.userId, supportType: type });
  }

  await t.ok('sanctuary.assessments.save', { caseId: h2.caseId, part: 'property', agency: 'police', startedOn: '2026-01-12' });
  const lock2 = await req(h2.caseId, 'lock_change', 1, '2026-01-12');
  const alarm = await req(h2.caseId, 'personal_alarm', 1, '2026-01-12');
  await t.ok('sanctuary.measures.refuse', { measureId: lock2, refusedOn: '2026-01-13', reason: 'landlord_not_told' });
  await t.ok('sanctuary.measures.approve', { measureIds: [alarm], approvedOn: '2026-01-12' });
  await t.ok('sanctuary.measures.fit', { measureId: alarm, fittedOn: '2026-01-20', costPence: 2500 });

  r = await t.ok<ReportResult>('reports.run', { report: 'sanctuary', period: { kind: 'quarter', year: 2025, quarter: 4 } });
  for (const table of r.tables) {
    const rows = table.totalRow ? [...table.rows, table.totalRow] : table.rows;
    figures[table.id] = Object.fromEntries(
      rows
        .map((row) => [row.key, Object.fromEntries(row.cells.map((c, i) => [table.columns[i]!.key, c.value]).filter(([, v]) => v !== 0 && v !== null))] as const)
        .filter(([, cells]) => Object.keys(cells).length > 0),
    );
  }
}, 120_000);
afterAll(() => t?.cleanup());

describe('sanctuary quarterly outputs', () => {
  it('covers the quarter', () => {
    expect(r.period).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
    expect(r.title).toBe('Sanctuary scheme: quarterly outputs');
  });

  it('counts referrals by agency and self-referral, and by tenure', () => {
    expect(figures.referrals).toEqual({ self: { count: 1 }, police: { count: 1 }, housing: { count: 1 }, total: { count: 3 } });
    expect(figures.tenure).toEqual({ council: { count: 1 }, private_rented: { count: 1 }, owner: { count: 1 }, total: { count: 3 } });
  });

  it('counts households accepted and the reasons others were not', () => {
    expect(figures.decisions).toEqual({ accepted: { count: 2 }, not_accepted: { count: 1 }, total: { count: 3 } });
    expect(figures.not_accepted).toEqual({ risk_too_high: { count: 1 }, total: { count: 1 } });
  });

  it('counts the reasons measures were refused', () => {
    expect(figures.refused).toEqual({ landlord_not_told: { households: 1, measures: 1 }, total: { households: 1, measures: 1 } });
  });

  it('counts interventions per household, window locks once whatever the number', () => {
    expect(figures.interventions).toEqual({
      households: { requested: 2, installed: 2 },
      interventions: { requested: 4, installed: 3 },
      per_household: { requested: 2, installed: 1.5 },
    });
  });

  it('gives the cost per measure and per household including support', () => {
    expect(figures.measures).toEqual({
      lock_change: { requested: 2, installed: 1, interventions: 1, cost: 45, average: 45 },
      window_locks: { requested: 1, installed: 1, interventions: 1, cost: 72, average: 72 },
      personal_alarm: { requested: 1, installed: 1, interventions: 1, cost: 25, average: 25 },
      total: { requested: 2, installed: 2, interventions: 3, cost: 142, average: 47.33 },
    });
    // Two hours of paid support at the default £25 an hour.
    expect(figures.cost).toEqual({ households: { value: 2 }, measures: { value: 142 }, support: { value: 50 }, all: { value: 192 }, per_household: { value: 96 } });
  });

  it('gives response times per stage in working days', () => {
    expect(figures.response).toEqual({
      risk_assessment: { completed: 2, within: 1, percent: 50, average: 2.5, longest: 4 },
      support_plan: { completed: 1, within: 1, percent: 100, average: 3, longest: 3 },
      fitting: { completed: 2, within: 1, percent: 50, average: 3, longest: 6 },
    });
  });

  it('counts households taking up support and the types of support', () => {
    expect(figures.support).toEqual({ on_scheme: { count: 3 }, took_up: { count: 1 }, percent: { count: 33.3 } });
    expect(figures.support_types).toEqual({ general: { count: 1 }, advocacy: { count: 1 }, total: { count: 1 } });
  });

  it('opens a figure as the referrals behind it', async () => {
    const d = await t.ok<{ total: number; records: { reference: string; name: string | null }[] }>('reports.drill', {
      report: 'sanctuary',
      period: { kind: 'quarter', year: 2025, quarter: 4 },
      figure: 'response.risk_assessment.within',
    });
    expect(d.total).toBe(1);
    expect(d.records[0]!.name).toBe('Anna Able');
  });

  it('runs from the command line: waymark report sanctuary', async () => {
    t.ws.unlocked!.open.close();
    t.ws.unlocked = null;
    t.ws.session = null;
    const out = join(t.dir, 's.json');
    const res = await cli(['report', 'sanctuary', '--db', join(t.dir, 'waymark.db'), '--user', 'admin', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'json', '--out', out], [GOOD_PASSWORD]);
    expect(res.code, res.err).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8')) as ReportResult;
    expect(json.tables.find((x) => x.id === 'decisions')!.rows[0]!.cells[0]!.value).toBe(2);
    const csv = join(t.dir, 's.csv');
    expect((await cli(['report', 'sanctuary', '--db', join(t.dir, 'waymark.db'), '--user', 'admin', '--from', '2026-01-01', '--to', '2026-03-31', '--format', 'csv', '--out', csv], [GOOD_PASSWORD])).code).toBe(0);
    expect(readFileSync(csv, 'utf8')).toContain('Self-referral,<5');
  });
});
