import type { z } from 'zod';
import { AppError } from '../../../../shared/errors';
import { DEFAULT_LETTER_SETTINGS, DEFAULT_TEMPLATES } from '../../../../shared/support/letters/default-templates';
import type { LetterSettings, LetterTemplate, TemplateSaveInputSchema, TemplatesListSchema } from '../../../../shared/support/schemas/letters.schema';
import type { Sqlite } from '../../../db/connection';
import { insertTemplate, listTemplates, readLetterSettings, templateByCode, templateById, updateTemplate, writeLetterSettings, type TemplateRow } from '../../../db/repos/support/letters.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../../workspace';

/*
 * Letter templates and the values every letter shares. A new database starts with the shipped
 * templates (added the first time anyone asks for them, so an administrator's edits are never
 * overwritten); an administrator rewrites them, adds others and retires any that are not used.
 */

/** Adds any shipped template whose code is not in the database yet. Returns whether it added one. */
export function ensureDefaultTemplates(db: Sqlite, at: string): boolean {
  let added = false;
  for (const t of DEFAULT_TEMPLATES) {
    if (templateByCode(db, t.code)) continue;
    insertTemplate(db, { code: t.code, title: t.title, description: t.description, letterhead: t.letterhead, body: t.body, signOff: t.signOff, active: true }, at, null);
    added = true;
  }
  return added;
}

/** A stored template as the contract shows it. */
export function toTemplate(r: TemplateRow): LetterTemplate {
  return {
    id: r.id,
    code: r.code,
    title: r.title,
    description: r.description,
    letterhead: r.letterhead,
    body: r.body,
    signOff: r.sign_off,
    active: r.active === 1,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by_name,
  };
}

/** The letter settings: stored values over the shipped defaults. */
export function letterSettingsOf(db: Sqlite): LetterSettings {
  return { ...DEFAULT_LETTER_SETTINGS, ...readLetterSettings(db) } as LetterSettings;
}

/** Every template and the letter settings. */
export function listLetterTemplates(ws: Workspace): z.output<typeof TemplatesListSchema> {
  const db = requireDb(ws);
  db.transaction(() => void ensureDefaultTemplates(db, nowIso(ws)))();
  return { templates: listTemplates(db).map(toTemplate), settings: letterSettingsOf(db) };
}

/** Adds or changes a template (administrators). Unknown merge fields were refused by the schema. */
export function saveLetterTemplate(ws: Workspace, input: z.output<typeof TemplateSaveInputSchema>): LetterTemplate {
  const db = requireDb(ws);
  const at = nowIso(ws);
  const by = requireSession(ws).userId;
  let id = 0;
  db.transaction(() => {
    ensureDefaultTemplates(db, at);
    const fields = { title: input.title.trim(), description: input.description, letterhead: input.letterhead, body: input.body, signOff: input.signOff, active: input.active };
    if (input.templateId === null) {
      if (templateByCode(db, input.code)) throw new AppError('CONFLICT', 'A letter with that code already exists.', { code: 'Already used.' });
      id = insertTemplate(db, { ...fields, code: input.code }, at, by);
      audit(ws, { action: 'letters.template.add', entity: 'letter_template', entityId: id, detail: input.code });
    } else {
      const existing = templateById(db, input.templateId);
      if (!existing) throw new AppError('NOT_FOUND', 'That letter template does not exist.');
      if (existing.code !== input.code) throw new AppError('INVALID_INPUT', 'A template’s code cannot be changed.', { code: 'Cannot change.' });
      updateTemplate(db, existing.id, fields, at, by);
      id = existing.id;
      audit(ws, { action: 'letters.template.update', entity: 'letter_template', entityId: id, detail: input.code });
    }
  })();
  return toTemplate(templateById(db, id)!);
}

/** Changes the shared letter values (administrators); the audit names the keys changed. */
export function saveLetterSettings(ws: Workspace, input: LetterSettings): LetterSettings {
  const db = requireDb(ws);
  db.transaction(() => {
    const before = letterSettingsOf(db);
    const changed = (Object.keys(input) as (keyof LetterSettings)[]).filter((k) => input[k] !== before[k]);
    writeLetterSettings(db, input);
    audit(ws, { action: 'letters.settings.update', entity: 'settings', detail: changed.join(', ') || 'no change' });
  })();
  return letterSettingsOf(db);
}
