import type { AssessmentStageCode, OutcomeAreaCode } from '../../../../shared/support/vocab.support';
import type { Sqlite } from '../../connection';
import { cached } from './statements';

/** A support_plans row with who last changed it. */
export interface PlanRow {
  id: number;
  household_id: number;
  referral_id: number;
  safety_plan: string;
  agreed_on: string | null;
  next_review_on: string | null;
  updated_at: string;
  updated_by_name: string | null;
}

/** The plan of an episode. */
export function planOf(db: Sqlite, referralId: number): PlanRow | null {
  return (
    (cached(db, 'SELECT p.*, u.display_name AS updated_by_name FROM support_plans p LEFT JOIN users u ON u.id = p.updated_by WHERE p.referral_id = ?')
      .get(referralId) as PlanRow | undefined) ?? null
  );
}

/** Creates an empty plan for an episode and returns its id. */
export function insertPlan(db: Sqlite, p: { householdId: number; referralId: number; at: string; by: number | null }): number {
  return Number(
    cached(db, 'INSERT INTO support_plans (household_id, referral_id, created_at, created_by, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(p.householdId, p.referralId, p.at, p.by, p.at, p.by).lastInsertRowid,
  );
}

/** Updates the plan's safety plan and dates. */
export function updatePlan(db: Sqlite, id: number, p: { safetyPlan: string; agreedOn: string | null; nextReviewOn: string | null; at: string; by: number | null }): void {
  cached(db, 'UPDATE support_plans SET safety_plan = ?, agreed_on = ?, next_review_on = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    p.safetyPlan,
    p.agreedOn,
    p.nextReviewOn,
    p.at,
    p.by,
    id,
  );
}

/** Sets only the next review date. */
export function setNextReview(db: Sqlite, id: number, nextReviewOn: string | null, at: string, by: number | null): void {
  cached(db, 'UPDATE support_plans SET next_review_on = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(nextReviewOn, at, by, id);
}

/** Need and goals per area. */
export function planAreas(db: Sqlite, planId: number): { area: OutcomeAreaCode; has_need: number; goals: string }[] {
  return cached(db, 'SELECT area, has_need, goals FROM support_plan_areas WHERE plan_id = ?').all(planId) as { area: OutcomeAreaCode; has_need: number; goals: string }[];
}

/** Replaces one area's need and goals. */
export function upsertPlanArea(db: Sqlite, planId: number, a: { area: string; hasNeed: boolean; goals: string }): void {
  cached(db, 
    `INSERT INTO support_plan_areas (plan_id, area, has_need, goals) VALUES (?, ?, ?, ?)
     ON CONFLICT (plan_id, area) DO UPDATE SET has_need = excluded.has_need, goals = excluded.goals`,
  ).run(planId, a.area, a.hasNeed ? 1 : 0, a.goals);
}

/** An outcome_assessments row with its recorder's name. */
export interface AssessmentRow {
  id: number;
  plan_id: number;
  stage: AssessmentStageCode;
  assessed_on: string;
  notes: string;
  by_name: string | null;
}

/** A plan's recordings of scores, oldest first. */
export function assessmentsOfPlan(db: Sqlite, planId: number): AssessmentRow[] {
  return cached(db, 
      `SELECT a.id, a.plan_id, a.stage, a.assessed_on, a.notes, u.display_name AS by_name FROM outcome_assessments a
       LEFT JOIN users u ON u.id = a.created_by WHERE a.plan_id = ? ORDER BY a.assessed_on, a.id`,
    )
    .all(planId) as AssessmentRow[];
}

/** The plan's recording at a one-off stage (entry, exit, follow-up), if made. */
export function assessmentAt(db: Sqlite, planId: number, stage: 'entry' | 'exit' | 'follow_up'): { id: number } | null {
  return (cached(db, 'SELECT id FROM outcome_assessments WHERE plan_id = ? AND stage = ?').get(planId, stage) as { id: number } | undefined) ?? null;
}

/** Adds a recording with its scores and returns its id. */
export function insertAssessment(
  db: Sqlite,
  a: { planId: number; stage: AssessmentStageCode; assessedOn: string; notes: string; scores: Partial<Record<OutcomeAreaCode, number>>; at: string; by: number | null },
): number {
  const id = Number(
    cached(db, 'INSERT INTO outcome_assessments (plan_id, stage, assessed_on, notes, created_at, created_by) VALUES (?, ?, ?, ?, ?, ?)')
      .run(a.planId, a.stage, a.assessedOn, a.notes, a.at, a.by).lastInsertRowid,
  );
  replaceScores(db, id, a.scores);
  return id;
}

/** Corrects a recording (used for entry scores entered wrongly): new date, notes and scores. */
export function correctAssessment(db: Sqlite, id: number, a: { assessedOn: string; notes: string; scores: Partial<Record<OutcomeAreaCode, number>> }): void {
  cached(db, 'UPDATE outcome_assessments SET assessed_on = ?, notes = ? WHERE id = ?').run(a.assessedOn, a.notes, id);
  replaceScores(db, id, a.scores);
}

function replaceScores(db: Sqlite, assessmentId: number, scores: Partial<Record<OutcomeAreaCode, number>>): void {
  cached(db, 'DELETE FROM outcome_scores WHERE assessment_id = ?').run(assessmentId);
  const add = cached(db, 'INSERT INTO outcome_scores (assessment_id, area, score) VALUES (?, ?, ?)');
  for (const [area, score] of Object.entries(scores)) if (score !== undefined) add.run(assessmentId, area, score);
}

/** Every score of a plan, keyed by recording. */
export function scoresOfPlan(db: Sqlite, planId: number): { assessment_id: number; area: OutcomeAreaCode; score: number }[] {
  return cached(db, 'SELECT s.assessment_id, s.area, s.score FROM outcome_scores s JOIN outcome_assessments a ON a.id = s.assessment_id WHERE a.plan_id = ?')
    .all(planId) as { assessment_id: number; area: OutcomeAreaCode; score: number }[];
}

/** Plans with a review date on or before `until`, of episodes that have not ended. */
export function reviewsUntil(db: Sqlite, until: string): { household_id: number; next_review_on: string }[] {
  return cached(db, 
      `SELECT p.household_id, p.next_review_on FROM support_plans p
       WHERE p.next_review_on IS NOT NULL AND p.next_review_on <= ?
         AND NOT EXISTS (SELECT 1 FROM support_exits e WHERE e.referral_id = p.referral_id)
         AND p.referral_id = (SELECT max(r.id) FROM referrals r WHERE r.household_id = p.household_id AND r.status = 'accepted')
       ORDER BY p.next_review_on`,
    )
    .all(until) as { household_id: number; next_review_on: string }[];
}
