import { AssessmentStage, OutcomeArea, OUTCOME_SCALE, type AssessmentStageCode, type OutcomeAreaCode } from './vocab.support';

/*
 * Outcome progression: the KPI "for each outcome area, the percentage of people with a need in
 * that area who made positive progress" (DOMAIN.md step 4, `001_…` 10.10).
 *
 * Definitions, precisely:
 * - A person counts in an area's denominator when their support plan records a need in that area
 *   (`hasNeed`). One plan is one person's episode of support.
 * - Only scores dated on or before `asOf` (when given) count, so a report for a period sees the
 *   record as it stood at the period's end.
 * - Scores are ordered by date; on the same date entry comes before review before exit, then by the
 *   order they were recorded (`seq`).
 * - The FIRST score is the earliest in that order (normally the entry score). The LAST score is the
 *   latest (normally the exit score, else the latest review). Follow-up scores (three months after
 *   a planned exit) measure whether progress lasted, so they are left out unless
 *   `includeFollowUp` is set, when a follow-up score is the latest of all.
 * - A person is MEASURED in an area when the first and last scores are different recordings (at
 *   least two scores). With a need but only one score they are counted as `notYetMeasured`.
 * - POSITIVE PROGRESS means last > first on the scale (higher is better in every area).
 * - percentImproved = improved / measured × 100, to one decimal place; null when nobody is measured.
 *   (Reports that prefer "of everyone with a need" can use improved / withNeed: both are given.)
 */

/** One score in one area. */
export interface ScorePoint {
  /** The date the scores were recorded (YYYY-MM-DD). */
  on: string;
  stage: AssessmentStageCode;
  score: number;
  /** Tie-breaker: the order the recordings were made (the assessment's id). */
  seq: number;
}

/** One person's plan: need and scores per area. */
export interface PersonOutcomes {
  areas: Partial<Record<OutcomeAreaCode, { hasNeed: boolean; scores: readonly ScorePoint[] }>>;
}

/** The progression in one area across people. */
export interface AreaProgress {
  withNeed: number;
  measured: number;
  notYetMeasured: number;
  improved: number;
  same: number;
  worse: number;
  percentImproved: number | null;
}

/** Options for outcomeProgression. */
export interface ProgressionOptions {
  /** Ignore scores recorded after this date. */
  asOf?: string;
  /** Let a follow-up score be the last score (default: no). */
  includeFollowUp?: boolean;
}

const STAGE_ORDER: Record<AssessmentStageCode, number> = Object.fromEntries(AssessmentStage.codes.map((c, i) => [c, i])) as Record<AssessmentStageCode, number>;

function compare(a: ScorePoint, b: ScorePoint): number {
  // Dates are YYYY-MM-DD, so comparing the strings compares the dates.
  return (a.on < b.on ? -1 : a.on > b.on ? 1 : 0) || STAGE_ORDER[a.stage] - STAGE_ORDER[b.stage] || a.seq - b.seq;
}

/**
 * The first and last scores by the rules above, or null when there are none. One pass, nothing
 * allocated but the answer: a ten-year KPI report asks this of every area of six thousand plans.
 * Among scores that order the same, the first is the earliest given and the last the latest given
 * (as a stable sort would have them).
 */
export function firstAndLast(scores: readonly ScorePoint[], opts: ProgressionOptions = {}): { first: ScorePoint; last: ScorePoint } | null {
  let first: ScorePoint | undefined;
  let last: ScorePoint | undefined;
  for (const s of scores) {
    if ((opts.asOf !== undefined && s.on > opts.asOf) || (!opts.includeFollowUp && s.stage === 'follow_up')) continue;
    if (first === undefined || compare(s, first) < 0) first = s;
    if (last === undefined || compare(s, last) >= 0) last = s;
  }
  return first === undefined ? null : { first, last: last! };
}

/** How one person's scores in one area moved: null when not measured (fewer than two scores). */
export function change(scores: readonly ScorePoint[], opts: ProgressionOptions = {}): 'improved' | 'same' | 'worse' | null {
  const fl = firstAndLast(scores, opts);
  if (!fl || fl.first === fl.last) return null;
  if (fl.last.score > fl.first.score) return 'improved';
  return fl.last.score < fl.first.score ? 'worse' : 'same';
}

/** Outcome progression for each of the seven areas. */
export function outcomeProgression(people: readonly PersonOutcomes[], opts: ProgressionOptions = {}): Record<OutcomeAreaCode, AreaProgress> {
  const out = Object.fromEntries(
    OutcomeArea.codes.map((a) => [a, { withNeed: 0, measured: 0, notYetMeasured: 0, improved: 0, same: 0, worse: 0, percentImproved: null }]),
  ) as Record<OutcomeAreaCode, AreaProgress>;
  for (const person of people) {
    for (const area of OutcomeArea.codes) {
      const entry = person.areas[area];
      if (!entry?.hasNeed) continue;
      const p = out[area];
      p.withNeed++;
      const c = change(entry.scores, opts);
      if (c === null) p.notYetMeasured++;
      else {
        p.measured++;
        p[c]++;
      }
    }
  }
  for (const p of Object.values(out)) p.percentImproved = p.measured === 0 ? null : Math.round((p.improved / p.measured) * 1000) / 10;
  return out;
}

/** Whether a number is a score on the scale. */
export function isOutcomeScore(n: number): boolean {
  return Number.isInteger(n) && n >= OUTCOME_SCALE.min && n <= OUTCOME_SCALE.max;
}
