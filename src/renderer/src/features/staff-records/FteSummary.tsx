import { Group, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { SpecialistRole } from '../../../../shared/staff-records/vocab.staff-records';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { labelOf, todayLondon } from '../sanctuary/format';
import { useChannel } from '../sanctuary/use-channel';

/** The financial year (1 April to 31 March) a date falls in. */
function financialYear(date: string): { from: string; to: string } {
  const y = Number(date.slice(0, 4));
  const start = Number(date.slice(5, 7)) >= 4 ? y : y - 1;
  return { from: `${start}-04-01`, to: `${start + 1}-03-31` };
}

/**
 * Specialist FTE over a period, as the annual return counts it: each stretch of FTE in a specialist
 * role weighted by the share of the period it covers.
 */
export function FteSummary({ reloadKey }: { reloadKey: number }) {
  const [period, setPeriod] = useState(() => financialYear(todayLondon()));
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(period.from) && /^\d{4}-\d{2}-\d{2}$/.test(period.to) && period.to >= period.from;
  const { value, error } = useChannel('staffRecords.fte.summary', valid ? period : null, reloadKey);
  return (
    <Stack>
      <Group align="flex-end">
        <TextInput type="date" label="From" value={period.from} onChange={(e) => setPeriod({ ...period, from: e.currentTarget.value })} w={180} />
        <TextInput type="date" label="To" value={period.to} onChange={(e) => setPeriod({ ...period, to: e.currentTarget.value })} w={180} error={valid ? undefined : 'The end must be on or after the start.'} />
      </Group>
      {error && <FormError message={error} title="Not worked out" />}
      {value && (
        <>
          <Text size="lg" fw={700} aria-live="polite">
            Specialist staff: {value.total === null ? 'not recorded for this period' : `${value.total.toFixed(2)} FTE`}
          </Text>
          <Text size="sm" c="dimmed">
            This is the annual return’s “specialist FTE staff” for the same period. FTE is recorded on each person’s staff record.
          </Text>
          <SimpleGrid cols={{ base: 1, md: 2 }}>
            <Stack gap="xs">
              <Title order={3} size="h5">
                By role
              </Title>
              <Table aria-label="Specialist FTE by role" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Role</Table.Th>
                    <Table.Th scope="col">FTE</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {value.byRole.map((r) => (
                    <Table.Tr key={r.role}>
                      <Table.Td>{labelOf(SpecialistRole.labels, r.role)}</Table.Td>
                      <Table.Td>{r.fte.toFixed(2)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
            <Stack gap="xs">
              <Title order={3} size="h5">
                By person
              </Title>
              <Table aria-label="Specialist FTE by person" verticalSpacing="xs">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Person</Table.Th>
                    <Table.Th scope="col">FTE</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {value.byPerson.map((p) => (
                    <Table.Tr key={p.staffId}>
                      <Table.Td>
                        <PersonName name={p.name} />
                      </Table.Td>
                      <Table.Td>{p.fte.toFixed(2)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          </SimpleGrid>
        </>
      )}
    </Stack>
  );
}
