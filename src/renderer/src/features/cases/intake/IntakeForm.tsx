import { Alert, Button, Checkbox, Fieldset, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useCallback, useEffect, useRef, useState } from 'react';
import type { z } from 'zod';
import type { PossibleMatchSchema } from '../../../../../shared/cases/schemas/referral';
import { AccommodationUrgency, ContactMethod, ImmediateSafety, ReferralChannel, ReferralSource, ServiceRequest } from '../../../../../shared/cases/vocab';
import { call } from '../../../api/client';
import { beforeLeaving } from '../../../app/before-leaving';
import { errorMessage } from '../../../app/error-messages';
import { dateTime } from '../../../components/format';
import { focusFirstInvalid } from '../../../components/form-errors';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { takeReferralPrefill } from '../../oncall/referral-from-call';
import { optionsOf } from '../labels';
import { IntakeChildren } from './IntakeChildren';
import { blankIntake, fieldOf, intakeFromPrefill, toCapture, validateIntake, type IntakeValues } from './intake-values';
import { MatchDialog } from './MatchDialog';

type Match = z.infer<typeof PossibleMatchSchema>;

const withBlank = (label: string, opts: { value: string; label: string }[]) => [{ value: '', label }, ...opts];

/**
 * Quick capture of a referral, often by phone at night. Kept as a draft (encrypted, in the
 * database) about a second after each change, and at once before a lock or sign-out, when the
 * window closes and when the form is left; restored when the form opens again.
 */
