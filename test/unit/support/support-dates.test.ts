import { describe, expect, it } from 'vitest';
import { addMonths, followUpDueOn, followUpStatus, moveOnLatestEnd, reviewStatus } from '../../../src/shared/support/support-dates';

describe('follow-up and support dates', () => {
  it('makes the follow-up due three calendar months after a planned exit', () => {
    expect(followUpDueOn('2026-03-09')).toBe('2026-06-09');
    expect(followUpDueOn('2026-10-15')).toBe('2027-01-15');
  });

  it('clamps to the end of a shorter month', () => {
    expect(followUpDueOn('2026-11-30')).toBe('2027-02-28');
    expect(followUpDueOn('2027-11-30')).toBe('2028-02-29');
    expect(followUpDueOn('2026-05-31')).toBe('2026-08-31');
    expect(followUpDueOn('2026-03-31')).toBe('2026-06-30');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
  });

  it('limits move-on support to twelve months', () => {
    expect(moveOnLatestEnd('2026-02-28')).toBe('2027-02-28');
    expect(moveOnLatestEnd('2028-02-29')).toBe('2029-02-28');
  });

  it('lists a follow-up as due in the fortnight before its date and overdue after it', () => {
    expect(followUpStatus('2026-06-09', null, '2026-05-25')).toBe('upcoming');
    expect(followUpStatus('2026-06-09', null, '2026-05-26')).toBe('due');
    expect(followUpStatus('2026-06-09', null, '2026-06-09')).toBe('due');
    expect(followUpStatus('2026-06-09', null, '2026-06-10')).toBe('overdue');
    expect(followUpStatus('2026-06-09', '2026-06-12', '2026-07-01')).toBe('done');
  });

  it('lists a plan review as due in the week before and overdue after; no date, no status', () => {
    expect(reviewStatus('2026-05-10', '2026-05-02')).toBe('upcoming');
    expect(reviewStatus('2026-05-10', '2026-05-03')).toBe('due');
    expect(reviewStatus('2026-05-10', '2026-05-11')).toBe('overdue');
    expect(reviewStatus(null, '2026-05-11')).toBeNull();
  });
});
