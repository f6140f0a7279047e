import type { z } from 'zod';
import { DASHBOARDS } from '../../../shared/reports/dashboard';
import type { Computable } from '../../../shared/reports/registry';
import type { ReportPeriod } from '../../../shared/reports/periods';
import type { DashboardsSchema } from '../../../shared/ipc/reports/contract.reports';
import type { Sqlite } from '../../db/connection';
import { audit, requireDb, type Workspace } from '../workspace';
import { loadReportFacts } from './report-facts';
import { computeReport } from './report.service';

/*
 * Every dashboard chart for a period, each with the table it draws. The period's records are
 * loaded once and every report the charts use is computed from them.
 */

/** The dashboards for a period (audited as one view). */
export function dashboardsFor(ws: Workspace, period: ReportPeriod): z.output<typeof DashboardsSchema> {
  const out = computeDashboards(requireDb(ws), period, ws.deps.clock.now());
  audit(ws, { action: 'report.view', entity: 'report', entityId: 'dashboards', detail: `${period.from} to ${period.to}` });
  return out;
}

/** Every dashboard chart on a connection (no session: the benchmark times the whole screen with this). */
export function computeDashboards(db: Sqlite, period: ReportPeriod, now: Date): z.output<typeof DashboardsSchema> {
  const facts = loadReportFacts(db, period.from, period.to, now);
  const results = new Map<Computable, ReturnType<typeof computeReport>['result']>();
  const resultOf = (name: Computable) => {
    let r = results.get(name);
    if (!r) results.set(name, (r = computeReport(db, name, period, now, facts).result));
    return r;
  };
  const charts = DASHBOARDS.flatMap((d) =>
    d.charts.map((c) => ({
      dashboard: d.id,
      dashboardTitle: d.title,
      id: c.id,
      title: c.title,
      kind: c.kind,
      report: c.report,
      series: c.series,
      percent: c.percent ?? false,
      table: resultOf(c.report).tables.find((t) => t.id === c.table)!,
    })),
  );
  return { period, charts };
}
