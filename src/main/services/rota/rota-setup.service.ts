import { AppError } from '../../../shared/errors';
import type { Requirement, ShiftType } from '../../../shared/rota/schemas/shift-type.schema';
import { getRequirement, insertRequirement, listRequirements as listRequirementRows, updateRequirement as updateRequirementRow, type RequirementFields } from '../../db/repos/rota/rota-requirements.repo';
import { getShiftTypeByName, insertShiftType, listShiftTypes as listShiftTypeRows, updateShiftType as updateShiftTypeRow, type ShiftTypeFields } from '../../db/repos/rota/rota-shift-types.repo';
import { audit, requireDb, type Workspace } from '../workspace';
import { requireShiftType } from './rota-access';

function assertNameFree(ws: Workspace, name: string, exceptId: number | null): void {
  const other = getShiftTypeByName(requireDb(ws), name);
  if (other && other.id !== exceptId) throw new AppError('CONFLICT', 'There is already a shift type with that name.', { name: 'Choose a different name.' });
}

/** Every shift type. */
export function listShiftTypes(ws: Workspace): ShiftType[] {
  return listShiftTypeRows(requireDb(ws));
}

/** Defines a shift type. */
export function addShiftType(ws: Workspace, input: Omit<ShiftTypeFields, 'active'>): ShiftType {
  const db = requireDb(ws);
  assertNameFree(ws, input.name, null);
  let id = 0;
  db.transaction(() => {
    id = insertShiftType(db, { ...input, active: true });
    audit(ws, { action: 'rota.shiftType.add', entity: 'rota_shift_type', entityId: id, detail: input.kind });
  })();
  return requireShiftType(db, id);
}

/**
 * Changes a shift type. Its default times only pre-fill new rotations and shifts, so changing
 * them moves nothing already planned.
 */
export function updateShiftType(ws: Workspace, input: ShiftTypeFields & { id: number }): ShiftType {
  const db = requireDb(ws);
  requireShiftType(db, input.id, 'id');
  assertNameFree(ws, input.name, input.id);
  db.transaction(() => {
    updateShiftTypeRow(db, input.id, input);
    audit(ws, { action: 'rota.shiftType.update', entity: 'rota_shift_type', entityId: input.id });
  })();
  return requireShiftType(db, input.id);
}

/** Every coverage requirement. */
export function listRequirements(ws: Workspace): Requirement[] {
  return listRequirementRows(requireDb(ws));
}

function mustGetRequirement(ws: Workspace, id: number): Requirement {
  const r = getRequirement(requireDb(ws), id);
  if (!r) throw new AppError('NOT_FOUND', 'That requirement does not exist.');
  return r;
}

/** Adds a coverage requirement. */
export function addRequirement(ws: Workspace, input: Omit<RequirementFields, 'active'>): Requirement {
  const db = requireDb(ws);
  if (input.shiftTypeId !== null) requireShiftType(db, input.shiftTypeId);
  let id = 0;
  db.transaction(() => {
    id = insertRequirement(db, { ...input, active: true });
    audit(ws, { action: 'rota.requirement.add', entity: 'rota_requirement', entityId: id });
  })();
  return mustGetRequirement(ws, id);
}

/** Changes a coverage requirement (set `active: false` to retire it). */
export function updateRequirement(ws: Workspace, input: RequirementFields & { id: number }): Requirement {
  const db = requireDb(ws);
  mustGetRequirement(ws, input.id);
  if (input.shiftTypeId !== null) requireShiftType(db, input.shiftTypeId);
  db.transaction(() => {
    updateRequirementRow(db, input.id, input);
    audit(ws, { action: 'rota.requirement.update', entity: 'rota_requirement', entityId: input.id });
  })();
  return mustGetRequirement(ws, input.id);
}
