import type { z } from 'zod';
import { futureDateProblem } from '../../../shared/cases/date-rules';
import { decideLevel, maracReasons, potentialEscalation, repeatMarac, scoreChecklist, type ChecklistAnswer } from '../../../shared/cases/risk-rules';
import type { IncidentInputSchema, MaracInputSchema, RiskAssessmentInputSchema } from '../../../shared/cases/schemas/risk';
import { AppError } from '../../../shared/errors';
import { londonDate } from '../../../shared/time/london';
import { setHouseholdRisk } from '../../db/repos/cases/households.repo';
import { getReferral, setReferralStatus } from '../../db/repos/cases/referrals.repo';
import { incidentsOf, insertAssessment, insertIncident, maracOf, saveMarac } from '../../db/repos/cases/risk.repo';
import { getSettings } from '../settings.service';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { openCase } from './case-access';
import { checklist } from './checklist.service';

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

/** Escalation and repeat-MARAC flags for a household as of today. */
export function riskFlags(ws: Workspace, householdId: number): { escalation: boolean; repeat: boolean } {
  const db = requireDb(ws);
  const settings = getSettings(ws);
  const today = londonDate(ws.deps.clock.now());
  const incidents = incidentsOf(db, householdId).map((i) => i.occurred_on);
  const lastMarac = maracOf(db, householdId)[0]?.referred_on ?? null;
  return {
    escalation: potentialEscalation(incidents, today, { incidents: settings.escalationIncidents, months: settings.escalationMonths }),
    repeat: repeatMarac(lastMarac, incidents),
  };
}

/**
 * Records an assessment (or a reassessment: the history is kept). The level comes from the score
 * and professional judgement; a level that differs from the score's suggestion needs a reason.
 */
export function assess(ws: Workspace, input: z.output<typeof RiskAssessmentInputSchema>): { id: number; level: string; maracReasons: string[] } {
  const db = requireDb(ws);
  const def = checklist(ws);
  const referral = getReferral(db, input.referralId);
  if (!referral) throw new AppError('NOT_FOUND', 'That referral does not exist.');
  const household = openCase(ws, referral.household_id);
  const valid = new Set(def.groups.flatMap((g) => g.questions.map((q) => String(q.number))));
  for (const key of Object.keys(input.answers)) if (!valid.has(key)) throw invalid(`answers.${key}`, `There is no question ${key} on this checklist.`);
  const answers = input.answers as Record<string, ChecklistAnswer>;
  const score = scoreChecklist(def, answers);
  const decision = decideLevel(def, score, input.judgementLevel);
  if (input.judgementLevel && score.visibleHigh && input.judgementLevel !== 'high') {
    throw invalid('judgementLevel', `${score.yes} “yes” answers is visible high risk: professional judgement cannot lower it.`);
  }
  if (decision.reasonRequired && input.reason.trim() === '') {
    throw invalid('reason', `Say why the level is ${decision.level} when the score suggests ${decision.suggested}.`);
  }
  const flags = riskFlags(ws, household.id);
  const reasons = maracReasons({ score, level: decision.level, escalation: flags.escalation, repeat: flags.repeat });
  let id = 0;
  db.transaction(() => {
    id = insertAssessment(db, {
      householdId: household.id,
      referralId: referral.id,
      assessedAt: nowIso(ws),
      assessedBy: requireSession(ws).userId,
      checklistId: def.id,
      answers,
      yesCount: score.yes,
      visibleHigh: score.visibleHigh,
      suggestedLevel: decision.suggested,
      level: decision.level,
      byJudgement: decision.byJudgement,
      reason: input.reason,
      escalation: flags.escalation,
      repeatMarac: flags.repeat,
      holistic: input.holistic,
      primaryNeed: input.primaryNeed,
      secondaryNeeds: input.secondaryNeeds.filter((n) => n !== input.primaryNeed),
    });
    setHouseholdRisk(db, household.id, decision.level);
    if (referral.status === 'new') setReferralStatus(db, referral.id, 'in_progress', nowIso(ws));
    audit(ws, { action: 'risk.assess', entity: 'household', entityId: household.id, detail: `level ${decision.level}, score ${score.yes}` });
  })();
  return { id, level: decision.level, maracReasons: reasons };
}

/** Adds an incident (feeds potential escalation and repeat MARAC). */
export function addIncident(ws: Workspace, input: z.output<typeof IncidentInputSchema>): { id: number } {
  const db = requireDb(ws);
  openCase(ws, input.householdId);
  const future = futureDateProblem(input.occurredOn, londonDate(ws.deps.clock.now()), 'The incident date');
  if (future) throw invalid('occurredOn', future);
  let id = 0;
  db.transaction(() => {
    id = insertIncident(db, { householdId: input.householdId, occurredOn: input.occurredOn, notes: input.notes, by: requireSession(ws).userId, at: nowIso(ws) });
    audit(ws, { action: 'incident.add', entity: 'household', entityId: input.householdId });
  })();
  return { id };
}

/** Adds or updates a MARAC referral record. */
export function saveMaracReferral(ws: Workspace, input: z.output<typeof MaracInputSchema>): { id: number } {
  const db = requireDb(ws);
  openCase(ws, input.householdId);
  const future = futureDateProblem(input.referredOn, londonDate(ws.deps.clock.now()), 'The referral date');
  if (future) throw invalid('referredOn', future);
  let id = 0;
  db.transaction(() => {
    id = saveMarac(db, { id: input.maracId, householdId: input.householdId, referredOn: input.referredOn, meetingOn: input.meetingOn, actions: input.actions, by: requireSession(ws).userId, at: nowIso(ws) });
    audit(ws, { action: input.maracId ? 'marac.update' : 'marac.refer', entity: 'household', entityId: input.householdId });
  })();
  return { id };
}
