import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { RateSaveInputSchema, RatesListSchema } from '../../../shared/sanctuary/schemas/rates.schema';
import type { Sqlite } from '../../db/connection';
import { readSettings, writeSettings } from '../../db/repos/settings.repo';
import { getRate, insertRate, listRates, rateByName, updateRate } from '../../db/repos/sanctuary/rates.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';

/*
 * The schedule of rates (managers keep it) and the hourly cost of support staff time used for
 * "cost per measure including support" in the quarterly outputs.
 */

/** The settings key of the support rate. */
const SUPPORT_RATE_KEY = 'sanctuarySupportHourlyPence';
/** £25 an hour until a manager sets the service's own figure. */
export const DEFAULT_SUPPORT_HOURLY_PENCE = 2500;

/** The hourly cost of support time, in pence. */
export function supportHourlyPence(db: Sqlite): number {
  const v = readSettings(db)[SUPPORT_RATE_KEY];
  return typeof v === 'number' && Number.isInteger(v) && v >= 0 ? v : DEFAULT_SUPPORT_HOURLY_PENCE;
}

/** The schedule of rates and the support rate. */
export function ratesList(ws: Workspace): z.output<typeof RatesListSchema> {
  const db = requireDb(ws);
  return { rates: listRates(db), supportHourlyPence: supportHourlyPence(db) };
}

/** Adds or changes a line of the schedule. Cases keep the name and price they were requested at. */
export function saveRate(ws: Workspace, input: z.output<typeof RateSaveInputSchema>): { id: number } {
  const db = requireDb(ws);
  const by = requireSession(ws).userId;
  if (input.id !== null && !getRate(db, input.id)) throw new AppError('NOT_FOUND', 'That line of the schedule does not exist.');
  const clash = rateByName(db, input.name);
  if (clash && clash.id !== input.id) throw new AppError('CONFLICT', 'Another line of the schedule already has that name.', { name: 'Already in the schedule.' });
  const { id: _id, ...fields } = input;
  let id = input.id ?? 0;
  db.transaction(() => {
    if (input.id === null) id = insertRate(db, fields, by, nowIso(ws));
    else updateRate(db, input.id, fields, by, nowIso(ws));
    audit(ws, { action: input.id === null ? 'sanctuary.rate.add' : 'sanctuary.rate.update', entity: 'sanctuary_rate', entityId: id, detail: `${input.name}: ${input.unitCostPence}p per ${input.unit}` });
  })();
  return { id };
}

/** Sets the hourly cost of support time. */
export function saveSupportRate(ws: Workspace, hourlyPence: number): { hourlyPence: number } {
  const db = requireDb(ws);
  db.transaction(() => {
    writeSettings(db, { [SUPPORT_RATE_KEY]: hourlyPence });
    audit(ws, { action: 'sanctuary.support-rate', entity: 'settings', detail: `${hourlyPence}p an hour` });
  })();
  return { hourlyPence };
}
