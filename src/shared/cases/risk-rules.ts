import { z } from 'zod';
import type { ChecklistDefinition } from './dash-checklist';
import { questionNumbers } from './dash-checklist';

/*
 * Pure risk rules: checklist scoring, the risk level, potential escalation and repeat MARAC.
 * Professional judgement can raise the level the score suggests; nothing can lower a visible high
 * risk (14 or more "yes").
 */

/** An answer to one checklist question. */
export const ChecklistAnswerSchema = z.enum(['yes', 'no', 'not_known', 'not_asked']);
/** An answer to one checklist question. */
export type ChecklistAnswer = z.infer<typeof ChecklistAnswerSchema>;

/** The overall risk levels, lowest first. */
export const RISK_ORDER = ['standard', 'medium', 'high'] as const;
/** An overall risk level. */
export type RiskLevelCode = (typeof RISK_ORDER)[number];

/** The tally of a completed checklist. */
export interface ChecklistScore {
  yes: number;
  no: number;
  notKnown: number;
  notAsked: number;
  visibleHigh: boolean;
}

/** Counts the answers. Unanswered questions count as not asked. */
export function scoreChecklist(def: ChecklistDefinition, answers: Record<string, ChecklistAnswer | undefined>): ChecklistScore {
  const score = { yes: 0, no: 0, notKnown: 0, notAsked: 0 };
  for (const n of questionNumbers(def)) {
    const a = answers[String(n)] ?? 'not_asked';
    if (a === 'yes') score.yes++;
    else if (a === 'no') score.no++;
    else if (a === 'not_known') score.notKnown++;
    else score.notAsked++;
  }
  return { ...score, visibleHigh: score.yes >= def.highRiskThreshold };
}

/**
 * The level the score alone suggests: high at the threshold (visible high risk), medium within
 * four of it, standard below. Services differ on the medium band; this is the common practice.
 */
export function suggestedLevel(def: ChecklistDefinition, score: ChecklistScore): RiskLevelCode {
  if (score.visibleHigh) return 'high';
  if (score.yes >= def.highRiskThreshold - 4) return 'medium';
  return 'standard';
}

/** The result of applying professional judgement. */
export interface LevelDecision {
  level: RiskLevelCode;
  suggested: RiskLevelCode;
  /** True when judgement changed the suggested level. */
  byJudgement: boolean;
  /** A reason is required when the level differs from the suggestion. */
  reasonRequired: boolean;
}

/**
 * Applies professional judgement. Judgement may raise any level and may lower a medium
 * suggestion with a reason, but a visible high risk always stays high.
 */
export function decideLevel(def: ChecklistDefinition, score: ChecklistScore, judgement: RiskLevelCode | null): LevelDecision {
  const suggested = suggestedLevel(def, score);
  if (!judgement || score.visibleHigh) return { level: suggested, suggested, byJudgement: false, reasonRequired: false };
  return { level: judgement, suggested, byJudgement: judgement !== suggested, reasonRequired: judgement !== suggested };
}

/** Compares levels. */
export function riskRank(level: RiskLevelCode): number {
  return RISK_ORDER.indexOf(level);
}

function monthsBefore(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/** The local setting behind potential escalation: N incidents within M months. */
export interface EscalationSetting {
  incidents: number;
  months: number;
}

/** The default potential-escalation setting: 3 incidents in 12 months. */
export const DEFAULT_ESCALATION: EscalationSetting = { incidents: 3, months: 12 };

/** Whether there were at least N incidents in the M months up to and including `today`. */
export function potentialEscalation(incidentDates: readonly string[], today: string, setting: EscalationSetting = DEFAULT_ESCALATION): boolean {
  const from = monthsBefore(today, setting.months);
  return incidentDates.filter((d) => d > from && d <= today).length >= setting.incidents;
}

/**
 * Repeat MARAC: a new incident within 12 months of the last MARAC referral (after the referral,
 * not before it).
 */
export function repeatMarac(lastMaracReferral: string | null, incidentDates: readonly string[]): boolean {
  if (!lastMaracReferral) return false;
  const until = monthsBefore(lastMaracReferral, -12);
  return incidentDates.some((d) => d > lastMaracReferral && d <= until);
}

/** Why a MARAC referral is due, in plain English (empty when it is not). */
export function maracReasons(args: { score: ChecklistScore; level: RiskLevelCode; escalation: boolean; repeat: boolean }): string[] {
  const reasons: string[] = [];
  if (args.score.visibleHigh) reasons.push(`visible high risk (${args.score.yes} “yes” answers)`);
  else if (args.level === 'high') reasons.push('high risk by professional judgement');
  if (args.escalation) reasons.push('potential escalation');
  if (args.repeat) reasons.push('repeat incident within 12 months of the last MARAC referral');
  return reasons;
}
