import { z } from 'zod';
import { UnitSaveInputSchema } from '../allocation/schemas/unit.schema';
import { SingleSex, UnitType } from '../allocation/vocab.allocation';
import { ReferralCaptureSchema } from '../cases/schemas/referral';
import { AcceptedTo, AccommodationUrgency, ContactMethod, ImmediateSafety, ReferralChannel, ReferralSource } from '../cases/vocab';
import { STAFF_ROLES, StaffAddInputSchema } from '../rota/schemas/staff.schema';
import { booleanCell, choiceCell, dateCell, instantCell, listCell, numberCell, textCell, type CellResult } from './cells';

/*
 * What each kind of import can fill in. Every field says how to read its cell and which headers
 * usually mean it; the row is then checked by the feature's own schema, so an imported unit,
 * staff member or case obeys exactly the rules of one typed in by hand.
 */

/** The kinds of record that can be imported. */
export const IMPORT_KINDS = ['units', 'staff', 'cases'] as const;
/** A kind of record that can be imported. */
export const ImportKindSchema = z.enum(IMPORT_KINDS, { error: 'Choose units, staff or cases.' });
/** A kind of record that can be imported. */
export type ImportKind = z.infer<typeof ImportKindSchema>;

/** One field a column can be mapped to. */
export interface TargetField {
  key: string;
  label: string;
  required: boolean;
  /** Other headers that usually mean this field (the label and key are tried as well). */
  aliases: readonly string[];
  read: (raw: string) => CellResult;
  /** Not part of the record: used only to recognise a row imported before, or to decide a case. */
  extra?: boolean;
}

/** The record a kind's rows become, checked by the feature's schema. */
export interface ImportTarget {
  kind: ImportKind;
  fields: readonly TargetField[];
  schema: z.ZodType;
}

const f = (key: string, label: string, read: TargetField['read'], aliases: readonly string[] = [], required = false, extra = false): TargetField => ({
  key,
  label,
  required,
  aliases,
  read,
  extra,
});
const req = (key: string, label: string, read: TargetField['read'], aliases: readonly string[] = []) => f(key, label, read, aliases, true);
const words = (code: string) => code.replace(/_/g, ' ').replace(/^./, (c) => c.toUpperCase());
const labelsOf = (codes: readonly string[]) => Object.fromEntries(codes.map((c) => [c, words(c)]));

/** Units: the register's fields. The unit code recognises a unit imported before. */
const UNITS: ImportTarget = {
  kind: 'units',
  schema: UnitSaveInputSchema,
  fields: [
    req('code', 'Unit code', textCell, ['unit', 'unit ref', 'unit id', 'ref']),
    f('name', 'Name', textCell, ['unit name']),
    f('address', 'Address', textCell, ['full address']),
    req('type', 'Type', choiceCell(UnitType.labels), ['unit type', 'accommodation type']),
    req('singleSex', 'Single-sex', choiceCell(SingleSex.labels, { women: 'women_only', female: 'women_only', men: 'men_only', male: 'men_only', mixed: 'none', no: 'none' }), ['single sex', 'gender', 'sex']),
    req('bedrooms', 'Bedrooms', numberCell, ['beds', 'number of bedrooms']),
    req('maxOccupants', 'Most people', numberCell, ['max occupants', 'capacity', 'maximum occupants', 'occupancy']),
    req('maxChildren', 'Most children', numberCell, ['max children', 'maximum children', 'children']),
    f('oldestBoy', 'Oldest boy (years)', numberCell, ['oldest boy', 'boys up to', 'max age of boys']),
    f('wheelchair', 'Wheelchair accessible', booleanCell, ['wheelchair', 'accessible']),
    f('stepFree', 'Step-free', booleanCell, ['step free']),
    f('floor', 'Floor', numberCell, ['floor level']),
    f('pets', 'Pets allowed', booleanCell, ['pets']),
    f('locality', 'Area', textCell, ['locality', 'town', 'district']),
    f('postcodeDistrict', 'Postcode district', textCell, ['postcode', 'post code']),
    f('notes', 'Notes', textCell, ['comments']),
    req('openedOn', 'Opened on', dateCell, ['opened', 'open from', 'start date', 'available from']),
    f('closedOn', 'Closed on', dateCell, ['closed', 'closing date']),
  ],
};

