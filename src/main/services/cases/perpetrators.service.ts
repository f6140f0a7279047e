import type { z } from 'zod';
import { futureDateProblem } from '../../../shared/cases/date-rules';
import type { CourtOrderInputSchema, PerpetratorInputSchema } from '../../../shared/cases/schemas/perpetrator';
import { AppError } from '../../../shared/errors';
import { londonDate } from '../../../shared/time/london';
import { getPerpetrator, perpetratorsOf, saveCourtOrder, savePerpetrator } from '../../db/repos/cases/perpetrators.repo';
import { audit, nowIso, requireDb, type Workspace } from '../workspace';
import { openCase } from './case-access';

/** Adds or updates the person causing harm (including areas the household must avoid). */
export function savePerpetratorRecord(ws: Workspace, input: z.output<typeof PerpetratorInputSchema>): { id: number } {
  const db = requireDb(ws);
  openCase(ws, input.householdId);
  if (input.perpetratorId !== null && !perpetratorsOf(db, input.householdId).some((p) => p.id === input.perpetratorId)) {
    throw new AppError('NOT_FOUND', 'That person is not on this case.');
  }
  let id = 0;
  db.transaction(() => {
    id = savePerpetrator(db, {
      id: input.perpetratorId,
      householdId: input.householdId,
      nameOrDescription: input.nameOrDescription,
      sex: input.sex,
      relationship: input.relationship,
      knownRisks: input.knownRisks,
      avoidAreas: [...new Set(input.avoidAreas)],
      at: nowIso(ws),
    });
    audit(ws, { action: input.perpetratorId ? 'perpetrator.update' : 'perpetrator.add', entity: 'household', entityId: input.householdId });
  })();
  return { id };
}

/** Adds or updates a court order with its expiry (which may be ahead; the date it was made may not). */
export function saveCourtOrderRecord(ws: Workspace, input: z.output<typeof CourtOrderInputSchema>): { id: number } {
  const db = requireDb(ws);
  const p = getPerpetrator(db, input.perpetratorId);
  if (!p) throw new AppError('NOT_FOUND', 'That person is not on record.');
  openCase(ws, p.household_id);
  const future = futureDateProblem(input.madeOn, londonDate(ws.deps.clock.now()), 'The date the order was made');
  if (future) throw new AppError('INVALID_INPUT', future, { madeOn: future });
  let id = 0;
  db.transaction(() => {
    id = saveCourtOrder(db, { id: input.courtOrderId, perpetratorId: p.id, kind: input.kind, madeOn: input.madeOn, expiresOn: input.expiresOn, notes: input.notes, at: nowIso(ws) });
    audit(ws, { action: 'court-order.save', entity: 'household', entityId: p.household_id });
  })();
  return { id };
}
