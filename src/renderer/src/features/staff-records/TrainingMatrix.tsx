import { Anchor, Checkbox, Group, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { StatusBadge } from '../sanctuary/StatusBadge';
import { useChannel } from '../sanctuary/use-channel';
import { cellLook } from './status';

function Cell({ status, expiresOn }: { status: Parameters<typeof cellLook>[0]; expiresOn: string | null }) {
  const look = cellLook(status, expiresOn);
  if (status === 'not_required') return <Text size="sm">—</Text>;
  return (
    <Stack gap={2} align="flex-start">
      <StatusBadge color={look.color}>{look.word}</StatusBadge>
      {look.date && (
        <Text size="xs" style={{ whiteSpace: 'nowrap' }}>
          {look.date}
        </Text>
      )}
    </Stack>
  );
}

const STICKY = { position: 'sticky', left: 0, zIndex: 1, background: 'var(--mantine-color-body)' } as const;

/**
 * Every person in the staff directory against every course on the list, with their DBS check and
 * specialist FTE today. A mandatory course never attended shows as missing. The person column
 * stays in view while the courses scroll.
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
        <Table.ScrollContainer minWidth={400 + value.courses.length * 115}>
          <Table striped withColumnBorders aria-label="Training matrix" verticalSpacing="xs" fz="sm">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" style={STICKY}>
                  Person
                </Table.Th>
                <Table.Th scope="col">Enhanced DBS</Table.Th>
                <Table.Th scope="col">Specialist FTE</Table.Th>
                {value.courses.map((c) => (
                  <Table.Th key={c.id} scope="col" style={{ minWidth: 110 }}>
                    {c.name}
                    {c.mandatory ? ' *' : ''}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.rows.map((r) => (
                <Table.Tr key={r.staffId}>
                  <Table.Th scope="row" style={{ ...STICKY, textAlign: 'left' }}>
                    <Anchor component="button" type="button" onClick={() => onOpen(r.staffId)} fw={600} size="sm" ta="left">
                      <PersonName name={r.name} />
                    </Anchor>
                    {!r.active && (
                      <Text size="xs" c="dimmed">
                        no longer on the staff
                      </Text>
                    )}
                  </Table.Th>
                  <Table.Td>
                    <Cell status={r.dbs.status} expiresOn={r.dbs.dueOn} />
                  </Table.Td>
                  <Table.Td>{r.fteToday > 0 ? r.fteToday.toFixed(2) : '—'}</Table.Td>
                  {r.cells.map((c) => (
                    <Table.Td key={c.courseId}>
                      <Cell status={c.status} expiresOn={c.expiresOn} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
