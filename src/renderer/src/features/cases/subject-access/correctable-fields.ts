import type { z } from 'zod';
import type { Person } from '../../../../../shared/cases/schemas/people';
import type { CorrectableFieldSchema } from '../../../../../shared/retention/subject-access';

/** A field of a person's record that a correction may change. */
export type CorrectableField = z.infer<typeof CorrectableFieldSchema>;

/** What each correctable field is called on screen and in the history. */
export const FIELD_LABELS: Record<CorrectableField, string> = {
  name: 'Name',
  alias: 'Alias',
  dateOfBirth: 'Date of birth',
  language: 'Language',
  school: 'School or nursery',
  needs: 'Needs',
  disabilityNotes: 'Disability notes',
};

/** Fields whose values are people's names: shown as initials in discreet mode. */
export const NAME_FIELDS: ReadonlySet<string> = new Set<CorrectableField>(['name', 'alias']);

/** Fields long enough to need a text area rather than a line. */
export const LONG_FIELDS: ReadonlySet<CorrectableField> = new Set<CorrectableField>(['needs', 'disabilityNotes']);

/**
 * The fields offered for this person: the ones their record actually shows (an adult has an
 * alias, a language and disability notes; a child a school and needs). A school hidden from the
 * signed-in person is not offered, so nobody corrects a value they cannot see.
 */
export function fieldsFor(person: Person): CorrectableField[] {
  if (person.kind === 'adult') return ['name', 'alias', 'dateOfBirth', 'language', 'disabilityNotes'];
  return person.schoolHidden ? ['name', 'dateOfBirth', 'needs'] : ['name', 'dateOfBirth', 'school', 'needs'];
}

/** The value recorded now, as the correction form starts from it. */
export function currentValue(person: Person, field: CorrectableField): string {
  switch (field) {
    case 'name':
      return person.name;
    case 'alias':
      return person.alias;
    case 'dateOfBirth':
      return person.dateOfBirth ?? '';
    case 'language':
      return person.language;
    case 'school':
      return person.school ?? '';
    case 'needs':
      return person.needs;
    case 'disabilityNotes':
      return person.disabilityNotes;
  }
}

/** A field's label in the history, falling back to the stored code for a field no longer offered. */
export function fieldLabel(field: string): string {
  return (FIELD_LABELS as Record<string, string>)[field] ?? field;
}
