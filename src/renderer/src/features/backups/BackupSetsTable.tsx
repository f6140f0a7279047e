import { Button, Group, Table, Text, VisuallyHidden } from '@mantine/core';
import type { BackupSetSummary } from '../../../../shared/backup/schemas';
import { dateTime } from '../../components/format';
import { fileSize } from './backup-labels';

/** The backup sets in the folder, newest first, with Check and Restore for each. */
export function BackupSetsTable({
  sets,
  busy,
  onCheck,
  onRestore,
}: {
  sets: BackupSetSummary[];
  busy: boolean;
  onCheck(set: BackupSetSummary): void;
  onRestore(set: BackupSetSummary): void;
}) {
  if (sets.length === 0) return <Text c="dimmed">There are no backups of this database in the folder yet.</Text>;
  return (
    <Table striped highlightOnHover aria-label="Backup sets">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Made</Table.Th>
          <Table.Th scope="col">Size</Table.Th>
          <Table.Th scope="col">Version</Table.Th>
          <Table.Th scope="col">
            <VisuallyHidden>Actions</VisuallyHidden>
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {sets.map((s) => (
          <Table.Tr key={s.name}>
            <Table.Td>{dateTime(s.createdAt)}</Table.Td>
            <Table.Td>{fileSize(s.sizeBytes)}</Table.Td>
            <Table.Td>
              {s.appVersion} (schema {s.schemaVersion})
            </Table.Td>
            <Table.Td>
              <Group gap="xs" justify="flex-end" wrap="nowrap">
                <Button size="xs" variant="default" disabled={busy} onClick={() => onCheck(s)} aria-label={`Check the backup of ${dateTime(s.createdAt)}`}>
                  Check
                </Button>
                <Button size="xs" color="red" variant="light" disabled={busy} onClick={() => onRestore(s)} aria-label={`Restore the backup of ${dateTime(s.createdAt)}`}>
                  Restore…
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}
