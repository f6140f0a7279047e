import { describe, expect, it } from 'vitest';
import { NotSupportedReason, ReferralSource, AccommodationUrgency, ContactOutcome, ReferralChannel } from '../../../src/shared/cases/vocab';
import { setUpWorkspace } from '../../helpers/temp-workspace';

// The database's CHECK constraints and the shared vocabularies must list the same codes.
function checkList(sql: string, column: string): string[] {
  const m = sql.match(new RegExp(`${column}\\s+TEXT[^,]*CHECK \\(${column} IN \\(([^)]*)\\)\\)`));
  if (!m) throw new Error(`no CHECK for ${column}`);
  return m[1]!.split(',').map((s) => s.trim().replace(/'/g, ''));
}

describe('vocabularies', () => {
  it('match the CHECK constraints in the database', async () => {
    const t = await setUpWorkspace();
    try {
      const sql = (name: string) => (t.ws.unlocked!.open.db.prepare("SELECT sql FROM sqlite_schema WHERE name = ?").get(name) as { sql: string }).sql;
      expect(checkList(sql('referrals'), 'source').sort()).toEqual([...ReferralSource.codes].sort());
      expect(checkList(sql('referrals'), 'channel').sort()).toEqual([...ReferralChannel.codes].sort());
      expect(checkList(sql('referrals'), 'urgency').sort()).toEqual([...AccommodationUrgency.codes].sort());
      expect(checkList(sql('referrals'), 'not_supported_reason').sort()).toEqual([...NotSupportedReason.codes].sort());
      expect(checkList(sql('contact_attempts'), 'outcome').sort()).toEqual([...ContactOutcome.codes].sort());
    } finally {
      t.cleanup();
    }
  });
});
