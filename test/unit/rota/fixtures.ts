import type { RotaInput, RotaPerson } from '../../../src/shared/rota/schemas/rota-input.schema';
import type { Requirement, ShiftType } from '../../../src/shared/rota/schemas/shift-type.schema';
import type { RotationVersion } from '../../../src/shared/rota/schemas/rotation.schema';
import type { Cover } from '../../../src/shared/rota/schemas/cover.schema';
import type { Leave } from '../../../src/shared/rota/schemas/staff.schema';
import type { Swap } from '../../../src/shared/rota/schemas/swap.schema';

const AT = '2026-01-01T00:00:00.000Z';

/** A person for pure tests. */
export function person(id: number, name: string, sex: RotaPerson['sex'] = 'female', extra: Partial<RotaPerson> = {}): RotaPerson {
  return { id, name, sex, skills: [], active: true, contractedHours: 37.5, wtrOptOutDate: null, ...extra };
}

/** A shift type for pure tests. */
export function shiftType(id: number, name: string, extra: Partial<ShiftType> = {}): ShiftType {
  return {
    id,
    name,
    kind: 'waking_night',
    defaultStart: '22:00',
    defaultEnd: '08:00',
    covers: ['office', 'phone'],
    nightWork: true,
    countsAsWorkingTime: true,
    active: true,
    ...extra,
  };
}

/** A requirement for pure tests. */
export function requirement(id: number, extra: Partial<Requirement> = {}): Requirement {
  return {
    id,
    label: `Requirement ${id}`,
    shiftTypeId: null,
    from: '00:00',
    to: '00:00',
    daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
    minPeople: 1,
    requiredSkill: null,
    requiredSex: null,
    active: true,
    ...extra,
  };
}

let versionId = 1000;

/** One rotation version for pure tests. */
export function version(rotationId: number, v: Partial<RotationVersion> & Pick<RotationVersion, 'shiftTypeId' | 'startDate' | 'people'>): RotationVersion {
  return {
    id: versionId++,
    rotationId,
    effectiveFrom: v.startDate,
    name: `Rotation ${rotationId}`,
    startTime: '22:00',
    endTime: '08:00',
    daysOfWeek: [1, 2, 3, 4, 5, 6, 7],
    turnLengthDays: 1,
    handoverTime: v.startTime ?? '22:00',
    endDate: null,
    createdAt: AT,
    ...v,
  };
}

/** A one-off or override for pure tests. */
export function cover(id: number, c: Partial<Cover> & Pick<Cover, 'shiftTypeId' | 'staffId' | 'start' | 'end'>): Cover {
  return { id, layer: 'override', replacesStaffId: null, note: '', createdAt: AT, ...c };
}

/** Leave for pure tests. */
export function leave(id: number, staffId: number, start: string, end: string, type: Leave['type'] = 'annual'): Leave {
  return { id, staffId, start, end, type, createdAt: AT };
}

/** An approved swap for pure tests. */
export function swap(id: number, s: Partial<Swap> & Pick<Swap, 'requesterStaffId' | 'counterpartStaffId' | 'give'>): Swap {
  return { id, take: null, state: 'approved', note: '', requestedAt: AT, acceptedAt: AT, decidedAt: AT, decisionComment: null, ...s };
}

/** An input with defaults. */
export function input(i: Partial<RotaInput>): RotaInput {
  return { staff: [], shiftTypes: [], requirements: [], rotations: [], covers: [], swaps: [], leave: [], ...i };
}
