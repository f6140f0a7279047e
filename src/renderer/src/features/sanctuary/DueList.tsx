import { Button, Stack, Table, Text } from '@mantine/core';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { dayDate } from './format';
import { StatusBadge } from './StatusBadge';
import { useChannel } from './use-channel';

/**
 * The sanctuary scheme's clocks that are running or overdue: risk assessments to start, support
 * and safety plans to agree, measures to fit, overdue first. Restricted cases show that something
 * is due without saying who.
 */
export function SanctuaryDueList({ onOpen, reloadKey = 0, compact = false }: { onOpen?(caseId: number): void; reloadKey?: number; compact?: boolean }) {
  const { value, error } = useChannel('sanctuary.due', {}, reloadKey);
  if (error) return <FormError message={error} title="The due list could not be shown" />;
  if (!value) return <Text c="dimmed">Loading…</Text>;
  if (value.length === 0) return <Text c="dimmed">Nothing is due on the sanctuary scheme.</Text>;
  return (
    <Table.ScrollContainer minWidth={compact ? 420 : 760}>
      <Table aria-label="Sanctuary clocks due" verticalSpacing="xs">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Case</Table.Th>
            <Table.Th scope="col">What is due</Table.Th>
            {!compact && <Table.Th scope="col">From</Table.Th>}
            <Table.Th scope="col">Due by</Table.Th>
            {!compact && <Table.Th scope="col">Working days so far</Table.Th>}
            <Table.Th scope="col">Status</Table.Th>
            {onOpen && (
              <Table.Th scope="col">
                <Text span size="sm" fw={700}>
                  Open
                </Text>
              </Table.Th>
            )}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {value.map((r, i) => (
            <Table.Tr key={`${r.caseId}-${r.clock}-${i}`}>
              <Table.Td>
                <Stack gap={0}>
                  <PersonName name={r.displayName} fw={600} />
                  <Text size="xs" c="dimmed">
                    {r.reference}
                  </Text>
                </Stack>
              </Table.Td>
              <Table.Td>{r.what}</Table.Td>
              {!compact && <Table.Td>{dayDate(r.startOn)}</Table.Td>}
              <Table.Td>{dayDate(r.dueOn)}</Table.Td>
              {!compact && <Table.Td>{r.workingDays}</Table.Td>}
              <Table.Td>{r.overdue ? <StatusBadge color="red">Overdue</StatusBadge> : <StatusBadge color="yellow">Due</StatusBadge>}</Table.Td>
              {onOpen && (
                <Table.Td>
                  {!r.restricted && (
                    <Button size="xs" variant="default" onClick={() => onOpen(r.caseId)} aria-label={`Open ${r.reference}`}>
                      Open
                    </Button>
                  )}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

/** The home panel: the due list, compact. */
export function SanctuaryDuePanel() {
  return <SanctuaryDueList compact />;
}
