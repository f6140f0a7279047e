import { dayNo } from '../working-days/working-days';
import { DBS_RENEWAL_YEARS, DUE_SOON_DAYS } from './vocab.staff-records';

/*
 * Staff records' rules, pure: when training expires, when a DBS check is due for renewal, what a
 * person is due or overdue, and specialist FTE over a period.
 */

/** A date some calendar months later; the 31st becomes the month's last day (29 Feb + 12 months = 28 Feb). */
export function addMonths(date: string, months: number): string {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const d = Number(date.slice(8, 10));
  const ty = y + Math.floor(m / 12);
  const tm = ((m % 12) + 12) % 12;
  const last = new Date(Date.UTC(ty, tm + 1, 0)).getUTCDate();
  return `${ty}-${String(tm + 1).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** When training attended on a date expires under a course's renewal period (null: it does not). */
export function trainingExpiresOn(attendedOn: string, renewalMonths: number | null): string | null {
  return renewalMonths === null ? null : addMonths(attendedOn, renewalMonths);
}

/** When a DBS check issued on a date is due for renewal: three years on. */
export function dbsRenewalDueOn(checkedOn: string): string {
  return addMonths(checkedOn, DBS_RENEWAL_YEARS * 12);
}

/** Where a course or a check stands for one person. */
export type RecordStatus = 'ok' | 'due' | 'expired' | 'missing' | 'not_required';

/** Labels of the statuses. */
export const RECORD_STATUS_LABELS: Record<RecordStatus, string> = {
  ok: 'Up to date',
  due: 'Due soon',
  expired: 'Expired',
  missing: 'Never recorded',
  not_required: 'Not required',
};

/**
 * A course's status for one person from their latest attendance: expired once the expiry date has
 * passed (it is valid on the day itself), due within DUE_SOON_DAYS, missing when a mandatory
 * course was never attended.
 */
export function courseStatus(mandatory: boolean, latest: { attendedOn: string; expiresOn: string | null } | null, today: string): RecordStatus {
  if (!latest) return mandatory ? 'missing' : 'not_required';
  return expiryStatus(latest.expiresOn, today);
}

/** ok / due / expired for an expiry date (null: never expires). */
export function expiryStatus(expiresOn: string | null, today: string): 'ok' | 'due' | 'expired' {
  if (expiresOn === null) return 'ok';
  if (today > expiresOn) return 'expired';
  return dayNo(expiresOn) - dayNo(today) <= DUE_SOON_DAYS ? 'due' : 'ok';
}

/** A person's DBS status from their latest check (everyone working with victims needs one). */
export function dbsStatus(latestCheckedOn: string | null, today: string): { status: 'ok' | 'due' | 'expired' | 'missing'; dueOn: string | null } {
  if (latestCheckedOn === null) return { status: 'missing', dueOn: null };
  const dueOn = dbsRenewalDueOn(latestCheckedOn);
  return { status: expiryStatus(dueOn, today), dueOn };
}

/** A stretch of FTE in a specialist role. */
export interface FteSpan {
  fte: number;
  fromOn: string;
  /** Last day in the role (included), or null while it continues. */
  toOn: string | null;
}

/**
 * Specialist FTE over a period (both dates included): each span's FTE weighted by the share of the
 * period it covers, summed, to two decimal places. Someone at 1.0 for the whole year is 1.0;
 * someone at 1.0 who started half-way through is 0.5. Null when no span touches the period (so a
 * service that has not recorded FTE shows "not recorded", never zero).
 */
export function specialistFte(spans: readonly FteSpan[], from: string, to: string): number | null {
  const a = dayNo(from);
  const b = dayNo(to);
  const days = b - a + 1;
  if (days <= 0) return null;
  let total = 0;
  let touched = false;
  for (const s of spans) {
    const start = Math.max(a, dayNo(s.fromOn));
    const end = Math.min(b, s.toOn === null ? b : dayNo(s.toOn));
    if (end < start) continue;
    touched = true;
    total += s.fte * (end - start + 1);
  }
  return touched ? Math.round((total / days) * 100) / 100 : null;
}

/** FTE on one day (the sum of spans covering it). */
export function fteOn(spans: readonly FteSpan[], date: string): number {
  const n = dayNo(date);
  return Math.round(spans.filter((s) => dayNo(s.fromOn) <= n && (s.toOn === null || dayNo(s.toOn) >= n)).reduce((t, s) => t + s.fte, 0) * 100) / 100;
}
