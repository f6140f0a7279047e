import { Button, Fieldset, Group, Stack, Table, Text, TextInput, Textarea, VisuallyHidden } from '@mantine/core';
import { useState } from 'react';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { MaracInputSchema } from '../../../../../shared/cases/schemas/risk';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';

type Marac = CaseRecord['maracReferrals'][number];

/**
 * The household's MARAC referrals (newest first) and one form: either a new referral or the one
 * the worker picked to edit. Saving never touches any other referral. When a referral is due the
 * form starts as a new one, so the prompt cannot lead anyone to overwrite the last referral.
 */
export function MaracForm({ record, onChanged }: { record: CaseRecord; onChanged: () => void }) {
  const referrals = record.maracReferrals;
  const [target, setTarget] = useState<number | 'new'>(() => (record.maracDue.length > 0 || !referrals[0] ? 'new' : referrals[0].id));
  const editing = target === 'new' ? undefined : referrals.find((m) => m.id === target);
  return (
    <Fieldset legend="MARAC referrals">
      <Stack gap="sm">
        {referrals.length > 0 && (
          <Table aria-label="MARAC referrals" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Referred</Table.Th>
                <Table.Th>Meeting</Table.Th>
                <Table.Th>Actions</Table.Th>
                <Table.Th>
                  <VisuallyHidden>Edit</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {referrals.map((m) => (
                <Table.Tr key={m.id} aria-current={m.id === target ? 'true' : undefined}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.referredOn}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{m.meetingOn ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{m.actions || '—'}</Table.Td>
                  <Table.Td>
                    <Button size="xs" variant={m.id === target ? 'light' : 'default'} onClick={() => setTarget(m.id)} aria-pressed={m.id === target} aria-label={`${m.id === target ? 'Editing' : 'Edit'} the MARAC referral of ${m.referredOn}`}>
                      {m.id === target ? 'Editing' : 'Edit'}
                    </Button>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
        {referrals.length > 0 && target !== 'new' && (
          <Button w="fit-content" variant={record.maracDue.length > 0 ? 'filled' : 'default'} onClick={() => setTarget('new')}>
            Record a new MARAC referral
          </Button>
        )}
        {/* Keyed by what is edited, so switching starts from that referral's own values. */}
        <MaracEditor
          key={editing?.id ?? 'new'}
          householdId={record.householdId}
          existing={editing}
          onSaved={(id) => {
            setTarget(id);
            onChanged();
          }}
        />
      </Stack>
    </Fieldset>
  );
}

/** The form for one referral: a new one when `existing` is undefined. */
function MaracEditor({ householdId, existing, onSaved }: { householdId: number; existing: Marac | undefined; onSaved: (id: number) => void }) {
  const [referredOn, setReferredOn] = useState(existing?.referredOn ?? new Date().toISOString().slice(0, 10));
  const [meetingOn, setMeetingOn] = useState(existing?.meetingOn ?? '');
  const [actions, setActions] = useState(existing?.actions ?? '');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = async () => {
    setFormError(null);
    const parsed = MaracInputSchema.safeParse({ householdId, maracId: existing?.id ?? null, referredOn, meetingOn: meetingOn || null, actions });
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
    onSaved(r.value.id);
  };
  return (
    <Stack gap="sm" role="group" aria-label={existing ? `The MARAC referral of ${existing.referredOn}` : 'A new MARAC referral'}>
      <Text fw={600}>{existing ? `Editing the referral of ${existing.referredOn}` : 'A new MARAC referral'}</Text>
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
  );
}
