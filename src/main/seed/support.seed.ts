import { DEFAULT_LETTER_SETTINGS } from '../../shared/support/letters/default-templates';
import { addMonths, daysBetween, followUpDueOn, moveOnLatestEnd } from '../../shared/support/support-dates';
import {
  BudgetPurpose,
  FeedbackTheme,
  OutcomeArea,
  OUTCOME_SCALE,
  SafeguardingRaisedWith,
  SeriousIncidentCategory,
  type ExitReasonCode,
  type OutcomeAreaCode,
  type SupportTypeCode,
} from '../../shared/support/vocab.support';
import { plusDays as addDays } from '../../shared/allocation/nights';
import { SERVICE_ZONE } from '../../shared/time/london';
import type { Sqlite } from '../db/connection';
import { insertContact, insertFeedback } from '../db/repos/support/contacts.repo';
import { insertEvent, type EventFields } from '../db/repos/support/events.repo';
import { insertBudget, insertSpend } from '../db/repos/support/budgets.repo';
import { endMoveOn, insertExit, insertMoveOn, recordFollowUp } from '../db/repos/support/exits.repo';
import { writeLetterSettings } from '../db/repos/support/letters.repo';
import { insertAssessment, insertPlan, setNextReview, updatePlan, upsertPlanArea } from '../db/repos/support/plans.repo';
import { ensureDefaultTemplates } from '../services/support/letters/templates.service';
import { audit, requireDb, type Workspace } from '../services/workspace';
import type { Rng } from './rng';
import type { SeedClock } from './seed-clock';

/*
 * Demonstration support records for the households the cases seed accepted: support and safety
 * plans with outcome scores, contacts, session feedback, events, personal budgets, exits with
 * their follow-ups and some move-on support, consistent with the stays.
 *
 * - A household accepted for a unit is given support only if it has stays (the units seed placed
 *   it): support runs from the first night to the morning the last stay ended, and its exit
 *   follows how the stay ended. A household still waiting gets nothing yet.
 * - Community, sanctuary and move-on households are supported from acceptance for a few months.
 *
 * Volume is modest per household (a contact every week or two, capped) so the large scale,
 * about 30,000 referrals, stays quick. The rows are written straight through the repositories
 * (the rules are the same pure ones the services apply) inside seed-demo's transaction, with one
 * audit entry for the whole seed; every date is on or before today.
 */

/** An accepted referral to seed support for. */
export interface EpisodeToSeed {
  referralId: number;
  householdId: number;
}

/** What was made, for seed-demo's summary. */
export interface SeededSupport {
  episodes: number;
  plans: number;
  contacts: number;
  feedback: number;
  events: number;
  budgets: number;
  exits: number;
  followUps: number;
}

/** The accepted referrals of the database: the only households support is seeded for. */
export function acceptedEpisodes(db: Sqlite): EpisodeToSeed[] {
  return (db.prepare("SELECT id AS referralId, household_id AS householdId FROM referrals WHERE status = 'accepted' ORDER BY id").all() as EpisodeToSeed[]).slice();
}

const SUPPORT_TYPES: readonly (readonly [SupportTypeCode, number])[] = [
  ['general', 30],
  ['advocacy', 15],
  ['housing_related', 15],
  ['prevention_advice', 8],
  ['other_advice', 10],
  ['counselling_therapy', 6],
  ['childrens_support', 10],
  ['specialist_protected', 3],
  ['other', 3],
];

/** How a stay's recorded end (units seed) becomes an exit. */
const STAY_ENDS: Record<string, { reason: ExitReasonCode; planned: boolean; destinations: readonly string[] }> = {
  'Planned move-on': { reason: 'moved_on_planned', planned: true, destinations: ['social_housing', 'private_rented', 'own_tenancy'] },
  'Moved to settled housing': { reason: 'moved_on_planned', planned: true, destinations: ['social_housing', 'own_tenancy'] },
  'Left without notice': { reason: 'abandoned', planned: false, destinations: ['unknown', 'with_perpetrator', 'family_friends'] },
  'Moved to family': { reason: 'stopped_needing_support', planned: true, destinations: ['family_friends'] },
};

