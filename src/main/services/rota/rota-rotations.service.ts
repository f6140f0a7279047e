import { AppError } from '../../../shared/errors';
import { expandRotations } from '../../../shared/rota/resolve/pieces';
import type { Rotation, RotationVersion } from '../../../shared/rota/schemas/rotation.schema';
import { dateOf, dayOf } from '../../../shared/rota/zone';
import type { Sqlite } from '../../db/connection';
import { deleteFutureVersion, getRotation, insertRotation, insertVersion, listRotations as listRotationRows, type VersionFields } from '../../db/repos/rota/rota-rotations.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { requireShiftType, requireStaff, today } from './rota-access';

/** A rotation's pattern as a form sends it. */
interface PatternInput {
  name: string;
  shiftTypeId: number;
  startDate: string;
  startTime: string;
  endTime: string;
  daysOfWeek: number[];
  turnLengthDays: number;
  handoverTime?: string;
  people: number[];
  endDate: string | null;
}

function checkPattern(db: Sqlite, p: PatternInput): void {
  requireShiftType(db, p.shiftTypeId);
  p.people.forEach((id, i) => {
    const s = requireStaff(db, id, `people.${i}`);
    if (!s.active) throw new AppError('CONFLICT', `${s.name} is no longer on the rota.`, { [`people.${i}`]: 'This person is no longer on the rota.' });
  });
}

function fields(p: PatternInput, effectiveFrom: string): VersionFields {
  return {
    effectiveFrom,
    name: p.name,
    shiftTypeId: p.shiftTypeId,
    startDate: p.startDate,
    startTime: p.startTime,
    endTime: p.endTime,
    daysOfWeek: p.daysOfWeek,
    turnLengthDays: p.turnLengthDays,
    handoverTime: p.handoverTime ?? p.startTime,
    people: p.people,
    endDate: p.endDate,
  };
}

function mustGet(db: Sqlite, id: number): Rotation {
  const r = getRotation(db, id);
  if (!r) throw new AppError('NOT_FOUND', 'That rotation does not exist.', { rotationId: 'Choose a rotation from the list.' });
  return r;
}

/**
 * Refuses a change from `effectiveFrom` unless it only touches the future: the date must not be
 * in the past, and if it is today, no shift of the rotation may have started yet today.
 */
function assertFutureOnly(ws: Workspace, rotation: Rotation, effectiveFrom: string, field: string): void {
  const t = today(ws);
  const from = dayOf(effectiveFrom);
  if (from < t) throw new AppError('CONFLICT', 'Changes to a rotation cannot reach into the past. Choose today or a later date.', { [field]: 'Choose today or a later date.' });
  if (from === t) {
    const now = ws.deps.clock.now().getTime();
    if (expandRotations([rotation], t, t).some((p) => p.start <= now)) {
      throw new AppError('CONFLICT', 'A shift of this rotation has already started today. Make the change from tomorrow, and use an override for today.', {
        [field]: 'A shift has already started today: choose tomorrow or later.',
      });
    }
  }
}

/** Every rotation with its versions. */
export function listRotations(ws: Workspace): Rotation[] {
  return listRotationRows(requireDb(ws));
}

/** Creates a rotation; its first version takes effect on its start date. */
export function addRotation(ws: Workspace, input: PatternInput): Rotation {
  const db = requireDb(ws);
  checkPattern(db, input);
  const by = requireSession(ws).userId;
  let id = 0;
  db.transaction(() => {
    id = insertRotation(db, by, nowIso(ws));
    const versionId = insertVersion(db, id, fields(input, input.startDate), by, nowIso(ws));
    audit(ws, { action: 'rota.rotation.add', entity: 'rota_rotation', entityId: id, detail: `version ${versionId} from ${input.startDate}` });
  })();
  return mustGet(db, id);
}

/**
 * Changes a rotation from a date on by adding a version. Shifts before that date keep the pattern
 * they had. A plan already made for the same date (not yet in effect) is replaced; plans for later
 * dates stay and take over on their own dates.
 */
export function editRotation(ws: Workspace, input: PatternInput & { rotationId: number; effectiveFrom: string }): Rotation {
  const db = requireDb(ws);
  const rotation = mustGet(db, input.rotationId);
  assertFutureOnly(ws, rotation, input.effectiveFrom, 'effectiveFrom');
  checkPattern(db, input);
  const by = requireSession(ws).userId;
  db.transaction(() => {
    const same = rotation.versions.find((v) => v.effectiveFrom === input.effectiveFrom);
    if (same) deleteFutureVersion(db, same.id);
    const versionId = insertVersion(db, rotation.id, fields(input, input.effectiveFrom), by, nowIso(ws));
    audit(ws, { action: 'rota.rotation.edit', entity: 'rota_rotation', entityId: rotation.id, detail: `version ${versionId} from ${input.effectiveFrom}` });
  })();
  return mustGet(db, rotation.id);
}

function versionOn(rotation: Rotation, day: number): RotationVersion {
  const sorted = [...rotation.versions].sort((a, b) => (a.effectiveFrom < b.effectiveFrom ? -1 : 1));
  let current = sorted[0]!;
  for (const v of sorted) if (dayOf(v.effectiveFrom) <= day) current = v;
  return current;
}

/** Stops a rotation after a date: no shifts from the next day on (planned later versions are dropped). */
export function endRotation(ws: Workspace, input: { rotationId: number; lastDate: string }): Rotation {
  const db = requireDb(ws);
  const rotation = mustGet(db, input.rotationId);
  if (rotation.versions.length === 0) throw new AppError('CONFLICT', 'That rotation has no pattern to end.');
  const stopDay = dayOf(input.lastDate) + 1;
  const stopDate = dateOf(stopDay);
  assertFutureOnly(ws, rotation, stopDate, 'lastDate');
  const base = versionOn(rotation, stopDay);
  const by = requireSession(ws).userId;
  db.transaction(() => {
    for (const v of rotation.versions) if (dayOf(v.effectiveFrom) >= stopDay) deleteFutureVersion(db, v.id);
    const versionId = insertVersion(db, rotation.id, { ...base, effectiveFrom: stopDate, endDate: input.lastDate }, by, nowIso(ws));
    audit(ws, { action: 'rota.rotation.end', entity: 'rota_rotation', entityId: rotation.id, detail: `version ${versionId}, last date ${input.lastDate}` });
  })();
  return mustGet(db, rotation.id);
}
