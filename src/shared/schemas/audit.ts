import { z } from 'zod';
import { IsoDateSchema, IsoTimestampSchema } from './common';

/** One row of the audit log as shown on screen. */
export const AuditEntrySchema = z.object({
  id: z.number().int(),
  at: IsoTimestampSchema,
  userId: z.number().int().nullable(),
  username: z.string().nullable(),
  action: z.string(),
  entity: z.string().nullable(),
  entityId: z.string().nullable(),
  detail: z.string().nullable(),
});
/** One audit row. */
export type AuditEntry = z.infer<typeof AuditEntrySchema>;

/** Filters for the audit screen. */
export const AuditQuerySchema = z
  .object({
    userId: z.number().int().positive().optional(),
    action: z.string().max(100).optional(),
    entity: z.string().max(100).optional(),
    from: IsoDateSchema.optional(),
    to: IsoDateSchema.optional(),
    limit: z.number().int().min(1).max(1000).default(200),
    beforeId: z.number().int().positive().optional(),
  })
  .strict();

/** The audit chain's state. */
export const AuditVerifySchema = z.object({
  ok: z.boolean(),
  rows: z.number().int(),
  firstBrokenId: z.number().int().nullable(),
  message: z.string(),
});
