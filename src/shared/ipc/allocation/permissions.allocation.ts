import { ALL_STAFF, MANAGERS } from '../access';
import type { Access } from '../permissions';
import type { ALLOCATION_CHANNELS } from './channels.allocation';

/**
 * Who may call each allocation channel. Everyone sees the board, the units (addresses only for
 * managers and administrators, decided by the service) and vacancies, and records a household's
 * access needs; only managers and administrators change the register or the timeline (hold,
 * arrival, move, end, out of service, turn-away) and override an unsuitable match.
 */
export const ALLOCATION_PERMISSIONS: Record<(typeof ALLOCATION_CHANNELS)[number], Access> = {
  'units.list': ALL_STAFF,
  'units.save': MANAGERS,
  'allocation.board': ALL_STAFF,
  'allocation.candidates': ALL_STAFF,
  'allocation.match': ALL_STAFF,
  'allocation.needs.get': ALL_STAFF,
  'allocation.needs.save': ALL_STAFF,
  'allocation.hold': MANAGERS,
  'allocation.cancelHold': MANAGERS,
  'allocation.arrive': MANAGERS,
  'allocation.move': MANAGERS,
  'allocation.endStay': MANAGERS,
  'allocation.outOfService': MANAGERS,
  'allocation.endOutOfService': MANAGERS,
  'allocation.turnAway': MANAGERS,
  'allocation.figures': MANAGERS,
  'vacancies.list': ALL_STAFF,
};
