import { z } from 'zod';
import { CaseFileCandidateSchema, CaseFileCandidatesInputSchema, CaseFileExportInputSchema, CaseFileSelectionSchema, NoteReleaseInputSchema, ReviewNoteSchema } from '../../reports/case-files.schema';
import { ReportPeriodSchema } from '../../reports/periods';
import { ReportResultSchema, ResultTableSchema } from '../../reports/result.schema';
import { ChartExportInputSchema, DashboardsInputSchema, DrillInputSchema, DrillResultSchema, ExportInputSchema, ReportFileSchema, ReportRunInputSchema } from '../../reports/schemas';
import type { ChannelSpec } from '../spec';
import type { REPORTS_CHANNELS } from './channels.reports';

/** Every dashboard chart with the table it draws. */
export const DashboardsSchema = z.object({
  period: ReportPeriodSchema,
  charts: z.array(
    z.object({
      dashboard: z.string(),
      dashboardTitle: z.string(),
      id: z.string(),
      title: z.string(),
      kind: z.enum(['bar', 'stacked', 'line']),
      report: z.string(),
      series: z.array(z.string()),
      percent: z.boolean(),
      table: ResultTableSchema,
    }),
  ),
});

/** Input and output schemas of the report channels. */
export const reportsContract = {
  'reports.run': { input: ReportRunInputSchema, output: ReportResultSchema },
  'reports.dashboards': { input: DashboardsInputSchema, output: DashboardsSchema },
  'reports.drill': { input: DrillInputSchema, output: DrillResultSchema },
  'reports.export': { input: ExportInputSchema, output: ReportFileSchema },
  'reports.chart': { input: ChartExportInputSchema, output: ReportFileSchema },
  'reports.caseFiles.candidates': { input: CaseFileCandidatesInputSchema, output: z.array(CaseFileCandidateSchema) },
  'reports.caseFiles.notes': { input: CaseFileSelectionSchema, output: z.array(ReviewNoteSchema) },
  'reports.caseFiles.release': { input: NoteReleaseInputSchema, output: z.object({ released: z.boolean() }) },
  'reports.caseFiles.export': { input: CaseFileExportInputSchema, output: ReportFileSchema },
} as const satisfies Record<(typeof REPORTS_CHANNELS)[number], ChannelSpec>;
