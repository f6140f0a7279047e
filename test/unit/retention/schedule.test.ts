import { describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION_SCHEDULE, dueReason, retentionCutoffs } from '../../../src/shared/retention/schedule';

const now = new Date('2026-11-20T10:00:00Z');
const cut = retentionCutoffs(now, DEFAULT_RETENTION_SCHEDULE);

describe('the retention rule', () => {
  it('computes cut-offs of six years, twelve months and seven years', () => {
    expect(cut).toEqual({ closedCase: '2020-11-20T10:00:00.000Z', unsuccessfulReferral: '2025-11-20T10:00:00.000Z', audit: '2019-11-20T10:00:00.000Z' });
  });
  it('a closed case is due exactly six years after the last contact, not a second before', () => {
    expect(dueReason({ statuses: ['closed'], lastContactAt: '2020-11-20T10:00:00.000Z' }, cut)).toBe('closed_case');
    expect(dueReason({ statuses: ['closed'], lastContactAt: '2020-11-20T10:00:01.000Z' }, cut)).toBeNull();
  });
  it('an unsuccessful referral is due twelve months after the last contact', () => {
    expect(dueReason({ statuses: ['not_supported'], lastContactAt: '2025-11-20T10:00:00Z' }, cut)).toBe('unsuccessful_referral');
    expect(dueReason({ statuses: ['not_supported'], lastContactAt: '2025-11-20T10:00:01Z' }, cut)).toBeNull();
  });
  it('a household with an earlier unsuccessful episode and a closed one follows the closed-case rule', () => {
    expect(dueReason({ statuses: ['not_supported', 'closed'], lastContactAt: '2024-01-01T00:00:00Z' }, cut)).toBeNull();
    expect(dueReason({ statuses: ['not_supported', 'closed'], lastContactAt: '2019-01-01T00:00:00Z' }, cut)).toBe('closed_case');
  });
  it('any open episode keeps the household, however old', () => {
    for (const open of ['new', 'in_progress', 'accepted']) {
      expect(dueReason({ statuses: ['closed', open], lastContactAt: '2001-01-01T00:00:00Z' }, cut)).toBeNull();
    }
  });
  it('nothing without referrals or a datable contact is due', () => {
    expect(dueReason({ statuses: [], lastContactAt: '2001-01-01T00:00:00Z' }, cut)).toBeNull();
    expect(dueReason({ statuses: ['closed'], lastContactAt: null }, cut)).toBeNull();
    expect(dueReason({ statuses: ['closed'], lastContactAt: 'garbage' }, cut)).toBeNull();
  });
  it('accepts plain dates as the last contact', () => {
    expect(dueReason({ statuses: ['closed'], lastContactAt: '2020-11-20' }, cut)).toBe('closed_case');
    expect(dueReason({ statuses: ['closed'], lastContactAt: '2020-11-21' }, cut)).toBeNull();
  });
  it('a leap day minus years lands on 28 February, not 1 March', () => {
    const c = retentionCutoffs(new Date('2028-02-29T12:00:00Z'), { closedCaseYears: 1, unsuccessfulReferralMonths: 12, auditYears: 1 });
    expect(c.closedCase).toBe('2027-02-28T12:00:00.000Z');
  });
});
