import type { z } from 'zod';
import { NO_NEEDS, type NeedsRecordSchema, type NeedsSaveInputSchema } from '../../../shared/allocation/schemas/needs.schema';
import { getNeeds, saveNeeds } from '../../db/repos/allocation/needs.repo';
import { jsonArray } from '../../db/repos/cases/json-columns';
import { perpetratorsOf } from '../../db/repos/cases/perpetrators.repo';
import { openCase } from '../cases/case-access';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';

type NeedsRecord = z.output<typeof NeedsRecordSchema>;

function record(ws: Workspace, householdId: number): NeedsRecord {
  const db = requireDb(ws);
  const saved = getNeeds(db, householdId);
  return {
    householdId,
    needs: saved?.needs ?? NO_NEEDS,
    perpetratorAreas: perpetratorsOf(db, householdId).flatMap((p) => jsonArray(p.avoid_areas)),
    updatedAt: saved?.updatedAt ?? null,
    updatedBy: saved?.updatedBy ?? null,
  };
}

/** A household's allocation needs (none recorded reads as no special needs). */
export function getHouseholdNeeds(ws: Workspace, householdId: number): NeedsRecord {
  openCase(ws, householdId);
  return record(ws, householdId);
}

/** Records a household's allocation needs. */
export function saveHouseholdNeeds(ws: Workspace, input: z.output<typeof NeedsSaveInputSchema>): NeedsRecord {
  openCase(ws, input.householdId);
  const db = requireDb(ws);
  db.transaction(() => {
    saveNeeds(db, input.householdId, input.needs, nowIso(ws), requireSession(ws).userId);
    audit(ws, { action: 'allocation.needs', entity: 'household', entityId: input.householdId, detail: 'allocation needs recorded' });
  })();
  return record(ws, input.householdId);
}
