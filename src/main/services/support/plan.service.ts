import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { change, firstAndLast, type ScorePoint } from '../../../shared/support/outcomes';
import type { PlanSaveInputSchema, PlanView, ScoresInputSchema } from '../../../shared/support/schemas/plan.schema';
import { reviewStatus } from '../../../shared/support/support-dates';
import { OutcomeArea, type AssessmentStageCode, type OutcomeAreaCode } from '../../../shared/support/vocab.support';
import type { Sqlite } from '../../db/connection';
import {
  assessmentAt,
  assessmentsOfPlan,
  correctAssessment,
  insertAssessment,
  insertPlan,
  planAreas,
  planOf,
  scoresOfPlan,
  setNextReview,
  updatePlan,
  upsertPlanArea,
} from '../../db/repos/support/plans.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { findEpisode, requireEpisode, requireOpen, type Episode } from './episode.service';
import { notBefore, notFuture, todayOf } from './support-common';

/** The plan of an episode, created (empty) when it has none yet. Call inside a transaction. */
export function ensurePlan(ws: Workspace, ep: Episode): number {
  const db = requireDb(ws);
  const existing = planOf(db, ep.referral.id);
  if (existing) return existing.id;
  return insertPlan(db, { householdId: ep.household.id, referralId: ep.referral.id, at: nowIso(ws), by: requireSession(ws).userId });
}

/** Each area's scores as points for the outcome rules. */
export function pointsByArea(db: Sqlite, planId: number): Map<OutcomeAreaCode, ScorePoint[]> {
  const stages = new Map(assessmentsOfPlan(db, planId).map((a) => [a.id, a]));
  const out = new Map<OutcomeAreaCode, ScorePoint[]>();
  for (const s of scoresOfPlan(db, planId)) {
    const a = stages.get(s.assessment_id)!;
    const list = out.get(s.area) ?? [];
    list.push({ on: a.assessed_on, stage: a.stage, score: s.score, seq: a.id });
    out.set(s.area, list);
  }
  return out;
}

/** The plan panel: needs, goals, scores and how each area has moved. */
export function getPlan(ws: Workspace, householdId: number): PlanView {
  const db = requireDb(ws);
  const ep = findEpisode(ws, householdId);
  audit(ws, { action: 'support.view', entity: 'household', entityId: householdId, detail: 'plan' });
  if (!ep) return { episode: null, plan: null, assessments: [] };
  const plan = planOf(db, ep.referral.id);
  if (!plan) return { episode: ep.summary, plan: null, assessments: [] };
  const stored = new Map(planAreas(db, plan.id).map((a) => [a.area, a]));
  const points = pointsByArea(db, plan.id);
  const scores = scoresOfPlan(db, plan.id);
  return {
    episode: ep.summary,
    plan: {
      id: plan.id,
      areas: OutcomeArea.codes.map((area) => {
        const fl = firstAndLast(points.get(area) ?? []);
        return {
          area,
          hasNeed: stored.get(area)?.has_need === 1,
          goals: stored.get(area)?.goals ?? '',
          change: change(points.get(area) ?? []),
          first: fl?.first.score ?? null,
          latest: fl?.last.score ?? null,
        };
      }),
      safetyPlan: plan.safety_plan,
      agreedOn: plan.agreed_on,
      nextReviewOn: plan.next_review_on,
      reviewStatus: ep.exit ? null : reviewStatus(plan.next_review_on, todayOf(ws)),
      updatedAt: plan.updated_at,
      updatedBy: plan.updated_by_name,
    },
    assessments: assessmentsOfPlan(db, plan.id).map((a) => ({
      id: a.id,
      stage: a.stage,
      assessedOn: a.assessed_on,
      notes: a.notes,
      by: a.by_name,
      scores: Object.fromEntries(scores.filter((s) => s.assessment_id === a.id).map((s) => [s.area, s.score])),
    })),
  };
}

/** Saves the plan: needs and goals per area, the safety plan, when it was agreed and the next review. */
export function savePlan(ws: Workspace, input: z.output<typeof PlanSaveInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  requireOpen(ep, 'the plan');
  notFuture(ws, input.agreedOn, 'agreedOn', 'The date the plan was agreed');
  notBefore(input.agreedOn, ep.receivedOn, 'agreedOn', 'The plan cannot be agreed before the referral arrived.');
  let id = 0;
  db.transaction(() => {
    id = ensurePlan(ws, ep);
    for (const a of input.areas) upsertPlanArea(db, id, a);
    updatePlan(db, id, { safetyPlan: input.safetyPlan, agreedOn: input.agreedOn, nextReviewOn: input.nextReviewOn, at: nowIso(ws), by: requireSession(ws).userId });
    const needs = input.areas.filter((a) => a.hasNeed).length;
    audit(ws, { action: 'support.plan.save', entity: 'household', entityId: ep.household.id, detail: `${ep.referral.reference}, ${needs} area(s) of need` });
  })();
  return { id };
}

/**
 * Records outcome scores at entry or at a review. Entry is recorded once: recording it again
 * corrects it (audited as a correction). A review sets the date of the next one.
 */
export function recordScores(ws: Workspace, input: z.output<typeof ScoresInputSchema>): { id: number } {
  const db = requireDb(ws);
  const ep = requireEpisode(ws, input.householdId);
  requireOpen(ep, 'outcome scores');
  notFuture(ws, input.assessedOn, 'assessedOn', 'The date of the scores');
  notBefore(input.assessedOn, ep.receivedOn, 'assessedOn', 'Scores cannot be dated before the referral arrived.');
  if (ep.exit && input.assessedOn > ep.exit.exited_on && input.stage === 'entry') {
    throw new AppError('INVALID_INPUT', 'Entry scores cannot be dated after the exit.', { assessedOn: 'After the exit.' });
  }
  let id = 0;
  db.transaction(() => {
    const planId = ensurePlan(ws, ep);
    const by = requireSession(ws).userId;
    const stage: AssessmentStageCode = input.stage;
    const existing = stage === 'entry' ? assessmentAt(db, planId, 'entry') : null;
    if (existing) {
      correctAssessment(db, existing.id, { assessedOn: input.assessedOn, notes: input.notes, scores: input.scores });
      id = existing.id;
      audit(ws, { action: 'support.scores.correct', entity: 'household', entityId: ep.household.id, detail: `entry scores of ${ep.referral.reference}` });
    } else {
      id = insertAssessment(db, { planId, stage, assessedOn: input.assessedOn, notes: input.notes, scores: input.scores, at: nowIso(ws), by });
      audit(ws, { action: `support.scores.${stage}`, entity: 'household', entityId: ep.household.id, detail: `${Object.keys(input.scores).length} area(s)` });
    }
    if (stage === 'review' || input.nextReviewOn !== null) setNextReview(db, planId, input.nextReviewOn, nowIso(ws), by);
  })();
  return { id };
}
