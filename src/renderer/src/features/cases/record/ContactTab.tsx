import { Badge, Button, Fieldset, Group, NativeSelect, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { ContactAttemptInputSchema } from '../../../../../shared/cases/schemas/referral';
import { ContactMethod, ContactOutcome } from '../../../../../shared/cases/vocab';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { dateTime } from '../../../components/format';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { toLocalInput } from '../intake/intake-values';
import { labelOf, optionsOf } from '../labels';

/** First contact: the safe way to reach her and every attempt (no limit on attempts). */
export function ContactTab({ record, onChanged }: { record: CaseRecord; onChanged: () => void }) {
  // Episodes come newest first: the forms act on the current one.
  const episode = record.episodes[0];
  const [at, setAt] = useState(toLocalInput(new Date()));
  const [method, setMethod] = useState<string>(episode?.safeContactMethod ?? 'phone_call');
  const [outcome, setOutcome] = useState<string>('spoke');
  const [notes, setNotes] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  if (!episode) return <Text c="dimmed">No referral on this record.</Text>;
  const log = async () => {
    const when = new Date(at);
    const parsed = ContactAttemptInputSchema.safeParse({ referralId: episode.id, at: Number.isNaN(when.getTime()) ? '' : when.toISOString(), method, outcome, notes });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    const r = await call('referrals.logContact', parsed.data);
    if (!r.ok) {
      if (r.error.fields) setErrors(r.error.fields);
      else setFormError(errorMessage(r.error));
      return;
    }
    setErrors({});
    setNotes('');
    notify({ title: 'Contact attempt logged', message: labelOf(ContactOutcome.labels, outcome), color: 'green' });
    onChanged();
  };
  return (
    <Stack gap="md">
      <Group gap="sm">
        <Text>
          Safe contact: {labelOf(ContactMethod.labels, episode.safeContactMethod)} {episode.safeContactDetails}
        </Text>
        {episode.safeTimes && <Text>· Safe times: {episode.safeTimes}</Text>}
        {episode.noVoicemail && <Badge color="orange">Do not leave voicemail</Badge>}
      </Group>
      <Text size="sm">
        {episode.firstContactAt ? `First contact made ${dateTime(episode.firstContactAt)}.` : `First contact due by ${dateTime(episode.contactDueBy)}.`}
      </Text>
      <Fieldset legend="Log a contact attempt">
        <Group align="flex-start" wrap="wrap">
          <TextInput label="When" type="datetime-local" value={at} onChange={(e) => setAt(e.currentTarget.value)} error={errors.at} />
          <NativeSelect label="Method" data={optionsOf(ContactMethod)} value={method} onChange={(e) => setMethod(e.currentTarget.value)} />
          <NativeSelect label="Outcome" data={optionsOf(ContactOutcome)} value={outcome} onChange={(e) => setOutcome(e.currentTarget.value)} />
        </Group>
        <Textarea mt="sm" label="Contact notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={errors.notes} />
        <FormError message={formError} />
        <Button mt="sm" onClick={() => void log()}>
          Log attempt
        </Button>
      </Fieldset>
      <Table aria-label="Contact attempts" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>When</Table.Th>
            <Table.Th>Method</Table.Th>
            <Table.Th>Outcome</Table.Th>
            <Table.Th>By</Table.Th>
            <Table.Th>Notes</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {episode.contactAttempts.map((a) => (
            <Table.Tr key={a.id}>
              <Table.Td>{dateTime(a.at)}</Table.Td>
              <Table.Td>{labelOf(ContactMethod.labels, a.method)}</Table.Td>
              <Table.Td>{labelOf(ContactOutcome.labels, a.outcome)}</Table.Td>
              <Table.Td>{a.byName ?? '—'}</Table.Td>
              <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{a.notes}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
