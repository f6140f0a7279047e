import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { roleMayCall } from '../../../../../shared/ipc/permissions';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { FormError } from '../../../components/FormError';
import { applyServerError, focusFirstInvalid } from '../../../components/form-errors';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';

/**
 * The case's key worker. Managers and administrators can change it, choosing from staff with an
 * account (the same list the restrict dialog uses).
 */
export function KeyWorker({ record, workers, onChanged }: { record: CaseRecord; workers: { value: string; label: string }[]; onChanged: () => void }) {
  const { session } = useSession();
  const current = record.worker ? String(record.worker.id) : '';
  const form = useForm({ initialValues: { userId: current } });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (!roleMayCall('cases.assignWorker', session.role))
    return <Text>Key worker: {record.worker ? <PersonName name={record.worker.name} /> : 'none yet'}</Text>;

  // Keep the current worker choosable even if they are no longer in the staff directory.
  const options = [
    { value: '', label: 'No key worker' },
    ...(record.worker && !workers.some((w) => w.value === current) ? [{ value: current, label: record.worker.name }] : []),
    ...workers,
  ];
  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await call('cases.assignWorker', { householdId: record.householdId, userId: values.userId ? Number(values.userId) : null });
    setBusy(false);
    if (!r.ok) {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
      return;
    }
    notify({ title: 'Key worker saved', message: record.reference, color: 'green' });
    onChanged();
  }, focusFirstInvalid);
  return (
    <form onSubmit={submit} noValidate aria-label="Key worker">
      <Group gap="xs" align="flex-end">
        <NativeSelect label="Key worker" data={options} {...form.getInputProps('userId')} />
        <Button type="submit" variant="default" loading={busy} disabled={form.getValues().userId === current}>
          Save key worker
        </Button>
      </Group>
      <FormError message={error} title="Key worker not changed" />
    </form>
  );
}
