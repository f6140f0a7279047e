import { type NotAcceptedReasonCode, type RefusalReasonCode, type TenureCode } from '../../shared/sanctuary/vocab.sanctuary';
import { caseTotalPence, needsCouncilApproval } from '../../shared/sanctuary/rules';
import { londonDate } from '../../shared/time/london';
import { addWorkingDays, type WorkingCalendar } from '../../shared/working-days/working-days';
import { insertApproval } from '../db/repos/sanctuary/approvals.repo';
import { insertAssessment } from '../db/repos/sanctuary/assessments.repo';
import { approveMeasure, fitMeasure, insertMeasure, measuresOf, refuseMeasure } from '../db/repos/sanctuary/measures.repo';
import { listRates } from '../db/repos/sanctuary/rates.repo';
import { closeCase, insertCase, setNotAcceptedReason, updateHome } from '../db/repos/sanctuary/sanctuary-cases.repo';
import { loadCalendar } from '../services/sanctuary/calendar.service';
import { requestMeasure } from '../services/sanctuary/measures.service';
import { decideSanctuary, referToSanctuary as referToSanctuaryService, referToWaitingList } from '../services/sanctuary/refer.service';
import { ReferralCaptureSchema, type ReferralCapture } from '../../shared/cases/schemas/referral';
import { audit, requireDb, requireSession, type Workspace } from '../services/workspace';
import type { Rng } from './rng';
import type { SeedClock } from './seed-clock';

/*
 * Demonstration sanctuary cases for the referrals the cases seed took for the scheme: the home's
 * tenure and the landlord's permission, the risk assessment's parts by the police, the fire and
 * rescue service and the domestic abuse practitioner, measures from the schedule of rates —
 * approved (by the council where the rules need it), fitted, or refused with a reason — and cases
 * closed when their work was done. A few recent cases are left waiting (a risk assessment not yet
 * started, a measure awaiting the council) so the due and overdue lists have something in them,
 * and one household whose home stopped being safe is referred to the waiting list through the
 * real service.
 *
 * Rows are written straight through the repositories, obeying the same rules the services apply
 * (no fitting without the council's approval, the fire check or the landlord's permission), inside
 * seed-demo's transaction, with one audit entry for the whole seed. Every date is on or before
 * today.
 */

/** What was made, for seed-demo's summary. */
export interface SeededSanctuary {
  cases: number;
  measures: number;
  fitted: number;
  approvals: number;
  /** One line for the summary. */
  summary: string;
}

interface ReferralToSeed {
  id: number;
  household_id: number;
  received_at: string;
  status: string;
  accepted_to: string | null;
  not_supported_reason: string | null;
  decided_at: string | null;
}

const TENURES: readonly (readonly [TenureCode, number])[] = [
  ['council', 30],
  ['housing_association', 25],
  ['private_rented', 22],
  ['owner', 15],
  ['other', 8],
];

const LANDLORDS: Record<TenureCode, string> = {
  owner: '',
  council: 'Harbourtown Council housing',
  housing_association: 'Estuary Homes',
  private_rented: 'Private landlord (via letting agent)',
  other: 'Her mother (owner)',
};

/** Which measures a household usually gets: rate names by weight, with a quantity. */
const PACKAGES: readonly (readonly [readonly (readonly [string, number])[], number])[] = [
  [[['lock_change', 1], ['door_chain', 1], ['spy_hole', 1]], 30],
  [[['lock_change', 1], ['window_locks', 4], ['personal_alarm', 1]], 20],
  [[['mortice_lock', 2], ['fire_safety', 1]], 15],
  [[['lock_change', 1], ['cctv', 1]], 12],
  [[['dead_lock', 1], ['door_brace', 1], ['security_lights', 2]], 10],
  [[['fire_letterbox', 1], ['lock_change', 1], ['personal_alarm', 1]], 8],
  [[['window_locks', 6], ['fencing', 12], ['gates', 1]], 5],
];

const REFUSALS: readonly (readonly [RefusalReasonCode, number])[] = [
  ['household_declined', 40],
  ['not_needed', 20],
  ['landlord_refused', 15],
  ['moved_out', 10],
  ['other', 15],
];

const ASSESSORS = ['PC Dawn Hollis', 'PC Marcus Fenn', 'Watch Manager Ali Crane', 'Station Officer Jo Pike', 'Sophie Turner', 'Priya Desai', 'Tenancy officer R. Shah'];

function latest(a: string, b: string): string {
  return a > b ? a : b;
}

