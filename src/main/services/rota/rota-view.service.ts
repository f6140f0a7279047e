import { AppError } from '../../../shared/errors';
import { coverAt } from '../../../shared/rota/cover-at';
import { resolveRota } from '../../../shared/rota/resolve/resolve-rota';
import type { OnNow } from '../../../shared/rota/schemas/on-now.schema';
import type { ResolvedRota } from '../../../shared/rota/schemas/resolved.schema';
import { dateOf, dayOf, londonDayOf } from '../../../shared/rota/zone';
import { listStaff } from '../../db/repos/rota/rota-staff.repo';
import { insertWarningOverride, listWarningOverrides } from '../../db/repos/rota/rota-warnings.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { isRotaManager } from './rota-access';
import { loadRotaInput } from './rota-input';

/** The longest period one resolution covers (a year and a bit, for annual exports). */
export const MAX_PERIOD_DAYS = 400;

/** Refuses a period longer than MAX_PERIOD_DAYS. */
export function assertPeriod(p: { from: string; to: string }): void {
  if (dayOf(p.to) - dayOf(p.from) + 1 > MAX_PERIOD_DAYS) throw new AppError('INVALID_INPUT', `Choose a period of at most ${MAX_PERIOD_DAYS} days.`, { to: `At most ${MAX_PERIOD_DAYS} days after the start.` });
}

/**
 * The rota for a period as everyone sees it. Working-time warnings are for managers and
 * administrators (who act on them); for anyone else the list is empty.
 */
export function resolvePeriod(ws: Workspace, input: { from: string; to: string; warnings?: boolean }): ResolvedRota {
  assertPeriod(input);
  const db = requireDb(ws);
  const withWarnings = (input.warnings ?? true) && isRotaManager(ws);
  const rota = loadRotaInput(db, dayOf(input.from), dayOf(input.to), withWarnings);
  return resolveRota(rota, input, { warnings: withWarnings, warningOverrides: withWarnings ? listWarningOverrides(db) : [] });
}

/**
 * Who covers the office, the phone and manager on call at a moment (now by default), whether a
 * female and a male worker can be reached, and the next handover. The contact numbers of the
 * people on duty are given to every signed-in worker: a night worker alone with a crisis must be
 * able to ring the manager on call. The staff directory still shows numbers only to managers and
 * administrators, so nobody can browse everyone's number.
 */
export function onNow(ws: Workspace, input: { at?: string }): OnNow {
  requireSession(ws);
  const db = requireDb(ws);
  const at = input.at ? new Date(input.at) : ws.deps.clock.now();
  const day = londonDayOf(at.getTime());
  const rota = resolveRota(loadRotaInput(db, day - 1, day + 2, false), { from: dateOf(day - 1), to: dateOf(day + 2) });
  const result = coverAt(rota, at);
  const numbers = new Map(listStaff(db).map((s) => [s.id, s.contactNumber]));
  const fill = (list: OnNow['office']) => list.map((p) => ({ ...p, contactNumber: numbers.get(p.staffId) ?? null }));
  return {
    ...result,
    office: fill(result.office),
    phone: fill(result.phone),
    managerOnCall: fill(result.managerOnCall),
    femaleReachable: fill(result.femaleReachable),
    maleReachable: fill(result.maleReachable),
    nextHandover: result.nextHandover && { ...result.nextHandover, coming: fill(result.nextHandover.coming), going: fill(result.nextHandover.going) },
  };
}

/** Records a manager's decision to go ahead despite working-time warnings, with their reason. */
export function overrideWarnings(ws: Workspace, input: { keys: string[]; comment: string }): { overridden: number } {
  const db = requireDb(ws);
  const by = requireSession(ws).userId;
  let overridden = 0;
  db.transaction(() => {
    for (const key of input.keys) {
      if (!insertWarningOverride(db, key, input.comment, by, nowIso(ws))) continue;
      overridden++;
      // The key holds only the rule, a staff id and a date; the comment stays in the rota tables.
      audit(ws, { action: 'rota.warning.override', entity: 'rota_warning', entityId: key });
    }
  })();
  return { overridden };
}