/** Staff: the directory's fields. An external id, or else name and phone, recognises a person. */
const STAFF: ImportTarget = {
  kind: 'staff',
  schema: StaffAddInputSchema,
  fields: [
    f('externalId', 'Staff id (from the old sheet)', textCell, ['id', 'staff id', 'employee id', 'payroll number', 'staff number'], false, true),
    req('name', 'Name', textCell, ['full name', 'staff name', 'worker']),
    req('sex', 'Sex', choiceCell({ female: 'Female', male: 'Male', other_or_not_stated: 'Other / not stated' }, { f: 'female', m: 'male', woman: 'female', man: 'male', other: 'other_or_not_stated', 'not stated': 'other_or_not_stated' }), ['gender']),
    req('role', 'Role', choiceCell(labelsOf(STAFF_ROLES), { agency: 'agency_cover', sessional: 'sessional_worker', night: 'night_worker', 'night support worker': 'night_worker', admin: 'administrator' }), ['job role', 'job title', 'position']),
    f('skills', 'Skills', listCell, ['skill', 'training']),
    f('contractedHours', 'Contracted hours', numberCell, ['hours', 'hours per week', 'weekly hours']),
    f('wtrOptOutDate', '48-hour opt-out signed', dateCell, ['opt out', 'wtr opt out', 'opt-out date']),
    f('contactNumber', 'Phone', textCell, ['contact number', 'telephone', 'mobile', 'phone number', 'tel']),
  ],
};

/** Open cases: a referral as captured, plus the old sheet's reference and any decision. */
const CASES: ImportTarget = {
  kind: 'cases',
  schema: ReferralCaptureSchema,
  fields: [
    f('externalRef', 'Reference (from the old sheet)', textCell, ['reference', 'ref', 'case ref', 'case reference', 'case id', 'id', 'case number'], true, true),
    req('receivedAt', 'Received', instantCell, ['date received', 'referral date', 'received on', 'date of referral', 'date']),
    req('source', 'Referred by', choiceCell(ReferralSource.labels, { 'self referral': 'self', 'social care': 'childrens_social_care', 'childrens services': 'childrens_social_care', council: 'housing' }), ['source', 'referral source', 'referrer type', 'agency']),
    f('name', 'Name', textCell, ['client name', 'full name', 'service user']),
    f('alias', 'Alias', textCell, ['known as', 'initials']),
    f('anonymous', 'Anonymous', booleanCell),
    f('dateOfBirth', 'Date of birth', dateCell, ['dob', 'birth date']),
    f('referrerName', 'Referrer’s name', textCell, ['referrer', 'referred by name']),
    f('referrerContact', 'Referrer’s contact', textCell, ['referrer phone', 'referrer email']),
    f('channel', 'How it arrived', choiceCell(ReferralChannel.labels), ['channel', 'method']),
    f('safeContactMethod', 'Safe contact method', choiceCell(ContactMethod.labels, { phone: 'phone_call', call: 'phone_call', sms: 'text' }), ['contact method', 'safe method']),
    f('safeContactDetails', 'Safe contact details', textCell, ['safe contact', 'safe number', 'contact details']),
    f('safeTimes', 'Safe times', textCell, ['safe time to call']),
    f('noVoicemail', 'No voicemail', booleanCell, ['do not leave voicemail']),
    f('immediateSafety', 'Safe now?', choiceCell(ImmediateSafety.labels, { yes: 'safe_now', safe: 'safe_now', no: 'unsafe_now', unsafe: 'unsafe_now', unknown: 'not_known' }), ['immediate safety', 'safe now']),
    f('urgency', 'Accommodation urgency', choiceCell(AccommodationUrgency.labels, { unknown: 'not_known' }), ['urgency', 'housing situation']),
    f('notes', 'Notes', textCell, ['comments', 'summary']),
    f('acceptedTo', 'Accepted to', choiceCell(AcceptedTo.labels, { waiting: 'waiting_unit', 'waiting list': 'waiting_unit', community: 'community_support', outreach: 'community_support' }), ['accepted', 'status', 'service'], false, true),
  ],
};

/** Every kind's fields. */
export const IMPORT_TARGETS: Record<ImportKind, ImportTarget> = { units: UNITS, staff: STAFF, cases: CASES };

/** A field as the screen shows it (no functions cross IPC). */
export const TargetFieldInfoSchema = z.object({ key: z.string(), label: z.string(), required: z.boolean() });
/** A field as the screen shows it. */
export type TargetFieldInfo = z.infer<typeof TargetFieldInfoSchema>;

/** A kind's fields for the mapping step. */
export function fieldInfo(kind: ImportKind): TargetFieldInfo[] {
  return IMPORT_TARGETS[kind].fields.map(({ key, label, required }) => ({ key, label, required }));
}
