import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedCases } from '../../../src/main/seed/cases.seed';
import { createRng } from '../../../src/main/seed/rng';
import { DEMO_STAFF, seedStaffAccounts } from '../../../src/main/seed/staff-accounts.seed';
import { acceptedEpisodes, seedSupport, type SeededSupport } from '../../../src/main/seed/support.seed';
import { seedUnits } from '../../../src/main/seed/units.seed';
import { seedDemo } from '../../../src/main/seed/seed-demo';
import { GOOD_PASSWORD, setUpWorkspace } from '../../helpers/temp-workspace';

/*
 * The support seed on a small demo: plans, contacts, events, budgets and exits that agree with
 * the stays the units seed made, nothing dated after today, no budget overspent.
 */

type T = Awaited<ReturnType<typeof setUpWorkspace>>;
let t: T;
let made: SeededSupport;
const TODAY = '2026-11-20';

beforeAll(async () => {
  t = await setUpWorkspace({ start: `${TODAY}T10:00:00Z` });
  const today = t.clock.now();
  const rng = createRng(11);
  const staff = await seedStaffAccounts(t.ws, GOOD_PASSWORD);
  const workerIds = DEMO_STAFF.filter((s) => s.role === 'support_worker').map((s) => staff.get(s.username)!);
  const db = t.ws.unlocked!.open.db;
  db.transaction(() => {
    const cases = seedCases(t.ws, { rng, clock: t.clock, today, years: 2, referrals: 300, workerIds });
    seedUnits(t.ws, { rng, scale: 'small', today, clock: t.clock, waiting: cases.acceptedToWaiting });
    made = seedSupport(t.ws, { rng, clock: t.clock, today, households: acceptedEpisodes(db) });
  })();
}, 120_000);
afterAll(() => t.cleanup());

const q = <R>(sql: string, ...args: unknown[]) => t.ws.unlocked!.open.db.prepare(sql).all(...args) as R[];

describe('support demo seed', () => {
  it('makes plans, contacts, events, budgets and exits', () => {
    expect(made.episodes).toBeGreaterThan(20);
    expect(made.contacts).toBeGreaterThan(made.episodes);
    expect(made.exits).toBeGreaterThan(5);
    expect(made.budgets).toBeGreaterThan(0);
  });

  it('exits a household placed in a unit on the morning its last stay ended, and leaves current residents in', () => {
    const exits = q<{ exited_on: string; end_date: string | null }>(
      `SELECT e.exited_on, s.end_date FROM support_exits e JOIN referrals r ON r.id = e.referral_id JOIN unit_stays s ON s.id = e.stay_id WHERE r.accepted_to = 'waiting_unit'`,
    );
    expect(exits.length).toBeGreaterThan(0);
    for (const e of exits) expect(e.exited_on).toBe(e.end_date);
    const exitedWhileStaying = q(
      `SELECT 1 FROM support_exits e JOIN unit_stays s ON s.household_id = e.household_id AND s.status = 'active' AND (s.end_date IS NULL OR s.end_date > ?)`,
      TODAY,
    );
    expect(exitedWhileStaying).toEqual([]);
    const waitingWithoutStay = q(
      `SELECT 1 FROM support_plans p JOIN referrals r ON r.id = p.referral_id WHERE r.accepted_to = 'waiting_unit' AND NOT EXISTS (SELECT 1 FROM unit_stays s WHERE s.household_id = p.household_id)`,
    );
    expect(waitingWithoutStay).toEqual([]);
  });

  it('dates nothing after today, never overspends a budget, and follows up only planned exits', () => {
    for (const [table, column] of [['support_contacts', 'contact_on'], ['outcome_assessments', 'assessed_on'], ['support_events', 'event_on'], ['budget_spends', 'spent_on'], ['support_exits', 'exited_on'], ['session_feedback', 'session_on']]) {
      // eslint-disable-next-line waymark/no-sql-interpolation -- table and column names from the fixed list on the line above
      expect(q(`SELECT 1 FROM ${table} WHERE ${column} > ?`, TODAY), table).toEqual([]);
    }
    expect(q('SELECT 1 FROM personal_budgets b WHERE allocated_pence < (SELECT coalesce(sum(amount_pence), 0) FROM budget_spends s WHERE s.budget_id = b.id)')).toEqual([]);
    expect(q('SELECT 1 FROM support_exits WHERE follow_up_done_on IS NOT NULL AND planned = 0')).toEqual([]);
    expect(q('SELECT 1 FROM support_plans p JOIN support_exits e ON e.referral_id = p.referral_id WHERE p.next_review_on IS NOT NULL')).toEqual([]);
  });
});

describe('seed-demo', () => {
  it('adds support to the demo and says so in its summary', async () => {
    const w = await setUpWorkspace({ start: `${TODAY}T10:00:00Z` });
    try {
      const summary = await seedDemo(w.ws, { scale: 'small', seed: 3, clock: w.clock, staffPassword: GOOD_PASSWORD });
      expect(summary.extra.join('\n')).toMatch(/^support: \d+ plans, \d+ contacts, \d+ events, \d+ budgets, \d+ exits$/m);
    } finally {
      w.cleanup();
    }
  }, 120_000);
});