export function IntakeForm({ onSaved, onCancel }: { onSaved: (householdId: number) => void; onCancel: () => void }) {
  const form = useForm<IntakeValues>({
    mode: 'controlled',
    initialValues: blankIntake(new Date()),
    validate: (v) => validateIntake(v, new Date()),
    validateInputOnBlur: true,
  });
  const [ready, setReady] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [fromCall, setFromCall] = useState(false);
  const [formError, setFormError] = useState<string | null>(null);
  const [matches, setMatches] = useState<Match[] | null>(null);
  const [busy, setBusy] = useState(false);
  const [draftState, setDraftState] = useState<string>('');
  const saved = useRef(false);

  // Open: a call's details if the phone log sent them, else the draft, else a blank form.
  useEffect(() => {
    let live = true;
    const prefill = takeReferralPrefill();
    if (prefill) {
      form.setValues(intakeFromPrefill(prefill, new Date()));
      setFromCall(true);
      setReady(true);
      return;
    }
    void call('drafts.get', { kind: 'referral' }).then((r) => {
      if (!live) return;
      if (r.ok && r.value) {
        try {
          const restored = { ...blankIntake(new Date()), ...(JSON.parse(r.value.payload) as Partial<IntakeValues>) };
          form.setValues(restored);
          setNotice(`Restored the referral you were writing (kept ${dateTime(r.value.updatedAt)}).`);
        } catch {
          // A draft that cannot be read is dropped rather than blocking the form.
        }
      }
      setReady(true);
    });
    return () => {
      live = false;
    };
  }, []);

  // Draft safety: save about a second after the last change, and at once when the session or the
  // form is about to end (what was typed a moment before Ctrl+L is kept).
  const values = form.getValues();
  const payload = JSON.stringify(values);
  const latest = useRef({ payload, ready });
  latest.current = { payload, ready };
  const kept = useRef<{ payload: string; done: Promise<void> } | null>(null);
  const keepDraft = useCallback((): Promise<void> => {
    const now = latest.current;
    if (!now.ready || saved.current) return Promise.resolve();
    // The same text already sent: wait for that save rather than send it twice.
    if (kept.current?.payload === now.payload) return kept.current.done;
    const done = call('drafts.save', { kind: 'referral', payload: now.payload }).then((r) => {
      if (!r.ok && kept.current?.payload === now.payload) kept.current = null;
      if (!saved.current) setDraftState(r.ok ? 'Draft kept.' : 'The draft could not be kept.');
    });
    kept.current = { payload: now.payload, done };
    return done;
  }, []);
  useEffect(() => {
    if (!ready) return;
    const t = window.setTimeout(() => void keepDraft(), 1000);
    return () => window.clearTimeout(t);
  }, [payload, ready, keepDraft]);
  useEffect(() => {
    const now = () => void keepDraft();
    window.addEventListener('pagehide', now);
    window.addEventListener('beforeunload', now);
    const stop = beforeLeaving(keepDraft);
    return () => {
      window.removeEventListener('pagehide', now);
      window.removeEventListener('beforeunload', now);
      stop();
      now();
    };
  }, [keepDraft]);

  const create = async (linkHouseholdId: number | null) => {
    setBusy(true);
    const input = { ...toCapture(form.getValues()), linkHouseholdId };
    const r = await call('referrals.create', input);
    setBusy(false);
    if (!r.ok) {
      setMatches(null);
      const fields = r.error.fields ? Object.entries(r.error.fields) : [];
      if (fields.length > 0) {
        form.setErrors(Object.fromEntries(fields.map(([k, m]) => [fieldOf(k.split('.')), m])));
        focusFirstInvalid();
      } else setFormError(errorMessage(r.error));
      return;
    }
    saved.current = true;
    await call('drafts.discard', { kind: 'referral' });
    notify({ title: 'Referral saved', message: `Reference ${r.value.reference}. First contact is due within 48 hours.`, color: 'green' });
    onSaved(r.value.householdId);
  };

  const submit = async (v: IntakeValues) => {
    setFormError(null);
    if (v.linkHouseholdId === null && ((v.name.trim() && v.dateOfBirth) || v.alias.trim())) {
      const m = await call('referrals.matches', { name: v.name, alias: v.alias, dateOfBirth: v.dateOfBirth || null });
      if (m.ok && m.value.length > 0) {
        setMatches(m.value);
        return;
      }
    }
    await create(v.linkHouseholdId);
  };

  const startAgain = async () => {
    await call('drafts.discard', { kind: 'referral' });
    form.setValues(blankIntake(new Date()));
    setNotice(null);
    setFromCall(false);
  };

  return (
    <form onSubmit={form.onSubmit((v) => void submit(v), focusFirstInvalid)} noValidate aria-label="New referral">
      <Stack gap="md">
        {notice && (
          <Alert color="blue" variant="light" title="Draft restored">
            <Group justify="space-between">
              <Text size="sm">{notice}</Text>
              <Button size="xs" variant="default" onClick={() => void startAgain()}>
                Start again
              </Button>
            </Group>
          </Alert>
        )}
        {fromCall && <Alert color="blue" variant="light">The details of the logged call have been carried over.</Alert>}
        {values.linkHouseholdId !== null && (
          <Alert color="grape" variant="light">This referral will be linked to an earlier record.</Alert>
        )}
        <Fieldset legend="The referral">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput label="Received" type="datetime-local" required {...form.getInputProps('receivedAtLocal')} />
            <NativeSelect label="Source" required data={withBlank('Choose…', optionsOf(ReferralSource))} {...form.getInputProps('source')} />
            <NativeSelect label="Channel" data={withBlank('Not recorded', optionsOf(ReferralChannel))} {...form.getInputProps('channel')} />
            <TextInput label="Referrer’s name" {...form.getInputProps('referrerName')} />
            <TextInput label="Referrer’s contact" {...form.getInputProps('referrerContact')} />
          </SimpleGrid>
        </Fieldset>
        <Fieldset legend="The person">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <TextInput label="Name" description="Or an alias, or mark anonymous" {...form.getInputProps('name')} disabled={values.anonymous} />
            <TextInput label="Alias" description="A name she is happy to be called" {...form.getInputProps('alias')} disabled={values.anonymous} />
            <TextInput label="Date of birth" type="date" {...form.getInputProps('dateOfBirth')} />
          </SimpleGrid>
          <Checkbox mt="sm" label="Anonymous: she has not given a name" {...form.getInputProps('anonymous', { type: 'checkbox' })} />
        </Fieldset>
        <Fieldset legend="Safe contact">
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            <NativeSelect label="Safe contact method" data={withBlank('Not recorded', optionsOf(ContactMethod))} {...form.getInputProps('safeContactMethod')} />
            <TextInput label="Safe contact details" {...form.getInputProps('safeContactDetails')} />
            <TextInput label="Safe times" placeholder="e.g. weekdays 10–12 when he is at work" {...form.getInputProps('safeTimes')} />
          </SimpleGrid>
          <Checkbox mt="sm" label="Do not leave voicemail" {...form.getInputProps('noVoicemail', { type: 'checkbox' })} />
        </Fieldset>
        <Fieldset legend="Safety and what she is asking for">
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect label="Immediate safety" data={optionsOf(ImmediateSafety)} {...form.getInputProps('immediateSafety')} />
            <NativeSelect label="Urgency of current accommodation" data={optionsOf(AccommodationUrgency)} {...form.getInputProps('urgency')} />
          </SimpleGrid>
          <Textarea mt="sm" label="Immediate safety notes" autosize minRows={2} {...form.getInputProps('immediateSafetyNotes')} />
          <Checkbox.Group mt="sm" label="Asking for" {...form.getInputProps('requests')}>
            <Group mt={6}>
              {optionsOf(ServiceRequest).map((o) => (
                <Checkbox key={o.value} value={o.value} label={o.label} />
              ))}
            </Group>
          </Checkbox.Group>
        </Fieldset>
        <IntakeChildren form={form} />
        <Textarea label="Notes" autosize minRows={3} {...form.getInputProps('notes')} />
        <FormError message={formError} />
        <Group justify="space-between">
          <Text size="sm" c="dimmed" aria-live="polite">
            {draftState}
          </Text>
          <Group>
            <Button variant="default" onClick={onCancel}>
              Close (the draft is kept)
            </Button>
            <Button type="submit" loading={busy}>
              Save referral
            </Button>
          </Group>
        </Group>
      </Stack>
      {matches && <MatchDialog matches={matches} busy={busy} onChoose={(id) => void create(id)} onCancel={() => setMatches(null)} />}
    </form>
  );
}
