import { Button, Fieldset, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { SetupInputSchema } from '../../../../shared/schemas/session';
import { call } from '../../api/client';
import { AuthFrame } from '../../components/AuthFrame';
import { FormError } from '../../components/FormError';
import { PasswordField } from '../../components/PasswordField';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';
import { PASSWORD_RULE } from '../../components/PasswordRule';

/** Fieldset legends read as section headings. */
const LEGEND = { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-xl)', marginBottom: 'var(--mantine-spacing-sm)' } };

/** The set-up form's fields, exactly the set-up channel's input. */
const EMPTY = {
  orgName: '',
  orgAddress: '',
  orgPhone: '',
  orgEmail: '',
  adminUsername: '',
  adminDisplayName: '',
  password: '',
  passwordAgain: '',
};

/**
 * First run: creates the organisation and its first administrator. The server returns the
 * recovery key, which the parent shows once on the recovery sheet.
 */
export function SetupScreen({ onCreated }: { onCreated(recoveryKey: string, orgName: string): void }) {
  const form = useForm({ initialValues: EMPTY, validate: schemaResolver(SetupInputSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await call('setup.create', values);
    setBusy(false);
    if (r.ok) onCreated(r.value.recoveryKey, values.orgName.trim());
    else {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
    }
  }, focusFirstInvalid);

  return (
    <AuthFrame
      title="Set up Waymark"
      width={640}
      intro="This computer has no Waymark records yet. Enter your organisation’s details and create the first administrator account. It takes a minute."
    >
      <form onSubmit={submit} noValidate aria-label="Set up Waymark">
        <Stack gap="lg">
          <Fieldset legend="Your organisation" variant="unstyled" styles={LEGEND}>
            <Stack>
              <TextInput label="Organisation name" required withAsterisk {...form.getInputProps('orgName')} />
              <Textarea label="Address" description="Used on letters." autosize minRows={3} {...form.getInputProps('orgAddress')} />
              <TextInput label="Phone" type="tel" {...form.getInputProps('orgPhone')} />
              <TextInput label="Email" type="email" {...form.getInputProps('orgEmail')} />
            </Stack>
          </Fieldset>
          <Fieldset legend="First administrator" variant="unstyled" styles={LEGEND}>
            <Stack>
              <Text size="sm">The administrator adds the other staff accounts. You can add more administrators later.</Text>
              <TextInput
                label="Username"
                description="Letters, numbers, dots, dashes or underscores. Used to sign in."
                required
                autoComplete="off"
                {...form.getInputProps('adminUsername')}
              />
              <TextInput label="Display name" description="How Waymark shows this person to colleagues." required autoComplete="off" {...form.getInputProps('adminDisplayName')} />
              <PasswordField label="Password" description={PASSWORD_RULE} required autoComplete="new-password" {...form.getInputProps('password')} />
              <PasswordField label="Password again" required autoComplete="new-password" {...form.getInputProps('passwordAgain')} />
            </Stack>
          </Fieldset>
          <FormError message={error} />
          <Button type="submit" loading={busy} size="lg">
            Create and continue
          </Button>
        </Stack>
      </form>
    </AuthFrame>
  );
}
