import { AppError } from '../../../shared/errors';
import { assessUnit, fitReasons, type Assessment } from '../../../shared/allocation/suitability';
import { OPEN_END, shortDay } from '../../../shared/allocation/nights';
import { londonDate } from '../../../shared/time/london';
import type { Sqlite } from '../../db/connection';
import { DatabaseBusyError } from '../../db/errors';
import { expireHolds } from '../../db/repos/allocation/timeline.repo';
import { getUnit, type UnitRow } from '../../db/repos/allocation/units.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { householdFacts } from './household-facts';
import { periodsByUnit, timelineRows, unitFacts } from './unit-facts';

/*
 * What every change to a unit's timeline shares. Each runs in one IMMEDIATE transaction: the
 * write lock is taken before anything is read, so two sessions (or a double click) are
 * serialised; inside it, lapsed holds are marked expired, the unit is checked with the same
 * pure rules the board shows, and the change and its audit entry are written together. If the
 * check is somehow passed twice, the overlap triggers still refuse the second booking, and the
 * loser is told plainly.
 */

/** The message a person sees when someone else booked the unit first. */
export const TAKEN_MESSAGE = 'Someone else booked this unit for some of those nights a moment ago. Nothing was changed: look at the board again and choose another unit or other dates.';

function isOverlapError(e: unknown): boolean {
  return e instanceof Error && /waymark-overlap/.test(e.message);
}

function isBusy(e: unknown): boolean {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String((e as { code: unknown }).code) : '';
  return code === 'SQLITE_BUSY' || code === 'SQLITE_LOCKED';
}

/** Runs `fn` in an IMMEDIATE transaction after expiring lapsed holds; overlap refusals become CONFLICT. */
export function bookingTransaction<T>(ws: Workspace, fn: (db: Sqlite, now: string) => T): T {
  const db = requireDb(ws);
  const now = nowIso(ws);
  try {
    return db
      .transaction(() => {
        expireHolds(db, now);
        return fn(db, now);
      })
      .immediate();
  } catch (e) {
    if (isOverlapError(e)) throw new AppError('CONFLICT', TAKEN_MESSAGE);
    if (isBusy(e)) throw new DatabaseBusyError();
    throw e;
  }
}

/** The service's today (London). */
export function today(ws: Workspace): string {
  return londonDate(ws.deps.clock.now());
}

/** The unit, or NOT_FOUND. */
export function mustGetUnit(db: Sqlite, unitId: number): UnitRow {
  const u = getUnit(db, unitId);
  if (!u) throw new AppError('NOT_FOUND', 'That unit does not exist.');
  return u;
}

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

/** Refuses a date outside [earliest, latest], naming the field. */
export function checkDateWithin(field: string, date: string, earliest: string | null, latest: string | null, what: string): void {
  if (earliest !== null && date < earliest) throw invalid(field, `${what} cannot be before ${shortDay(earliest)}.`);
  if (latest !== null && date > latest) throw invalid(field, `${what} cannot be after ${shortDay(latest)}.`);
}

/** Refuses nights when the unit is not part of the service. */
export function checkUnitOpen(u: UnitRow, start: string, end: string | null): void {
  if (start < u.opened_on) throw new AppError('CONFLICT', `${u.code} opens on ${shortDay(u.opened_on)}.`);
  if (u.closed_on !== null && (end ?? OPEN_END) > u.closed_on) {
    throw new AppError('CONFLICT', `${u.code} closes on ${shortDay(u.closed_on)}: give an end date before then, or choose another unit.`);
  }
}

function sentence(texts: string[]): string {
  return texts.join('; ');
}

/**
 * Checks the unit suits the household for the nights, inside the booking transaction.
 * Availability can never be overridden; fit reasons can, by a manager or administrator with a
 * written justification (audited by the caller through `auditOverride`).
 */
export function checkPlacement(
  ws: Workspace,
  db: Sqlite,
  now: string,
  args: { unit: UnitRow; householdId: number; start: string; end: string | null; override: { justification: string } | null; ignoreStayId?: number },
): { assessment: Assessment; overridden: boolean } {
  checkUnitOpen(args.unit, args.start, args.end);
  const rows = timelineRows(db, args.start, args.end ?? OPEN_END, now, args.unit.id);
  if (args.ignoreStayId !== undefined) rows.stays = rows.stays.filter((s) => s.id !== args.ignoreStayId);
  const periods = periodsByUnit(rows).get(args.unit.id) ?? [];
  const assessment = assessUnit(householdFacts(db, args.householdId), unitFacts(args.unit), periods, {
    start: args.start,
    end: args.end,
    householdId: args.householdId,
  });
  const unavailable = assessment.reasons.filter((r) => r.availability);
  if (unavailable.length) {
    throw new AppError('CONFLICT', `${args.unit.code} is not free for those nights: ${sentence(unavailable.map((r) => r.text))}. Nothing was changed.`);
  }
  const fit = fitReasons(assessment);
  if (fit.length === 0) return { assessment, overridden: false };
  if (!args.override) {
    const message = `${args.unit.code} does not suit this household: ${sentence(fit.map((r) => r.text))}. A manager may override this with a written justification.`;
    throw new AppError('CONFLICT', message, { override: message });
  }
  const role = requireSession(ws).role;
  if (role !== 'manager' && role !== 'administrator') {
    audit(ws, { action: 'allocation.override-denied', entity: 'unit', entityId: args.unit.id, detail: `role ${role}` });
    throw new AppError('FORBIDDEN', 'Only a manager can place a household in a unit that does not suit them.');
  }
  return { assessment, overridden: true };
}

/** Audits an override: which unit, which household, the reasons set aside and the justification. */
export function auditOverride(ws: Workspace, a: { unit: UnitRow; householdId: number; assessment: Assessment; justification: string; action: string }): void {
  audit(ws, {
    action: 'allocation.override',
    entity: 'unit',
    entityId: a.unit.id,
    detail: `${a.action} household ${a.householdId} in ${a.unit.code} despite: ${sentence(fitReasons(a.assessment).map((r) => r.text))}. Justification: ${a.justification}`,
  });
}
