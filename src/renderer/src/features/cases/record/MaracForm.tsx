import { Button, Fieldset, Group, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { MaracInputSchema } from '../../../../../shared/cases/schemas/risk';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';

/** The MARAC referral record: date referred, meeting date, actions. */
export function MaracForm({ record, onChanged }: { record: CaseRecord; onChanged: () => void }) {
  const existing = record.maracReferrals[record.maracReferrals.length - 1];
  const [referredOn, setReferredOn] = useState(existing?.referredOn ?? new Date().toISOString().slice(0, 10));
  const [meetingOn, setMeetingOn] = useState(existing?.meetingOn ?? '');
  const [actions, setActions] = useState(existing?.actions ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = async () => {
    const parsed = MaracInputSchema.safeParse({ householdId: record.householdId, maracId: existing?.id ?? null, referredOn, meetingOn: meetingOn || null, actions });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    const r = await call('risk.saveMarac', parsed.data);
    if (!r.ok) {
      if (r.error.fields) setErrors(r.error.fields);
      else setFormError(errorMessage(r.error));
      return;
    }
    setErrors({});
    notify({ title: 'MARAC referral saved', message: `Referred on ${referredOn}.`, color: 'green' });
    onChanged();
  };
  return (
    <Fieldset legend="MARAC referral">
      <Stack gap="sm">
        {existing && <Text size="sm">Last referred on {existing.referredOn}.</Text>}
        <Group align="flex-start">
          <TextInput label="Date referred to MARAC" type="date" value={referredOn} onChange={(e) => setReferredOn(e.currentTarget.value)} error={errors.referredOn} />
          <TextInput label="Meeting date" type="date" value={meetingOn} onChange={(e) => setMeetingOn(e.currentTarget.value)} error={errors.meetingOn} />
        </Group>
        <Textarea label="MARAC actions" autosize minRows={2} value={actions} onChange={(e) => setActions(e.currentTarget.value)} error={errors.actions} />
        <FormError message={formError} />
        <Button w="fit-content" onClick={() => void save()}>
          Save MARAC referral
        </Button>
      </Stack>
    </Fieldset>
  );
}
