import type { Leave } from '../schemas/staff.schema';
import type { RotaInput, RotaPerson } from '../schemas/rota-input.schema';
import type { ShiftType } from '../schemas/shift-type.schema';
import { localToInstant } from '../zone';
import type { Span } from './intervals';

/** A stretch of leave as instants. */
export interface LeaveSpan extends Span {
  type: Leave['type'];
}

/** Look-ups the resolver's steps share. */
export interface RotaContext {
  staff: Map<number, RotaPerson>;
  types: Map<number, ShiftType>;
  /** Leave per person, sorted by start. */
  leave: Map<number, LeaveSpan[]>;
}

/** Builds the look-ups once per resolution. */
export function buildContext(input: Pick<RotaInput, 'staff' | 'shiftTypes' | 'leave'>): RotaContext {
  const leave = new Map<number, LeaveSpan[]>();
  for (const l of input.leave) {
    const span = { start: localToInstant(l.start), end: localToInstant(l.end), type: l.type };
    if (span.end <= span.start) continue;
    const list = leave.get(l.staffId);
    if (list) list.push(span);
    else leave.set(l.staffId, [span]);
  }
  for (const list of leave.values()) list.sort((a, b) => a.start - b.start);
  return {
    staff: new Map(input.staff.map((s) => [s.id, s])),
    types: new Map(input.shiftTypes.map((t) => [t.id, t])),
    leave,
  };
}

/** A person's name for messages ("someone removed" if they are not in the directory). */
export function nameOf(ctx: RotaContext, staffId: number): string {
  return ctx.staff.get(staffId)?.name ?? `staff member ${staffId}`;
}

/** A shift type's name for messages. */
export function typeName(ctx: RotaContext, shiftTypeId: number): string {
  return ctx.types.get(shiftTypeId)?.name ?? `shift type ${shiftTypeId}`;
}

/** Rounds hours to 2 decimal places (minutes are exact to 1/60, hundredths are enough to show). */
export function roundHours(ms: number): number {
  return Math.round((ms / 3_600_000) * 100) / 100;
}
