import { describe, expect, it } from 'vitest';
import { formatDuration, minutesToHours, supportTotals, totalsByHousehold, type ContactMinutes } from '../../../src/shared/support/support-hours';

const c = (householdId: number, contactOn: string, minutes: number, timeKind: 'paid' | 'unpaid', supportType: ContactMinutes['supportType'] = 'general'): ContactMinutes => ({
  householdId,
  contactOn,
  minutes,
  timeKind,
  supportType,
});

const LOG = [
  c(1, '2026-03-31', 60, 'paid', 'advocacy'),
  c(1, '2026-04-01', 45, 'paid', 'general'),
  c(1, '2026-04-15', 90, 'unpaid', 'childrens_support'),
  c(2, '2026-06-30', 30, 'paid', 'housing_related'),
  c(2, '2026-07-01', 120, 'paid', 'counselling_therapy'),
];

describe('support-hours totals', () => {
  it('totals paid and unpaid time separately for a quarter, both ends included', () => {
    const t = supportTotals(LOG, { from: '2026-04-01', to: '2026-06-30' });
    expect(t).toMatchObject({ contacts: 3, households: 2, paidMinutes: 75, unpaidMinutes: 90, totalMinutes: 165 });
    expect(t.byType).toMatchObject({ general: 45, childrens_support: 90, housing_related: 30, advocacy: 0, counselling_therapy: 0 });
  });

  it('totals everything when no period is given', () => {
    expect(supportTotals(LOG).totalMinutes).toBe(345);
  });

  it('totals per household for a period, leaving out households with nothing in it', () => {
    const byHousehold = totalsByHousehold(LOG, { from: '2026-07-01' });
    expect([...byHousehold.keys()]).toEqual([2]);
    expect(byHousehold.get(2)).toMatchObject({ contacts: 1, paidMinutes: 120 });
  });

  it('shows minutes as hours the way reports and people read them', () => {
    expect(minutesToHours(90)).toBe(1.5);
    expect(minutesToHours(20)).toBe(0.33);
    expect(formatDuration(45)).toBe('45 min');
    expect(formatDuration(120)).toBe('2 h');
    expect(formatDuration(195)).toBe('3 h 15 min');
  });
});
