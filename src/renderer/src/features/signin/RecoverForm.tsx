import { Alert, Button, Group, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { RecoverInputSchema } from '../../../../shared/schemas/session';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { PasswordField } from '../../components/PasswordField';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';
import { PASSWORD_RULE } from '../../components/PasswordRule';

const EMPTY = { recoveryKey: '', adminUsername: '', newPassword: '', newPasswordAgain: '' };

/**
 * The way back in when every administrator has forgotten their password: the recovery key from
 * the office safe sets a new password for an administrator, who is then signed in.
 */
export function RecoverForm({ onRecovered, onCancel }: { onRecovered(): void; onCancel(): void }) {
  const form = useForm({ initialValues: EMPTY, validate: schemaResolver(RecoverInputSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await call('session.recover', values);
    setBusy(false);
    if (r.ok) onRecovered();
    else {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate aria-label="Use the recovery key">
      <Stack>
        <Alert color="blue" variant="light" title="You need the recovery key sheet" role="note">
          It was printed when Waymark was set up and should be in the office safe. This is recorded in the audit log.
        </Alert>
        <TextInput
          label="Recovery key"
          description="As on the sheet. Dashes and spaces do not matter."
          required
          autoFocus
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          styles={{ input: { fontFamily: 'var(--mantine-font-family-monospace)' } }}
          {...form.getInputProps('recoveryKey')}
        />
        <TextInput label="Administrator’s username" required autoComplete="off" autoCapitalize="off" spellCheck={false} {...form.getInputProps('adminUsername')} />
        <PasswordField label="New password" description={PASSWORD_RULE} required autoComplete="new-password" {...form.getInputProps('newPassword')} />
        <PasswordField label="New password again" required autoComplete="new-password" {...form.getInputProps('newPasswordAgain')} />
        <FormError message={error} />
        <Group justify="space-between">
          <Button variant="default" onClick={onCancel}>
            Back to sign in
          </Button>
          <Button type="submit" loading={busy}>
            Set password and sign in
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
