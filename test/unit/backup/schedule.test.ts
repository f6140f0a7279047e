import { describe, expect, it } from 'vitest';
import { backupAge, backupDue, describeAge, RETRY_AFTER_MS } from '../../../src/shared/backup/schedule';

const at = (iso: string) => new Date(iso);

describe('backup schedule', () => {
  it('a daily backup is due once each London day, however early the app starts', () => {
    expect(backupDue({ lastGoodAt: null }, at('2026-11-20T08:00:00Z'), 'daily')).toBe(true);
    expect(backupDue({ lastGoodAt: '2026-11-19T09:05:00Z' }, at('2026-11-20T09:00:00Z'), 'daily')).toBe(true);
    expect(backupDue({ lastGoodAt: '2026-11-20T07:00:00Z' }, at('2026-11-20T23:00:00Z'), 'daily')).toBe(false);
  });

  it('uses London dates: 23:30 UTC in summer is already tomorrow', () => {
    expect(backupDue({ lastGoodAt: '2026-06-30T20:00:00Z' }, at('2026-06-30T23:30:00Z'), 'daily')).toBe(true);
    expect(backupDue({ lastGoodAt: '2026-12-30T20:00:00Z' }, at('2026-12-30T23:30:00Z'), 'daily')).toBe(false);
  });

  it('a missed backup runs at the next start', () => {
    expect(backupDue({ lastGoodAt: '2026-11-13T10:00:00Z' }, at('2026-11-20T10:00:00Z'), 'daily')).toBe(true);
  });

  it('a weekly backup is due once each ISO week', () => {
    expect(backupDue({ lastGoodAt: '2026-11-16T10:00:00Z' }, at('2026-11-22T20:00:00Z'), 'weekly')).toBe(false); // Mon → Sun
    expect(backupDue({ lastGoodAt: '2026-11-22T10:00:00Z' }, at('2026-11-23T08:00:00Z'), 'weekly')).toBe(true); // Sun → Mon
  });

  it('manual never runs by itself', () => {
    expect(backupDue({ lastGoodAt: null }, at('2026-11-20T08:00:00Z'), 'manual')).toBe(false);
  });

  it('after a failure, waits before trying again', () => {
    const now = at('2026-11-20T10:00:00Z');
    const recent = new Date(now.getTime() - RETRY_AFTER_MS + 60_000).toISOString();
    const older = new Date(now.getTime() - RETRY_AFTER_MS - 60_000).toISOString();
    expect(backupDue({ lastGoodAt: null, lastFailureAt: recent }, now, 'daily')).toBe(false);
    expect(backupDue({ lastGoodAt: null, lastFailureAt: older }, now, 'daily')).toBe(true);
  });

  it('warns when the last good backup is more than 24 hours old, or there has never been one', () => {
    const now = at('2026-11-20T10:00:00Z');
    expect(backupAge(null, now)).toEqual({ ageHours: null, stale: true });
    expect(backupAge('2026-11-19T10:00:00Z', now)).toEqual({ ageHours: 24, stale: false });
    expect(backupAge('2026-11-19T09:59:00Z', now)).toEqual({ ageHours: 24, stale: true });
    expect(backupAge('2026-11-20T11:00:00Z', now)).toEqual({ ageHours: 0, stale: false }); // a clock behind
  });

  it('describes an age in words', () => {
    expect(describeAge(null)).toBe('never');
    expect(describeAge(0)).toBe('less than an hour ago');
    expect(describeAge(1)).toBe('1 hour ago');
    expect(describeAge(30)).toBe('30 hours ago');
    expect(describeAge(72)).toBe('3 days ago');
  });
});
