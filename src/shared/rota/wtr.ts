import type { Warning, WarningOverride, WtrRule } from './schemas/resolved.schema';
import { nameOf, type RotaContext } from './resolve/context';
import { mergeSpans, SpanIndex, type Span } from './resolve/intervals';
import type { Piece } from './resolve/pieces';
import { formatDay, formatDuration, formatInstant } from './format';
import { dateOf, DAY_MS, dayOf, dayStart, HOUR_MS, instantToLocal, iso, weekdayOf } from './zone';

/*
 * Working Time Regulations 1998 checks, shown to managers as warnings (never blocks):
 * - reg 10, daily rest: at least 11 consecutive hours between one working period and the next
 *   (shifts that touch or overlap are one working period);
 * - reg 11, weekly rest: 24 uninterrupted hours in each 7 days, or — the alternative the
 *   employer may choose — two such rests or one of 48 hours in each 14 days. We check the
 *   alternative, which the first always satisfies, in every rolling 14-day window starting at a
 *   London midnight: a warning is a fortnight without two 24-hour rests;
 * - reg 4, average 48 hours a week over a rolling 17 weeks, unless the person signed an opt-out
 *   on or before the week in question; checked for the 17 weeks ending with each week shown;
 * - reg 6, night workers: normal hours averaging no more than 8 in each 24 over 17 weeks. The
 *   average divides by the days in the reference period less one 24-hour rest per week (119 − 17),
 *   as reg 6(5) directs. Someone is a night worker in a window when at least a third of their shifts
 *   in it are of a type marked as night work (a third is "as a normal course": R v A-G for Northern
 *   Ireland, ex p Burns [1999] IRLR 315). The opt-out does not apply to this limit.
 * Only time on shift types that count as working time is counted; sleep-ins count.
 */

/** How many days before the period the checks need to see (17 weeks plus a fortnight). */
export const WTR_LOOKBACK_DAYS = 17 * 7 + 14;

const ELEVEN_HOURS = 11 * HOUR_MS;
const REFERENCE_DAYS = 17 * 7;

interface Finding {
  rule: WtrRule;
  staffId: number;
  start: number;
  end: number;
  message: string;
  keys: string[];
}

function runs<T extends { day: number }>(items: T[], step: number): T[][] {
  const out: T[][] = [];
  for (const it of items) {
    const last = out[out.length - 1];
    if (last && it.day - last[last.length - 1]!.day === step) last.push(it);
    else out.push([it]);
  }
  return out;
}

function dailyRest(staffId: number, name: string, work: Span[], c0: number, c1: number): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i + 1 < work.length; i++) {
    const a = work[i]!.end;
    const b = work[i + 1]!.start;
    if (b - a >= ELEVEN_HOURS || a >= c1 || b <= c0) continue;
    out.push({
      rule: 'daily_rest',
      staffId,
      start: a,
      end: b,
      message: `${name} has only ${formatDuration(b - a)} rest between shifts (${formatInstant(a)} to ${formatInstant(b)}); at least 11 hours are needed.`,
      keys: [`daily_rest:${staffId}:${iso(a)}`],
    });
  }
  return out;
}

function weeklyRest(staffId: number, name: string, work: Span[], fromDay: number, toDay: number): Finding[] {
  const failing: { day: number }[] = [];
  let k = 0;
  for (let w = fromDay - 13; w <= toDay; w++) {
    const W0 = dayStart(w);
    const W1 = dayStart(w + 14);
    while (k < work.length && work[k]!.end <= W0) k++;
    if (k >= work.length || work[k]!.start >= W1) continue;
    let rests = 0;
    let cur = W0;
    for (let j = k; j < work.length && work[j]!.start < W1; j++) {
      rests += Math.floor(Math.max(0, work[j]!.start - cur) / DAY_MS);
      cur = Math.max(cur, work[j]!.end);
    }
    if (cur < W1) rests += Math.floor((W1 - cur) / DAY_MS);
    if (rests < 2) failing.push({ day: w });
  }
  return runs(failing, 1).map((run) => {
    const first = run[0]!.day;
    const last = run[run.length - 1]!.day;
    const when = run.length === 1 ? `the 14 days from ${formatDay(first)}` : `each 14 days starting between ${formatDay(first)} and ${formatDay(last)}`;
    return {
      rule: 'weekly_rest' as const,
      staffId,
      start: dayStart(first),
      end: dayStart(last + 14),
      message: `${name} has no 24-hour rest in 7 days, nor two such rests (or one of 48 hours) in ${when}.`,
      keys: run.map((r) => `weekly_rest:${staffId}:${dateOf(r.day)}`),
    };
  });
}

function weeksOf(fromDay: number, toDay: number): number[] {
  const out: number[] = [];
  for (let m = fromDay - (weekdayOf(fromDay) - 1); m <= toDay; m += 7) out.push(m);
  return out;
}

