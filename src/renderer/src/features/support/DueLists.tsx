import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { shortDate } from './format';
import { useChannel } from './use-support';

const STATUS: Record<'overdue' | 'due', { label: string; color: string }> = {
  overdue: { label: 'Overdue', color: 'red' },
  due: { label: 'Due soon', color: 'yellow' },
};

function Status({ status }: { status: 'overdue' | 'due' }) {
  return (
    <Badge color={STATUS[status].color} variant="light" c="var(--mantine-color-text)">
      {STATUS[status].label}
    </Badge>
  );
}

/** A row a list can open: the household with what its heading shows. */
export interface DueRow {
  householdId: number;
  reference: string;
  displayName: string;
}

/** Plan reviews overdue or due within a week. `onOpen` (optional) opens the household. */
export function ReviewsDueList({ onOpen, reloadKey = 0 }: { onOpen?(row: DueRow): void; reloadKey?: number }) {
  const { value, error } = useChannel('support.reviewsDue', {}, reloadKey);
  if (error) return <FormError message={error} title="Reviews could not be listed" />;
  if (!value) return <Text c="dimmed">Loading…</Text>;
  if (value.length === 0) return <Text c="dimmed">No plan reviews are due this week.</Text>;
  return (
    <Table aria-label="Plan reviews due" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Case</Table.Th>
          <Table.Th scope="col">Review</Table.Th>
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
        {value.map((r) => (
          <Table.Tr key={`${r.householdId}`}>
            <Table.Td>
              <Stack gap={0}>
                <PersonName name={r.displayName} fw={600} />
                <Text size="xs" c="dimmed">
                  {r.reference}
                  {r.workerName ? ` · ${r.workerName}` : ''}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>{shortDate(r.nextReviewOn)}</Table.Td>
            <Table.Td>
              <Status status={r.status} />
            </Table.Td>
            {onOpen && (
              <Table.Td>
                {!r.hidden && (
                  <Button size="xs" variant="default" onClick={() => onOpen(r)} aria-label={`Open ${r.reference}`}>
                    Open
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** Follow-ups after planned exits, overdue or due within two weeks. */
export function FollowUpsDueList({ onOpen, reloadKey = 0 }: { onOpen?(row: DueRow): void; reloadKey?: number }) {
  const { value, error } = useChannel('exits.followUpsDue', {}, reloadKey);
  if (error) return <FormError message={error} title="Follow-ups could not be listed" />;
  if (!value) return <Text c="dimmed">Loading…</Text>;
  if (value.length === 0) return <Text c="dimmed">No follow-ups are due in the next two weeks.</Text>;
  return (
    <Table aria-label="Follow-ups due" verticalSpacing="xs">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">Case</Table.Th>
          <Table.Th scope="col">Left</Table.Th>
          <Table.Th scope="col">Follow-up due</Table.Th>
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
        {value.map((r) => (
          <Table.Tr key={`${r.householdId}-${r.exitedOn}`}>
            <Table.Td>
              <Stack gap={0}>
                <PersonName name={r.displayName} fw={600} />
                <Text size="xs" c="dimmed">
                  {r.reference}
                </Text>
              </Stack>
            </Table.Td>
            <Table.Td>{shortDate(r.exitedOn)}</Table.Td>
            <Table.Td>{shortDate(r.dueOn)}</Table.Td>
            <Table.Td>
              <Status status={r.status} />
            </Table.Td>
            {onOpen && (
              <Table.Td>
                {!r.hidden && (
                  <Button size="xs" variant="default" onClick={() => onOpen(r)} aria-label={`Open ${r.reference}`}>
                    Open
                  </Button>
                )}
              </Table.Td>
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
    </Table>
  );
}

/** The home panel: both lists, compact. */
export function SupportDuePanel() {
  return (
    <Stack gap="sm">
      <Text fw={600} size="sm">
        Plan reviews
      </Text>
      <ReviewsDueList />
      <Text fw={600} size="sm">
        Three-month follow-ups
      </Text>
      <FollowUpsDueList />
    </Stack>
  );
}
