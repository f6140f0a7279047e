import type { z } from 'zod';
import { beforeBirthProblem, futureDateProblem } from '../../../shared/cases/date-rules';
import type { AdultProfileSchema, ChildProfileSchema, RemoveChildInputSchema, SaveChildInputSchema } from '../../../shared/cases/schemas/people';
import { AppError } from '../../../shared/errors';
import { londonDate } from '../../../shared/time/london';
import { adultOf, insertPerson, peopleOf, removePerson, updatePerson } from '../../db/repos/cases/people.repo';
import { audit, nowIso, requireDb, type Workspace } from '../workspace';
import { openCase } from './case-access';

function invalid(field: string, message: string): AppError {
  return new AppError('INVALID_INPUT', message, { [field]: message });
}

/** Updates the adult's details and monitoring characteristics. */
export function updateAdult(ws: Workspace, householdId: number, profile: z.output<typeof AdultProfileSchema>): { personId: number } {
  const db = requireDb(ws);
  openCase(ws, householdId);
  const today = londonDate(ws.deps.clock.now());
  const problem = futureDateProblem(profile.dateOfBirth, today, 'The date of birth') ?? futureDateProblem(profile.consent.date, today, 'The consent date');
  if (problem) throw invalid(profile.dateOfBirth && profile.dateOfBirth > today ? 'dateOfBirth' : 'consent.date', problem);
  const consentBeforeBirth = beforeBirthProblem(profile.consent.date, profile.dateOfBirth, 'The consent date');
  if (consentBeforeBirth) throw invalid('consent.date', consentBeforeBirth);
  const adult = adultOf(db, householdId);
  if (!adult) throw new AppError('NOT_FOUND', 'This household has no adult recorded.');
  db.transaction(() => {
    updatePerson(db, adult.id, { ...profile, ageRecordedOn: profile.ageYears === null ? null : today }, nowIso(ws));
    audit(ws, { action: 'person.update', entity: 'person', entityId: adult.id });
  })();
  return { personId: adult.id };
}

function childFields(profile: z.output<typeof ChildProfileSchema>, today: string) {
  return { ...profile, name: profile.nameOrInitials, ageRecordedOn: profile.ageYears === null ? null : today, nameOrInitials: undefined };
}

/** Adds a child to the household, or updates one. */
export function saveChild(ws: Workspace, input: z.output<typeof SaveChildInputSchema>): { personId: number } {
  const db = requireDb(ws);
  openCase(ws, input.householdId);
  const today = londonDate(ws.deps.clock.now());
  const problem = futureDateProblem(input.profile.dateOfBirth, today, 'The date of birth');
  if (problem) throw invalid('profile.dateOfBirth', problem);
  const fields = childFields(input.profile, today);
  let id = 0;
  db.transaction(() => {
    if (input.childId === null) {
      id = insertPerson(db, input.householdId, 'child', fields, nowIso(ws));
      audit(ws, { action: 'person.add-child', entity: 'person', entityId: id });
    } else {
      const child = peopleOf(db, input.householdId).find((p) => p.id === input.childId && p.kind === 'child');
      if (!child) throw new AppError('NOT_FOUND', 'That child is not in this household.');
      updatePerson(db, child.id, fields, nowIso(ws));
      id = child.id;
      audit(ws, { action: 'person.update', entity: 'person', entityId: id });
    }
  })();
  return { personId: id };
}

/** Removes a child added in error (kept for the audit trail, hidden from the record). */
export function removeChild(ws: Workspace, input: z.output<typeof RemoveChildInputSchema>): { personId: number } {
  const db = requireDb(ws);
  openCase(ws, input.householdId);
  const child = peopleOf(db, input.householdId).find((p) => p.id === input.childId && p.kind === 'child');
  if (!child) throw new AppError('NOT_FOUND', 'That child is not in this household.');
  db.transaction(() => {
    removePerson(db, child.id, nowIso(ws));
    audit(ws, { action: 'person.remove-child', entity: 'person', entityId: child.id, detail: 'removed with a reason' });
  })();
  return { personId: child.id };
}
