import { Button, Checkbox, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { RestrictInputSchema, type CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';

/** A manager restricts a case to named workers (none chosen lifts the restriction). */
export function RestrictDialog({ record, workers, onClose, onDone }: { record: CaseRecord; workers: { value: string; label: string }[]; onClose: () => void; onDone: () => void }) {
  const [chosen, setChosen] = useState<string[]>(record.allowedUserIds.map(String));
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const save = async () => {
    const parsed = RestrictInputSchema.safeParse({ householdId: record.householdId, userIds: chosen.map(Number), reason });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    const r = await call('cases.restrict', parsed.data);
    if (!r.ok) {
      if (r.error.fields) setErrors(r.error.fields);
      else setFormError(errorMessage(r.error));
      return;
    }
    notify({ title: r.value.restricted ? 'Case restricted' : 'Restriction lifted', message: record.reference, color: 'green' });
    onDone();
  };
  return (
    <Modal opened onClose={onClose} title={`Restrict ${record.reference}`}>
      <Stack>
        <Text size="sm">Only the workers chosen (and managers) will see this case. Others see only that a restricted case exists. Choose nobody to lift the restriction.</Text>
        <Checkbox.Group label="Workers who may open it" value={chosen} onChange={setChosen} error={errors.userIds}>
          <Stack gap={6} mt={6}>
            {workers.length === 0 && <Text c="dimmed">No workers with an account are in the staff directory.</Text>}
            {workers.map((w) => (
              <Checkbox key={w.value} value={w.value} label={<PersonName name={w.label} />} />
            ))}
          </Stack>
        </Checkbox.Group>
        <Textarea label="Reason" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void save()}>Save restriction</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
