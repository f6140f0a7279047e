import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useEffect, useState } from 'react';
import { NewPasswordSchema } from '../../../../shared/schemas/password';
import type { User } from '../../../../shared/schemas/users';
import { z } from 'zod';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';
import { PersonName } from '../../components/PersonName';
import { generatePassphrase } from './passphrase';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';

// The form holds only the password; the user id comes from the row. Same rule as the channel.
const ResetFormSchema = z.object({ temporaryPassword: NewPasswordSchema });

/** Gives a user a new temporary password (they must change it at their next sign-in). */
export function ResetPasswordDialog({ user, onClose, onReset }: { user: User | null; onClose(): void; onReset(user: User, temporaryPassword: string): void }) {
  const form = useForm({ initialValues: { temporaryPassword: '' }, validate: schemaResolver(ResetFormSchema, { sync: true }) });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (user) form.setValues({ temporaryPassword: generatePassphrase() });
    setError(null);
    // A fresh suggestion each time the dialog opens for someone (not on every render).
  }, [user]);

  const submit = form.onSubmit(async (values) => {
    if (!user) return;
    setBusy(true);
    setError(null);
    const r = await call('users.resetPassword', { userId: user.id, temporaryPassword: values.temporaryPassword });
    setBusy(false);
    if (r.ok) onReset(r.value, values.temporaryPassword);
    else {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
    }
  }, focusFirstInvalid);

  return (
    <Modal opened={user !== null} onClose={onClose} title="Reset password" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {user && (
        <form onSubmit={submit} noValidate aria-label="Reset password">
          <Stack>
            <Text>
              <PersonName name={user.displayName} fw={600} />’s old password stops working at once. They sign in with this temporary password and must then
              choose their own.
            </Text>
            <TemporaryPasswordInput {...form.getInputProps('temporaryPassword')} onGenerate={(v) => form.setFieldValue('temporaryPassword', v)} data-autofocus />
            <FormError message={error} title="Password not reset" />
            <Group justify="flex-end">
              <Button variant="default" onClick={onClose}>
                Cancel
              </Button>
              <Button type="submit" loading={busy}>
                Reset password
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
