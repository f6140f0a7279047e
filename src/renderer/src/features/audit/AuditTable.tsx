import { Table, Text } from '@mantine/core';
import type { AuditEntry } from '../../../../shared/schemas/audit';
import { useDiscreet } from '../../components/discreet';
import { dateTimeSeconds } from '../../components/format';
import { initialsOf } from '../../components/initials';
import { actionLabel, AUDIT_ENTITY_LABELS } from '../../../../shared/audit/audit-labels';

/** Audit entries, newest first, as the server returned them. */
export function AuditTable({ entries }: { entries: AuditEntry[] }) {
  const discreet = useDiscreet();
  return (
    <Table.ScrollContainer minWidth={820}>
      <Table striped verticalSpacing="xs" aria-label="Audit log entries">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">No.</Table.Th>
            <Table.Th scope="col">When</Table.Th>
            <Table.Th scope="col">User</Table.Th>
            <Table.Th scope="col">Action</Table.Th>
            <Table.Th scope="col">Record</Table.Th>
            <Table.Th scope="col">Detail</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {entries.map((e) => (
            <Table.Tr key={e.id}>
              <Table.Td>{e.id}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{dateTimeSeconds(e.at)}</Table.Td>
              <Table.Td>
                {e.username ? (
                  <Text span ff="monospace">{discreet ? initialsOf(e.username) : e.username}</Text>
                ) : (
                  <Text span c="dimmed">System or unknown</Text>
                )}
              </Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{actionLabel(e.action)}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {e.entity ? `${AUDIT_ENTITY_LABELS[e.entity] ?? e.entity}${e.entityId ? ` ${e.entityId}` : ''}` : ''}
              </Table.Td>
              <Table.Td>{e.detail ?? ''}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
