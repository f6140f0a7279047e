import { Badge, Button, Menu, Table, Text } from '@mantine/core';
import { ROLE_LABELS } from '../../../../shared/roles';
import type { User } from '../../../../shared/schemas/users';
import { useDiscreet } from '../../components/discreet';
import { dateTime } from '../../components/format';
import { initialsOf } from '../../components/initials';
import { PersonName } from '../../components/PersonName';

/** What can be done to a row. */
export type UserAction = 'role' | 'reset' | 'deactivate';

function Status({ user }: { user: User }) {
  if (!user.active) return <Badge color="gray" variant="outline" tt="none" size="lg" c="var(--mantine-color-text)">Deactivated</Badge>;
  if (user.mustChangePassword) return <Badge color="yellow" variant="light" tt="none" size="lg" c="var(--mantine-color-text)">Temporary password</Badge>;
  return <Badge color="green" variant="light" tt="none" size="lg" c="var(--mantine-color-text)">Active</Badge>;
}

/** The staff accounts, with an actions menu on each active one. */
export function UsersTable({ users, selfId, onAction }: { users: User[]; selfId: number; onAction(user: User, action: UserAction): void }) {
  const discreet = useDiscreet();
  return (
    <Table.ScrollContainer minWidth={760}>
      <Table striped highlightOnHover verticalSpacing="sm" aria-label="Staff accounts">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Name</Table.Th>
            <Table.Th scope="col">Username</Table.Th>
            <Table.Th scope="col">Role</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
            <Table.Th scope="col">Last sign-in</Table.Th>
            <Table.Th scope="col">
              <Text span size="sm" fw={700}>Actions</Text>
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {users.map((u) => {
            const label = discreet ? initialsOf(u.displayName) : u.displayName;
            return (
              <Table.Tr key={u.id}>
                <Table.Td>
                  <PersonName name={u.displayName} fw={600} />
                  {u.id === selfId && <Text span c="dimmed"> (you)</Text>}
                </Table.Td>
                <Table.Td>
                  {/* Usernames are often the person's name, so discreet mode hides them too. */}
                  <Text span ff="monospace">{discreet ? initialsOf(u.username) : u.username}</Text>
                </Table.Td>
                <Table.Td>{ROLE_LABELS[u.role]}</Table.Td>
                <Table.Td>
                  <Status user={u} />
                </Table.Td>
                <Table.Td>{u.lastSignInAt ? dateTime(u.lastSignInAt) : <Text span c="dimmed">Never</Text>}</Table.Td>
                <Table.Td>
                  {u.active ? (
                    <Menu position="bottom-end" withinPortal>
                      <Menu.Target>
                        <Button variant="default" size="sm" aria-label={`Actions for ${label}`}>
                          Actions ▾
                        </Button>
                      </Menu.Target>
                      <Menu.Dropdown>
                        <Menu.Item onClick={() => onAction(u, 'role')}>Change role…</Menu.Item>
                        <Menu.Item onClick={() => onAction(u, 'reset')}>Reset password…</Menu.Item>
                        <Menu.Item color="red" disabled={u.id === selfId} onClick={() => onAction(u, 'deactivate')}>
                          Deactivate…
                        </Menu.Item>
                      </Menu.Dropdown>
                    </Menu>
                  ) : (
                    <Text span c="dimmed" size="sm">No actions</Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
