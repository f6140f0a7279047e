import { describe, expect, it } from 'vitest';
import { migration003 } from '../../../src/main/db/migrations/003-rota';
import type { Sqlite } from '../../../src/main/db/connection';
import { CALLER_TYPES } from '../../../src/shared/rota/schemas/phone-log.schema';
import { SEXES } from '../../../src/shared/rota/schemas/common.rota';
import { COVER_LAYERS } from '../../../src/shared/rota/schemas/cover.schema';
import { SHIFT_KINDS } from '../../../src/shared/rota/schemas/shift-type.schema';
import { LEAVE_TYPES, STAFF_ROLES } from '../../../src/shared/rota/schemas/staff.schema';
import { SWAP_STATES } from '../../../src/shared/rota/schemas/swap.schema';
import { setUpWorkspace } from '../../helpers/temp-workspace';

function migrationSql(): string {
  let sql = '';
  migration003.up({ exec: (s: string) => (sql += s) } as unknown as Sqlite);
  return sql;
}

function checkedValues(sql: string, column: string): string[] {
  const m = new RegExp(`\\b${column}\\b[^\\n]*CHECK \\(${column} IN \\(([^)]*)\\)\\)`).exec(sql);
  if (!m) throw new Error(`no CHECK for ${column}`);
  return m[1]!.split(',').map((v) => v.trim().replace(/^'|'$/g, ''));
}

describe('the rota tables', () => {
  it('CHECK the same codes the schemas accept', () => {
    const sql = migrationSql();
    expect(checkedValues(sql, 'sex')).toEqual([...SEXES]);
    expect(checkedValues(sql, 'staff_role')).toEqual([...STAFF_ROLES]);
    expect(checkedValues(sql, 'type')).toEqual([...LEAVE_TYPES]);
    expect(checkedValues(sql, 'kind')).toEqual([...SHIFT_KINDS]);
    expect(checkedValues(sql, 'layer')).toEqual([...COVER_LAYERS]);
    expect(checkedValues(sql, 'state')).toEqual([...SWAP_STATES]);
    expect(checkedValues(sql, 'caller_type')).toEqual([...CALLER_TYPES]);
  });

  it('are STRICT, and refuse what the rules forbid even if a service were bypassed', async () => {
    const t = await setUpWorkspace();
    try {
      const db = t.ws.unlocked!.open.db;
      const tables = (db.prepare(`SELECT name, sql FROM sqlite_schema WHERE type = 'table' AND (name LIKE 'rota_%' OR name LIKE 'phone_%' OR name LIKE 'handover%')`).all() as { name: string; sql: string }[]);
      expect(tables.map((x) => x.name).sort()).toHaveLength(15);
      for (const tb of tables) expect(tb.sql).toMatch(/\) STRICT$/);
      const at = '2026-01-01T00:00:00.000Z';
      const staff = db.prepare(`INSERT INTO rota_staff (name, sex, staff_role, created_at, updated_at) VALUES ('A', 'female', 'volunteer', ?, ?)`).run(at, at).lastInsertRowid;
      expect(() => db.prepare(`INSERT INTO rota_staff (name, sex, staff_role, created_at, updated_at) VALUES ('B', 'x', 'volunteer', ?, ?)`).run(at, at)).toThrow(/CHECK/);
      expect(() => db.prepare(`INSERT INTO rota_leave (staff_id, start_local, end_local, type, created_at) VALUES (?, '2026-01-02T00:00', '2026-01-01T00:00', 'annual', ?)`).run(staff, at)).toThrow(/CHECK/);
      expect(() => db.prepare(`INSERT INTO rota_leave (staff_id, start_local, end_local, type, created_at) VALUES (999, '2026-01-01T00:00', '2026-01-02T00:00', 'annual', ?)`).run(at)).toThrow(/FOREIGN KEY/);
      expect(() => db.prepare(`INSERT INTO phone_calls (call_at, caller_type, action_taken, manager_called, police_called, follow_up_needed, follow_up_closed_at, follow_up_closed_by, logged_by, logged_at) VALUES (?, 'resident', 'x', 0, 0, 0, ?, 1, 1, ?)`).run(at, at, at)).toThrow(/CHECK/);
    } finally {
      t.cleanup();
    }
  });
});
