import { AppError } from '../../../shared/errors';
import type { Correction } from '../../../shared/retention/subject-access';
import { cached } from '../../db/statements';
import { updatePerson, type PersonFields } from '../../db/repos/cases/people.repo';
import { dropSnapshot } from '../../db/repos/reports/report-snapshot.repo';
import { correctionsOf, insertCorrection } from '../../db/repos/retention/corrections.repo';
import { openCase } from '../cases/case-access';
import { audit, nowIso, requireDb, requireSession, type Workspace } from '../workspace';

/*
 * Correcting a person's record on request: the change and its history (old value, new value, who,
 * when, why) in one transaction. The history lives with the person, so it appears in their
 * subject access export and goes when they are erased. The audit entry names the field only.
 */

const COLUMNS = {
  name: 'name',
  alias: 'alias',
  dateOfBirth: 'date_of_birth',
  language: 'language',
  school: 'school',
  needs: 'needs',
  disabilityNotes: 'disability_notes',
} as const;

/** The household of a person, opened with the usual case-access check (restricted cases refused and audited). */
function openPersonCase(ws: Workspace, personId: number): void {
  const person = cached(requireDb(ws), 'SELECT household_id FROM people WHERE id = ?').get(personId) as { household_id: number } | undefined;
  if (!person) throw new AppError('NOT_FOUND', 'That person does not exist.');
  openCase(ws, person.household_id);
}

/** A person's correction history, oldest first (read through the same case-access check as a correction). */
export function correctionHistory(ws: Workspace, personId: number): Correction[] {
  openPersonCase(ws, personId);
  return correctionsOf(requireDb(ws), personId);
}

/** Corrects one field and returns the person's whole correction history. */
export function correctPerson(ws: Workspace, input: { personId: number; field: keyof typeof COLUMNS; value: string; reason: string }): Correction[] {
  const db = requireDb(ws);
  const session = requireSession(ws);
  openPersonCase(ws, input.personId);
  db.transaction(() => {
    // The column comes from the fixed map above, never from input.
    const row = db.prepare('SELECT * FROM people WHERE id = ?').get(input.personId) as Record<string, string | number | null>;
    const old = row[COLUMNS[input.field]];
    const value = input.field === 'dateOfBirth' && input.value === '' ? null : input.value;
    if ((old ?? null) === value) throw new AppError('INVALID_INPUT', 'That is already the recorded value.', { value: 'That is already the recorded value.' });
    const at = nowIso(ws);
    updatePerson(db, input.personId, { [input.field]: value } as PersonFields, at);
    // The reports' snapshot holds dates of birth (by column, for the age bands): a rectified one
    // must not live on there until the next rebuild, so the snapshot goes with the old value.
    if (input.field === 'dateOfBirth') dropSnapshot(db);
    insertCorrection(db, {
      personId: input.personId,
      field: input.field,
      oldValue: old === null || old === undefined ? null : String(old),
      newValue: value,
      reason: input.reason,
      byUser: session.userId,
      at,
    });
    audit(ws, { action: 'subjectAccess.correct', entity: 'person', entityId: input.personId, detail: input.field });
  })();
  return correctionsOf(db, input.personId);
}
