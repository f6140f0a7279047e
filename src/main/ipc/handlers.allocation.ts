import type { ALLOCATION_CHANNELS } from '../../shared/ipc/allocation/channels.allocation';
import { allocationCandidates, buildBoard, matchHousehold } from '../services/allocation/board.service';
import { figuresFor } from '../services/allocation/figures.service';
import { cancelHold, holdUnit } from '../services/allocation/holds.service';
import { getHouseholdNeeds, saveHouseholdNeeds } from '../services/allocation/needs.service';
import { endOutOfService, setOutOfService } from '../services/allocation/out-of-service.service';
import { confirmArrival, endStay, moveHousehold } from '../services/allocation/stays.service';
import { turnAway } from '../services/allocation/turn-away.service';
import { listUnitRegister, saveUnit } from '../services/allocation/units.service';
import { vacancyList } from '../services/allocation/vacancies.service';
import type { Workspace } from '../services/workspace';
import type { Handlers } from './router';

/** The units, board, vacancies and figures channels' handlers. */
export function allocationHandlers(ws: Workspace): Pick<Handlers, (typeof ALLOCATION_CHANNELS)[number]> {
  return {
    'units.list': (input) => listUnitRegister(ws, input),
    'units.save': (input) => saveUnit(ws, input),
    'allocation.board': (input) => buildBoard(ws, input),
    'allocation.candidates': () => allocationCandidates(ws),
    'allocation.match': (input) => matchHousehold(ws, input),
    'allocation.needs.get': (input) => getHouseholdNeeds(ws, input.householdId),
    'allocation.needs.save': (input) => saveHouseholdNeeds(ws, input),
    'allocation.hold': (input) => holdUnit(ws, input),
    'allocation.cancelHold': (input) => cancelHold(ws, input),
    'allocation.arrive': (input) => confirmArrival(ws, input),
    'allocation.move': (input) => moveHousehold(ws, input),
    'allocation.endStay': (input) => endStay(ws, input),
    'allocation.outOfService': (input) => setOutOfService(ws, input),
    'allocation.endOutOfService': (input) => endOutOfService(ws, input),
    'allocation.turnAway': (input) => turnAway(ws, input),
    'allocation.figures': (input) => figuresFor(ws, input),
    'vacancies.list': (input) => vacancyList(ws, input),
  };
}
