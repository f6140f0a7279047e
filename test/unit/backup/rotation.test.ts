import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { planRotation, weekStart } from '../../../src/shared/backup/rotation';
import { DEFAULT_RETENTION } from '../../../src/shared/backup/schemas';

/** One set a day at 02:00 London time for `days` days ending on `last`. */
function daily(days: number, last = '2026-12-31T02:00:00Z') {
  const end = new Date(last).getTime();
  return Array.from({ length: days }, (_, i) => {
    const at = new Date(end - i * 86_400_000).toISOString();
    return { name: `set-${at}`, createdAt: at };
  });
}

describe('backup rotation', () => {
  it('keeps 14 daily, 8 weekly and 12 monthly sets by default from a year of nightly backups', () => {
    const sets = daily(400);
    const plan = planRotation(sets, DEFAULT_RETENTION);
    const kept = plan.keep.map((n) => n.slice(4));
    // The 14 newest days are kept…
    expect(kept.slice(0, 14)).toEqual(sets.slice(0, 14).map((s) => s.createdAt));
    // …and in all no more than one per day, week and month asked for (overlaps share a set).
    expect(plan.keep.length).toBeLessThanOrEqual(14 + 8 + 12);
    expect(plan.keep.length).toBeGreaterThanOrEqual(14 + 6 + 10);
    const months = new Set(kept.map((k) => k.slice(0, 7)));
    expect(months.size).toBe(12);
    expect(plan.keep.length + plan.remove.length).toBe(400);
  });

  it('keeps the newest set of a day when several were made that day', () => {
    const sets = [
      { name: 'morning', createdAt: '2026-11-20T09:00:00Z' },
      { name: 'evening', createdAt: '2026-11-20T18:00:00Z' },
      { name: 'yesterday', createdAt: '2026-11-19T18:00:00Z' },
    ];
    expect(planRotation(sets, { daily: 2, weekly: 0, monthly: 0 })).toEqual({ keep: ['evening', 'yesterday'], remove: ['morning'] });
  });

  it('counts days on the London calendar, not in UTC', () => {
    // 23:30 UTC on 30 June is 00:30 on 1 July in London (BST): two different London days.
    const sets = [
      { name: 'a', createdAt: '2026-06-30T23:30:00Z' },
      { name: 'b', createdAt: '2026-06-30T22:30:00Z' },
    ];
    expect(planRotation(sets, { daily: 2, weekly: 0, monthly: 0 }).keep).toEqual(['a', 'b']);
  });

  it('always keeps the newest set, even with every count at zero', () => {
    const sets = daily(5);
    expect(planRotation(sets, { daily: 0, weekly: 0, monthly: 0 }).keep).toEqual([sets[0]!.name]);
    expect(planRotation([], DEFAULT_RETENTION)).toEqual({ keep: [], remove: [] });
  });

  it('counts only days that have a set: missed days do not shorten the history', () => {
    const sets = daily(30).filter((_, i) => i % 2 === 0); // every other day
    expect(planRotation(sets, { daily: 14, weekly: 0, monthly: 0 }).keep).toHaveLength(14);
  });

  it('weeks start on Monday', () => {
    expect(weekStart('2026-11-22')).toBe('2026-11-16'); // Sunday
    expect(weekStart('2026-11-23')).toBe('2026-11-23'); // Monday
  });

  it('every set is kept or removed exactly once, and rotating the kept sets again removes nothing', () => {
    const setArb = fc.uniqueArray(
      fc.date({ min: new Date('2024-01-01T00:00:00Z'), max: new Date('2027-01-01T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
      { maxLength: 120 },
    );
    const retentionArb = fc.record({ daily: fc.nat(20), weekly: fc.nat(10), monthly: fc.nat(14) });
    fc.assert(
      fc.property(setArb, retentionArb, (times, retention) => {
        const sets = times.map((t) => ({ name: `n${t}`, createdAt: t }));
        const plan = planRotation(sets, retention);
        expect([...plan.keep, ...plan.remove].sort()).toEqual(sets.map((s) => s.name).sort());
        expect(plan.keep.length).toBeLessThanOrEqual(retention.daily + retention.weekly + retention.monthly + 1);
        if (sets.length) expect(plan.keep[0]).toBe([...sets].sort((a, b) => (a.createdAt < b.createdAt ? 1 : -1))[0]!.name);
        const again = planRotation(
          sets.filter((s) => plan.keep.includes(s.name)),
          retention,
        );
        expect(again.remove).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });
});
