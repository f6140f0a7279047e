import {
  RetentionPreviewSchema,
  RetentionPurgeInputSchema,
  RetentionPurgeResultSchema,
  RetentionScheduleSchema,
  RetentionScheduleUpdateSchema,
} from '../../retention/schedule';
import { EmptyInput } from '../../schemas/common';
import type { ChannelSpec } from '../spec';
import type { RETENTION_CHANNELS } from './channels.retention';

/** Input and output schemas of the retention channels. */
export const retentionContract = {
  'retention.schedule.get': { input: EmptyInput, output: RetentionScheduleSchema },
  'retention.schedule.update': { input: RetentionScheduleUpdateSchema, output: RetentionScheduleSchema },
  'retention.preview': { input: EmptyInput, output: RetentionPreviewSchema },
  'retention.purge': { input: RetentionPurgeInputSchema, output: RetentionPurgeResultSchema },
} as const satisfies Record<(typeof RETENTION_CHANNELS)[number], ChannelSpec>;
