import { z } from 'zod';
import { DateOnly, FreeText, Id, OptionalName, shortText } from '../fields';
import {
  Ethnicity,
  GenderIdentity,
  ImmigrationStatus,
  Religion,
  Sex,
  Sexuality,
  SpecialistCharacteristic,
  TransStatus,
  WorkerPreference,
  YesNoUnknown,
} from '../vocab';

/** Consent to record and to share, with when and what was agreed. */
export const ConsentSchema = z.object({
  toRecord: YesNoUnknown.schema.default('not_known'),
  toShare: YesNoUnknown.schema.default('not_known'),
  date: DateOnly.nullable().default(null),
  agreed: FreeText.default(''),
});

/** The adult victim's details and the characteristics recorded for monitoring. */
export const AdultProfileSchema = z
  .object({
    name: OptionalName.default(''),
    alias: OptionalName.default(''),
    anonymous: z.boolean().default(false),
    dateOfBirth: DateOnly.nullable().default(null),
    ageYears: z.number().int().min(16, 'A victim under 16 is a child (Domestic Abuse Act 2021 s.1).').max(120).nullable().default(null),
    sex: Sex.schema.default('not_known'),
    genderIdentity: GenderIdentity.schema.default('not_known'),
    transHistory: TransStatus.schema.default('not_known'),
    ethnicity: Ethnicity.schema.default('not_known'),
    disability: YesNoUnknown.schema.default('not_known'),
    disabilityNotes: FreeText.default(''),
    sexuality: Sexuality.schema.default('not_known'),
    religion: Religion.schema.default('not_known'),
    specialist: z.array(SpecialistCharacteristic.schema).max(20).default([]),
    language: shortText(100, 'Language').default(''),
    interpreterNeeded: YesNoUnknown.schema.default('not_known'),
    immigrationStatus: ImmigrationStatus.schema.default('not_known'),
    nrpf: YesNoUnknown.schema.default('not_known'),
    preferredWorker: WorkerPreference.schema.default('not_known'),
    acesFlag: YesNoUnknown.schema.default('not_known'),
    consent: ConsentSchema.default({ toRecord: 'not_known', toShare: 'not_known', date: null, agreed: '' }),
  })
  .strict()
  .refine((v) => v.name.trim() !== '' || v.alias.trim() !== '' || v.anonymous, {
    path: ['name'],
    message: 'Enter a name or an alias, or mark the person anonymous.',
  });

/** Update the adult's profile. */
export const UpdateAdultInputSchema = z.object({ householdId: Id, profile: AdultProfileSchema }).strict();

/** A child in the household: a person in their own right. */
export const ChildProfileSchema = z
  .object({
    nameOrInitials: OptionalName.refine((s) => s.trim().length > 0, 'Enter a name or initials.'),
    dateOfBirth: DateOnly.nullable().default(null),
    ageYears: z.number().int().min(0).max(17, 'A child is under 18.').nullable().default(null),
    sex: Sex.schema.default('not_known'),
    genderIdentity: GenderIdentity.schema.default('not_known'),
    ethnicity: Ethnicity.schema.default('not_known'),
    disability: YesNoUnknown.schema.default('not_known'),
    school: shortText(300, 'School or nursery').default(''),
    needs: FreeText.default(''),
    withAdult: z.boolean().default(true),
  })
  .strict();

/** Add or update a child (no childId = add). */
export const SaveChildInputSchema = z.object({ householdId: Id, childId: Id.nullable().default(null), profile: ChildProfileSchema }).strict();

/** Remove a child added in error. */
export const RemoveChildInputSchema = z.object({ householdId: Id, childId: Id, reason: z.string().trim().min(3, 'Say why.').max(1000) }).strict();

/** A person as the case record shows them. Restricted fields are null with a flag when hidden. */
export const PersonSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['adult', 'child']),
  displayName: z.string(),
  name: z.string(),
  alias: z.string(),
  anonymous: z.boolean(),
  dateOfBirth: z.string().nullable(),
  ageYears: z.number().int().nullable(),
  sex: z.string(),
  genderIdentity: z.string(),
  transHistory: z.string(),
  ethnicity: z.string(),
  disability: z.string(),
  disabilityNotes: z.string(),
  sexuality: z.string(),
  religion: z.string(),
  specialist: z.array(z.string()),
  language: z.string(),
  interpreterNeeded: z.string(),
  immigrationStatus: z.string(),
  nrpf: z.string(),
  preferredWorker: z.string(),
  acesFlag: z.string(),
  consent: z.object({ toRecord: z.string(), toShare: z.string(), date: z.string().nullable(), agreed: z.string() }),
  school: z.string().nullable(),
  schoolHidden: z.boolean(),
  needs: z.string(),
  withAdult: z.boolean(),
});
/** A person on a case record. */
export type Person = z.infer<typeof PersonSchema>;
