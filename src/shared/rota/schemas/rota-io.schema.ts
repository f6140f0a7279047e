import { z } from 'zod';
import { IdSchema, LocalDateSchema, RequiredTextSchema } from './common.rota';

const toAfterFrom = { message: 'The end date must be on or after the start date.', path: ['to'] };

/** Resolve the rota for London dates `from`..`to` (both included). Warnings are for managers. */
export const ResolveInputSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema, warnings: z.boolean().optional() })
  .strict()
  .refine((p) => p.to >= p.from, toAfterFrom);

/** Record a manager's decision to go ahead despite working-time warnings (every key of the warning). */
export const WarningOverrideInputSchema = z
  .object({
    keys: z
      .array(z.string().regex(/^(daily_rest|weekly_rest|average_48h|night_average):\d+:[0-9TZ:.-]+$/, 'That is not a warning Waymark raised.'))
      .min(1, 'Choose the warning to override.')
      .max(500, 'At most 500 at once.'),
    comment: RequiredTextSchema.refine((s) => s.length <= 2000, 'At most 2,000 characters.'),
  })
  .strict();

/** Print or export a period. */
export const ExportPeriodInputSchema = z.object({ from: LocalDateSchema, to: LocalDateSchema }).strict().refine((p) => p.to >= p.from, toAfterFrom);

/** Export the whole rota, or one person's shifts, as iCalendar. */
export const IcsExportInputSchema = z
  .object({ from: LocalDateSchema, to: LocalDateSchema, staffId: IdSchema.optional() })
  .strict()
  .refine((p) => p.to >= p.from, toAfterFrom);

/** A file for the screen to offer for saving: text as is, PDFs as base64. */
export const ExportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  encoding: z.enum(['utf-8', 'base64']),
});
