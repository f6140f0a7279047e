import { AppError } from '../../../shared/errors';
import { londonDate } from '../../../shared/time/london';
import type { Workspace } from '../workspace';

/*
 * Small helpers every support service uses: field errors, today's London date, and the date checks
 * that need "now" (applied with the injected clock).
 */

/** An INVALID_INPUT error on one field. */
export function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

/** Today's date in London, by the workspace's clock. */
export function todayOf(ws: Workspace): string {
  return londonDate(ws.deps.clock.now());
}

/** Refuses a date after today. */
export function notFuture(ws: Workspace, date: string | null | undefined, field: string, what: string): void {
  if (date && date > todayOf(ws)) throw invalid(field, `${what} cannot be in the future.`);
}

/** Refuses a date before a limit (e.g. before the referral was received). */
export function notBefore(date: string | null | undefined, limit: string, field: string, message: string): void {
  if (date && date < limit) throw invalid(field, message);
}

/** Whether the signed-in role is a manager or an administrator. */
export function isManager(ws: Workspace): boolean {
  const role = ws.session?.role;
  return role === 'manager' || role === 'administrator';
}

/** Whether an error is a SQLite constraint raised by one of our triggers with this tag. */
export function isTriggerError(e: unknown, tag: string): boolean {
  return e instanceof Error && e.message.includes(tag);
}
