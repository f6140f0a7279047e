import { Button, Group, List, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { RetentionScheduleSchema, type RetentionSchedule } from '../../../../shared/retention/schedule';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';
import { notify } from '../../components/notify';
import { SCHEDULE_FIELDS } from './retention-labels';

/** What the form holds: a number per field, or '' while a box is empty. */
type Draft = Record<keyof RetentionSchedule, number | string>;

/** Each field checked against the shared schema, so the messages are the router's own. */
function validateField(key: keyof RetentionSchedule, value: number | string): string | null {
  if (value === '' || value === undefined) return 'Enter a number.';
  const r = RetentionScheduleSchema.shape[key].safeParse(value);
  return r.success ? null : (r.error.issues[0]?.message ?? 'Not a valid number.');
}

/** The schedule as sentences: what managers see (only administrators change it). */
export function ScheduleSummary({ schedule }: { schedule: RetentionSchedule }) {
  return (
    <Stack gap="xs">
      <List spacing="xs" aria-label="Retention schedule">
        {SCHEDULE_FIELDS.map((f) => (
          <List.Item key={f.key}>{f.describe(schedule[f.key])}</List.Item>
        ))}
      </List>
      <Text size="sm" c="dimmed">
        Only an administrator can change the schedule.
      </Text>
    </Stack>
  );
}

/** The schedule as a form (administrators): errors beside the field they belong to. */
export function ScheduleForm({ schedule, onSaved }: { schedule: RetentionSchedule; onSaved(schedule: RetentionSchedule): void }) {
  const form = useForm<Draft>({
    initialValues: { ...schedule },
    validate: {
      closedCaseYears: (v) => validateField('closedCaseYears', v),
      unsuccessfulReferralMonths: (v) => validateField('unsuccessfulReferralMonths', v),
      auditYears: (v) => validateField('auditYears', v),
    },
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setError(null);
    // Only what changed is sent, so the audit entry names just the settings that moved.
    const patch = Object.fromEntries(SCHEDULE_FIELDS.filter((f) => Number(values[f.key]) !== schedule[f.key]).map((f) => [f.key, Number(values[f.key])]));
    if (Object.keys(patch).length === 0) {
      setError('Nothing to save: the schedule is as it was.');
      return;
    }
    setBusy(true);
    const r = await call('retention.schedule.update', patch);
    setBusy(false);
    if (!r.ok) {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
      return;
    }
    form.setValues({ ...r.value });
    form.resetDirty({ ...r.value });
    notify({ color: 'green', title: 'Retention schedule saved', message: 'What is due for deletion has been worked out again.' });
    onSaved(r.value);
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate aria-label="Retention schedule">
      <Stack>
        <Group align="flex-start" wrap="wrap" gap="lg">
          {SCHEDULE_FIELDS.map((f) => (
            <NumberInput
              key={f.key}
              label={f.label}
              description={f.hint}
              allowDecimal={false}
              allowNegative={false}
              // No clamping: a number out of range is explained beside the box, not silently changed.
              clampBehavior="none"
              w={{ base: '100%', sm: 260 }}
              {...form.getInputProps(f.key)}
            />
          ))}
        </Group>
        <FormError message={error} title="Schedule not saved" />
        <Group>
          <Button type="submit" loading={busy}>
            Save schedule
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
