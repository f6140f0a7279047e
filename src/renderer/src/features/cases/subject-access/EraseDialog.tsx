import { List, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { SubjectAccessEraseInputSchema } from '../../../../../shared/retention/subject-access';
import { call } from '../../../api/client';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { applyServerError, focusFirstInvalid } from '../../../components/form-errors';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { useSubmit } from '../../../components/use-channel';

/** Whether what was typed is the case reference (spaces and letter case forgiven, nothing else). */
export function isReference(typed: string, reference: string): boolean {
  return typed.trim().toUpperCase() === reference.toUpperCase();
}

/**
 * Erasure on request: the deliberate step is typing the case reference, and the reason is required
 * (it goes into the audit entry with the number of records erased, so it must not name anyone).
 * "Cancel" has the focus first; the red button does nothing until both are right.
 */
export function EraseDialog({ record, personLabel, onClose, onErased }: { record: CaseRecord; personLabel: string; onClose(): void; onErased(): void }) {
  const form = useForm({
    initialValues: { reason: '', reference: '' },
    validate: {
      reason: (v) => {
        const r = SubjectAccessEraseInputSchema.shape.reason.safeParse(v);
        return r.success ? null : (r.error.issues[0]?.message ?? 'Say why the record is being erased.');
      },
      reference: (v) => (isReference(v, record.reference) ? null : `Type the case reference, ${record.reference}, exactly as shown.`),
    },
  });
  const { busy, error, run } = useSubmit();
  const others = record.people.length - 1;

  const erase = async () => {
    if (form.validate().hasErrors) return focusFirstInvalid();
    const r = await run(
      () => call('subjectAccess.erase', { householdId: record.householdId, reason: form.getValues().reason }),
      (fields) => applyServerError(form, { code: 'INVALID_INPUT', message: '', fields }) === null,
    );
    if (!r) return;
    const total = Object.values(r.rows).reduce((a, b) => a + b, 0);
    notify({
      title: 'Erased',
      message: `Case ${record.reference}: ${total} records erased. The audit log keeps the count and your reason, nothing else.`,
      color: 'green',
      autoClose: 12_000,
    });
    onErased();
  };

  return (
    <ConfirmDialog opened title="Erase this person" confirmLabel="Erase permanently" danger busy={busy} error={error} onConfirm={() => void erase()} onCancel={onClose}>
      <form noValidate aria-label="Erase this person" onSubmit={(e) => e.preventDefault()}>
        <Stack gap="sm">
          <Text>
            Everything recorded in case {record.reference} about <PersonName name={personLabel} fw={600} />
            {others > 0 ? ` and the ${others} other ${others === 1 ? 'person' : 'people'} in the household` : ''} will be deleted from Waymark, across every
            episode:
          </Text>
          <List size="sm" spacing={4}>
            <List.Item>the people, referrals, risk assessments, contacts and decisions;</List.Item>
            <List.Item>stays, support plans and notes, letters, outcomes and sanctuary measures;</List.Item>
            <List.Item>the correction history.</List.Item>
          </List>
          <Text fw={600}>This cannot be undone.</Text>
          <Text size="sm">
            The audit log keeps one entry saying who erased the case, when, why, and how many records of each kind were deleted, never what they said. Backups made
            before now still hold the case until they are rotated out. Export everything held first if the person asked for a copy.
          </Text>
          <Textarea
            label="Reason for erasure"
            description="Kept in the audit log, so do not write names. For example: “Erasure request received by letter on 3 March.”"
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <TextInput
            label={`Type the case reference (${record.reference}) to confirm`}
            required
            autoComplete="off"
            spellCheck={false}
            {...form.getInputProps('reference')}
          />
        </Stack>
      </form>
    </ConfirmDialog>
  );
}
