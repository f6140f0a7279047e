import { Button, Group, SegmentedControl, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { CASE_STAGE_LABELS } from '../../../../shared/sanctuary/schemas/case.schema';
import { LandlordPermission, Tenure } from '../../../../shared/sanctuary/vocab.sanctuary';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { labelOf, shortDate } from './format';
import { StatusBadge } from './StatusBadge';
import { useChannel } from './use-channel';

type Stage = 'active' | 'referred' | 'open' | 'closed' | 'not_accepted' | 'all';

const STAGE_COLOUR = { referred: 'blue', open: 'green', closed: 'gray', not_accepted: 'gray' } as const;

/** The sanctuary cases, by stage. */
export function SanctuaryCaseList({ onOpen, reloadKey = 0 }: { onOpen(caseId: number): void; reloadKey?: number }) {
  const [stage, setStage] = useState<Stage>('active');
  const { value, error } = useChannel('sanctuary.list', { stage }, reloadKey);
  return (
    <Stack>
      <Group>
        <SegmentedControl
          aria-label="Which cases"
          value={stage}
          onChange={(v) => setStage(v as Stage)}
          data={[
            { value: 'active', label: 'Active' },
            { value: 'referred', label: 'Referred' },
            { value: 'open', label: 'Open' },
            { value: 'closed', label: 'Closed' },
            { value: 'not_accepted', label: 'Not accepted' },
            { value: 'all', label: 'All' },
          ]}
        />
      </Group>
      {error && <FormError message={error} title="The cases could not be listed" />}
      {!value && !error && <Text c="dimmed">Loading…</Text>}
      {value && value.length === 0 && <Text c="dimmed">No sanctuary cases here.</Text>}
      {value && value.length > 0 && (
        <Table.ScrollContainer minWidth={860}>
          <Table striped aria-label="Sanctuary cases" verticalSpacing="xs">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Case</Table.Th>
                <Table.Th scope="col">Received</Table.Th>
                <Table.Th scope="col">Stage</Table.Th>
                <Table.Th scope="col">Tenure</Table.Th>
                <Table.Th scope="col">Landlord</Table.Th>
                <Table.Th scope="col">Measures fitted</Table.Th>
                <Table.Th scope="col">Attention</Table.Th>
                <Table.Th scope="col">
                  <Text span size="sm" fw={700}>
                    Open
                  </Text>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.map((c) => (
                <Table.Tr key={c.caseId}>
                  <Table.Td>
                    <Stack gap={0}>
                      <PersonName name={c.displayName} fw={600} />
                      <Text size="xs" c="dimmed">
                        {c.reference}
                      </Text>
                    </Stack>
                  </Table.Td>
                  <Table.Td>{shortDate(c.receivedOn)}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={STAGE_COLOUR[c.stage]}>{CASE_STAGE_LABELS[c.stage]}</StatusBadge>
                  </Table.Td>
                  <Table.Td>{labelOf(Tenure.labels, c.tenure)}</Table.Td>
                  <Table.Td>{labelOf(LandlordPermission.labels, c.landlordPermission)}</Table.Td>
                  <Table.Td>
                    {c.measuresFitted} of {c.measuresRequested}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4}>
                      {c.overdueClocks > 0 && <StatusBadge color="red">{`${c.overdueClocks} overdue`}</StatusBadge>}
                      {c.awaitingCouncil && <StatusBadge color="yellow">Awaiting the council</StatusBadge>}
                    </Group>
                  </Table.Td>
                  <Table.Td>
                    {!c.restricted && (
                      <Button size="xs" variant="default" onClick={() => onOpen(c.caseId)} aria-label={`Open ${c.reference}`}>
                        Open
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
