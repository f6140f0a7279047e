import { z } from 'zod';
import { ANNUAL_RETURN } from './annual-return';
import { computeAnnualReturn } from './compute/annual.compute';
import { computeDashboard } from './compute/dashboard.compute';
import { computeKpi } from './compute/kpi.compute';
import { computeQuarterly } from './compute/quarterly.compute';
import type { Tally } from './compute/tally';
import { dashboardDef } from './dashboard';
import type { ReportDef } from './definition';
import type { ReportFacts } from './facts';
import type { ReportPeriod } from './periods';
import { KPI } from './kpi';
import { QUARTERLY } from './quarterly';
import { SANCTUARY } from './sanctuary';
import { computeSanctuary } from './compute/sanctuary.compute';

/*
 * Every report by name. A report module is its definition (tables, rows, columns and the words
 * that define each figure) and a pure function that fills a Tally from the period's records.
 *
 * Adding a report (the sanctuary scheme's quarterly outputs, issue 9): write
 * src/shared/reports/sanctuary.ts (definition) and compute/sanctuary.compute.ts, add its name to
 * REPORT_NAMES and its module to REPORTS below, and — if it reads records the standard facts do
 * not hold — give it a `facts` key and a loader in src/main/services/reports/report-facts.ts
 * (EXTRA_FACTS). Screens, exports, drill-down, the CLI and the benchmark then pick it up.
 */

/** The commissioner reports (the CLI's NAME). Add 'sanctuary' here when it exists. */
export const REPORT_NAMES = ['annual-return', 'quarterly', 'kpi', 'sanctuary'] as const;
/** A commissioner report's name. */
export type ReportName = (typeof REPORT_NAMES)[number];
/** A commissioner report's name. */
export const ReportNameSchema = z.enum(REPORT_NAMES);

/** Everything that can be computed: the reports and the dashboard series. */
export const COMPUTABLE = [...REPORT_NAMES, 'dashboard'] as const;
/** A report or the dashboard series. */
export type Computable = (typeof COMPUTABLE)[number];
/** A report or the dashboard series. */
export const ComputableSchema = z.enum(COMPUTABLE);

/** One report module. */
export interface ReportModule {
  def(period: ReportPeriod): ReportDef;
  compute(facts: ReportFacts, tally: Tally): void;
  /** Extra records this report reads, loaded by the main process's EXTRA_FACTS[facts]. */
  facts?: string;
}

/** The modules by name. */
export const REPORTS: Record<Computable, ReportModule> = {
  // The return's "sanctuary schemes" row counts the people of households on the scheme.
  'annual-return': { def: () => ANNUAL_RETURN, compute: computeAnnualReturn, facts: 'sanctuary' },
  quarterly: { def: () => QUARTERLY, compute: computeQuarterly },
  kpi: { def: () => KPI, compute: computeKpi },
  sanctuary: { def: () => SANCTUARY, compute: computeSanctuary, facts: 'sanctuary' },
  dashboard: { def: dashboardDef, compute: computeDashboard },
};

/** Title for menus. */
export const REPORT_TITLES: Record<ReportName, string> = {
  'annual-return': ANNUAL_RETURN.title,
  quarterly: QUARTERLY.title,
  kpi: KPI.title,
  sanctuary: SANCTUARY.title,
};
