import { REPORTS_PERMISSIONS } from '../../../shared/ipc/reports/permissions.reports';
import type { Role } from '../../../shared/roles';
import { currentFactStore } from './fact-store/fact-store';
import type { Workspace } from '../workspace';

/*
 * After a manager signs in, the reports' store (fact-store.ts) is read from the snapshot while
 * the first screen is drawn, so the first report they open counts on records already in memory
 * instead of waiting 60–90 ms for them (ten years of the large demo database). Only people who
 * may run reports get it: everyone else's session holds nothing extra. A store that would need
 * a rebuild is left to the first report (a second of work belongs where someone asked for it),
 * and a session that ended, or changed database, before the turn came gets nothing.
 */

/** Schedules the warm-up for the session just begun (the platform's next turn, after the sign-in reply). */
export function warmReportsAfterSignIn(ws: Workspace, later: (run: () => void) => void = (run) => void setImmediate(run)): void {
  const session = ws.session;
  const unlocked = ws.unlocked;
  if (!session || !unlocked || session.mustChangePassword || !mayRunReports(session.role)) return;
  later(() => {
    // An import holding the database to itself (its transaction open between chunks) is not
    // to be read across: the first report will wait its turn like any other call.
    if (ws.unlocked !== unlocked || ws.session !== session || ws.gate.busy || unlocked.open.db.inTransaction) return;
    try {
      currentFactStore(unlocked.open.db, ws.deps.clock.now(), { rebuild: false });
    } catch {
      // Only a head start: the first report reads the same records and reports any error itself.
    }
  });
}

function mayRunReports(role: Role): boolean {
  const access = REPORTS_PERMISSIONS['reports.run'];
  return Array.isArray(access) && access.includes(role);
}
