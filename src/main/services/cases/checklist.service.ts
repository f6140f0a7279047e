import type { z } from 'zod';
import { parseChecklistFile, type ChecklistLoadInputSchema } from '../../../shared/cases/checklist-wording';
import { ChecklistDefinitionSchema, DEFAULT_CHECKLIST, type ChecklistDefinition } from '../../../shared/cases/dash-checklist';
import { AppError } from '../../../shared/errors';
import { clearChecklist, readChecklistJson, writeChecklistJson } from '../../db/repos/cases/checklist.repo';
import { audit, requireDb, type Workspace } from '../workspace';

/**
 * The checklist definition in use: the wording an administrator loaded, else the shipped one. A
 * stored value that no longer reads as a checklist falls back to the shipped one rather than
 * leaving workers without a checklist.
 */
export function checklist(ws: Workspace): ChecklistDefinition {
  const stored = readChecklistJson(requireDb(ws));
  if (stored === null) return DEFAULT_CHECKLIST;
  try {
    const def = ChecklistDefinitionSchema.safeParse(JSON.parse(stored));
    return def.success ? def.data : DEFAULT_CHECKLIST;
  } catch {
    return DEFAULT_CHECKLIST;
  }
}

/** Loads a service's own checklist wording (administrators; the router checks the role). */
export function loadChecklist(ws: Workspace, input: z.output<typeof ChecklistLoadInputSchema>): ChecklistDefinition {
  const db = requireDb(ws);
  const read = parseChecklistFile(input.json);
  if (!read.ok) {
    const message = read.problems.join(' ');
    throw new AppError('INVALID_INPUT', `This checklist cannot be loaded: ${message}`, { json: message });
  }
  db.transaction(() => {
    writeChecklistJson(db, JSON.stringify(read.value));
    audit(ws, { action: 'risk.checklist-load', entity: 'settings', detail: `${read.value.id}: ${read.value.title}` });
  })();
  return read.value;
}

/** Goes back to the checklist shipped with Waymark. */
export function resetChecklist(ws: Workspace): ChecklistDefinition {
  const db = requireDb(ws);
  db.transaction(() => {
    clearChecklist(db);
    audit(ws, { action: 'risk.checklist-reset', entity: 'settings', detail: DEFAULT_CHECKLIST.id });
  })();
  return DEFAULT_CHECKLIST;
}
