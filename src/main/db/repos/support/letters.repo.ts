import type { Sqlite } from '../../connection';
import { cached } from './statements';

/** A letter_templates row with who last changed it. */
export interface TemplateRow {
  id: number;
  code: string;
  title: string;
  description: string;
  letterhead: string;
  body: string;
  sign_off: string;
  active: number;
  updated_at: string;
  updated_by_name: string | null;
}

const SELECT = 'SELECT t.*, u.display_name AS updated_by_name FROM letter_templates t LEFT JOIN users u ON u.id = t.updated_by';

/** Every template, active ones first, then by title. */
export function listTemplates(db: Sqlite): TemplateRow[] {
  return cached(db, `${SELECT} ORDER BY t.active DESC, t.title COLLATE NOCASE`).all() as TemplateRow[];
}

/** One template by code. */
export function templateByCode(db: Sqlite, code: string): TemplateRow | null {
  return (cached(db, `${SELECT} WHERE t.code = ?`).get(code) as TemplateRow | undefined) ?? null;
}

/** One template by id. */
export function templateById(db: Sqlite, id: number): TemplateRow | null {
  return (cached(db, `${SELECT} WHERE t.id = ?`).get(id) as TemplateRow | undefined) ?? null;
}

/** The columns a template sets. */
export interface TemplateFields {
  code: string;
  title: string;
  description: string;
  letterhead: string;
  body: string;
  signOff: string;
  active: boolean;
}

/** Adds a template. */
export function insertTemplate(db: Sqlite, t: TemplateFields, at: string, by: number | null): number {
  return Number(
    cached(db, 'INSERT INTO letter_templates (code, title, description, letterhead, body, sign_off, active, updated_at, updated_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)')
      .run(t.code, t.title, t.description, t.letterhead, t.body, t.signOff, t.active ? 1 : 0, at, by).lastInsertRowid,
  );
}

/** Changes a template (its code never changes). */
export function updateTemplate(db: Sqlite, id: number, t: Omit<TemplateFields, 'code'>, at: string, by: number | null): void {
  cached(db, 'UPDATE letter_templates SET title = ?, description = ?, letterhead = ?, body = ?, sign_off = ?, active = ?, updated_at = ?, updated_by = ? WHERE id = ?').run(
    t.title,
    t.description,
    t.letterhead,
    t.body,
    t.signOff,
    t.active ? 1 : 0,
    at,
    by,
    id,
  );
}

/** The stored letter settings (keys not stored yet are absent). */
export function readLetterSettings(db: Sqlite): Record<string, string> {
  return Object.fromEntries((cached(db, 'SELECT key, value FROM letter_settings').all() as { key: string; value: string }[]).map((r) => [r.key, r.value]));
}

/** Stores letter settings. */
export function writeLetterSettings(db: Sqlite, values: Record<string, string>): void {
  const put = cached(db, 'INSERT INTO letter_settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  for (const [k, v] of Object.entries(values)) put.run(k, v);
}

/** Records that a letter was printed or saved. */
export function insertIssued(db: Sqlite, l: { householdId: number; referralId: number | null; templateCode: string; how: 'pdf' | 'print'; at: string; by: number | null }): number {
  return Number(
    cached(db, 'INSERT INTO letters_issued (household_id, referral_id, template_code, how, at, by_user) VALUES (?, ?, ?, ?, ?, ?)')
      .run(l.householdId, l.referralId, l.templateCode, l.how, l.at, l.by).lastInsertRowid,
  );
}
