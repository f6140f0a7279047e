import { AppError } from '../../../shared/errors';
import { formatDateLong } from '../../../shared/support/letters/long-date';
import { moveOnLatestEnd } from '../../../shared/support/support-dates';

/*
 * Move-on / second-stage support after leaving a unit lasts up to twelve months from the exit
 * (`001_…` 4.12–4.19), not twelve months from whenever it was started: support started six months
 * after someone left runs for the six months that are left. A household referred straight to
 * move-on support (no unit, no exit) has its twelve months from the start.
 */

/** Move-on support asked for once the twelve months after the exit are up. */
export class MoveOnWindowError extends AppError {
  constructor(field: string, message: string) {
    super('INVALID_INPUT', message, { [field]: message });
    this.name = 'MoveOnWindowError';
  }
}

/** The last day move-on support can run to: twelve months after the exit, or after its start when there is no exit. */
export function moveOnEndFor(startOn: string, exitedOn: string | null): string {
  return moveOnLatestEnd(exitedOn ?? startOn);
}

/** Refuses move-on support that would start once the twelve months after the exit are up (it must run at least a day). */
export function assertWithinMoveOnWindow(startOn: string, exitedOn: string, field = 'startOn'): void {
  const last = moveOnLatestEnd(exitedOn);
  if (startOn >= last) {
    throw new MoveOnWindowError(
      field,
      `Move-on support lasts at most twelve months after leaving. The exit was on ${formatDateLong(exitedOn)}, so move-on support had to start before ${formatDateLong(last)}.`,
    );
  }
}
