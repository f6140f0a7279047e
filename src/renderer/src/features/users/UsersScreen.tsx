import { Alert, Button, Center, Code, Loader, Stack, Text } from '@mantine/core';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { ROLE_LABELS } from '../../../../shared/roles';
import type { User } from '../../../../shared/schemas/users';
import { call } from '../../api/client';
import { errorMessage } from '../../app/error-messages';
import { useSession } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useDiscreet } from '../../components/discreet';
import { initialsOf } from '../../components/initials';
import { PersonName } from '../../components/PersonName';
import { ScreenHeader } from '../../components/ScreenHeader';
import { AddUserDialog } from './AddUserDialog';
import { ResetPasswordDialog } from './ResetPasswordDialog';
import { SetRoleDialog } from './SetRoleDialog';
import { UsersTable, type UserAction } from './UsersTable';
import { notify } from '../../components/notify';

// Active accounts first, then by name; deactivated ones stay listed because the audit log names them.
function byStatusThenName(a: User, b: User): number {
  if (a.active !== b.active) return a.active ? -1 : 1;
  return a.displayName.localeCompare(b.displayName, 'en-GB');
}

/** User management (administrators): list, add, change role, reset password, deactivate. */
export function UsersScreen() {
  const { session } = useSession();
  const discreet = useDiscreet();
  const [users, setUsers] = useState<User[] | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);
  const [adding, setAdding] = useState(false);
  const [target, setTarget] = useState<{ user: User; action: UserAction } | null>(null);
  const [busy, setBusy] = useState(false);
  const [actionError, setActionError] = useState<string | null>(null);

  const load = useCallback(async () => {
    const r = await call('users.list', {});
    if (r.ok) {
      setUsers([...r.value].sort(byStatusThenName));
      setLoadError(null);
    } else {
      setLoadError(errorMessage(r.error));
    }
  }, []);
  useEffect(() => void load(), [load]);

  const nameOf = (u: User) => (discreet ? initialsOf(u.displayName) : u.displayName);
  const done = (title: string, message: ReactNode, autoClose: number | false = 6000) => {
    notify({ color: 'green', title, message, autoClose });
    setTarget(null);
    setActionError(null);
    void load();
  };

  const deactivate = async () => {
    if (!target) return;
    setBusy(true);
    setActionError(null);
    const r = await call('users.deactivate', { userId: target.user.id });
    setBusy(false);
    if (r.ok) done('User deactivated', `${nameOf(r.value)} can no longer sign in.`);
    else setActionError(errorMessage(r.error));
  };

  const passwordNote = (u: User, pw: string) => (
    <Stack gap={4}>
      <Text size="sm">
        Temporary password for {nameOf(u)}: <Code>{pw}</Code>
      </Text>
      <Text size="sm">They will choose their own when they first sign in.</Text>
    </Stack>
  );

  return (
    <>
      <ScreenHeader
        title="Users"
        description="Staff accounts and their roles. Each person signs in as themselves."
        actions={<Button onClick={() => setAdding(true)}>Add user</Button>}
      />
      {loadError && (
        <Alert color="red" title="Users could not be loaded" role="alert" mb="md">
          {loadError}
        </Alert>
      )}
      {!users && !loadError && (
        <Center py="xl">
          <Loader aria-label="Loading users" />
        </Center>
      )}
      {users && <UsersTable users={users} selfId={session.userId} onAction={(user, action) => setTarget({ user, action })} />}

      <AddUserDialog opened={adding} onClose={() => setAdding(false)} onAdded={(u, pw) => done('User added', passwordNote(u, pw), 30_000)} />
      <SetRoleDialog
        user={target?.action === 'role' ? target.user : null}
        onClose={() => setTarget(null)}
        onChanged={(u) => done('Role changed', `${nameOf(u)} is now ${ROLE_LABELS[u.role].toLowerCase()}.`)}
      />
      <ResetPasswordDialog
        user={target?.action === 'reset' ? target.user : null}
        onClose={() => setTarget(null)}
        onReset={(u, pw) => done('Password reset', passwordNote(u, pw), 30_000)}
      />
      <ConfirmDialog
        opened={target?.action === 'deactivate'}
        title="Deactivate this account?"
        confirmLabel="Deactivate"
        danger
        busy={busy}
        error={actionError}
        onConfirm={() => void deactivate()}
        onCancel={() => {
          setTarget(null);
          setActionError(null);
        }}
      >
        {target && (
          <Stack gap="xs">
            <Text>
              <PersonName name={target.user.displayName} fw={600} /> will never be able to sign in again: their key to the records is removed. This cannot be
              undone.
            </Text>
            <Text>Their name stays in the audit log. If they come back, add a new account with a different username.</Text>
          </Stack>
        )}
      </ConfirmDialog>
    </>
  );
}
