import { z } from 'zod';
import type { ChannelSpec } from '../spec';
import type { ROTA_CHANNELS } from './channels.rota';
import { EmptyInput } from '../../schemas/common';
import { IdSchema } from '../../rota/schemas/common.rota';
import { CoverAddInputSchema, CoverListInputSchema, CoverRemoveInputSchema, CoverSchema } from '../../rota/schemas/cover.schema';
import {
  HandoverAckInputSchema,
  HandoverAddInputSchema,
  HandoverListInputSchema,
  HandoverSchema,
  HandoverUnreadInputSchema,
} from '../../rota/schemas/handover.schema';
import { OnNowInputSchema, OnNowSchema } from '../../rota/schemas/on-now.schema';
import {
  FollowUpCloseInputSchema,
  PhoneCallAddInputSchema,
  PhoneCallListInputSchema,
  PhoneCallSchema,
  PhoneCallUpdateInputSchema,
} from '../../rota/schemas/phone-log.schema';
import { ResolvedRotaSchema } from '../../rota/schemas/resolved.schema';
import { ExportFileSchema, ExportPeriodInputSchema, IcsExportInputSchema, ResolveInputSchema, WarningOverrideInputSchema } from '../../rota/schemas/rota-io.schema';
import { RotationAddInputSchema, RotationEditInputSchema, RotationEndInputSchema, RotationSchema } from '../../rota/schemas/rotation.schema';
import {
  RequirementAddInputSchema,
  RequirementSchema,
  RequirementUpdateInputSchema,
  ShiftTypeAddInputSchema,
  ShiftTypeSchema,
  ShiftTypeUpdateInputSchema,
} from '../../rota/schemas/shift-type.schema';
import {
  LeaveAddInputSchema,
  LeaveListInputSchema,
  LeaveRemoveInputSchema,
  LeaveSchema,
  StaffAddInputSchema,
  StaffCandidateSchema,
  StaffListInputSchema,
  StaffMemberSchema,
  StaffSetActiveInputSchema,
  StaffUpdateInputSchema,
} from '../../rota/schemas/staff.schema';
import { SwapActInputSchema, SwapListInputSchema, SwapRequestInputSchema, SwapSchema } from '../../rota/schemas/swap.schema';

const Ok = z.object({ done: z.literal(true) });
const ById = z.object({ id: IdSchema }).strict();

/** Input and output schemas of the rota, phone log and handover channels. */
export const rotaContract = {
  'rota.onNow': { input: OnNowInputSchema, output: OnNowSchema },
  'rota.resolve': { input: ResolveInputSchema, output: ResolvedRotaSchema },
  'rota.staff.list': { input: StaffListInputSchema, output: z.array(StaffMemberSchema) },
  'rota.staff.candidates': { input: EmptyInput, output: z.array(StaffCandidateSchema) },
  'rota.staff.add': { input: StaffAddInputSchema, output: StaffMemberSchema },
  'rota.staff.update': { input: StaffUpdateInputSchema, output: StaffMemberSchema },
  'rota.staff.setActive': { input: StaffSetActiveInputSchema, output: StaffMemberSchema },
  'rota.leave.list': { input: LeaveListInputSchema, output: z.array(LeaveSchema) },
  'rota.leave.add': { input: LeaveAddInputSchema, output: LeaveSchema },
  'rota.leave.remove': { input: LeaveRemoveInputSchema, output: Ok },
  'rota.shiftTypes.list': { input: EmptyInput, output: z.array(ShiftTypeSchema) },
  'rota.shiftTypes.add': { input: ShiftTypeAddInputSchema, output: ShiftTypeSchema },
  'rota.shiftTypes.update': { input: ShiftTypeUpdateInputSchema, output: ShiftTypeSchema },
  'rota.requirements.list': { input: EmptyInput, output: z.array(RequirementSchema) },
  'rota.requirements.add': { input: RequirementAddInputSchema, output: RequirementSchema },
  'rota.requirements.update': { input: RequirementUpdateInputSchema, output: RequirementSchema },
  'rota.rotations.list': { input: EmptyInput, output: z.array(RotationSchema) },
  'rota.rotations.add': { input: RotationAddInputSchema, output: RotationSchema },
  'rota.rotations.edit': { input: RotationEditInputSchema, output: RotationSchema },
  'rota.rotations.end': { input: RotationEndInputSchema, output: RotationSchema },
  'rota.oneOffs.list': { input: CoverListInputSchema, output: z.array(CoverSchema) },
  'rota.oneOffs.add': { input: CoverAddInputSchema, output: CoverSchema },
  'rota.oneOffs.remove': { input: CoverRemoveInputSchema, output: Ok },
  'rota.overrides.list': { input: CoverListInputSchema, output: z.array(CoverSchema) },
  'rota.overrides.add': { input: CoverAddInputSchema, output: CoverSchema },
  'rota.overrides.remove': { input: CoverRemoveInputSchema, output: Ok },
  'rota.swaps.list': { input: SwapListInputSchema, output: z.array(SwapSchema) },
  'rota.swaps.request': { input: SwapRequestInputSchema, output: SwapSchema },
  'rota.swaps.accept': { input: SwapActInputSchema, output: SwapSchema },
  'rota.swaps.approve': { input: SwapActInputSchema, output: SwapSchema },
  'rota.swaps.decline': { input: SwapActInputSchema, output: SwapSchema },
  'rota.swaps.cancel': { input: SwapActInputSchema, output: SwapSchema },
  'rota.warnings.override': { input: WarningOverrideInputSchema, output: z.object({ overridden: z.number().int() }) },
  'rota.export.pdf': { input: ExportPeriodInputSchema, output: ExportFileSchema },
  'rota.export.ics': { input: IcsExportInputSchema, output: ExportFileSchema },
  'rota.export.csv': { input: ExportPeriodInputSchema, output: ExportFileSchema },
  'phoneLog.list': { input: PhoneCallListInputSchema, output: z.array(PhoneCallSchema) },
  'phoneLog.followUps': { input: EmptyInput, output: z.array(PhoneCallSchema) },
  'phoneLog.add': { input: PhoneCallAddInputSchema, output: PhoneCallSchema },
  'phoneLog.update': { input: PhoneCallUpdateInputSchema, output: PhoneCallSchema },
  'phoneLog.closeFollowUp': { input: FollowUpCloseInputSchema, output: PhoneCallSchema },
  'handover.list': { input: HandoverListInputSchema, output: z.array(HandoverSchema) },
  'handover.get': { input: ById, output: HandoverSchema },
  'handover.unread': { input: HandoverUnreadInputSchema, output: z.array(HandoverSchema) },
  'handover.add': { input: HandoverAddInputSchema, output: HandoverSchema },
  'handover.acknowledge': { input: HandoverAckInputSchema, output: HandoverSchema },
} as const satisfies Record<(typeof ROTA_CHANNELS)[number], ChannelSpec>;
