import type { Access } from '../permissions';
import type { ROTA_CHANNELS } from './channels.rota';
import { ALL_STAFF, MANAGERS } from '../access';

/**
 * Who may call each rota channel. Managers and administrators build the rota; every role (night
 * workers included) reads it, books their own leave, asks for and answers swaps, logs calls and
 * writes and acknowledges handovers. Services narrow further where a worker may act only for
 * themselves (their own leave, their own swaps) and hide contact numbers from non-managers.
 */
export const ROTA_PERMISSIONS: Record<(typeof ROTA_CHANNELS)[number], Access> = {
  'rota.onNow': ALL_STAFF,
  'rota.resolve': ALL_STAFF,
  'rota.staff.list': ALL_STAFF,
  'rota.staff.candidates': MANAGERS,
  'rota.staff.add': MANAGERS,
  'rota.staff.update': MANAGERS,
  'rota.staff.setActive': MANAGERS,
  'rota.leave.list': ALL_STAFF,
  'rota.leave.add': ALL_STAFF,
  'rota.leave.remove': ALL_STAFF,
  'rota.shiftTypes.list': ALL_STAFF,
  'rota.shiftTypes.add': MANAGERS,
  'rota.shiftTypes.update': MANAGERS,
  'rota.requirements.list': ALL_STAFF,
  'rota.requirements.add': MANAGERS,
  'rota.requirements.update': MANAGERS,
  'rota.rotations.list': ALL_STAFF,
  'rota.rotations.add': MANAGERS,
  'rota.rotations.edit': MANAGERS,
  'rota.rotations.end': MANAGERS,
  'rota.oneOffs.list': ALL_STAFF,
  'rota.oneOffs.add': MANAGERS,
  'rota.oneOffs.remove': MANAGERS,
  'rota.overrides.list': ALL_STAFF,
  'rota.overrides.add': MANAGERS,
  'rota.overrides.remove': MANAGERS,
  'rota.swaps.list': ALL_STAFF,
  'rota.swaps.request': ALL_STAFF,
  'rota.swaps.accept': ALL_STAFF,
  'rota.swaps.approve': MANAGERS,
  'rota.swaps.decline': ALL_STAFF,
  'rota.swaps.cancel': ALL_STAFF,
  'rota.warnings.override': MANAGERS,
  'rota.export.pdf': ALL_STAFF,
  'rota.export.ics': ALL_STAFF,
  'rota.export.csv': MANAGERS,
  'phoneLog.list': ALL_STAFF,
  'phoneLog.followUps': ALL_STAFF,
  'phoneLog.add': ALL_STAFF,
  'phoneLog.update': ALL_STAFF,
  'phoneLog.closeFollowUp': ALL_STAFF,
  'handover.list': ALL_STAFF,
  'handover.get': ALL_STAFF,
  'handover.unread': ALL_STAFF,
  'handover.add': ALL_STAFF,
  'handover.acknowledge': ALL_STAFF,
};
