/*
 * When the "on now" panel asks again, and how it says how long until the handover. The server's
 * answer carries its own "now" (`at`) and the moment the answer next changes (`validUntil`), so the
 * panel times itself from those rather than from the PC's clock, which may be wrong.
 */

/** Never wait less than this (a burst of changes), nor longer than this (a PC woken from sleep). */
export const MIN_REFRESH_MS = 5_000;
export const MAX_REFRESH_MS = 30 * 60_000;
/** Ask a moment after the change, so the server's clock is surely past it. */
export const REFRESH_MARGIN_MS = 1_000;

/** How long to wait before asking again. */
export function refreshDelay(answer: { at: string; validUntil: string }): number {
  const ms = Date.parse(answer.validUntil) - Date.parse(answer.at) + REFRESH_MARGIN_MS;
  if (!Number.isFinite(ms)) return MAX_REFRESH_MS;
  return Math.min(MAX_REFRESH_MS, Math.max(MIN_REFRESH_MS, ms));
}

/** "in 2 h 5 min", "in 40 min", "in under a minute", "now". */
export function untilLabel(ms: number): string {
  if (ms <= 0) return 'now';
  const minutes = Math.floor(ms / 60_000);
  if (minutes < 1) return 'in under a minute';
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `in ${m} min`;
  return m === 0 ? `in ${h} h` : `in ${h} h ${m} min`;
}

/** "08:00" when the time is today (London), "Wed 08:00" otherwise. */
export function clockLabel(local: string, todayLocal: string, weekday: (date: string) => string): string {
  const time = local.slice(11, 16);
  return local.slice(0, 10) === todayLocal.slice(0, 10) ? time : `${weekday(local.slice(0, 10))} ${time}`;
}
