import { Button, Checkbox, Fieldset, NativeSelect, SimpleGrid, Stack, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import { AdultProfileSchema, type Person } from '../../../../../shared/cases/schemas/people';
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
} from '../../../../../shared/cases/vocab';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { optionsOf } from '../labels';

type Profile = z.input<typeof AdultProfileSchema>;

function fromPerson(p: Person | undefined): Record<string, string | boolean | string[]> {
  return {
    name: p?.name ?? '',
    alias: p?.alias ?? '',
    anonymous: p?.anonymous ?? false,
    dateOfBirth: p?.dateOfBirth ?? '',
    ageYears: p?.ageYears === null || p?.ageYears === undefined ? '' : String(p.ageYears),
    sex: p?.sex ?? 'not_known',
    genderIdentity: p?.genderIdentity ?? 'not_known',
    transHistory: p?.transHistory ?? 'not_known',
    ethnicity: p?.ethnicity ?? 'not_known',
    disability: p?.disability ?? 'not_known',
    disabilityNotes: p?.disabilityNotes ?? '',
    sexuality: p?.sexuality ?? 'not_known',
    religion: p?.religion ?? 'not_known',
    specialist: p?.specialist ?? [],
    language: p?.language ?? '',
    interpreterNeeded: p?.interpreterNeeded ?? 'not_known',
    immigrationStatus: p?.immigrationStatus ?? 'not_known',
    nrpf: p?.nrpf ?? 'not_known',
    preferredWorker: p?.preferredWorker ?? 'not_known',
    acesFlag: p?.acesFlag ?? 'not_known',
    consentToRecord: p?.consent.toRecord ?? 'not_known',
    consentToShare: p?.consent.toShare ?? 'not_known',
    consentDate: p?.consent.date ?? '',
    consentAgreed: p?.consent.agreed ?? '',
  };
}

const SELECTS: [string, string, { codes: readonly string[]; labels: Record<string, string> }][] = [
  ['sex', 'Sex', Sex],
  ['genderIdentity', 'Gender identity', GenderIdentity],
  ['transHistory', 'Trans history', TransStatus],
  ['ethnicity', 'Ethnicity (ONS 2021)', Ethnicity],
  ['disability', 'Disability', YesNoUnknown],
  ['sexuality', 'Sexuality', Sexuality],
  ['religion', 'Religion', Religion],
  ['interpreterNeeded', 'Interpreter needed', YesNoUnknown],
  ['immigrationStatus', 'Immigration status', ImmigrationStatus],
  ['nrpf', 'No recourse to public funds', YesNoUnknown],
  ['preferredWorker', 'Preferred worker sex', WorkerPreference],
  ['acesFlag', 'Adverse childhood experiences', YesNoUnknown],
  ['consentToRecord', 'Consent to record', YesNoUnknown],
  ['consentToShare', 'Consent to share', YesNoUnknown],
];