function averages(
  staffId: number,
  name: string,
  optOutDay: number | null,
  work: SpanIndex,
  shiftStarts: number[],
  nightPrefix: number[],
  fromDay: number,
  toDay: number,
): Finding[] {
  const over48: { day: number; value: number }[] = [];
  const overNight: { day: number; value: number }[] = [];
  for (const m of weeksOf(fromDay, toDay)) {
    const W1 = dayStart(m + 7);
    const W0 = dayStart(m + 7 - REFERENCE_DAYS);
    const hours = work.covered(W0, W1) / HOUR_MS;
    if (hours === 0) continue;
    const weekly = hours / 17;
    if (weekly > 48 && !(optOutDay !== null && optOutDay <= m + 6)) over48.push({ day: m, value: weekly });
    const i0 = lowerBound(shiftStarts, W0);
    const i1 = lowerBound(shiftStarts, W1);
    const total = i1 - i0;
    const nights = nightPrefix[i1]! - nightPrefix[i0]!;
    const perDay = hours / (REFERENCE_DAYS - 17);
    if (total > 0 && nights * 3 >= total && perDay > 8) overNight.push({ day: m, value: perDay });
  }
  const weeks = (run: { day: number }[]) =>
    run.length === 1 ? `the 17 weeks to ${formatDay(run[0]!.day + 6)}` : `the 17 weeks to each Sunday from ${formatDay(run[0]!.day + 6)} to ${formatDay(run[run.length - 1]!.day + 6)}`;
  const out: Finding[] = [];
  for (const run of runs(over48, 7)) {
    const worst = Math.max(...run.map((r) => r.value));
    out.push({
      rule: 'average_48h',
      staffId,
      start: dayStart(run[0]!.day),
      end: dayStart(run[run.length - 1]!.day + 7),
      message: `${name} averages ${worst.toFixed(1)} hours a week over ${weeks(run)}; the limit is 48 without a signed opt-out.`,
      keys: run.map((r) => `average_48h:${staffId}:${dateOf(r.day)}`),
    });
  }
  for (const run of runs(overNight, 7)) {
    const worst = Math.max(...run.map((r) => r.value));
    out.push({
      rule: 'night_average',
      staffId,
      start: dayStart(run[0]!.day),
      end: dayStart(run[run.length - 1]!.day + 7),
      message: `${name} works nights and averages ${worst.toFixed(1)} hours in each 24 over ${weeks(run)}; the limit for night workers is 8.`,
      keys: run.map((r) => `night_average:${staffId}:${dateOf(r.day)}`),
    });
  }
  return out;
}

function lowerBound(sorted: number[], t: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! < t) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Working-time warnings for London days fromDay..toDay. `pieces` must reach back
 * WTR_LOOKBACK_DAYS before fromDay, or the averages and rests near the start are understated.
 */
export function workingTimeWarnings(pieces: readonly Piece[], ctx: RotaContext, fromDay: number, toDay: number, overrides: readonly WarningOverride[] = []): Warning[] {
  const c0 = dayStart(fromDay);
  const c1 = dayStart(toDay + 1);
  const byPerson = new Map<number, Piece[]>();
  for (const p of pieces) {
    if (ctx.types.get(p.shiftTypeId)?.countsAsWorkingTime === false) continue;
    const list = byPerson.get(p.staffId);
    if (list) list.push(p);
    else byPerson.set(p.staffId, [p]);
  }
  const findings: Finding[] = [];
  for (const [staffId, list] of byPerson) {
    list.sort((a, b) => a.start - b.start);
    const name = nameOf(ctx, staffId);
    const work = mergeSpans(list);
    const optOut = ctx.staff.get(staffId)?.wtrOptOutDate ?? null;
    const nightPrefix = [0];
    for (const p of list) nightPrefix.push(nightPrefix[nightPrefix.length - 1]! + (ctx.types.get(p.shiftTypeId)?.nightWork ? 1 : 0));
    findings.push(
      ...dailyRest(staffId, name, work, c0, c1),
      ...weeklyRest(staffId, name, work, fromDay, toDay),
      ...averages(staffId, name, optOut ? dayOf(optOut) : null, new SpanIndex(work), list.map((p) => p.start), nightPrefix, fromDay, toDay),
    );
  }
  const byKey = new Map(overrides.map((o) => [o.key, o]));
  return findings
    .sort((a, b) => a.start - b.start || a.staffId - b.staffId)
    .map((f) => {
      const found = f.keys.map((k) => byKey.get(k)).filter((o): o is WarningOverride => o !== undefined);
      return {
        rule: f.rule,
        staffId: f.staffId,
        start: iso(f.start),
        end: iso(f.end),
        startLocal: instantToLocal(f.start),
        endLocal: instantToLocal(f.end),
        message: f.message,
        keys: f.keys,
        overridden: found.length === f.keys.length,
        overrides: found,
      };
    });
}
