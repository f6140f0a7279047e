import { describe, expect, it } from 'vitest';
import { addMonths, courseStatus, dbsRenewalDueOn, dbsStatus, expiryStatus, fteOn, specialistFte, trainingExpiresOn } from '../../../src/shared/staff-records/rules.staff-records';

describe('training expiry', () => {
  it('expires after the course’s renewal period, and never for a course without one', () => {
    expect(trainingExpiresOn('2024-03-15', 36)).toBe('2027-03-15');
    expect(trainingExpiresOn('2024-02-29', 12)).toBe('2025-02-28');
    expect(trainingExpiresOn('2024-03-15', null)).toBeNull();
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('is valid on its expiry day, due within 60 days, expired the day after', () => {
    expect(expiryStatus('2026-06-30', '2026-06-30')).toBe('due');
    expect(expiryStatus('2026-06-30', '2026-07-01')).toBe('expired');
    expect(expiryStatus('2026-06-30', '2026-05-01')).toBe('due');
    expect(expiryStatus('2026-06-30', '2026-04-30')).toBe('ok');
    expect(expiryStatus(null, '2099-01-01')).toBe('ok');
  });

  it('lists a mandatory course never attended as missing, and an optional one as not required', () => {
    expect(courseStatus(true, null, '2026-01-01')).toBe('missing');
    expect(courseStatus(false, null, '2026-01-01')).toBe('not_required');
    expect(courseStatus(true, { attendedOn: '2022-01-01', expiresOn: '2025-01-01' }, '2026-01-01')).toBe('expired');
  });
});

describe('DBS renewal', () => {
  it('is due three years after the check', () => {
    expect(dbsRenewalDueOn('2023-05-10')).toBe('2026-05-10');
    expect(dbsRenewalDueOn('2024-02-29')).toBe('2027-02-28');
    expect(dbsStatus('2023-05-10', '2026-05-10')).toEqual({ status: 'due', dueOn: '2026-05-10' });
    expect(dbsStatus('2023-05-10', '2026-05-11')).toEqual({ status: 'expired', dueOn: '2026-05-10' });
    expect(dbsStatus('2023-05-10', '2026-03-10')).toEqual({ status: 'ok', dueOn: '2026-05-10' });
    expect(dbsStatus(null, '2026-03-10')).toEqual({ status: 'missing', dueOn: null });
  });
});

describe('specialist FTE over a period', () => {
  const year = { from: '2025-04-01', to: '2026-03-31' };
  it('weights each stretch by the share of the period it covers', () => {
    expect(specialistFte([{ fte: 1, fromOn: '2020-01-01', toOn: null }], year.from, year.to)).toBe(1);
    // Started half-way through (1 October: 182 of 365 days).
    expect(specialistFte([{ fte: 1, fromOn: '2025-10-01', toOn: null }], year.from, year.to)).toBe(0.5);
    expect(specialistFte([{ fte: 0.6, fromOn: '2024-01-01', toOn: null }, { fte: 1, fromOn: '2024-01-01', toOn: '2025-09-30' }], year.from, year.to)).toBe(1.1);
  });

  it('is null when nothing touches the period, never zero', () => {
    expect(specialistFte([], year.from, year.to)).toBeNull();
    expect(specialistFte([{ fte: 1, fromOn: '2020-01-01', toOn: '2025-03-31' }], year.from, year.to)).toBeNull();
  });

  it('adds up a person’s stretches on a day', () => {
    expect(fteOn([{ fte: 0.5, fromOn: '2025-01-01', toOn: null }, { fte: 0.3, fromOn: '2025-06-01', toOn: '2025-06-30' }], '2025-06-15')).toBe(0.8);
  });
});
