/*
 * London wall-clock time ↔ UTC instants, fast enough to resolve a year of rota for 30 people in a
 * few milliseconds. dayjs's tz plugin asks Intl on every call; a year of rota needs tens of
 * thousands of conversions, so instead we ask Intl once per calendar year for the zone's offset
 * transitions and answer every later conversion from that small table. The tz database stays the
 * source of truth (no hard-coded "last Sunday in March" rule here).
 *
 * Conventions used throughout the rota:
 * - an *instant* is milliseconds since the epoch (UTC);
 * - a *day* is a London calendar date as an epoch-day number (days since 1970-01-01), which makes
 *   date arithmetic integer arithmetic;
 * - wall times are minutes after local midnight.
 * A wall time that does not exist (01:30 on the March change) is read as the moment the clocks
 * jump past it (02:00 BST, the first instant whose wall time is at or after it), so a later wall
 * time never maps to an earlier instant: a shift ending in the gap cannot overlap the next one
 * starting after it. One that happens twice (01:30 on the October change) is read as the first.
 */

/** The service's zone. */
export const ROTA_ZONE = 'Europe/London';

export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
export const DAY_MS = 86_400_000;

const pad2 = (n: number) => (n < 10 ? `0${n}` : `${n}`);

interface YearOffsets {
  /** Offset (ms, local minus UTC) in force at the start of the year. */
  startOffset: number;
  /** Changes during the year, in order: from `at` the offset is `offset`. */
  changes: { at: number; offset: number }[];
}

const formatter = new Intl.DateTimeFormat('en-GB', {
  timeZone: ROTA_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: 'numeric',
  day: 'numeric',
  hour: 'numeric',
  minute: 'numeric',
  second: 'numeric',
});

/** The zone's offset at an instant, asked of Intl directly (slow; used only to build the table). */
function intlOffset(ms: number): number {
  const f: Record<string, number> = {};
  for (const p of formatter.formatToParts(new Date(ms))) if (p.type !== 'literal') f[p.type] = Number(p.value);
  const wall = Date.UTC(f.year!, f.month! - 1, f.day!, f.hour!, f.minute!, f.second!);
  return wall - (ms - (ms % 1000 + 1000) % 1000);
}

// Pure memos (the same answer for the same question, whoever asks): not shared mutable state.
// They matter: a year of rota for 30 people asks hundreds of thousands of these questions.
const years = new Map<number, YearOffsets>();
const dates = new Map<number, string>();
let lastYear: { start: number; end: number; info: YearOffsets } | null = null;

function yearOffsets(year: number): YearOffsets {
  let info = years.get(year);
  if (info) return info;
  const start = Date.UTC(year, 0, 1);
  const end = Date.UTC(year + 1, 0, 1);
  const startOffset = intlOffset(start);
  const changes: { at: number; offset: number }[] = [];
  let prevAt = start;
  let prevOffset = startOffset;
  // Sample every 6 hours; a change between samples is found to the minute by bisection. Zones do
  // not change twice within 6 hours.
  for (let t = start + 6 * HOUR_MS; t <= end; t += 6 * HOUR_MS) {
    const o = intlOffset(t);
    if (o !== prevOffset) {
      let lo = prevAt;
      let hi = t;
      while (hi - lo > MINUTE_MS) {
        const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
        if (intlOffset(mid) === prevOffset) lo = mid;
        else hi = mid;
      }
      if (hi < end) changes.push({ at: hi, offset: o });
      prevOffset = o;
    }
    prevAt = t;
  }
  info = { startOffset, changes };
  years.set(year, info);
  return info;
}

/** London's offset from UTC (ms) at an instant. */
export function offsetAt(ms: number): number {
  if (!lastYear || ms < lastYear.start || ms >= lastYear.end) {
    const y = new Date(ms).getUTCFullYear();
    lastYear = { start: Date.UTC(y, 0, 1), end: Date.UTC(y + 1, 0, 1), info: yearOffsets(y) };
  }
  const info = lastYear.info;
  let offset = info.startOffset;
  for (const c of info.changes) {
    if (ms >= c.at) offset = c.offset;
    else break;
  }
  return offset;
}

