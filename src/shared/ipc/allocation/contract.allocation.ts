import { z } from 'zod';
import { BoardQuerySchema, BoardSchema, CandidateSchema, MatchQuerySchema, MatchSchema } from '../../allocation/schemas/board.schema';
import { FiguresQuerySchema, FiguresSchema } from '../../allocation/schemas/figures.schema';
import { NeedsGetInputSchema, NeedsRecordSchema, NeedsSaveInputSchema } from '../../allocation/schemas/needs.schema';
import {
  ArriveInputSchema,
  BookedSchema,
  CancelHoldInputSchema,
  EndOutOfServiceInputSchema,
  EndStayInputSchema,
  HoldInputSchema,
  MoveInputSchema,
  OutOfServiceInputSchema,
  TurnAwayInputSchema,
} from '../../allocation/schemas/timeline.schema';
import { UnitListInputSchema, UnitSaveInputSchema, UnitSchema } from '../../allocation/schemas/unit.schema';
import { VacancyListSchema, VacancyQuerySchema } from '../../allocation/schemas/vacancy.schema';
import { EmptyInput } from '../../schemas/common';
import type { ChannelSpec } from '../spec';
import type { ALLOCATION_CHANNELS } from './channels.allocation';

const Done = z.object({ id: z.number().int() });

/** Input and output schemas of the allocation channels. */
export const allocationContract = {
  'units.list': { input: UnitListInputSchema, output: z.array(UnitSchema) },
  'units.save': { input: UnitSaveInputSchema, output: UnitSchema },
  'allocation.board': { input: BoardQuerySchema, output: BoardSchema },
  'allocation.candidates': { input: EmptyInput, output: z.array(CandidateSchema) },
  'allocation.match': { input: MatchQuerySchema, output: MatchSchema },
  'allocation.needs.get': { input: NeedsGetInputSchema, output: NeedsRecordSchema },
  'allocation.needs.save': { input: NeedsSaveInputSchema, output: NeedsRecordSchema },
  'allocation.hold': { input: HoldInputSchema, output: BookedSchema },
  'allocation.cancelHold': { input: CancelHoldInputSchema, output: Done },
  'allocation.arrive': { input: ArriveInputSchema, output: BookedSchema },
  'allocation.move': { input: MoveInputSchema, output: BookedSchema },
  'allocation.endStay': { input: EndStayInputSchema, output: Done },
  'allocation.outOfService': { input: OutOfServiceInputSchema, output: Done },
  'allocation.endOutOfService': { input: EndOutOfServiceInputSchema, output: Done },
  'allocation.turnAway': { input: TurnAwayInputSchema, output: z.object({ referralId: z.number().int(), status: z.string() }) },
  'allocation.figures': { input: FiguresQuerySchema, output: FiguresSchema },
  'vacancies.list': { input: VacancyQuerySchema, output: VacancyListSchema },
} as const satisfies Record<(typeof ALLOCATION_CHANNELS)[number], ChannelSpec>;
