import { Badge, Button, Group, Stack, Table, Text } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { z } from 'zod';
import type { ContactDueSchema } from '../../../../../shared/cases/schemas/referral';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { dateTime } from '../../../components/format';
import { FormError } from '../../../components/FormError';
import { PersonName } from '../../../components/PersonName';

type Due = z.infer<typeof ContactDueSchema>;

/** Finds the household of a referral by its reference (the due list carries only the referral). */
async function householdOf(reference: string): Promise<number | null> {
  const r = await call('cases.list', { search: reference, status: null, riskLevel: null, workerId: null, receivedFrom: null, receivedTo: null, limit: 5, offset: 0 });
  if (!r.ok) return null;
  return r.value.items.find((i) => i.reference === reference)?.householdId ?? null;
}

/** Referrals not yet contacted, oldest first; overdue (past 48 hours) highlighted. */
export function ContactDueList({ onOpen, compact = false }: { onOpen: (householdId: number) => void; compact?: boolean }) {
  const [rows, setRows] = useState<Due[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    void call('referrals.contactDue', {}).then((r) => {
      if (!live) return;
      if (r.ok) setRows([...r.value].sort((a, b) => a.receivedAt.localeCompare(b.receivedAt)));
      else setError(errorMessage(r.error));
    });
    return () => {
      live = false;
    };
  }, []);

  const open = async (reference: string) => {
    const id = await householdOf(reference);
    if (id !== null) onOpen(id);
  };

  if (error) return <FormError message={error} takeFocus={false} />;
  if (!rows) return <Text c="dimmed">Loading…</Text>;
  if (rows.length === 0) return <Text c="dimmed">Every referral has had first contact.</Text>;
  const shown = compact ? rows.slice(0, 5) : rows;
  return (
    <Stack gap="xs">
      <Table aria-label="First contact due" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Person</Table.Th>
            <Table.Th>Received</Table.Th>
            <Table.Th>Contact due by</Table.Th>
            {!compact && <Table.Th>Attempts</Table.Th>}
            <Table.Th>Safe contact</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {shown.map((d) => (
            <Table.Tr key={d.referralId} data-overdue={d.overdue ? 'true' : undefined} bg={d.overdue ? 'var(--mantine-color-red-light)' : undefined}>
              <Table.Td>
                {d.restricted ? (
                  <Text span fs="italic">Restricted case</Text>
                ) : (
                  <Button variant="subtle" size="compact-sm" onClick={() => void open(d.reference)}>
                    <PersonName name={d.displayName} />
                  </Button>
                )}
                <Text size="xs" c="dimmed">
                  {d.reference}
                </Text>
              </Table.Td>
              <Table.Td>{dateTime(d.receivedAt)}</Table.Td>
              <Table.Td>
                <Group gap={6}>
                  {dateTime(d.dueBy)}
                  {d.overdue && (
                    <Badge color="red" variant="filled">
                      Overdue
                    </Badge>
                  )}
                </Group>
              </Table.Td>
              {!compact && <Table.Td>{d.attempts}</Table.Td>}
              <Table.Td>
                <Stack gap={2}>
                  {d.noVoicemail && (
                    <Badge color="orange" variant="light">
                      Do not leave voicemail
                    </Badge>
                  )}
                  {d.safeTimes && !d.restricted && <Text size="sm">Safe times: {d.safeTimes}</Text>}
                </Stack>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {compact && rows.length > shown.length && <Text size="sm">and {rows.length - shown.length} more.</Text>}
    </Stack>
  );
}
