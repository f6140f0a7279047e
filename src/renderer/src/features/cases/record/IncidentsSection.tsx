import { Button, Fieldset, Stack, Table, Text, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { IncidentInputSchema } from '../../../../../shared/cases/schemas/risk';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { applyServerError, focusFirstInvalid } from '../../../components/form-errors';
import { notify } from '../../../components/notify';

// The household comes from the record; the form holds only what the worker types. Same rules as the channel.
const IncidentFormSchema = IncidentInputSchema.omit({ householdId: true });

/** Record a new incident (which may trigger a potential escalation) and list those already recorded. */
export function IncidentsSection({ record, onChanged }: { record: CaseRecord; onChanged: () => void }) {
  const form = useForm({ initialValues: { occurredOn: new Date().toISOString().slice(0, 10), notes: '' }, validate: schemaResolver(IncidentFormSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await call('risk.addIncident', { householdId: record.householdId, occurredOn: values.occurredOn, notes: values.notes });
    setBusy(false);
    if (!r.ok) {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
      return;
    }
    notify({ title: 'Incident recorded', message: `Incident on ${values.occurredOn} saved.`, color: 'green' });
    form.setValues({ notes: '' });
    onChanged();
  }, focusFirstInvalid);
  const incidents = [...record.incidents].sort((a, b) => b.occurredOn.localeCompare(a.occurredOn));
  return (
    <Fieldset legend="Incidents">
      <Stack gap="sm">
        <form onSubmit={submit} noValidate aria-label="Record an incident">
          <Stack gap="sm">
            <TextInput label="Date of the incident" type="date" required w="fit-content" {...form.getInputProps('occurredOn')} />
            <Textarea label="What happened" autosize minRows={2} {...form.getInputProps('notes')} />
            <FormError message={error} title="Incident not recorded" />
            <Button type="submit" w="fit-content" loading={busy}>
              Record an incident
            </Button>
          </Stack>
        </form>
        {incidents.length === 0 ? (
          <Text c="dimmed">No incidents recorded.</Text>
        ) : (
          <Table aria-label="Incidents recorded" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Date</Table.Th>
                <Table.Th>What happened</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {incidents.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{i.occurredOn}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{i.notes || '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
    </Fieldset>
  );
}
