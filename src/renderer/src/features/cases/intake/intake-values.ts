import type { z } from 'zod';
import { futureDateProblem, futureInstantProblem } from '../../../../../shared/cases/date-rules';
import { ReferralCaptureSchema } from '../../../../../shared/cases/schemas/referral';
import type { ReferralPrefill } from '../../oncall/referral-from-call';

/** One child row of the intake form, as typed. */
export interface IntakeChildValues {
  nameOrInitials: string;
  dateOfBirth: string;
  ageYears: string;
  sex: string;
}

/** The intake form as typed (strings where the person types; converted on save). */
export interface IntakeValues {
  receivedAtLocal: string;
  source: string;
  referrerName: string;
  referrerContact: string;
  channel: string;
  name: string;
  alias: string;
  anonymous: boolean;
  dateOfBirth: string;
  safeContactMethod: string;
  safeContactDetails: string;
  safeTimes: string;
  noVoicemail: boolean;
  immediateSafety: string;
  immediateSafetyNotes: string;
  children: IntakeChildValues[];
  requests: string[];
  urgency: string;
  notes: string;
  linkHouseholdId: number | null;
}

/** What the router receives. */
export type ReferralInput = z.input<typeof ReferralCaptureSchema>;

const pad = (n: number) => String(n).padStart(2, '0');

/** A Date as the value of a datetime-local input (the PC's own clock and zone). */
export function toLocalInput(d: Date): string {
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** A blank form, received now. */
export function blankIntake(now: Date): IntakeValues {
  return {
    receivedAtLocal: toLocalInput(now),
    source: '',
    referrerName: '',
    referrerContact: '',
    channel: '',
    name: '',
    alias: '',
    anonymous: false,
    dateOfBirth: '',
    safeContactMethod: '',
    safeContactDetails: '',
    safeTimes: '',
    noVoicemail: false,
    immediateSafety: 'not_known',
    immediateSafetyNotes: '',
    children: [],
    requests: [],
    urgency: 'not_known',
    notes: '',
    linkHouseholdId: null,
  };
}

/** A blank form with a logged call's details carried over. */
export function intakeFromPrefill(p: ReferralPrefill, now: Date): IntakeValues {
  const v = blankIntake(now);
  if (p.receivedAt) v.receivedAtLocal = toLocalInput(new Date(p.receivedAt));
  if (p.channel) v.channel = p.channel;
  if (p.notes) v.notes = p.notes;
  if (p.source) v.source = p.source;
  if (p.linkHouseholdId) v.linkHouseholdId = p.linkHouseholdId;
  return v;
}

/** The router's input from the form. */
export function toCapture(v: IntakeValues): ReferralInput {
  const at = new Date(v.receivedAtLocal);
  return {
    receivedAt: Number.isNaN(at.getTime()) ? '' : at.toISOString(),
    source: v.source as ReferralInput['source'],
    referrerName: v.referrerName,
    referrerContact: v.referrerContact,
    channel: (v.channel || null) as ReferralInput['channel'],
    name: v.name,
    alias: v.alias,
    anonymous: v.anonymous,
    dateOfBirth: v.dateOfBirth || null,
    safeContactMethod: (v.safeContactMethod || null) as ReferralInput['safeContactMethod'],
    safeContactDetails: v.safeContactDetails,
    safeTimes: v.safeTimes,
    noVoicemail: v.noVoicemail,
    immediateSafety: v.immediateSafety as ReferralInput['immediateSafety'],
    immediateSafetyNotes: v.immediateSafetyNotes,
    children: v.children.map((c) => ({
      nameOrInitials: c.nameOrInitials,
      dateOfBirth: c.dateOfBirth || null,
      ageYears: c.ageYears.trim() === '' ? null : Number(c.ageYears),
      sex: c.sex as 'not_known',
    })),
    requests: v.requests as ReferralInput['requests'],
    urgency: v.urgency as ReferralInput['urgency'],
    notes: v.notes,
    linkHouseholdId: v.linkHouseholdId,
  };
}

/** Maps a schema path to the form field it belongs to. */
export function fieldOf(path: readonly PropertyKey[]): string {
  if (path[0] === 'receivedAt') return 'receivedAtLocal';
  return path.map(String).join('.');
}

/**
 * Validates with the router's own schema plus the rules that need "now". Returns field errors
 * (empty when valid).
 */
export function validateIntake(v: IntakeValues, now: Date): Record<string, string> {
  const errors: Record<string, string> = {};
  const parsed = ReferralCaptureSchema.safeParse(toCapture(v));
  if (!parsed.success) for (const i of parsed.error.issues) errors[fieldOf(i.path)] ??= i.message;
  if (!v.source) errors.source = 'Choose who referred.';
  const capture = toCapture(v);
  const future = futureInstantProblem(capture.receivedAt || null, now, 'The time received');
  if (future) errors.receivedAtLocal ??= future;
  const today = toLocalInput(now).slice(0, 10);
  const dob = futureDateProblem(v.dateOfBirth || null, today, 'The date of birth');
  if (dob) errors.dateOfBirth ??= dob;
  v.children.forEach((c, i) => {
    const p = futureDateProblem(c.dateOfBirth || null, today, 'The date of birth');
    if (p) errors[`children.${i}.dateOfBirth`] ??= p;
    if (c.ageYears.trim() !== '' && !/^\d+$/.test(c.ageYears.trim())) errors[`children.${i}.ageYears`] ??= 'Enter the age in whole years.';
  });
  return errors;
}
