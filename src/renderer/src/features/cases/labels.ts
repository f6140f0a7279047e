import { RiskLevel, ReferralStatus } from '../../../../shared/cases/vocab';

/** Plain-English label of a risk level code (or "Not assessed"). */
export function riskLabel(level: string | null): string {
  if (!level || level === 'not_assessed') return 'Not assessed';
  return (RiskLevel.labels as Record<string, string>)[level] ?? level;
}

/** Badge colour of a risk level. */
export function riskColor(level: string | null): string {
  if (level === 'high') return 'red';
  if (level === 'medium') return 'orange';
  if (level === 'standard') return 'blue';
  return 'gray';
}

/** Plain-English label of a referral status. */
export function statusLabel(status: string): string {
  return (ReferralStatus.labels as Record<string, string>)[status] ?? status;
}

/** A vocabulary label, falling back to the code. */
export function labelOf(labels: Record<string, string>, code: string | null | undefined): string {
  if (!code) return '—';
  return labels[code] ?? code;
}

/** Select options from a vocabulary. */
export function optionsOf(v: { codes: readonly string[]; labels: Record<string, string> }): { value: string; label: string }[] {
  return v.codes.map((c) => ({ value: c, label: v.labels[c] ?? c }));
}