/** The instant of a London wall-clock time (see the module note for gaps and overlaps). */
export function wallToInstant(day: number, minutes: number): number {
  const wall = day * DAY_MS + minutes * MINUTE_MS;
  const before = offsetAt(wall - 12 * HOUR_MS);
  const after = offsetAt(wall + 12 * HOUR_MS);
  if (before === after) return wall - before;
  const u1 = wall - before;
  const u2 = wall - after;
  const ok1 = offsetAt(u1) === before;
  const ok2 = offsetAt(u2) === after;
  if (ok1 && ok2) return Math.min(u1, u2);
  if (ok1) return u1;
  if (ok2) return u2;
  // In the gap the clocks skip (the offset rises from `before` to `after` between u2 and u1):
  // the instant they jump, found to the minute (offsets change on whole minutes).
  let lo = u2;
  let hi = u1;
  while (hi - lo > MINUTE_MS) {
    const mid = lo + Math.floor((hi - lo) / 2 / MINUTE_MS) * MINUTE_MS;
    if (offsetAt(mid) === after) hi = mid;
    else lo = mid;
  }
  return hi;
}

/** The London day and wall minutes of an instant. */
export function instantToWall(ms: number): { day: number; minutes: number } {
  const wall = ms + offsetAt(ms);
  const day = Math.floor(wall / DAY_MS);
  return { day, minutes: Math.floor((wall - day * DAY_MS) / MINUTE_MS) };
}

/** The instant London's day begins. */
export function dayStart(day: number): number {
  return wallToInstant(day, 0);
}

/** A YYYY-MM-DD date as an epoch-day number. */
export function dayOf(date: string): number {
  return Math.floor(Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, Number(date.slice(8, 10))) / DAY_MS);
}

/** An epoch-day number as YYYY-MM-DD. */
export function dateOf(day: number): string {
  let d = dates.get(day);
  if (d === undefined) {
    d = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (dates.size > 100_000) dates.clear();
    dates.set(day, d);
  }
  return d;
}

/** ISO weekday of a day: 1 = Monday … 7 = Sunday. */
export function weekdayOf(day: number): number {
  // 1970-01-01 was a Thursday (4).
  return ((((day + 3) % 7) + 7) % 7) + 1;
}

/** "HH:mm" as minutes after midnight. */
export function minutesOf(time: string): number {
  return Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5));
}

/** Minutes after midnight as "HH:mm". */
export function timeOf(minutes: number): string {
  return `${pad2(Math.floor(minutes / 60))}:${pad2(minutes % 60)}`;
}

/** A local date-time "YYYY-MM-DDTHH:mm" as an instant. */
export function localToInstant(local: string): number {
  return wallToInstant(dayOf(local.slice(0, 10)), minutesOf(local.slice(11, 16)));
}

/** An instant as the local date-time "YYYY-MM-DDTHH:mm" a person reads. */
export function instantToLocal(ms: number): string {
  const w = instantToWall(ms);
  return `${dateOf(w.day)}T${timeOf(w.minutes)}`;
}

/** An instant as the stored UTC ISO string (built from the cached date: this runs per shift). */
export function iso(ms: number): string {
  const day = Math.floor(ms / DAY_MS);
  let rest = ms - day * DAY_MS;
  const h = Math.floor(rest / HOUR_MS);
  rest -= h * HOUR_MS;
  const m = Math.floor(rest / MINUTE_MS);
  rest -= m * MINUTE_MS;
  const sec = Math.floor(rest / 1000);
  const milli = rest - sec * 1000;
  return `${dateOf(day)}T${pad2(h)}:${pad2(m)}:${pad2(sec)}.${milli < 10 ? `00${milli}` : milli < 100 ? `0${milli}` : milli}Z`;
}

/** The London date of today at an instant. */
export function londonDayOf(ms: number): number {
  return instantToWall(ms).day;
}
