import { Badge, Button, Group, Loader, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { CALLER_TYPE_LABELS, type PhoneCall } from '../../../../shared/rota/schemas/phone-log.schema';
import { useSession } from '../../app/session';
import { dateTime } from '../../components/format';
import { PersonName } from '../../components/PersonName';
import { BADGE_COLOURS } from '../rota/labels';
import { managesRota } from '../rota/rota-roles';
import { useChannel } from '../rota/use-channel';
import { useTopicReload } from '../rota/use-reload';
import { CallDialog } from './CallDialog';
import { FollowUpsList } from './FollowUpsList';
import { HIDDEN_DETAILS } from './hidden-details';
import { ScrollTable } from '../rota/ScrollTable';

function followUpState(c: PhoneCall) {
  if (!c.followUpNeeded) return <Text c="dimmed">None</Text>;
  if (c.followUpClosedAt) return <Text>Closed by {c.followUpClosedByName ?? 'someone'}</Text>;
  return (
    <Badge color={BADGE_COLOURS.attention} variant="filled">
      Open
    </Badge>
  );
}

/** The phone log: open follow-ups, then every call, newest first, with logging and correcting. */
export function PhoneLogView() {
  const { session } = useSession();
  const { reloadKey, changed } = useTopicReload('calls');
  const [limit, setLimit] = useState(100);
  const { value, error } = useChannel('phoneLog.list', { limit }, reloadKey);
  const [dialog, setDialog] = useState<{ editing: PhoneCall | null } | null>(null);
  const manager = managesRota(session.role);

  return (
    <Stack gap="lg">
      <Text>Every call out of hours, in a few fields (“Log a call” above). Calls about a case appear on its timeline.</Text>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Follow-ups
        </Title>
        <FollowUpsList />
      </Stack>
      <Stack gap="xs">
        <Title order={2} size="h3">
          Calls
        </Title>
        {error && <Text c="var(--mantine-color-red-text)">{error}</Text>}
        {!value && !error && <Loader size="sm" aria-label="Loading calls" />}
        {value && value.length === 0 && <Text c="dimmed">No calls logged yet.</Text>}
        {value && value.length > 0 && (
          <ScrollTable label="Calls" minWidth={900}>
            <Table striped highlightOnHover verticalSpacing="sm" aria-label="Calls, newest first">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Time</Table.Th>
                  <Table.Th scope="col">Who rang</Table.Th>
                  <Table.Th scope="col">What was done</Table.Th>
                  <Table.Th scope="col">Called</Table.Th>
                  <Table.Th scope="col">Follow-up</Table.Th>
                  <Table.Th scope="col">Logged by</Table.Th>
                  <Table.Th scope="col">
                    <span className="wm-visually-hidden">Actions</span>
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {value.map((c) => (
                  <Table.Tr key={c.id}>
                    <Table.Td>
                      {dateTime(c.at)}
                      {!c.outOfHours && (
                        <Text size="sm" c="dimmed">
                          office hours
                        </Text>
                      )}
                    </Table.Td>
                    <Table.Td>
                      {CALLER_TYPE_LABELS[c.callerType]}
                      {c.hidden && (
                        <Text size="sm" c="dimmed">
                          Restricted case
                        </Text>
                      )}
                      {c.caseId !== null && (
                        <Text size="sm" c="dimmed">
                          {c.caseReference ?? 'A case no longer on record'}
                        </Text>
                      )}
                    </Table.Td>
                    {c.hidden ? (
                      <Table.Td>
                        <Text c="dimmed" fs="italic">
                          {HIDDEN_DETAILS}
                        </Text>
                      </Table.Td>
                    ) : (
                      <Table.Td className="wm-prewrap">{c.actionTaken}</Table.Td>
                    )}
                    <Table.Td>{c.hidden ? '—' : [c.managerCalled && 'Manager', c.policeCalled && 'Police'].filter(Boolean).join(', ') || '—'}</Table.Td>
                    <Table.Td>{followUpState(c)}</Table.Td>
                    <Table.Td>
                      <PersonName name={c.loggedByName} />
                    </Table.Td>
                    <Table.Td>
                      {/* A call withheld from the reader is theirs neither to read nor to correct (the main process refuses it too). */}
                      {!c.hidden && (manager || c.loggedByUserId === session.userId) && (
                        <Button variant="default" onClick={() => setDialog({ editing: c })} aria-label={`Correct the call at ${dateTime(c.at)}`}>
                          Correct
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </ScrollTable>
        )}
        {value && value.length >= limit && (
          <Group>
            <Button variant="default" onClick={() => setLimit((l) => Math.min(1000, l + 200))}>
              Show older calls
            </Button>
          </Group>
        )}
      </Stack>
      <CallDialog opened={dialog !== null} editing={dialog?.editing ?? null} onClose={() => setDialog(null)} onSaved={changed} />
    </Stack>
  );
}
