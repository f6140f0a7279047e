import { Drawer, Group, Kbd, Stack, Table, Text, Title } from '@mantine/core';
import { Fragment } from 'react';
import type { Role } from '../../../../shared/roles';
import { mayOpen, SECTIONS } from '../sections';
import { FIXED_SHORTCUTS, type ShortcutHelp } from '../shortcuts';

function Keys({ keys }: { keys: string[] }) {
  return (
    <Group gap={4} wrap="nowrap">
      {keys.map((k, i) => (
        <Fragment key={k}>
          {i > 0 && <Text span aria-hidden="true">+</Text>}
          <Kbd size="md">{k}</Kbd>
        </Fragment>
      ))}
    </Group>
  );
}

/** The help panel: every shortcut, and the few things worth knowing about locking and privacy. */
export function HelpPanel({ opened, onClose, role, idleLockMinutes }: { opened: boolean; onClose(): void; role: Role; idleLockMinutes: number }) {
  const sectionShortcuts: ShortcutHelp[] = SECTIONS.filter((s) => mayOpen(s, role) && s.digit !== undefined).map((s) => ({
    keys: ['Alt', String(s.digit)],
    does: `Go to ${s.label}`,
  }));
  const rows = [...FIXED_SHORTCUTS, ...sectionShortcuts];
  return (
    <Drawer opened={opened} onClose={onClose} position="right" size="lg" title="Help" closeButtonProps={{ 'aria-label': 'Close help' }}>
      <Stack gap="lg">
        <Stack gap="xs">
          <Title order={2} size="h3">
            Keyboard shortcuts
          </Title>
          <Table verticalSpacing="xs" aria-label="Keyboard shortcuts">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Keys</Table.Th>
                <Table.Th scope="col">What it does</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((r) => (
                <Table.Tr key={r.keys.join('+') + r.does}>
                  <Table.Td>
                    <Keys keys={r.keys} />
                  </Table.Td>
                  <Table.Td>{r.does}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Stack>
        <Stack gap="xs">
          <Title order={2} size="h3">
            Locking and privacy
          </Title>
          <Text>
            Waymark locks itself after {idleLockMinutes} {idleLockMinutes === 1 ? 'minute' : 'minutes'} without use, when this computer’s screen
            locks, and when it goes to sleep. Lock it yourself whenever you step away: press Ctrl+L or the Lock button.
          </Text>
          <Text>Discreet mode shows initials instead of names in every list. Turn it on when visitors or contractors can see the screen.</Text>
          <Text>Everything you open and change is recorded in the audit log with your name.</Text>
        </Stack>
      </Stack>
    </Drawer>
  );
}
