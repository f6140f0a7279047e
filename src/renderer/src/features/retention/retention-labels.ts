import dayjs from 'dayjs';
import type { DueReason, RetentionSchedule } from '../../../../shared/retention/schedule';
import { SERVICE_ZONE } from '../../../../shared/time/london';

/** Why a household is due, in plain words. */
export const REASON_LABELS: Record<DueReason, string> = {
  closed_case: 'Closed case',
  unsuccessful_referral: 'Unsuccessful referral',
};

/** The schedule's fields: the label, its unit in words, and the sentence the read-only view uses. */
export const SCHEDULE_FIELDS: readonly { key: keyof RetentionSchedule; label: string; hint: string; describe(n: number): string }[] = [
  {
    key: 'closedCaseYears',
    label: 'Closed cases',
    hint: 'Years after the last contact',
    describe: (n) => `Closed cases are deleted ${plural(n, 'year')} after the last contact.`,
  },
  {
    key: 'unsuccessfulReferralMonths',
    label: 'Unsuccessful referrals',
    hint: 'Months after the last contact',
    describe: (n) => `Referrals that were never supported are deleted ${plural(n, 'month')} after the last contact.`,
  },
  {
    key: 'auditYears',
    label: 'Audit log entries',
    hint: 'Years after they were written',
    describe: (n) => `Audit log entries are deleted ${plural(n, 'year')} after they were written.`,
  },
];

/** "1 year", "6 years", "2 audit log entries". */
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en-GB')} ${n === 1 ? word : many}`;
}

/** "3 Mar 2019": a stored date or timestamp as a day in the service's zone. */
export function day(at: string): string {
  // A bare date is a calendar day already; only a timestamp is moved into London time.
  return at.length === 10 ? dayjs(at).format('D MMM YYYY') : dayjs(at).tz(SERVICE_ZONE).format('D MMM YYYY');
}

/** A database table's name as words: "support_contacts" → "Support contacts", "marac_referrals" → "MARAC referrals". */
export function tableLabel(table: string): string {
  const words = table.replaceAll('_', ' ').replace(/\bmarac\b/g, 'MARAC').replace(/\bdbs\b/g, 'DBS');
  return words.charAt(0).toUpperCase() + words.slice(1);
}
