import type { RiskLevelCode } from './risk-rules';

/*
 * The waiting-list priority: a transparent sum of named parts, so a manager can see exactly why
 * one household is above another, plus any adjustment a manager made with a recorded reason.
 */

/** Current accommodation urgency codes (see AccommodationUrgency in vocab.ts). */
export type UrgencyCode = 'emergency' | 'temporary' | 'unsafe_home' | 'stable' | 'not_known';

const RISK_POINTS: Record<RiskLevelCode | 'none', number> = { high: 300, medium: 200, standard: 100, none: 100 };
const URGENCY_POINTS: Record<UrgencyCode, number> = { emergency: 150, unsafe_home: 100, temporary: 60, not_known: 30, stable: 0 };
/** Points per whole day waited, up to a cap so waiting never outweighs risk entirely. */
export const POINTS_PER_DAY = 2;
/** Waiting counts for at most this many days. */
export const MAX_WAIT_DAYS = 90;

/** One named part of a priority. */
export interface PriorityPart {
  label: string;
  points: number;
}

/** A priority with its explanation. */
export interface Priority {
  total: number;
  parts: PriorityPart[];
}

/** Works out a household's priority on the waiting list. */
export function waitingPriority(args: {
  riskLevel: RiskLevelCode | null;
  urgency: UrgencyCode;
  waitingSince: Date;
  now: Date;
  adjustments: readonly { points: number; reason: string }[];
}): Priority {
  const days = Math.max(0, Math.floor((args.now.getTime() - args.waitingSince.getTime()) / 86_400_000));
  const waited = Math.min(days, MAX_WAIT_DAYS);
  const parts: PriorityPart[] = [
    { label: `Risk: ${args.riskLevel ?? 'not yet assessed'}`, points: RISK_POINTS[args.riskLevel ?? 'none'] },
    { label: `Current accommodation: ${args.urgency.replace('_', ' ')}`, points: URGENCY_POINTS[args.urgency] },
    { label: `Waiting ${days} day${days === 1 ? '' : 's'}${days > MAX_WAIT_DAYS ? ` (counted up to ${MAX_WAIT_DAYS})` : ''}`, points: waited * POINTS_PER_DAY },
    ...args.adjustments.map((a) => ({ label: `Manager’s adjustment: ${a.reason}`, points: a.points })),
  ];
  return { total: parts.reduce((s, p) => s + p.points, 0), parts };
}

/** What the waiting list is ordered by: the priority total and when the wait began (ISO instant). */
export interface WaitingOrderKey {
  priority: number;
  waitingSince: string;
}

/** Highest priority first; on equal priority, whoever has been waiting longest. */
export function compareWaiting(a: WaitingOrderKey, b: WaitingOrderKey): number {
  return b.priority - a.priority || a.waitingSince.localeCompare(b.waitingSince);
}

/** The waiting list in priority order (a sorted copy; the input is left as it was). */
export function orderWaitingList<T extends WaitingOrderKey>(entries: readonly T[]): T[] {
  return [...entries].sort(compareWaiting);
}
