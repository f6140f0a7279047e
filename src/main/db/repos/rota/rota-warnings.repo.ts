import type { WarningOverride } from '../../../../shared/rota/schemas/resolved.schema';
import type { Sqlite } from '../../connection';
import { cached } from '../../statements';

/** Records a manager's override of one warning key (a second override of the same key is ignored). */
export function insertWarningOverride(db: Sqlite, key: string, comment: string, by: number, at: string): boolean {
  return cached(db, 'INSERT OR IGNORE INTO rota_warning_overrides (key, comment, overridden_by, overridden_at) VALUES (?, ?, ?, ?)').run(key, comment, by, at).changes === 1;
}

/** Every override (a few hundred a year at most). */
export function listWarningOverrides(db: Sqlite): WarningOverride[] {
  return db
    .prepare('SELECT key, comment, overridden_by AS byUserId, overridden_at AS at FROM rota_warning_overrides ORDER BY overridden_at')
    .all() as WarningOverride[];
}
