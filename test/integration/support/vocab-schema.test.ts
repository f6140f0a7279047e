import { describe, expect, it } from 'vitest';
import { OUTCOME_SCALE, BudgetPurpose, EventKind, ExitDestination, ExitReason, FeedbackTheme, Independence, OutcomeArea, SafeguardingRaisedWith, SeriousIncidentCategory, SupportType } from '../../../src/shared/support/vocab.support';
import { setUpWorkspace } from '../../helpers/temp-workspace';

// The database's CHECK constraints and the shared vocabularies must list the same codes.
function checkList(sql: string, column: string): string[] {
  const m = sql.match(new RegExp(`\\b${column}\\s+TEXT[^,]*CHECK \\(${column} IN \\(([^)]*)\\)\\)`));
  if (!m) throw new Error(`no CHECK for ${column}`);
  return m[1]!.split(',').map((s) => s.trim().replace(/'/g, '')).sort();
}

describe('support vocabularies', () => {
  it('match the CHECK constraints in the database, and the score scale matches too', async () => {
    const t = await setUpWorkspace();
    try {
      const sql = (name: string) => (t.ws.unlocked!.open.db.prepare('SELECT sql FROM sqlite_schema WHERE name = ?').get(name) as { sql: string }).sql;
      const sorted = (codes: readonly string[]) => [...codes].sort();
      expect(checkList(sql('support_plan_areas'), 'area')).toEqual(sorted(OutcomeArea.codes));
      expect(checkList(sql('outcome_scores'), 'area')).toEqual(sorted(OutcomeArea.codes));
      expect(checkList(sql('support_contacts'), 'support_type')).toEqual(sorted(SupportType.codes));
      expect(checkList(sql('support_events'), 'kind')).toEqual(sorted(EventKind.codes));
      expect(checkList(sql('support_events'), 'raised_with')).toEqual(sorted(SafeguardingRaisedWith.codes));
      expect(checkList(sql('support_events'), 'category')).toEqual(sorted(SeriousIncidentCategory.codes));
      expect(checkList(sql('support_events'), 'theme')).toEqual(sorted(FeedbackTheme.codes));
      expect(checkList(sql('budget_spends'), 'purpose')).toEqual(sorted(BudgetPurpose.codes));
      expect(checkList(sql('support_exits'), 'reason')).toEqual(sorted(ExitReason.codes));
      expect(checkList(sql('support_exits'), 'destination')).toEqual(sorted(ExitDestination.codes));
      expect(checkList(sql('support_exits'), 'achieving_independence')).toEqual(sorted(Independence.codes));
      expect(sql('outcome_scores')).toContain(`score BETWEEN ${OUTCOME_SCALE.min} AND ${OUTCOME_SCALE.max}`);
    } finally {
      t.cleanup();
    }
  });
});
