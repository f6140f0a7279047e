import type { z } from 'zod';
import { AppError } from '../../../shared/errors';
import type { AssessmentSaveInputSchema } from '../../../shared/sanctuary/schemas/measures.schema';
import { Agency, AssessmentPart } from '../../../shared/sanctuary/vocab.sanctuary';
import { londonDate } from '../../../shared/time/london';
import { getAssessment, insertAssessment, updateAssessment } from '../../db/repos/sanctuary/assessments.repo';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';
import { notBeforeReferral, requireStage } from './sanctuary-access';

/*
 * The risk assessment of the case and of the property, fire safety included, part by part: each
 * part names the agency that carried it out (police, fire and rescue service, housing, the domestic
 * abuse practitioner) and its dates. The earliest part's start stops the "risk assessment started
 * within 2 working days" clock; the fire and rescue service's completed fire safety check is what
 * lets a measure that could restrict escape be fitted.
 */

/** Adds a part of the assessment (id null) or changes one. */
export function saveAssessment(ws: Workspace, input: z.output<typeof AssessmentSaveInputSchema>): { id: number } {
  const db = requireDb(ws);
  const c = requireStage(ws, input.caseId, ['referred', 'open'], 'An assessment');
  const today = londonDate(ws.deps.clock.now());
  for (const [field, date, what] of [
    ['startedOn', input.startedOn, 'The start'],
    ['completedOn', input.completedOn, 'The completion'],
  ] as const) {
    if (date !== null && date > today) throw new AppError('INVALID_INPUT', `${what} cannot be in the future.`, { [field]: 'In the future.' });
    notBeforeReferral(c, date, field, what);
  }
  if (input.id !== null) {
    const existing = getAssessment(db, input.id);
    if (!existing || existing.caseId !== c.id) throw new AppError('NOT_FOUND', 'That part of the assessment is not on this case.', { id: 'Not found.' });
  }
  const fields = {
    caseId: c.id,
    part: input.part,
    agency: input.agency,
    assessor: input.assessor,
    startedOn: input.startedOn,
    completedOn: input.completedOn,
    outcome: input.outcome,
    findings: input.findings,
  };
  const by = requireSession(ws).userId;
  let id = input.id ?? 0;
  db.transaction(() => {
    if (input.id === null) id = insertAssessment(db, fields, by, nowIso(ws));
    else updateAssessment(db, input.id, fields, by, nowIso(ws));
    audit(ws, {
      action: input.id === null ? 'sanctuary.assessment.add' : 'sanctuary.assessment.update',
      entity: 'sanctuary_case',
      entityId: c.id,
      detail: `${AssessmentPart.labels[input.part]} by ${Agency.labels[input.agency]}${input.completedOn ? ', completed' : ''}`,
    });
  })();
  return { id };
}
