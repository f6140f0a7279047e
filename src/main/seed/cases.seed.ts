import { questionNumbers, DEFAULT_CHECKLIST } from '../../shared/cases/dash-checklist';
import { londonDate } from '../../shared/time/london';
import type { ReferralCapture } from '../../shared/cases/schemas/referral';
import { assess, addIncident, saveMaracReferral } from '../services/cases/risk.service';
import { createReferral, decide, logContactAttempt } from '../services/cases/referrals.service';
import { savePerpetratorRecord } from '../services/cases/perpetrators.service';
import { updateAdult } from '../services/cases/people.service';
import { assignWorker } from '../services/cases/case-admin.service';
import type { Workspace } from '../services/workspace';
import { ALIASES, CHILD_NAMES, DISTRICTS, FIRST_NAMES_F, FIRST_NAMES_M, SURNAMES } from './names';
import type { Rng } from './rng';
import type { SeedClock } from './seed-clock';

/** What the cases seed produced, for the seeds that build on it (units, support, reports). */
export interface SeededCases {
  referrals: number;
  households: number;
  acceptedToWaiting: { referralId: number; householdId: number; decidedAt: string }[];
}

type Step = { at: number; run: () => void };
const DAY = 86_400_000;

const SOURCES = [
  ['self', 22], ['police', 25], ['idva', 10], ['housing', 12], ['childrens_social_care', 8], ['adult_social_care', 3],
  ['health', 6], ['other_service', 6], ['helpline', 5], ['marac', 2], ['other', 1],
] as const;

const NOT_SUPPORTED = [
  ['capacity', 30], ['no_suitable_unit', 12], ['unable_to_contact', 18], ['declined_offer', 15], ['proximity_to_perpetrator', 8],
  ['needs_mental_health', 5], ['needs_drugs', 3], ['needs_alcohol', 2], ['needs_nrpf', 4], ['needs_disability', 2], ['needs_other', 1],
] as const;

const ETHNICITIES = [
  ['white_british', 60], ['white_other', 8], ['asian_pakistani', 6], ['asian_indian', 4], ['asian_bangladeshi', 3], ['black_african', 5],
  ['black_caribbean', 3], ['mixed_white_black_caribbean', 2], ['other_arab', 2], ['white_irish', 1], ['prefer_not_to_say', 3], ['not_known', 3],
] as const;

