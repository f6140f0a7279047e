import { Text, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { RemoveChildInputSchema, type Person } from '../../../../../shared/cases/schemas/people';
import { call } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { applyServerError, focusFirstInvalid } from '../../../components/form-errors';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';

const ReasonSchema = RemoveChildInputSchema.pick({ reason: true });

/** A manager removes a child added in error, giving a reason (kept in the audit trail). */
export function RemoveChildDialog({ householdId, child, onClose, onDone }: { householdId: number; child: Person; onClose: () => void; onDone: () => void }) {
  const form = useForm({ initialValues: { reason: '' }, validate: schemaResolver(ReasonSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const confirm = async () => {
    if (form.validate().hasErrors) return focusFirstInvalid();
    setBusy(true);
    setError(null);
    const r = await call('cases.removeChild', { householdId, childId: child.id, reason: form.getValues().reason });
    setBusy(false);
    if (!r.ok) {
      setError(applyServerError(form, r.error));
      return;
    }
    notify({ title: 'Child removed', message: 'The child added in error has been removed from the case.', color: 'green' });
    onDone();
  };
  return (
    <ConfirmDialog opened title="Remove a child added in error" confirmLabel="Remove child" danger busy={busy} error={error} onConfirm={() => void confirm()} onCancel={onClose}>
      <form noValidate aria-label="Reason for removing the child" onSubmit={(e) => e.preventDefault()}>
        <Text mb="sm">
          <PersonName name={child.displayName} fw={600} /> will be removed from this case. Only do this if the child was added in error.
        </Text>
        <Textarea label="Reason" required autosize minRows={2} {...form.getInputProps('reason')} />
      </form>
    </ConfirmDialog>
  );
}