const COMMUNITY_ENDS: readonly (readonly [{ reason: ExitReasonCode; planned: boolean; destination: string }, number])[] = [
  [{ reason: 'stopped_needing_support', planned: true, destination: 'own_home' }, 50],
  [{ reason: 'moved_on_planned', planned: true, destination: 'social_housing' }, 15],
  [{ reason: 'moved_other_safe_accommodation', planned: false, destination: 'other_refuge' }, 10],
  [{ reason: 'returned_to_perpetrator', planned: false, destination: 'with_perpetrator' }, 10],
  [{ reason: 'other', planned: false, destination: 'unknown' }, 15],
];

// A time on that day for created_at (UTC hours: cheap, and near enough for demonstration data).
function instant(date: string, hour: number, rng: Rng): string {
  return `${date}T${String(hour).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}:00.000Z`;
}

// One formatter for every London date: dayjs' time-zone conversion costs about a millisecond a call,
// which at the large scale's thousands of episodes would dominate the seed.
const LONDON_DATE = new Intl.DateTimeFormat('en-CA', { timeZone: SERVICE_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' });
function londonDate(at: string | Date): string {
  return LONDON_DATE.format(new Date(at));
}

function clampScore(n: number): number {
  return Math.max(OUTCOME_SCALE.min, Math.min(OUTCOME_SCALE.max, n));
}

/** Seeds support for the given accepted episodes. Call inside seed-demo's transaction, after cases (and units). */
export function seedSupport(ws: Workspace, opts: { rng: Rng; clock: SeedClock; today: Date; households: readonly EpisodeToSeed[] }): SeededSupport {
  const { rng } = opts;
  const db = requireDb(ws);
  const today = londonDate(opts.today);
  const result: SeededSupport = { episodes: 0, plans: 0, contacts: 0, feedback: 0, events: 0, budgets: 0, exits: 0, followUps: 0 };
  const workers = (db.prepare("SELECT id FROM users WHERE role = 'support_worker' AND active = 1 ORDER BY id").all() as { id: number }[]).map((r) => r.id);
  const fallbackWorker = ws.session?.userId ?? null;
  const referral = db.prepare('SELECT r.id, r.household_id, r.accepted_to, r.decided_at, r.received_at, h.worker_id FROM referrals r JOIN households h ON h.id = r.household_id WHERE r.id = ?');
  const staysOf = db.prepare(
    "SELECT id, start_date, end_date, end_reason FROM unit_stays WHERE household_id = ? AND status = 'active' AND start_date >= ? ORDER BY start_date",
  );

  opts.clock.set(opts.today);
  ensureDefaultTemplates(db, opts.today.toISOString());
  writeLetterSettings(db, { ...DEFAULT_LETTER_SETTINGS, outOfHoursNumber: '01632 960001' });

  for (const ep of opts.households) {
    const r = referral.get(ep.referralId) as { id: number; household_id: number; accepted_to: string; decided_at: string; received_at: string; worker_id: number | null } | undefined;
    if (!r || r.household_id !== ep.householdId) continue;
    const received = londonDate(r.received_at);
    const accepted = londonDate(r.decided_at);

    // The support window and how it ended.
    let start: string;
    let end: string | null;
    let stayId: number | null = null;
    let ending: { reason: ExitReasonCode; planned: boolean; destination: string } | null = null;
    if (r.accepted_to === 'waiting_unit') {
      const stays = staysOf.all(r.household_id, received) as { id: number; start_date: string; end_date: string | null; end_reason: string }[];
      if (stays.length === 0) continue;
      const last = stays[stays.length - 1]!;
      start = stays[0]!.start_date;
      end = last.end_date !== null && last.end_date <= today ? last.end_date : null;
      if (end) {
        stayId = last.id;
        const how = STAY_ENDS[last.end_reason] ?? { reason: 'other' as ExitReasonCode, planned: false, destinations: ['unknown'] };
        ending = { reason: how.reason, planned: how.planned, destination: rng.pick(how.destinations) };
      }
    } else {
      start = addDays(accepted, rng.int(0, 3));
      if (start > today) continue;
      const length = rng.int(45, 300);
      end = addDays(start, length) < today ? addDays(start, length) : null;
      if (end) ending = rng.weighted(COMMUNITY_ENDS);
    }
    result.episodes++;
    const worker = r.worker_id ?? (workers.length ? rng.pick(workers) : fallbackWorker);
    const until = end ?? today;

    // The plan: needs in three or four areas, entry scores, reviews every eight weeks or so.
    const needs = new Set<OutcomeAreaCode>([...OutcomeArea.codes].sort(() => rng.next() - 0.5).slice(0, rng.int(2, 5)));
    const planId = insertPlan(db, { householdId: r.household_id, referralId: r.id, at: instant(start, 11, rng), by: worker });
    result.plans++;
    for (const area of OutcomeArea.codes) {
      upsertPlanArea(db, planId, { area, hasNeed: needs.has(area), goals: needs.has(area) ? rng.pick(['Agreed steps with her worker', 'Register with a GP and attend', 'Open a bank account and claim benefits', 'Join a local group', 'Apply for housing']) : '' });
    }
    const score: Partial<Record<OutcomeAreaCode, number>> = Object.fromEntries([...needs].map((a) => [a, rng.int(1, 3)]));
    insertAssessment(db, { planId, stage: 'entry', assessedOn: start, notes: '', scores: score, at: instant(start, 12, rng), by: worker });
    let review = addDays(start, rng.int(42, 70));
    for (; review < until; review = addDays(review, rng.int(49, 70))) {
      for (const a of needs) score[a] = clampScore(score[a]! + rng.weighted([[1, 45], [0, 45], [-1, 10]] as const));
      insertAssessment(db, { planId, stage: 'review', assessedOn: review, notes: '', scores: { ...score }, at: instant(review, 14, rng), by: worker });
    }
    updatePlan(db, planId, { safetyPlan: 'Safety plan agreed: safe contact times, code word, route planning.', agreedOn: start, nextReviewOn: end ? null : review, at: instant(start, 12, rng), by: worker });

    // Contacts every week or two (capped), a few by volunteers.
    const span = daysBetween(start, until);
    const contacts = Math.min(12, Math.max(1, Math.floor(span / rng.int(7, 14))));
    for (let i = 0; i < contacts; i++) {
      const on = addDays(start, Math.floor((i * span) / contacts));
      const volunteer = rng.chance(0.12);
      insertContact(db, {
        householdId: r.household_id,
        referralId: r.id,
        contactOn: on,
        minutes: rng.pick([15, 30, 45, 60, 60, 90, 120]),
        timeKind: volunteer ? 'unpaid' : 'paid',
        workerId: volunteer ? null : worker,
        workerName: volunteer ? rng.pick(['Vera (volunteer)', 'Priya (volunteer)', 'Joan (volunteer)']) : '',
        supportType: volunteer ? 'childrens_support' : rng.weighted(SUPPORT_TYPES),
        notes: '',
        moveOn: r.accepted_to === 'move_on',
        at: instant(on, 16, rng),
        by: worker,
      });
      result.contacts++;
    }

    // Session feedback for some.
    if (rng.chance(0.3)) {
      let outcome = rng.int(80, 220) / 10;
      for (let s = 0, on = addDays(start, 7); s < rng.int(2, 5) && on <= until; s++, on = addDays(on, 14)) {
        outcome = Math.min(40, Math.round((outcome + rng.int(-10, 40) / 10) * 10) / 10);
        insertFeedback(db, { householdId: r.household_id, referralId: r.id, sessionOn: on, outcomeTotal: outcome, sessionTotal: rng.int(300, 400) / 10, notes: '', at: instant(on, 17, rng), by: worker });
        result.feedback++;
      }
    }

    // Events, now and then.
    const eventOn = addDays(start, Math.min(span, rng.int(3, 40)));
    const base: Omit<EventFields, 'kind' | 'eventOn'> = { details: '', about: null, raisedWith: null, outcome: '', category: null, commissionerToldOn: null, theme: null, response: '', resolvedOn: null };
    const event = (e: Partial<EventFields> & { kind: string }) => {
      insertEvent(db, r.household_id, r.id, { ...base, eventOn, ...e }, instant(eventOn, 13, rng), worker);
      result.events++;
    };
    if (rng.chance(0.1)) event({ kind: 'safeguarding', about: rng.chance(0.6) ? 'child' : 'adult', raisedWith: rng.pick(SafeguardingRaisedWith.codes), outcome: 'Referral accepted; plan in place' });
    if (rng.chance(0.02)) event({ kind: 'hrbp', outcome: '' });
    if (rng.chance(0.015)) event({ kind: 'serious_incident', category: rng.pick(SeriousIncidentCategory.codes), commissionerToldOn: addDays(eventOn, Math.min(daysBetween(eventOn, today), 1)) });
    if (rng.chance(0.02)) event({ kind: 'complaint', theme: rng.pick(FeedbackTheme.codes), response: 'Apologised and agreed changes', resolvedOn: addDays(eventOn, Math.min(daysBetween(eventOn, today), rng.int(2, 20))) });
    if (rng.chance(0.04)) event({ kind: 'compliment', theme: rng.pick(['support', 'staff'] as const) });

    // A personal budget for some, spent in part.
    if (rng.chance(0.4)) {
      const allocated = rng.pick([15_000, 25_000, 30_000, 50_000]);
      const budgetId = insertBudget(db, { householdId: r.household_id, referralId: r.id, allocatedPence: allocated, note: '', at: instant(start, 12, rng), by: worker });
      result.budgets++;
      let left = allocated;
      for (let s = 0; s < rng.int(0, 3); s++) {
        const amount = Math.min(left, rng.int(5, 120) * 100);
        if (amount <= 0) break;
        const on = addDays(start, Math.min(span, rng.int(1, 60)));
        insertSpend(db, { budgetId, spentOn: on, amountPence: amount, purpose: rng.pick(BudgetPurpose.codes), note: '', at: instant(on, 15, rng), by: worker });
        left -= amount;
      }
    }

    // The exit, its follow-up three months on, and move-on support for some planned moves.
    if (end && ending) {
      const planned = ending.planned;
      const exitId = insertExit(db, {
        householdId: r.household_id,
        referralId: r.id,
        exitedOn: end,
        planned,
        reason: ending.reason,
        destination: ending.destination,
        achievingIndependence: planned ? rng.weighted([['yes', 55], ['partly', 30], ['no', 5], ['not_known', 10]] as const) : rng.weighted([['no', 50], ['not_known', 50]] as const),
        notes: '',
        stayId,
        followUpDueOn: planned ? followUpDueOn(end) : null,
        at: instant(end, 11, rng),
        by: worker,
      });
      for (const a of needs) score[a] = clampScore(score[a]! + (planned ? rng.weighted([[1, 60], [0, 35], [-1, 5]] as const) : rng.weighted([[0, 60], [-1, 40]] as const)));
      insertAssessment(db, { planId, stage: 'exit', assessedOn: end, notes: '', scores: { ...score }, at: instant(end, 11, rng), by: worker });
      setNextReview(db, planId, null, instant(end, 11, rng), worker);
      result.exits++;
      const due = planned ? followUpDueOn(end) : null;
      if (due && due <= today && rng.chance(0.8)) {
        const doneOn = addDays(due, Math.min(daysBetween(due, today), rng.int(0, 10)));
        const reached = rng.chance(0.75);
        recordFollowUp(db, exitId, { doneOn, result: reached ? 'reached' : 'not_reached', notes: '', by: worker });
        if (reached) insertAssessment(db, { planId, stage: 'follow_up', assessedOn: doneOn, notes: '', scores: { ...score }, at: instant(doneOn, 10, rng), by: worker });
        result.followUps++;
      }
      if (planned && rng.chance(0.25)) {
        const moveOnId = insertMoveOn(db, { householdId: r.household_id, referralId: r.id, startOn: end, latestEndOn: moveOnLatestEnd(end), note: 'Second-stage support', at: instant(end, 11, rng), by: worker });
        const moveOnEnd = addMonths(end, rng.int(3, 12));
        if (moveOnEnd <= today) endMoveOn(db, moveOnId, { endedOn: moveOnEnd, note: 'Support no longer needed', at: instant(moveOnEnd, 11, rng), by: worker });
      }
    }
  }
  opts.clock.set(opts.today);
  audit(ws, { action: 'seed.support', entity: 'seed', detail: `${result.episodes} episodes, ${result.contacts} contacts, ${result.exits} exits` });
  return result;
}
