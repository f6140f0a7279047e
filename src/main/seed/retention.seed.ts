import type { ReferralCapture } from '../../shared/cases/schemas/referral';
import { londonDate } from '../../shared/time/london';
import { restrictCase } from '../services/cases/case-admin.service';
import { createReferral, decide, logContactAttempt } from '../services/cases/referrals.service';
import { recordExit } from '../services/support/exit.service';
import { requireDb, type Workspace } from '../services/workspace';
import { FIRST_NAMES_F, SURNAMES } from './names';
import type { Rng } from './rng';
import type { SeedClock } from './seed-clock';

/*
 * Households from long before the demo's window, so the Retention screen has something due under
 * the default schedule at either scale: two referrals that were not supported, 14 and 20 months
 * ago (one restricted to a support worker, so a manager sees "Restricted case"), and four cases
 * supported in the community and ended seven to nine years ago (their exits recorded: due as
 * closed cases). Runs
 * last, so no later seed adds recent records to these households.
 */

/** What the retention seed made. */
export interface SeededRetention {
  households: number;
  summary: string;
}

const DAY = 86_400_000;
const OLD_ENDED_CASES = 4;
const OLD_UNSUCCESSFUL_MONTHS = [14, 20];

function capture(rng: Rng, received: number): ReferralCapture {
  return {
    receivedAt: new Date(received).toISOString(),
    source: 'self',
    referrerName: '',
    referrerContact: '',
    channel: 'phone',
    name: `${rng.pick(FIRST_NAMES_F)} ${rng.pick(SURNAMES)}`,
    alias: '',
    anonymous: false,
    dateOfBirth: null,
    safeContactMethod: 'phone_call',
    safeContactDetails: '',
    safeTimes: '',
    noVoicemail: false,
    immediateSafety: 'safe_now',
    immediateSafetyNotes: '',
    children: [],
    requests: ['community'],
    urgency: 'stable',
    notes: '',
    linkHouseholdId: null,
  };
}

/** Seeds the old households through the real services, each step with the clock at its moment. */
export function seedRetention(ws: Workspace, opts: { rng: Rng; clock: SeedClock; today: Date; restrictTo: number | null }): SeededRetention {
  const { rng, clock } = opts;
  const at = (ms: number) => {
    clock.set(new Date(ms));
    return new Date(ms).toISOString();
  };
  requireDb(ws).transaction(() => {
    for (let i = 0; i < OLD_ENDED_CASES; i++) {
      const received = opts.today.getTime() - (7 + (2 * i) / OLD_ENDED_CASES) * 365 * DAY - rng.int(0, 30) * DAY;
      at(received);
      const r = createReferral(ws, capture(rng, received));
      logContactAttempt(ws, { referralId: r.referralId, at: at(received + 3600_000), method: 'phone_call', outcome: 'spoke', notes: '' });
      at(received + DAY);
      decide(ws, { referralId: r.referralId, outcome: 'accepted', acceptedTo: 'community_support', note: '' });
      const exited = received + rng.int(60, 150) * DAY;
      at(exited);
      recordExit(ws, {
        householdId: r.householdId,
        exitedOn: londonDate(new Date(exited)),
        planned: true,
        reason: 'stopped_needing_support',
        destination: 'own_home',
        achievingIndependence: 'yes',
        finalScores: {},
        notes: '',
        startMoveOn: false,
      });
    }
    OLD_UNSUCCESSFUL_MONTHS.forEach((months, i) => {
      const received = opts.today.getTime() - months * 30.5 * DAY;
      at(received);
      const r = createReferral(ws, capture(rng, received));
      if (i === 0 && opts.restrictTo !== null) restrictCase(ws, { householdId: r.householdId, userIds: [opts.restrictTo], reason: 'A relative of a member of staff.' });
      logContactAttempt(ws, { referralId: r.referralId, at: at(received + 2 * 3600_000), method: 'phone_call', outcome: 'spoke', notes: '' });
      at(received + DAY);
      decide(ws, { referralId: r.referralId, outcome: 'not_supported', reason: 'capacity', note: '', unitTypesFull: [] });
    });
  })();
  clock.set(opts.today);
  const households = OLD_ENDED_CASES + OLD_UNSUCCESSFUL_MONTHS.length;
  return {
    households,
    summary: `retention: ${OLD_ENDED_CASES} cases ended 7 to 9 years ago, ${OLD_UNSUCCESSFUL_MONTHS.length} unsuccessful referrals over a year old (1 restricted)`,
  };
}
