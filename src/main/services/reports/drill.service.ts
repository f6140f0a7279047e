import { AcceptedTo, NotSupportedReason, ReferralSource, ReferralStatus } from '../../../shared/cases/vocab';
import { UnitType } from '../../../shared/allocation/vocab.allocation';
import { AppError } from '../../../shared/errors';
import { parseFigureId, recordKindOf, recordsOf } from '../../../shared/reports/compute/build-result';
import { figureDefinition, TOTAL_ROW } from '../../../shared/reports/definition';
import type { ReportPeriod } from '../../../shared/reports/periods';
import type { Computable } from '../../../shared/reports/registry';
import type { DrillRecord, DrillResult } from '../../../shared/reports/schemas';
import { EventKind, ExitDestination, ExitReason, SupportType } from '../../../shared/support/vocab.support';
import { displayNameOf } from '../../../shared/cases/display';
import { drillRows, namedOn } from '../../db/repos/reports/drill.repo';
import { audit, requireDb, requireSession, type Workspace } from '../workspace';
import { computeReport } from './report.service';
import { londonDateOf } from './london-dates';

/*
 * Drill-down: a figure opened as the list of records it counted — the same set of ids the figure
 * was computed from, so the list and the number always agree. Managers and administrators only
 * (the router's table); every drill is audited with the figure and how many records it showed.
 * References always; the adult's name only when discreet mode is off and the case is not
 * restricted to workers other than the viewer (initials in discreet mode).
 */

/** At most this many records are listed (the count is always complete). */
export const DRILL_LIMIT = 2000;

const LABELS: Record<string, string> = {
  ...ReferralSource.labels,
  ...ReferralStatus.labels,
  ...NotSupportedReason.labels,
  ...AcceptedTo.labels,
  ...ExitReason.labels,
  ...ExitDestination.labels,
  ...EventKind.labels,
  ...SupportType.labels,
  ...UnitType.labels,
  adult: 'Adult',
  child: 'Child',
  planned: 'Planned',
  unplanned: 'Unplanned',
};

function readable(detail: string): string {
  return detail
    .split(' · ')
    .map((part) => LABELS[part] ?? part.replace(/_/g, ' '))
    .join(' · ');
}

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => `${w[0]!.toUpperCase()}.`)
    .join(' ');
}

/** The records behind one figure of a report for a period. */
export function drillFigure(ws: Workspace, report: Computable, period: ReportPeriod, figure: string): DrillResult {
  const db = requireDb(ws);
  const session = requireSession(ws);
  const parsed = parseFigureId(figure);
  const computed = computeReport(db, report, period, ws.deps.clock.now());
  const table = parsed ? computed.def.tables.find((t) => t.id === parsed.table) : undefined;
  const column = table?.columns.find((c) => c.key === parsed!.column);
  const row = parsed?.row === TOTAL_ROW && table?.totalRow ? { key: TOTAL_ROW, label: table.totalRow } : table?.rows.find((r) => r.key === parsed!.row);
  if (!parsed || !table || !column || !row) throw new AppError('NOT_FOUND', 'That figure is not in this report.');
  const ids = [...recordsOf(table, computed.tally, row.key, column.key)];
  const kind = recordKindOf(table, row.key === TOTAL_ROW ? table.rows[0]!.key : row.key);
  const shown = ids.slice(0, DRILL_LIMIT);
  const access = namedOn(db, session.userId);
  const records: DrillRecord[] = drillRows(db, kind, shown).map((r) => {
    const restricted = r.restricted === 1 && !(r.household_id !== null && access.has(r.household_id));
    const full = r.name !== null ? displayNameOf({ name: r.name, alias: r.alias ?? '' }) : null;
    const name = full === null || restricted ? null : session.discreet ? initials(full) : full;
    const date = r.date && r.date.includes('T') ? londonDateOf(r.date) : r.date;
    return { reference: r.reference, householdReference: r.household_reference, name, restricted, date, detail: readable(r.detail) };
  });
  const resultTable = computed.result.tables.find((t) => t.id === table.id)!;
  const resultRow = row.key === TOTAL_ROW ? resultTable.totalRow : resultTable.rows.find((r) => r.key === row.key);
  const value = resultRow?.cells[table.columns.indexOf(column)]?.value ?? null;
  audit(ws, { action: 'report.drill', entity: 'report', entityId: report, detail: `${figure} for ${period.from} to ${period.to}: ${ids.length} records` });
  return {
    figure,
    table: table.title,
    row: row.label,
    column: column.label,
    definition: figureDefinition(table, row, column),
    value,
    recordKind: kind,
    total: ids.length,
    records,
    truncated: ids.length > shown.length,
  };
}
