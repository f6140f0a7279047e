import { Button, Group, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import { ChangePasswordInputSchema, type SessionInfo } from '../../../../shared/schemas/session';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { PasswordField } from '../../components/PasswordField';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';
import { PASSWORD_RULE } from '../../components/PasswordRule';

const EMPTY = { currentPassword: '', newPassword: '', newPasswordAgain: '' };

/** Changes the signed-in person's own password (also the forced change after a temporary one). */
export function ChangePasswordForm({
  onChanged,
  currentLabel = 'Current password',
  submitLabel = 'Change password',
}: {
  onChanged(session: SessionInfo): void;
  currentLabel?: string;
  submitLabel?: string;
}) {
  const form = useForm({ initialValues: EMPTY, validate: schemaResolver(ChangePasswordInputSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await call('session.changePassword', values);
    setBusy(false);
    if (r.ok) {
      form.reset();
      onChanged(r.value);
    } else {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
    }
  }, focusFirstInvalid);

  return (
    <form onSubmit={submit} noValidate aria-label="Change password">
      <Stack>
        <PasswordField label={currentLabel} required autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordField label="New password" description={PASSWORD_RULE} required autoComplete="new-password" {...form.getInputProps('newPassword')} />
        <PasswordField label="New password again" required autoComplete="new-password" {...form.getInputProps('newPasswordAgain')} />
        <FormError message={error} />
        <Group>
          <Button type="submit" loading={busy}>
            {submitLabel}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
