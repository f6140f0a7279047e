import type { LEAVE_TYPES, STAFF_ROLES } from '../../../../shared/rota/schemas/staff.schema';
import type { CoverRole, ShiftKind } from '../../../../shared/rota/schemas/shift-type.schema';
import type { SwapState } from '../../../../shared/rota/schemas/swap.schema';
import type { WtrRule } from '../../../../shared/rota/schemas/resolved.schema';

/*
 * Plain-English words for the rota's codes, as the screens show them.
 */

/** Kinds of shift. */
export const SHIFT_KIND_LABELS: Record<ShiftKind, string> = {
  office_day: 'Office day',
  evening: 'Evening',
  sleep_in: 'Sleep-in',
  waking_night: 'Waking night',
  on_call_phone: 'On-call phone',
  manager_on_call: 'Manager on call',
  other: 'Other',
};

/** What a shift covers. */
export const COVER_ROLE_LABELS: Record<CoverRole, string> = {
  office: 'Office',
  phone: 'Phone',
  manager_on_call: 'Manager on call',
};

/** Kinds of leave. Colleagues see sick and parental leave as "unavailable" (the server hides it). */
export const LEAVE_TYPE_LABELS: Record<(typeof LEAVE_TYPES)[number], string> = {
  annual: 'Annual leave',
  sick: 'Sick',
  training: 'Training',
  parental: 'Parental leave',
  unavailable: 'Unavailable',
  other: 'Other',
};

/** Job roles in the staff directory. */
export const STAFF_ROLE_LABELS: Record<(typeof STAFF_ROLES)[number], string> = {
  manager: 'Manager',
  support_worker: 'Support worker',
  night_worker: 'Night worker',
  administrator: 'Administrator',
  sessional_worker: 'Sessional worker',
  volunteer: 'Volunteer',
  agency_cover: 'Agency cover',
};

/** Where a swap has got to. */
export const SWAP_STATE_LABELS: Record<SwapState, string> = {
  requested: 'Waiting for the colleague',
  accepted: 'Waiting for a manager',
  approved: 'Approved',
  declined: 'Declined',
  cancelled: 'Cancelled',
};

/** Working Time Regulations checks, as a heading. */
export const WTR_RULE_LABELS: Record<WtrRule, string> = {
  daily_rest: 'Less than 11 hours’ rest',
  weekly_rest: 'No weekly rest',
  average_48h: 'Over 48 hours a week on average',
  night_average: 'Night work over 8 hours in 24',
};

/** Where an assignment came from. */
export const SOURCE_LABELS: Record<'rotation' | 'one_off' | 'swap' | 'override', string> = {
  rotation: 'Rotation',
  one_off: 'One-off shift',
  swap: 'Swap',
  override: 'Override',
};

/** ISO weekdays 1–7. */
export const WEEKDAY_SHORT = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/**
 * A two-letter code for the month view's small cells: the first letters of the first and last
 * words ("Waking night" → "WN", "Manager on call" → "MC", "On-call phone" → "OP"), or the first
 * two letters of a single word ("Evening" → "EV").
 */
export function shortCode(name: string): string {
  const words = name.split(/[\s\-–/]+/u).filter((w) => /[\p{L}\p{N}]/u.test(w));
  if (words.length === 0) return '?';
  if (words.length === 1) return Array.from(words[0]!).slice(0, 2).join('').toLocaleUpperCase();
  return (Array.from(words[0]!)[0]! + Array.from(words[words.length - 1]!)[0]!).toLocaleUpperCase();
}

/**
 * Badge colours with white text at 4.5:1 or more in both schemes (Mantine's orange 9 is 4.3:1).
 * Neutral badges use Mantine's "default" variant, which follows the scheme.
 */
export const BADGE_COLOURS = { attention: '#a63f0a', done: '#2b7a3b' } as const;