function isoDate(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/**
 * Seeds referrals, households, people, perpetrators, assessments, MARAC referrals and decisions
 * over `years` years ending `today`, through the real services (so every rule and audit entry
 * applies), executing every event in time order with the clock set to its moment.
 */
export function seedCases(
  ws: Workspace,
  opts: { rng: Rng; clock: SeedClock; today: Date; years: number; referrals: number; workerIds: number[] },
): SeededCases {
  const { rng, clock } = opts;
  const end = opts.today.getTime();
  const start = end - opts.years * 365 * DAY;
  const steps: Step[] = [];
  const result: SeededCases = { referrals: 0, households: 0, acceptedToWaiting: [] };

  for (let i = 0; i < opts.referrals; i++) {
    // Spread evenly with jitter; recent weeks keep a few open referrals for the "due" list.
    const receivedAt = Math.floor(start + ((i + rng.next()) / opts.referrals) * (end - start - 3600_000));
    const male = rng.chance(0.05);
    const anonymous = rng.chance(0.06);
    const useAlias = !anonymous && rng.chance(0.08);
    const name = anonymous || useAlias ? '' : `${rng.pick(male ? FIRST_NAMES_M : FIRST_NAMES_F)} ${rng.pick(SURNAMES)}`;
    const age = rng.weighted([[rng.int(16, 24), 25], [rng.int(25, 39), 45], [rng.int(40, 54), 22], [rng.int(55, 80), 8]] as const);
    const dob = anonymous ? null : isoDate(receivedAt - age * 365.25 * DAY - rng.int(0, 364) * DAY);
    const childCount = rng.weighted([[0, 25], [1, 30], [2, 25], [3, 14], [4, 6]] as const);
    const children = Array.from({ length: childCount }, () => {
      const childAge = rng.int(0, 16);
      return {
        nameOrInitials: rng.chance(0.3) ? `${rng.pick(CHILD_NAMES)[0]}.` : rng.pick(CHILD_NAMES),
        dateOfBirth: isoDate(receivedAt - childAge * 365.25 * DAY - rng.int(0, 364) * DAY),
        ageYears: null,
        sex: rng.chance(0.5) ? ('female' as const) : ('male' as const),
      };
    });
    const capture: ReferralCapture = {
      receivedAt: new Date(receivedAt).toISOString(),
      source: rng.weighted(SOURCES),
      referrerName: '',
      referrerContact: '',
      channel: rng.weighted([['phone', 60], ['email', 25], ['in_person', 5], ['online_form', 10]] as const),
      name,
      alias: useAlias ? rng.pick(ALIASES) : '',
      anonymous,
      dateOfBirth: dob,
      safeContactMethod: rng.pick(['phone_call', 'text', 'via_referrer'] as const),
      safeContactDetails: '',
      safeTimes: rng.pick(['', 'Mornings only', 'After 8pm', 'Weekdays 10–2 while he is at work']),
      noVoicemail: rng.chance(0.4),
      immediateSafety: rng.weighted([['safe_now', 50], ['unsafe_now', 30], ['not_known', 20]] as const),
      immediateSafetyNotes: '',
      children,
      requests: [rng.weighted([['refuge', 55], ['dispersed', 20], ['community', 15], ['sanctuary', 10]] as const)],
      urgency: rng.weighted([['emergency', 20], ['unsafe_home', 35], ['temporary', 25], ['stable', 10], ['not_known', 10]] as const),
      notes: '',
      linkHouseholdId: null,
    };
    const ref = { referralId: 0, householdId: 0 };
    const open = end - receivedAt < 5 * DAY && rng.chance(0.6);
    steps.push({
      at: receivedAt,
      run: () => {
        const r = createReferral(ws, capture);
        ref.referralId = r.referralId;
        ref.householdId = r.householdId;
        result.referrals++;
        result.households++;
        if (opts.workerIds.length && rng.chance(0.7)) assignWorker(ws, { householdId: r.householdId, userId: rng.pick(opts.workerIds) });
        updateAdult(ws, r.householdId, {
          name: capture.name, alias: capture.alias, anonymous: capture.anonymous, dateOfBirth: capture.dateOfBirth, ageYears: anonymous ? age : null,
          sex: male ? 'male' : 'female', genderIdentity: male ? 'man' : rng.weighted([['woman', 95], ['non_binary', 2], ['prefer_not_to_say', 3]] as const),
          transHistory: rng.weighted([['no', 90], ['yes', 1], ['prefer_not_to_say', 4], ['not_known', 5]] as const),
          ethnicity: rng.weighted(ETHNICITIES), disability: rng.weighted([['no', 70], ['yes', 20], ['prefer_not_to_say', 5], ['not_known', 5]] as const),
          disabilityNotes: '', sexuality: rng.weighted([['heterosexual', 80], ['gay_lesbian', 4], ['bisexual', 4], ['prefer_not_to_say', 6], ['not_known', 6]] as const),
          religion: rng.weighted([['none', 40], ['christian', 30], ['muslim', 18], ['prefer_not_to_say', 6], ['not_known', 6]] as const),
          specialist: rng.chance(0.15) ? [rng.pick(['lgbt', 'disabled', 'black_minoritised', 'young', 'migrant_nrpf'] as const)] : [],
          language: rng.chance(0.12) ? rng.pick(['Polish', 'Urdu', 'Arabic', 'Romanian', 'Bengali']) : '',
          interpreterNeeded: rng.chance(0.08) ? 'yes' : 'no', immigrationStatus: rng.chance(0.85) ? 'british_irish' : rng.pick(['settled', 'pre_settled', 'visa_nrpf', 'refugee'] as const),
          nrpf: rng.chance(0.04) ? 'yes' : 'no', preferredWorker: rng.weighted([['female', 40], ['no_preference', 50], ['not_known', 10]] as const),
          acesFlag: rng.weighted([['yes', 30], ['no', 40], ['not_known', 30]] as const),
          consent: { toRecord: 'yes', toShare: rng.chance(0.8) ? 'yes' : 'no', date: isoDate(receivedAt), agreed: 'Recorded at first contact.' },
        });
        if (rng.chance(0.8)) {
          savePerpetratorRecord(ws, {
            householdId: r.householdId, perpetratorId: null, nameOrDescription: rng.chance(0.7) ? `${rng.pick(FIRST_NAMES_M)} ${rng.pick(SURNAMES)}` : 'Ex-partner (name withheld)',
            sex: male ? 'female' : 'male', relationship: rng.weighted([['ex_partner', 50], ['partner', 35], ['family_member', 10], ['other', 5]] as const),
            knownRisks: '', avoidAreas: [rng.pick(DISTRICTS), ...(rng.chance(0.3) ? [rng.pick(DISTRICTS)] : [])],
          });
        }
      },
    });
    if (open) continue;
    // First contact: usually within 48 hours, sometimes later, after a few attempts.
    let t = receivedAt + rng.int(1, 30) * 3600_000;
    const attempts = rng.weighted([[1, 60], [2, 25], [3, 10], [5, 5]] as const);
    const reachable = rng.chance(0.93);
    for (let a = 0; a < attempts; a++) {
      const last = a === attempts - 1;
      const at = Math.min(t, end - 60_000);
      const outcome = last && reachable ? ('spoke' as const) : rng.pick(['no_answer', 'unsafe_to_talk'] as const);
      steps.push({ at, run: () => void logContactAttempt(ws, { referralId: ref.referralId, at: new Date(at).toISOString(), method: 'phone_call', outcome, notes: '' }) });
      t += rng.int(4, 30) * 3600_000;
    }
    const assessAt = Math.min(t + rng.int(1, 72) * 3600_000, end - 30_000);
    const yes = rng.weighted([[rng.int(0, 6), 35], [rng.int(7, 13), 40], [rng.int(14, 22), 25]] as const);
    const high = yes >= 14;
    if (reachable) {
      if (rng.chance(0.2)) steps.push({ at: assessAt - 1000, run: () => void addIncident(ws, { householdId: ref.householdId, occurredOn: londonDate(new Date(assessAt - rng.int(1, 200) * DAY)), notes: '' }) });
      steps.push({
        at: assessAt,
        run: () => {
          const nums = questionNumbers(DEFAULT_CHECKLIST);
          const order = [...nums].sort(() => rng.next() - 0.5);
          const answers = Object.fromEntries(nums.map((n) => [String(n), order.indexOf(n) < yes ? 'yes' : rng.chance(0.1) ? 'not_known' : 'no'])) as Record<string, 'yes' | 'no' | 'not_known'>;
          assess(ws, {
            referralId: ref.referralId, answers, judgementLevel: !high && rng.chance(0.05) ? 'high' : null, reason: 'Professional judgement: recent escalation described on the call.',
            holistic: { mental_health: { level: rng.pick(['low', 'medium', 'high'] as const), notes: '' } },
            primaryNeed: rng.chance(0.5) ? rng.pick(['mental_health', 'drugs', 'alcohol', 'other'] as const) : null, secondaryNeeds: rng.chance(0.3) ? ['mental_health'] : [],
          });
        },
      });
      if (high && rng.chance(0.9)) {
        const maracAt = Math.min(assessAt + rng.int(1, 4) * DAY, end - 20_000);
        steps.push({ at: maracAt, run: () => void saveMaracReferral(ws, { householdId: ref.householdId, maracId: null, referredOn: londonDate(new Date(maracAt)), meetingOn: null, actions: '' }) });
      }
    }
    const decideAt = Math.min(assessAt + rng.int(1, 48) * 3600_000, end - 10_000);
    if (end - decideAt < 2 * DAY && rng.chance(0.5)) continue;
    steps.push({
      at: decideAt,
      run: () => {
        if (!reachable) {
          decide(ws, { referralId: ref.referralId, outcome: 'not_supported', reason: 'unable_to_contact', note: '', unitTypesFull: [] });
        } else if (rng.chance(0.62)) {
          const acceptedTo = capture.requests[0] === 'community' ? 'community_support' : capture.requests[0] === 'sanctuary' ? 'sanctuary' : 'waiting_unit';
          decide(ws, { referralId: ref.referralId, outcome: 'accepted', acceptedTo, note: '' });
          if (acceptedTo === 'waiting_unit') result.acceptedToWaiting.push({ referralId: ref.referralId, householdId: ref.householdId, decidedAt: new Date(decideAt).toISOString() });
        } else {
          const reason = rng.weighted(NOT_SUPPORTED);
          decide(ws, { referralId: ref.referralId, outcome: 'not_supported', reason, note: '', unitTypesFull: reason === 'capacity' ? ['refuge'] : [] });
        }
      },
    });
  }

  steps.sort((a, b) => a.at - b.at);
  for (const s of steps) {
    clock.set(new Date(s.at));
    s.run();
  }
  return result;
}
