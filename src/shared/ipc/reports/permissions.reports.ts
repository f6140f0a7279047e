import { MANAGERS } from '../access';
import type { Access } from '../permissions';
import type { REPORTS_CHANNELS } from './channels.reports';

/**
 * Who may call each report channel: managers and administrators only. Figures are about every
 * household in the service, the drill-down lists the records behind them, exports leave the
 * building, and releasing a note for a commissioner is a manager's judgement.
 */
export const REPORTS_PERMISSIONS: Record<(typeof REPORTS_CHANNELS)[number], Access> = {
  'reports.run': MANAGERS,
  'reports.dashboards': MANAGERS,
  'reports.drill': MANAGERS,
  'reports.export': MANAGERS,
  'reports.chart': MANAGERS,
  'reports.caseFiles.candidates': MANAGERS,
  'reports.caseFiles.notes': MANAGERS,
  'reports.caseFiles.release': MANAGERS,
  'reports.caseFiles.export': MANAGERS,
};
