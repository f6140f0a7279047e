import type { z } from 'zod';
import type { Unit, UnitListInputSchema, UnitSaveInput } from '../../../shared/allocation/schemas/unit.schema';
import { AppError } from '../../../shared/errors';
import { OPEN_END, shortDay } from '../../../shared/allocation/nights';
import { getUnit, insertUnit, listUnits, unitWithCode, updateUnit, type UnitRow } from '../../db/repos/allocation/units.repo';
import { holdsOverlapping, staysOverlapping } from '../../db/repos/allocation/timeline.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { today } from './booking';

/*
 * The units register. Everyone sees what a unit is and whom it takes; its address is restricted
 * to managers and administrators (a support worker's screen may be seen by a visitor, and the
 * address is the one thing a perpetrator wants).
 */

/** Whether the signed-in person may see unit addresses. */
export function maySeeAddresses(ws: Workspace): boolean {
  const role = requireSession(ws).role;
  return role === 'manager' || role === 'administrator';
}

/** A unit row as the register returns it to this reader. */
export function toUnit(u: UnitRow, day: string, showAddress: boolean): Unit {
  return {
    id: u.id,
    code: u.code,
    name: u.name,
    address: showAddress ? u.address : null,
    addressHidden: !showAddress,
    type: u.type,
    singleSex: u.single_sex,
    bedrooms: u.bedrooms,
    maxOccupants: u.max_occupants,
    maxChildren: u.max_children,
    oldestBoy: u.oldest_boy,
    wheelchair: u.wheelchair === 1,
    stepFree: u.step_free === 1,
    floor: u.floor,
    pets: u.pets === 1,
    locality: u.locality,
    postcodeDistrict: u.postcode_district,
    notes: u.notes,
    openedOn: u.opened_on,
    closedOn: u.closed_on,
    active: u.opened_on <= day && (u.closed_on === null || u.closed_on > day),
    updatedAt: u.updated_at,
  };
}

/** The register, in code order; closed units only when asked. */
export function listUnitRegister(ws: Workspace, q: z.output<typeof UnitListInputSchema>): Unit[] {
  const day = today(ws);
  const show = maySeeAddresses(ws);
  return listUnits(requireDb(ws))
    .map((u) => toUnit(u, day, show))
    .filter((u) => q.includeClosed || u.closedOn === null || u.closedOn > day);
}

const CHANGED_FIELDS: [keyof UnitRow, keyof UnitSaveInput][] = [
  ['code', 'code'],
  ['name', 'name'],
  ['address', 'address'],
  ['type', 'type'],
  ['single_sex', 'singleSex'],
  ['bedrooms', 'bedrooms'],
  ['max_occupants', 'maxOccupants'],
  ['max_children', 'maxChildren'],
  ['oldest_boy', 'oldestBoy'],
  ['floor', 'floor'],
  ['locality', 'locality'],
  ['postcode_district', 'postcodeDistrict'],
  ['notes', 'notes'],
  ['opened_on', 'openedOn'],
  ['closed_on', 'closedOn'],
];
const CHANGED_FLAGS: [keyof UnitRow, keyof UnitSaveInput][] = [
  ['wheelchair', 'wheelchair'],
  ['step_free', 'stepFree'],
  ['pets', 'pets'],
];

/** The names of fields that change (never their values: the address must not reach the audit log). */
function changedFields(before: UnitRow, after: UnitSaveInput): string[] {
  const out: string[] = [];
  for (const [col, key] of CHANGED_FIELDS) if (before[col] !== after[key]) out.push(String(key));
  for (const [col, key] of CHANGED_FLAGS) if ((before[col] === 1) !== after[key]) out.push(String(key));
  return out;
}

/** Adds or updates a unit (managers and administrators). */
export function saveUnit(ws: Workspace, input: UnitSaveInput): Unit {
  const db = requireDb(ws);
  const userId = requireSession(ws).userId;
  const at = nowIso(ws);
  const { id: _id, ...fields } = input;
  let id = input.id;
  db.transaction(() => {
    if (unitWithCode(db, input.code, input.id)) {
      throw new AppError('CONFLICT', `Another unit already has the code ${input.code}.`, { code: `Another unit already has the code ${input.code}.` });
    }
    if (input.id === null) {
      id = insertUnit(db, fields, at, userId);
      audit(ws, { action: 'unit.create', entity: 'unit', entityId: id, detail: input.code });
      return;
    }
    const before = getUnit(db, input.id);
    if (!before) throw new AppError('NOT_FOUND', 'That unit does not exist.');
    // A unit cannot close (or open later) around a household's nights.
    const outside = (from: string, to: string) => staysOverlapping(db, from, to, before.id).length + holdsOverlapping(db, from, to, at, before.id).length > 0;
    if (input.openedOn > before.opened_on && outside(before.opened_on, input.openedOn)) {
      throw new AppError('CONFLICT', `${before.code} has stays or holds before ${shortDay(input.openedOn)}.`, { openedOn: 'Stays or holds begin before this date.' });
    }
    if (input.closedOn !== null && outside(input.closedOn, OPEN_END)) {
      throw new AppError('CONFLICT', `${before.code} has stays or holds from ${shortDay(input.closedOn)}: end or move them first.`, { closedOn: 'Stays or holds continue past this date.' });
    }
    updateUnit(db, before.id, fields, at);
    audit(ws, { action: 'unit.update', entity: 'unit', entityId: before.id, detail: `${input.code}: ${changedFields(before, input).join(', ') || 'no change'}` });
  })();
  return toUnit(getUnit(db, id!)!, today(ws), true);
}
