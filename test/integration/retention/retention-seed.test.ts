import { afterEach, describe, expect, it } from 'vitest';
import type { RetentionPreview, RetentionPurgeResult } from '../../../src/shared/retention/schedule';
import { seedDemo } from '../../../src/main/seed/seed-demo';
import { signInAs } from '../../helpers/staff';
import { GOOD_PASSWORD, setUpWorkspace } from '../../helpers/temp-workspace';

/* The demo database gives the Retention screen something to show under the default schedule. */

let cleanups: (() => void)[] = [];
afterEach(() => {
  cleanups.forEach((c) => c());
  cleanups = [];
});

describe('seed-demo and retention', { timeout: 120_000 }, () => {
  it('leaves households due for deletion under the default schedule; a manager sees a restricted one without its reference and can purge them all', async () => {
    const t = await setUpWorkspace();
    cleanups.push(t.cleanup);
    await seedDemo(t.ws, { scale: 'small', seed: 7, clock: t.clock, staffPassword: GOOD_PASSWORD });
    await signInAs(t, 'mona.manager');
    const p = await t.ok<RetentionPreview>('retention.preview');
    expect(p.schedule).toEqual({ closedCaseYears: 6, unsuccessfulReferralMonths: 12, auditYears: 7 });
    expect(p.counts.unsuccessfulReferrals).toBeGreaterThanOrEqual(2);
    // The four community cases that ended seven to nine years ago (exits recorded) are closed cases.
    expect(p.counts.closedCases).toBe(4);
    const restricted = p.cases.filter((c) => c.restricted);
    expect(restricted).toEqual([expect.objectContaining({ reference: null, reason: 'unsuccessful_referral' })]);
    // The seed's unsuccessful referrals are 14 and 20 months old: both due.
    const cutoff = p.cutoffs.unsuccessfulReferral;
    expect(p.cases.every((c) => c.lastContactAt <= cutoff || c.reason === 'closed_case')).toBe(true);

    const r = await t.ok<RetentionPurgeResult>('retention.purge', { householdIds: p.cases.map((c) => c.householdId), auditThroughId: p.auditThroughId });
    expect(r.households).toBe(p.cases.length);
    const after = await t.ok<RetentionPreview>('retention.preview');
    expect(after.cases).toEqual([]);
  });
});
