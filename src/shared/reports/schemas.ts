import { z } from 'zod';
import { PeriodInputSchema } from './periods';
import { ComputableSchema, ReportNameSchema } from './registry';

/*
 * The inputs and outputs of the report channels (the contract in src/shared/ipc/reports).
 */

/** Run a report (or the dashboard series) for a period. */
export const ReportRunInputSchema = z.object({ report: ComputableSchema, period: PeriodInputSchema }).strict();

/** Open one figure as the records behind it. */
export const DrillInputSchema = z.object({ report: ComputableSchema, period: PeriodInputSchema, figure: z.string().min(3).max(200) }).strict();

/** One record behind a figure: references always, a name only where the role and case allow. */
export const DrillRecordSchema = z.object({
  reference: z.string(),
  householdReference: z.string().nullable(),
  name: z.string().nullable(),
  restricted: z.boolean(),
  date: z.string().nullable(),
  detail: z.string(),
});
/** One record behind a figure. */
export type DrillRecord = z.infer<typeof DrillRecordSchema>;

/** The records behind a figure. */
export const DrillResultSchema = z.object({
  figure: z.string(),
  table: z.string(),
  row: z.string(),
  column: z.string(),
  definition: z.string(),
  value: z.number().nullable(),
  recordKind: z.string(),
  total: z.number().int(),
  records: z.array(DrillRecordSchema),
  /** True when more records exist than are listed. */
  truncated: z.boolean(),
});
/** The records behind a figure. */
export type DrillResult = z.infer<typeof DrillResultSchema>;

/** The export formats of a report. */
export const ExportFormat = z.enum(['csv', 'xlsx', 'pdf', 'json']);

/** Export a report. Suppression is on unless turned off (managers and administrators only). */
export const ExportInputSchema = z
  .object({
    report: ReportNameSchema,
    period: PeriodInputSchema,
    format: ExportFormat,
    suppress: z.boolean().default(true),
    /** When given, the file is put in an AES-256 encrypted ZIP with this password. */
    zipPassword: z.string().min(12, 'Use a password of at least 12 characters for an encrypted export.').max(200).nullable().default(null),
  })
  .strict();
/** An export request. */
export type ExportInput = z.output<typeof ExportInputSchema>;

/** Export one chart as a picture. */
export const ChartExportInputSchema = z
  .object({
    report: ComputableSchema,
    period: PeriodInputSchema,
    table: z.string().min(1).max(80),
    series: z.array(z.string().max(80)).min(1).max(10),
    kind: z.enum(['bar', 'stacked', 'line']),
    title: z.string().max(200),
    percent: z.boolean().default(false),
    format: z.enum(['svg', 'png']),
    suppress: z.boolean().default(true),
  })
  .strict();

/** A file for the person to save. */
export const ReportFileSchema = z.object({
  fileName: z.string(),
  mimeType: z.string(),
  content: z.string(),
  encoding: z.literal('base64'),
  /** What the file holds, for the confirmation message. */
  summary: z.string(),
});
/** A file for the person to save. */
export type ReportFile = z.infer<typeof ReportFileSchema>;

/** Dashboards: every chart's table for a period. */
export const DashboardsInputSchema = z.object({ period: PeriodInputSchema }).strict();
