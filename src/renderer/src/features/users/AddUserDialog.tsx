import { Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useState } from 'react';
import type { Role } from '../../../../shared/roles';
import { AddUserInputSchema, type User } from '../../../../shared/schemas/users';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { applyServerError, focusFirstInvalid } from '../../components/form-errors';
import { generatePassphrase } from './passphrase';
import { RoleChoice } from './RoleChoice';
import { TemporaryPasswordInput } from './TemporaryPasswordInput';

/** Adds a staff account with a temporary password. */
export function AddUserDialog({ opened, onClose, onAdded }: { opened: boolean; onClose(): void; onAdded(user: User, temporaryPassword: string): void }) {
  const form = useForm({
    initialValues: { username: '', displayName: '', role: 'support_worker' as Role, temporaryPassword: generatePassphrase() },
    validate: schemaResolver(AddUserInputSchema, { sync: true }),
  });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const close = () => {
    form.setValues({ username: '', displayName: '', role: 'support_worker', temporaryPassword: generatePassphrase() });
    form.clearErrors();
    setError(null);
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    setBusy(true);
    setError(null);
    const r = await call('users.add', values);
    setBusy(false);
    if (r.ok) {
      onAdded(r.value, values.temporaryPassword);
      close();
    } else {
      setError(applyServerError(form, r.error));
      focusFirstInvalid();
    }
  }, focusFirstInvalid);

  return (
    <Modal opened={opened} onClose={close} title="Add a user" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="Add a user">
        <Stack>
          <TextInput label="Display name" description="As colleagues know them." required data-autofocus autoComplete="off" {...form.getInputProps('displayName')} />
          <TextInput
            label="Username"
            description="Letters, numbers, dots, dashes or underscores. Used to sign in."
            required
            autoComplete="off"
            autoCapitalize="off"
            spellCheck={false}
            {...form.getInputProps('username')}
          />
          <RoleChoice label="Role" value={form.values.role} onChange={(r) => form.setFieldValue('role', r)} error={form.errors.role} />
          <TemporaryPasswordInput {...form.getInputProps('temporaryPassword')} onGenerate={(v) => form.setFieldValue('temporaryPassword', v)} />
          <FormError message={error} title="User not added" />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Add user
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
