import { Anchor, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormError } from '../../components/FormError';
import { StatusBadge } from '../sanctuary/StatusBadge';
import { useChannel } from '../sanctuary/use-channel';
import { statusLook } from './status';

/**
 * Every person in the staff directory against every course on the list, with their DBS check and
 * specialist FTE today. A mandatory course never attended shows as missing.
 */
export function TrainingMatrix({ onOpen, reloadKey }: { onOpen(staffId: number): void; reloadKey: number }) {
  const [inactive, setInactive] = useState(false);
  const { value, error } = useChannel('staffRecords.matrix', { includeInactive: inactive }, reloadKey);
  if (error) return <FormError message={error} title="The training matrix could not be shown" />;
  if (!value) return <Text c="dimmed">Loading…</Text>;
  return (
    <Stack>
      <Group justify="space-between">
        <Text size="sm" c="dimmed">
          Mandatory courses are marked *. Training and DBS checks due within 60 days show as due.
        </Text>
        <Checkbox label="Show people no longer on the staff" checked={inactive} onChange={(e) => setInactive(e.currentTarget.checked)} />
      </Group>
      {value.rows.length === 0 ? (
        <Text c="dimmed">Nobody is in the staff directory yet. People are added on the Rota screen.</Text>
      ) : (
        <Table.ScrollContainer minWidth={360 + value.courses.length * 120}>
          <Table striped withColumnBorders aria-label="Training matrix" verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Person</Table.Th>
                {value.courses.map((c) => (
                  <Table.Th key={c.id} scope="col" style={{ minWidth: 110 }}>
                    {c.name}
                    {c.mandatory ? ' *' : ''}
                  </Table.Th>
                ))}
                <Table.Th scope="col">Enhanced DBS</Table.Th>
                <Table.Th scope="col">Specialist FTE</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.rows.map((r) => {
                const dbs = statusLook(r.dbs.status, r.dbs.dueOn);
                return (
                  <Table.Tr key={r.staffId}>
                    <Table.Th scope="row">
                      <Anchor component="button" type="button" onClick={() => onOpen(r.staffId)} fw={600} size="sm">
                        {r.name}
                      </Anchor>
                      {!r.active && (
                        <Text size="xs" c="dimmed">
                          no longer on the staff
                        </Text>
                      )}
                    </Table.Th>
                    {r.cells.map((c) => {
                      const look = statusLook(c.status, c.expiresOn);
                      return <Table.Td key={c.courseId}>{c.status === 'not_required' ? <Text size="sm">—</Text> : <StatusBadge color={look.color}>{look.text}</StatusBadge>}</Table.Td>;
                    })}
                    <Table.Td>
                      <StatusBadge color={dbs.color}>{dbs.text}</StatusBadge>
                    </Table.Td>
                    <Table.Td>{r.fteToday > 0 ? r.fteToday.toFixed(2) : '—'}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
