import dayjs from 'dayjs';
import timezone from 'dayjs/plugin/timezone.js';
import utc from 'dayjs/plugin/utc.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dateOf, dayOf, instantToLocal, iso, localToInstant, offsetAt, wallToInstant, weekdayOf } from '../../../src/shared/rota/zone';

dayjs.extend(utc);
dayjs.extend(timezone);

describe('London wall-clock time', () => {
  it('agrees with the tz database (via dayjs) on the offset at any instant from 1990 to 2060', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) }), (ms) => {
        expect(offsetAt(ms) / 60_000).toBe(dayjs(ms).tz('Europe/London').utcOffset());
      }),
      { numRuns: 2000 },
    );
  });

  it('reads a time that happens twice (01:30 on the October change) as the first, in summer time', () => {
    expect(new Date(localToInstant('2026-10-25T01:30')).toISOString()).toBe('2026-10-25T00:30:00.000Z');
    expect(new Date(localToInstant('2026-10-25T02:00')).toISOString()).toBe('2026-10-25T02:00:00.000Z');
  });

  it('reads a time that never happens (01:30 on the March change) as the moment the clocks jump past it', () => {
    expect(new Date(localToInstant('2026-03-29T01:30')).toISOString()).toBe('2026-03-29T01:00:00.000Z');
    expect(instantToLocal(localToInstant('2026-03-29T01:30'))).toBe('2026-03-29T02:00');
    // Wall-clock order is kept: 01:30 (skipped) is not after 02:15.
    expect(localToInstant('2026-03-29T01:30')).toBeLessThan(localToInstant('2026-03-29T02:15'));
    expect(new Date(localToInstant('2026-03-29T00:59')).toISOString()).toBe('2026-03-29T00:59:00.000Z');
  });

  it('round-trips every minute of both change days, except the repeated hour, which reads as its first time', () => {
    for (const date of ['2026-03-29', '2026-10-25', '2027-03-28', '2027-10-31']) {
      const start = wallToInstant(dayOf(date), 0);
      const end = wallToInstant(dayOf(date) + 1, 0);
      expect((end - start) / 3_600_000).toBe(date.slice(5, 7) === '03' ? 23 : 25);
      for (let t = start; t < end; t += 60_000) {
        const back = localToInstant(instantToLocal(t));
        if (back !== t) expect([back, date.slice(5, 7), instantToLocal(t).slice(11, 13)]).toEqual([t - 3_600_000, '10', '01']);
      }
    }
  });

  it('writes instants exactly as Date#toISOString does, and dates as YYYY-MM-DD', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(1971, 0, 1), max: Date.UTC(2099, 11, 31) }), (ms) => {
        expect(iso(ms)).toBe(new Date(ms).toISOString());
        const day = Math.floor(ms / 86_400_000);
        expect(dateOf(day)).toBe(new Date(day * 86_400_000).toISOString().slice(0, 10));
        expect(dayOf(dateOf(day))).toBe(day);
      }),
      { numRuns: 5000 },
    );
  });

  it('numbers weekdays from Monday', () => {
    expect(weekdayOf(dayOf('2026-10-26'))).toBe(1);
    expect(weekdayOf(dayOf('2026-10-25'))).toBe(7);
    expect(weekdayOf(dayOf('1969-12-31'))).toBe(3);
  });
});
