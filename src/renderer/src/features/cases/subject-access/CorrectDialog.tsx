import { Button, Group, Modal, NativeSelect, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import type { Person } from '../../../../../shared/cases/schemas/people';
import { SubjectAccessCorrectInputSchema, type Correction } from '../../../../../shared/retention/subject-access';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { applyServerError, focusFirstInvalid } from '../../../components/form-errors';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { useSubmit } from '../../../components/use-channel';
import { currentValue, FIELD_LABELS, fieldsFor, LONG_FIELDS, NAME_FIELDS, type CorrectableField } from './correctable-fields';

interface Values {
  field: CorrectableField;
  value: string;
  reason: string;
}

/**
 * Correcting one detail of a person's record on request. The reason is required and kept with the
 * old and new values in the person's history; the same rules as the channel check the form first,
 * and the server's own field messages land beside the field they are about.
 */
export function CorrectDialog({ person, personLabel, onClose, onCorrected }: { person: Person; personLabel: string; onClose(): void; onCorrected(history: Correction[]): void }) {
  const offered = fieldsFor(person);
  const first = offered[0]!;
  const form = useForm<Values>({
    initialValues: { field: first, value: currentValue(person, first), reason: '' },
    validate: (values) => {
      const r = SubjectAccessCorrectInputSchema.safeParse({ personId: person.id, ...values });
      if (r.success) return {};
      const out: Record<string, string> = {};
      for (const i of r.error.issues) out[String(i.path[0])] ??= i.message;
      return out;
    },
  });
  const { busy, error, run } = useSubmit();
  const { field } = form.getValues();
  const was = currentValue(person, field);

  const submit = form.onSubmit(async (values) => {
    const history = await run(
      () => call('subjectAccess.correct', { personId: person.id, ...values }),
      (fields) => applyServerError(form, { code: 'INVALID_INPUT', message: '', fields }) === null,
    );
    if (!history) return focusFirstInvalid();
    notify({ title: 'Correction saved', message: `${FIELD_LABELS[values.field]} corrected; the old value and your reason are kept in the history.`, color: 'green' });
    onCorrected(history);
  }, focusFirstInvalid);

  const valueProps = { label: `New ${FIELD_LABELS[field].toLowerCase()}`, ...form.getInputProps('value') };
  return (
    <Modal opened onClose={onClose} title="Correct a detail" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="Correct a detail">
        <Stack>
          <Text>
            Correcting the record of <PersonName name={personLabel} fw={600} />. The old value, the new value, who made the change, when and why are kept in the history, and
            appear in any subject access export.
          </Text>
          <NativeSelect
            size="md"
            label="Detail to correct"
            data={offered.map((f) => ({ value: f, label: FIELD_LABELS[f] }))}
            {...form.getInputProps('field')}
            onChange={(e) => {
              const next = e.currentTarget.value as CorrectableField;
              form.setValues({ field: next, value: currentValue(person, next) });
              form.clearErrors();
            }}
          />
          <Text size="sm" data-testid="recorded-now">
            Recorded now:{' '}
            {was === '' ? (
              <Text component="span" inherit fs="italic">
                (empty)
              </Text>
            ) : NAME_FIELDS.has(field) ? (
              <PersonName name={was} fw={600} />
            ) : (
              <Text component="span" inherit fw={600} style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
                {was}
              </Text>
            )}
          </Text>
          {field === 'dateOfBirth' ? (
            <TextInput type="date" description="Leave empty if it is not known." {...valueProps} />
          ) : LONG_FIELDS.has(field) ? (
            <Textarea autosize minRows={2} maxRows={10} {...valueProps} />
          ) : (
            <TextInput {...valueProps} />
          )}
          <Textarea
            label="Reason for the correction"
            description="For example: “She asked for her surname to be corrected; spelling checked against her passport.”"
            required
            autosize
            minRows={2}
            {...form.getInputProps('reason')}
          />
          <FormError message={error} title="Not corrected" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Save correction
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
