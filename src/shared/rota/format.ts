import { dayOf, instantToWall, timeOf } from './zone';

const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const LONG_WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const LONG_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function parts(day: number): { y: number; m: number; d: number; wd: number } {
  const date = new Date(day * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate(), wd: (date.getUTCDay() + 6) % 7 };
}

/** "Sun 25 Oct 2026". */
export function formatDay(day: number): string {
  const p = parts(day);
  return `${WEEKDAYS[p.wd]} ${p.d} ${MONTHS[p.m]} ${p.y}`;
}

/** "Sunday 25 October 2026". */
export function formatDayLong(day: number): string {
  const p = parts(day);
  return `${LONG_WEEKDAYS[p.wd]} ${p.d} ${LONG_MONTHS[p.m]} ${p.y}`;
}

/** "October 2026" for a YYYY-MM-DD within the month. */
export function formatMonth(date: string): string {
  const p = parts(dayOf(date));
  return `${LONG_MONTHS[p.m]} ${p.y}`;
}

/** "Sun 25 Oct 2026 22:00" for an instant, in London time. */
export function formatInstant(ms: number): string {
  const w = instantToWall(ms);
  return `${formatDay(w.day)} ${timeOf(w.minutes)}`;
}

/** "9 h 30 min" for a duration. */
export function formatDuration(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  return m ? `${h} h ${m} min` : `${h} h`;
}
