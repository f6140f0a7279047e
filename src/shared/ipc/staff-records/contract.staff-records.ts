import { z } from 'zod';
import {
  CourseSaveInputSchema,
  DbsAddInputSchema,
  FteSaveInputSchema,
  FteSummaryInputSchema,
  FteSummarySchema,
  MatrixInputSchema,
  MatrixSchema,
  PersonRecordsSchema,
  RecordRemoveInputSchema,
  StaffDueRowSchema,
  StaffIdInputSchema,
  TrainingAddInputSchema,
} from '../../staff-records/schemas.staff-records';
import { EmptyInput } from '../../schemas/common';
import type { ChannelSpec } from '../spec';
import type { STAFF_RECORDS_CHANNELS } from './channels.staff-records';

const Saved = z.object({ id: z.number().int() });
const Done = z.object({ done: z.literal(true) });

/** Input and output schemas of the staff-records channels. */
export const staffRecordsContract = {
  'staffRecords.matrix': { input: MatrixInputSchema, output: MatrixSchema },
  'staffRecords.person': { input: StaffIdInputSchema, output: PersonRecordsSchema },
  'staffRecords.due': { input: EmptyInput, output: z.array(StaffDueRowSchema) },
  'staffRecords.courses.save': { input: CourseSaveInputSchema, output: Saved },
  'staffRecords.training.add': { input: TrainingAddInputSchema, output: z.object({ id: z.number().int(), expiresOn: z.string().nullable() }) },
  'staffRecords.training.remove': { input: RecordRemoveInputSchema, output: Done },
  'staffRecords.dbs.add': { input: DbsAddInputSchema, output: z.object({ id: z.number().int(), renewalDueOn: z.string() }) },
  'staffRecords.dbs.remove': { input: RecordRemoveInputSchema, output: Done },
  'staffRecords.fte.save': { input: FteSaveInputSchema, output: Saved },
  'staffRecords.fte.remove': { input: RecordRemoveInputSchema, output: Done },
  'staffRecords.fte.summary': { input: FteSummaryInputSchema, output: FteSummarySchema },
} as const satisfies Record<(typeof STAFF_RECORDS_CHANNELS)[number], ChannelSpec>;
