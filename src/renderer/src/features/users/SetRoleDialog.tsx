import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import { ROLE_LABELS, type Role } from '../../../../shared/roles';
import type { User } from '../../../../shared/schemas/users';
import { call } from '../../api/client';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { errorMessage } from '../../app/error-messages';
import { RoleChoice } from './RoleChoice';

/** Changes one user's role. The server refuses to demote the last active administrator (LAST_ADMIN). */
export function SetRoleDialog({ user, onClose, onChanged }: { user: User | null; onClose(): void; onChanged(user: User): void }) {
  const [role, setRole] = useState<Role>('support_worker');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (user) setRole(user.role);
    setError(null);
  }, [user]);

  const save = async () => {
    if (!user) return;
    setBusy(true);
    setError(null);
    const r = await call('users.setRole', { userId: user.id, role });
    setBusy(false);
    if (r.ok) onChanged(r.value);
    else setError(errorMessage(r.error));
  };

  return (
    <Modal opened={user !== null} onClose={onClose} title="Change role" size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
      {user && (
        <Stack>
          <Text>
            Current role of <PersonName name={user.displayName} fw={600} />: {ROLE_LABELS[user.role]}. The change applies from their next action.
          </Text>
          <RoleChoice label="New role" value={role} onChange={setRole} />
          <FormError message={error} title="Role not changed" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button loading={busy} onClick={() => void save()} disabled={role === user.role}>
              Save role
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
