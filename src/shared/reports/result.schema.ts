import { z } from 'zod';
import { ReportPeriodSchema } from './periods';

/*
 * A computed report, as it crosses IPC and goes into every export: tables of rows × columns of
 * numbers, with the definitions. `null` is a figure Waymark does not record yet — never shown as
 * zero. The unsuppressed result is for managers on screen and for internal checking (CLI json);
 * exports apply suppression to it (suppression.ts).
 */

// 'pounds' (money) and 'number' (a quantity that is not a count of records, e.g. interventions) were
// added for the sanctuary outputs (issue 9); like hours, they are not suppressed.
const Measure = z.enum(['count', 'percent', 'hours', 'days', 'nights', 'fte', 'pounds', 'number']);

/** One cell: its figure id, value, measure, and the count it is based on (for rates). */
export const ResultCellSchema = z.object({
  id: z.string(),
  value: z.number().nullable(),
  measure: Measure,
  /** For a percent or average: the figure id of the count it is based on. */
  basedOn: z.string().nullable(),
  /** For a percent: the figure id of the count on top of the fraction. */
  numerator: z.string().nullable(),
});
/** One computed cell. */
export type ResultCell = z.infer<typeof ResultCellSchema>;

/** One row: its figures, one per column. */
export const ResultRowSchema = z.object({
  key: z.string(),
  label: z.string(),
  cells: z.array(ResultCellSchema),
  notYetRecorded: z.string().nullable(),
});
/** One computed row. */
export type ResultRow = z.infer<typeof ResultRowSchema>;

/** One computed table. */
export const ResultTableSchema = z.object({
  id: z.string(),
  title: z.string(),
  definition: z.string(),
  records: z.string(),
  measure: Measure,
  columns: z.array(z.object({ key: z.string(), label: z.string() })),
  /** Whether the figures can be opened as the records behind them. */
  drillable: z.boolean(),
  rows: z.array(ResultRowSchema),
  totalRow: ResultRowSchema.nullable(),
  exclusive: z.object({ rows: z.boolean(), columns: z.boolean() }),
  note: z.string().nullable(),
});
/** One computed table. */
export type ResultTable = z.infer<typeof ResultTableSchema>;

/** A figure's definition, for the definitions sheet. */
export const FigureDefinitionSchema = z.object({ id: z.string(), table: z.string(), row: z.string(), column: z.string(), definition: z.string() });

/** A computed report. */
export const ReportResultSchema = z.object({
  name: z.string(),
  title: z.string(),
  description: z.string(),
  period: ReportPeriodSchema,
  organisation: z.string(),
  generatedAt: z.string(),
  tables: z.array(ResultTableSchema),
  definitions: z.array(FigureDefinitionSchema),
  /** The counting rules that apply to every table. */
  rules: z.array(z.string()),
});
/** A computed report. */
export type ReportResult = z.infer<typeof ReportResultSchema>;
