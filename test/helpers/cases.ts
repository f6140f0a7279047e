import type { setUpWorkspace } from './temp-workspace';

type T = Awaited<ReturnType<typeof setUpWorkspace>>;

/** Records a referral through the router and returns its ids. */
export async function refer(t: T, overrides: Record<string, unknown> = {}) {
  return t.ok<{ referralId: number; householdId: number; reference: string }>('referrals.create', {
    receivedAt: t.clock.now().toISOString(),
    source: 'self',
    name: 'Amira Haddad',
    ...overrides,
  });
}

/** Answers the checklist with `yes` "yes" answers and the rest "no". */
export function checklistAnswers(yes: number): Record<string, 'yes' | 'no'> {
  return Object.fromEntries(Array.from({ length: 24 }, (_, i) => [String(i + 1), i < yes ? 'yes' : 'no']));
}