/** Seeds sanctuary cases for the referrals that asked for the scheme. */
export function seedSanctuary(ws: Workspace, opts: { rng: Rng; clock: SeedClock; today: Date; scale: 'small' | 'large' }): SeededSanctuary {
  const db = requireDb(ws);
  const { rng } = opts;
  const by = requireSession(ws).userId;
  const today = londonDate(opts.today);
  const cal = loadCalendar(db);
  const rates = new Map(listRates(db).map((r) => [r.kind, r]));
  const referrals = db
    .prepare(
      `SELECT r.id, r.household_id, r.received_at, r.status, r.accepted_to, r.not_supported_reason, r.decided_at
         FROM referrals r
        WHERE EXISTS (SELECT 1 FROM json_each(r.requests) WHERE value = 'sanctuary')
          AND NOT EXISTS (SELECT 1 FROM sanctuary_cases c WHERE c.referral_id = r.id)
        ORDER BY r.received_at, r.id`,
    )
    .all() as ReferralToSeed[];
  const planOn = db.prepare('SELECT agreed_on FROM support_plans WHERE referral_id = ?');
  const result = { cases: 0, measures: 0, fitted: 0, approvals: 0 };
  const openWithFittings: number[] = [];

  for (const r of referrals) {
    const received = londonDate(r.received_at);
    const createdAt = r.received_at;
    const tenure = rng.weighted(TENURES);
    const permission = tenure === 'owner' ? 'not_needed' : rng.weighted([['obtained', 75], ['awaited', 10], ['refused', 8], ['not_to_be_told', 7]] as const);
    const landlordNote =
      permission === 'refused' ? 'The landlord will not allow changes to the doors.' : permission === 'not_to_be_told' ? 'She does not want the landlord to know: he is a friend of the perpetrator.' : '';
    const home = {
      tenure,
      landlordName: LANDLORDS[tenure],
      landlordContact: '',
      landlordPermission: permission,
      landlordPermissionOn: permission === 'obtained' || permission === 'refused' ? received : null,
      landlordNote,
    } as const;
    const caseId = insertCase(db, { householdId: r.household_id, referralId: r.id, home, by, at: createdAt });
    result.cases++;

    if (r.status === 'not_supported' || (r.status === 'accepted' && r.accepted_to !== 'sanctuary')) {
      const mapped: NotAcceptedReasonCode =
        r.not_supported_reason === 'unable_to_contact'
          ? 'unable_to_contact'
          : r.not_supported_reason === 'declined_offer'
            ? 'declined'
            : r.not_supported_reason === 'proximity_to_perpetrator'
              ? 'perpetrator_at_property'
              : rng.pick(['risk_too_high', 'property_unsuitable', 'outside_area', 'other'] as const);
      setNotAcceptedReason(db, caseId, mapped, by, createdAt);
      continue;
    }

    // The risk assessment: usually started within two working days; a few recent referrals not yet.
    if (daysAgo(received, today) < 6 && rng.chance(0.5)) continue;
    const riskStart = minDate(addWorkingDays(cal, received, rng.weighted([[0, 20], [1, 40], [2, 30], [3, 7], [5, 3]] as const)), today);
    const worker = rng.pick(ASSESSORS.slice(4, 6));
    insertAssessment(db, assessment(caseId, 'case_risk', 'da_practitioner', worker, riskStart, minDate(addWorkingDays(cal, riskStart, 1), today), null, 'DASH completed with her; safety planning discussed.'), by, createdAt);
    const surveyOn = minDate(addWorkingDays(cal, riskStart, rng.int(1, 3)), today);
    insertAssessment(db, assessment(caseId, 'property', 'police', rng.pick(ASSESSORS.slice(0, 2)), surveyOn, surveyOn, null, 'Crime prevention survey: front door weak, rear access via alley.'), by, createdAt);
    const fireOn = minDate(addWorkingDays(cal, surveyOn, rng.int(0, 3)), today);
    const outcome = rng.chance(0.8) ? rng.weighted([['safe', 70], ['safe_with_conditions', 25], ['unsafe', 5]] as const) : null;
    if (outcome) {
      insertAssessment(
        db,
        assessment(caseId, 'fire_safety', 'fire_service', rng.pick(ASSESSORS.slice(2, 4)), fireOn, fireOn, outcome, outcome === 'safe_with_conditions' ? 'Thumb-turn on the inside of any dead lock; keys kept by the door.' : 'Home fire safety visit; smoke alarms tested.'),
        by,
        createdAt,
      );
    }
    if (r.status !== 'accepted' || !r.decided_at) continue;
    const accepted = londonDate(r.decided_at);

    // The needs assessment, a few working days before the support plan the support seed agreed.
    const plan = (planOn.get(r.id) as { agreed_on: string | null } | undefined)?.agreed_on ?? null;
    const needsOn = plan ? latest(received, back(cal, plan, rng.weighted([[1, 40], [3, 35], [5, 15], [7, 10]] as const))) : rng.chance(0.6) ? minDate(addWorkingDays(cal, riskStart, 1), today) : null;
    updateHome(db, caseId, home, needsOn && needsOn <= today ? needsOn : null, by, createdAt);

    // Measures: a package from the schedule, requested on the survey day.
    const requestOn = latest(surveyOn, accepted);
    if (requestOn > today) continue;
    for (const [kind, qty] of rng.weighted(PACKAGES)) {
      const rate = rates.get(kind as never);
      if (!rate) continue;
      insertMeasure(
        db,
        {
          caseId,
          rateId: rate.id,
          kind: rate.kind,
          name: rate.name,
          level: rate.level,
          quantity: qty,
          unit: rate.unit,
          unitCostPence: rate.unitCostPence,
          needsFireCheck: rate.needsFireCheck,
          altersProperty: rate.altersProperty,
          location: kind === 'window_locks' ? 'Ground-floor windows' : kind.includes('lock') ? 'Front door' : '',
          notes: '',
          requestedOn: requestOn,
        },
        by,
        createdAt,
      );
      result.measures++;
    }

    // Approval: the service for lower-level measures within £100; the council for the rest.
    let measures = measuresOf(db, caseId);
    const total = caseTotalPence(measures);
    const needCouncil = measures.filter((m) => needsCouncilApproval(m.level, total));
    const serviceApprovalOn = minDate(addWorkingDays(cal, requestOn, rng.int(0, 1)), today);
    const waitingForCouncil = daysAgo(requestOn, today) < 12 && rng.chance(0.5);
    if (needCouncil.length > 0 && !waitingForCouncil) {
      const councilOn = minDate(addWorkingDays(cal, requestOn, rng.int(2, 8)), today);
      const approvalId = insertApproval(
        db,
        { caseId, approvedOn: councilOn, reference: `HC/SAN/${councilOn.slice(0, 4)}/${String(caseId).padStart(4, '0')}`, officer: 'Housing options officer', amountPence: null, note: '' },
        by,
        createdAt,
      );
      result.approvals++;
      for (const m of needCouncil) approveMeasure(db, m.id, councilOn, approvalId, by, createdAt);
    }
    for (const m of measures) if (!needsCouncilApproval(m.level, total)) approveMeasure(db, m.id, serviceApprovalOn, null, by, createdAt);

    // Fitting (or refusal), obeying the same rules as the service.
    measures = measuresOf(db, caseId);
    const fireOk = outcome === 'safe' || outcome === 'safe_with_conditions';
    let fittedAny = false;
    for (const m of measures) {
      if (m.status !== 'approved') continue;
      const start = m.approvedOn!;
      const fitOn = addWorkingDays(cal, start, rng.weighted([[1, 20], [2, 25], [3, 20], [4, 15], [5, 10], [7, 7], [10, 3]] as const));
      const landlordBlocks = m.altersProperty && (permission === 'refused' || permission === 'not_to_be_told');
      if (landlordBlocks) {
        refuseMeasure(db, m.id, { refusedOn: latest(start, minDate(fitOn, today)), reason: permission === 'refused' ? 'landlord_refused' : 'landlord_not_told', note: '' }, by, createdAt);
        continue;
      }
      if (fitOn > today || (m.altersProperty && permission === 'awaited')) continue;
      if (m.needsFireCheck && (!fireOk || fireOn > fitOn)) {
        if (rng.chance(0.5)) refuseMeasure(db, m.id, { refusedOn: fitOn, reason: 'fire_safety', note: 'Not fitted without the fire service’s check.' }, by, createdAt);
        continue;
      }
      if (rng.chance(0.08)) {
        refuseMeasure(db, m.id, { refusedOn: fitOn, reason: rng.weighted(REFUSALS), note: 'She changed her mind.' }, by, createdAt);
        continue;
      }
      const cost = Math.round(m.estimatePence * (0.9 + rng.next() * 0.2));
      // A fitting whose real cost tips the case over £100 would need the council: fit at the estimate then.
      const fitCost = !m.councilApprovalId && needsCouncilApproval(m.level, caseTotalPence(measuresOf(db, caseId).map((x) => (x.id === m.id ? { ...x, status: 'fitted' as const, costPence: cost } : x)))) ? m.estimatePence : cost;
      fitMeasure(db, m.id, { fittedOn: fitOn, costPence: fitCost, fittedBy: rng.pick(['SecureHome Ltd', 'Council repairs team', 'Harbour Locks']), instructions: 'Shown how to use it; spare keys kept by the door.', approvedOn: start }, by, createdAt);
      result.fitted++;
      fittedAny = true;
    }

    // Cases whose work is done and a couple of months old are closed.
    measures = measuresOf(db, caseId);
    const settled = measures.every((m) => m.status === 'fitted' || m.status === 'refused');
    const lastWork = measures.map((m) => m.fittedOn ?? m.refusedOn ?? m.requestedOn).sort().pop() ?? requestOn;
    if (settled && daysAgo(lastWork, today) > 60) {
      closeCase(db, caseId, { closedOn: minDate(addDaysPlain(lastWork, rng.int(20, 60)), today), reason: rng.weighted([['completed', 85], ['moved_away', 8], ['withdrawn', 7]] as const), note: '', waitingReferralId: null }, by, createdAt);
    } else if (fittedAny && daysAgo(accepted, today) < 120) {
      openWithFittings.push(caseId);
    }
  }

  // One household (three at the large scale) whose home is no longer safe: through the real service.
  const moves = openWithFittings.slice(-(opts.scale === 'large' ? 3 : 1));
  for (const caseId of moves) {
    opts.clock.set(new Date(opts.today.getTime() - rng.int(1, 3) * 86_400_000));
    referToWaitingList(ws, { caseId, reason: 'The perpetrator has been released and has been seen outside the house twice this week.', urgency: 'unsafe_home' });
  }

  // Two fresh referrals through the real services, so the due list always has something in it: one
  // received three working days ago with no risk assessment yet (overdue), and one accepted
  // yesterday whose CCTV waits for the council's approval.
  const fresh = back(cal, today, 3);
  opts.clock.set(`${fresh}T10:30:00Z`);
  referToSanctuaryService(ws, { from: 'new', referral: demoReferral(`${fresh}T10:30:00Z`, 'Nadia Karim', 'housing'), home: { tenure: 'council', landlordName: LANDLORDS.council, landlordContact: '', landlordPermission: 'obtained', landlordPermissionOn: fresh, landlordNote: '' } });
  const yesterday = back(cal, today, 1);
  opts.clock.set(`${yesterday}T09:15:00Z`);
  const waiting = referToSanctuaryService(ws, { from: 'new', referral: demoReferral(`${yesterday}T09:15:00Z`, 'Joanna Price', 'police'), home: { tenure: 'owner', landlordName: '', landlordContact: '', landlordPermission: 'not_needed', landlordPermissionOn: null, landlordNote: '' } });
  decideSanctuary(ws, { caseId: waiting.caseId, outcome: 'accepted', note: '' });
  const cctv = rates.get('cctv');
  if (cctv) {
    requestMeasure(ws, { caseId: waiting.caseId, rateId: cctv.id, quantity: 1, unitCostPence: null, location: 'Front and back of the house', requestedOn: yesterday, notes: '' });
    result.measures++;
  }
  result.cases += 2;
  opts.clock.set(opts.today);

  audit(ws, { action: 'seed.sanctuary', entity: 'sanctuary_case', detail: `${result.cases} cases, ${result.measures} measures, ${result.fitted} fitted` });
  return { ...result, summary: `sanctuary: ${result.cases} cases, ${result.measures} measures (${result.fitted} fitted), ${result.approvals} council approvals, ${moves.length} referred on to safe accommodation` };
}

function demoReferral(receivedAt: string, name: string, source: 'housing' | 'police'): ReferralCapture {
  return ReferralCaptureSchema.parse({ receivedAt, source, name, requests: ['sanctuary'], urgency: 'unsafe_home', notes: 'Wants to stay at home with better security.' });
}

function assessment(caseId: number, part: 'case_risk' | 'property' | 'fire_safety', agency: 'police' | 'fire_service' | 'da_practitioner', assessor: string, startedOn: string, completedOn: string, outcome: 'safe' | 'safe_with_conditions' | 'unsafe' | null, findings: string) {
  return { caseId, part, agency, assessor, startedOn, completedOn, outcome, findings };
}

function minDate(a: string, b: string): string {
  return a < b ? a : b;
}

function daysAgo(date: string, today: string): number {
  return Math.round((Date.parse(`${today}T00:00:00Z`) - Date.parse(`${date}T00:00:00Z`)) / 86_400_000);
}

function addDaysPlain(date: string, n: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
}

/** The working day n working days before a date. */
function back(cal: WorkingCalendar, date: string, n: number): string {
  let d = date;
  let left = n;
  while (left > 0) {
    d = addDaysPlain(d, -1);
    if (cal.isWorkingDay(d)) left--;
  }
  return d;
}