/** The adult's details and every monitoring characteristic ("prefer not to say" ≠ "not known"). */
export function AdultProfileForm({ householdId, adult, onChanged }: { householdId: number; adult: Person | undefined; onChanged: () => void }) {
  const [v, setV] = useState(() => fromPerson(adult));
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const set = (k: string, value: string | boolean | string[]) => setV((s) => ({ ...s, [k]: value }));
  const str = (k: string) => String(v[k] ?? '');

  const save = async () => {
    const profile: Profile = {
      name: str('name'),
      alias: str('alias'),
      anonymous: v.anonymous === true,
      dateOfBirth: str('dateOfBirth') || null,
      ageYears: str('ageYears').trim() === '' ? null : Number(str('ageYears')),
      sex: str('sex') as Profile['sex'],
      genderIdentity: str('genderIdentity') as Profile['genderIdentity'],
      transHistory: str('transHistory') as Profile['transHistory'],
      ethnicity: str('ethnicity') as Profile['ethnicity'],
      disability: str('disability') as Profile['disability'],
      disabilityNotes: str('disabilityNotes'),
      sexuality: str('sexuality') as Profile['sexuality'],
      religion: str('religion') as Profile['religion'],
      specialist: v.specialist as Profile['specialist'],
      language: str('language'),
      interpreterNeeded: str('interpreterNeeded') as Profile['interpreterNeeded'],
      immigrationStatus: str('immigrationStatus') as Profile['immigrationStatus'],
      nrpf: str('nrpf') as Profile['nrpf'],
      preferredWorker: str('preferredWorker') as Profile['preferredWorker'],
      acesFlag: str('acesFlag') as Profile['acesFlag'],
      consent: {
        toRecord: str('consentToRecord') as 'not_known',
        toShare: str('consentToShare') as 'not_known',
        date: str('consentDate') || null,
        agreed: str('consentAgreed'),
      },
    };
    const parsed = AdultProfileSchema.safeParse(profile);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [i.path[0] === 'consent' ? `consent${String(i.path[1] ?? '').replace(/^./, (c) => c.toUpperCase())}` : String(i.path[0]), i.message])));
      return;
    }
    const r = await call('cases.updateAdult', { householdId, profile: parsed.data });
    if (!r.ok) {
      if (r.error.fields) setErrors(Object.fromEntries(Object.entries(r.error.fields).map(([k, m]) => [k.replace(/^profile\./, ''), m])));
      else setFormError(errorMessage(r.error));
      return;
    }
    setErrors({});
    notify({ title: 'Details saved', message: 'The adult’s details are saved.', color: 'green' });
    onChanged();
  };

  return (
    <Fieldset legend="Adult">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          <TextInput label="Name" value={str('name')} onChange={(e) => set('name', e.currentTarget.value)} error={errors.name} />
          <TextInput label="Alias" value={str('alias')} onChange={(e) => set('alias', e.currentTarget.value)} error={errors.alias} />
          <TextInput label="Date of birth" type="date" value={str('dateOfBirth')} onChange={(e) => set('dateOfBirth', e.currentTarget.value)} error={errors.dateOfBirth} />
          <TextInput label="Age (if no date of birth)" inputMode="numeric" value={str('ageYears')} onChange={(e) => set('ageYears', e.currentTarget.value)} error={errors.ageYears} />
        </SimpleGrid>
        <Checkbox label="Anonymous" checked={v.anonymous === true} onChange={(e) => set('anonymous', e.currentTarget.checked)} />
        <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }}>
          {SELECTS.map(([k, label, vocab]) => (
            <NativeSelect key={k} label={label} data={optionsOf(vocab)} value={str(k)} onChange={(e) => set(k, e.currentTarget.value)} error={errors[k]} />
          ))}
          <TextInput label="Language" value={str('language')} onChange={(e) => set('language', e.currentTarget.value)} error={errors.language} />
          <TextInput label="Consent date" type="date" value={str('consentDate')} onChange={(e) => set('consentDate', e.currentTarget.value)} error={errors.consentDate} />
        </SimpleGrid>
        <Textarea label="Disability notes" autosize minRows={1} value={str('disabilityNotes')} onChange={(e) => set('disabilityNotes', e.currentTarget.value)} />
        <Textarea label="What was agreed about consent" autosize minRows={1} value={str('consentAgreed')} onChange={(e) => set('consentAgreed', e.currentTarget.value)} />
        <Checkbox.Group label="Specialist characteristics" value={v.specialist as string[]} onChange={(x) => set('specialist', x)}>
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} mt={6}>
            {optionsOf(SpecialistCharacteristic).map((o) => (
              <Checkbox key={o.value} value={o.value} label={o.label} />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <FormError message={formError} />
        <Button w="fit-content" onClick={() => void save()}>
          Save adult’s details
        </Button>
      </Stack>
    </Fieldset>
  );
}
