import type { RotaInput } from '../../../shared/rota/schemas/rota-input.schema';
import { WTR_LOOKBACK_DAYS } from '../../../shared/rota/wtr';
import { dateOf } from '../../../shared/rota/zone';
import type { Sqlite } from '../../db/connection';
import { listCover } from '../../db/repos/rota/rota-cover.repo';
import { listLeave } from '../../db/repos/rota/rota-leave.repo';
import { listRequirements } from '../../db/repos/rota/rota-requirements.repo';
import { listRotations } from '../../db/repos/rota/rota-rotations.repo';
import { listShiftTypes } from '../../db/repos/rota/rota-shift-types.repo';
import { listStaff } from '../../db/repos/rota/rota-staff.repo';
import { approvedSwaps } from '../../db/repos/rota/rota-swaps.repo';

/**
 * Everything the pure resolver needs for London days fromDay..toDay, read in one go. Cover and
 * leave are read with a margin: a day before (night shifts run into the period) plus the
 * working-time look-back when warnings are wanted, and two days after.
 */
export function loadRotaInput(db: Sqlite, fromDay: number, toDay: number, withWarnings: boolean): RotaInput {
  const fromLocal = `${dateOf(fromDay - 2 - (withWarnings ? WTR_LOOKBACK_DAYS : 0))}T00:00`;
  const toLocal = `${dateOf(toDay + 2)}T00:00`;
  return {
    // Contact numbers never reach the resolver.
    staff: listStaff(db).map((s) => ({
      id: s.id,
      name: s.name,
      sex: s.sex,
      skills: s.skills,
      active: s.active,
      contractedHours: s.contractedHours,
      wtrOptOutDate: s.wtrOptOutDate,
    })),
    shiftTypes: listShiftTypes(db),
    requirements: listRequirements(db),
    rotations: listRotations(db),
    covers: listCover(db, fromLocal, toLocal),
    swaps: approvedSwaps(db),
    leave: listLeave(db, fromLocal, toLocal),
  };
}
