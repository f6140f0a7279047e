import { Anchor, Table, Text } from '@mantine/core';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { StatusBadge } from '../sanctuary/StatusBadge';
import { useChannel } from '../sanctuary/use-channel';
import { statusLook } from './status';

/** Training and DBS checks expired, never recorded, or due within 60 days, per person. */
export function StaffDueList({ onOpen, reloadKey }: { onOpen(staffId: number): void; reloadKey: number }) {
  const { value, error } = useChannel('staffRecords.due', {}, reloadKey);
  if (error) return <FormError message={error} title="The list could not be shown" />;
  if (!value) return <Text c="dimmed">Loading…</Text>;
  if (value.length === 0) return <Text c="dimmed">Nothing is due: everyone’s training and DBS checks are up to date.</Text>;
  return (
    <Table.ScrollContainer minWidth={640}>
      <Table striped aria-label="Training and DBS checks due" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Person</Table.Th>
            <Table.Th scope="col">What</Table.Th>
            <Table.Th scope="col">Status</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.map((r, i) => {
            const look = statusLook(r.status, r.dueOn);
            return (
              <Table.Tr key={`${r.staffId}-${r.item}-${i}`}>
                <Table.Td>
                  <Anchor component="button" type="button" onClick={() => onOpen(r.staffId)} size="sm" fw={600}>
                    <PersonName name={r.name} />
                  </Anchor>
                </Table.Td>
                <Table.Td>{r.item}</Table.Td>
                <Table.Td>
                  <StatusBadge color={look.color}>{r.status === 'missing' ? (r.what === 'dbs' ? 'Never recorded' : 'Never attended') : look.text}</StatusBadge>
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

