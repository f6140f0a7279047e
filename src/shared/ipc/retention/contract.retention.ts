import { z } from 'zod';
import {
  RetentionPreviewSchema,
  RetentionPurgeInputSchema,
  RetentionPurgeResultSchema,
  RetentionScheduleSchema,
  RetentionScheduleUpdateSchema,
} from '../../retention/schedule';
import { CorrectionSchema, SubjectAccessCorrectInputSchema, SubjectAccessCorrectionsInputSchema, SubjectAccessEraseInputSchema, SubjectAccessEraseResultSchema, SubjectAccessExportInputSchema, SubjectAccessExportSchema } from '../../retention/subject-access';
import { EmptyInput } from '../../schemas/common';
import type { ChannelSpec } from '../spec';
import type { RETENTION_CHANNELS } from './channels.retention';

/** Input and output schemas of the retention channels. */
export const retentionContract = {
  'retention.schedule.get': { input: EmptyInput, output: RetentionScheduleSchema },
  'retention.schedule.update': { input: RetentionScheduleUpdateSchema, output: RetentionScheduleSchema },
  'retention.preview': { input: EmptyInput, output: RetentionPreviewSchema },
  'retention.purge': { input: RetentionPurgeInputSchema, output: RetentionPurgeResultSchema },
  'subjectAccess.export': { input: SubjectAccessExportInputSchema, output: SubjectAccessExportSchema },
  'subjectAccess.correct': { input: SubjectAccessCorrectInputSchema, output: z.array(CorrectionSchema) },
  'subjectAccess.corrections': { input: SubjectAccessCorrectionsInputSchema, output: z.array(CorrectionSchema) },
  'subjectAccess.erase': { input: SubjectAccessEraseInputSchema, output: SubjectAccessEraseResultSchema },
} as const satisfies Record<(typeof RETENTION_CHANNELS)[number], ChannelSpec>;
