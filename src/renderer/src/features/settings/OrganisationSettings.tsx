import { Button, Fieldset, Group, NumberInput, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { SettingsSchema, type Settings } from '../../../../shared/schemas/settings';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { FormError } from '../../components/FormError';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';
import { notify } from '../../components/notify';

/** Only what changed, so the audit entry names exactly the settings that were changed. */
function changed(before: Settings, after: Settings): Partial<Settings> {
  const out: Partial<Settings> = {};
  for (const k of Object.keys(after) as (keyof Settings)[]) {
    if (after[k] !== before[k]) (out as Record<string, unknown>)[k] = after[k];
  }
  return out;
}

/** The organisation's details, the idle-lock time and the potential-escalation rule (administrators). */
export function OrganisationSettings({ initial }: { initial: Settings }) {
  const { refresh } = useSession();
  const [saved, setSaved] = useState<Settings>(initial);
  const form = useForm<Settings>({ initialValues: initial, validate: schemaResolver(SettingsSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setSaved(initial), [initial]);

  const submit = form.onSubmit(async (values) => {
    const patch = changed(saved, values);
    if (Object.keys(patch).length === 0) {
      notify({ title: 'Nothing to save', message: 'No setting was changed.' });
      return;
    }
    setBusy(true);
    setError(null);
    const r = await call('settings.update', patch);
    setBusy(false);
    if (!r.ok) {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
      return;
    }
    setSaved(r.value);
    form.setValues(r.value);
    form.resetDirty(r.value);
    notify({ color: 'green', title: 'Settings saved', message: 'The changes apply straight away.' });
    // The header shows the organisation's name and the help panel the lock time: re-read them.
    await refresh();
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate aria-label="Organisation and locking">
      <Stack>
        <NumberInput
          label="Lock after (minutes without use)"
          description="Between 1 and 120. Shorter is safer on a shared computer."
          min={1}
          max={120}
          allowDecimal={false}
          allowNegative={false}
          w={{ base: '100%', sm: 320 }}
          {...form.getInputProps('idleLockMinutes')}
        />
        {/* Not clamped on blur: a number out of range keeps its message beside the field instead of silently changing. */}
        <Fieldset legend="Potential escalation" variant="unstyled">
          <Stack gap="xs">
            <Group align="flex-start" gap="md" wrap="wrap">
              <NumberInput
                label="Incidents"
                description="Between 2 and 20."
                min={2}
                max={20}
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                w={{ base: '100%', sm: 200 }}
                {...form.getInputProps('escalationIncidents')}
              />
              <NumberInput
                label="Within (months)"
                description="Between 1 and 36."
                min={1}
                max={36}
                clampBehavior="none"
                allowDecimal={false}
                allowNegative={false}
                w={{ base: '100%', sm: 200 }}
                {...form.getInputProps('escalationMonths')}
              />
            </Group>
            <Text size="sm" c="dimmed">
              A case is flagged for potential escalation, and a MARAC referral prompted, when it has this many incidents within this many months. The usual rule is 3 in 12.
            </Text>
          </Stack>
        </Fieldset>
        <TextInput label="Organisation name" required {...form.getInputProps('orgName')} />
        <Textarea label="Address" description="Used on letters." autosize minRows={3} {...form.getInputProps('orgAddress')} />
        <TextInput label="Phone" type="tel" {...form.getInputProps('orgPhone')} />
        <TextInput label="Email" type="email" {...form.getInputProps('orgEmail')} />
        <FormError message={error} title="Settings not saved" />
        <Group>
          <Button type="submit" loading={busy}>
            Save settings
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
