import { Badge, Button, Group, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { SupportEvent } from '../../../../shared/support/schemas/events.schema';
import { EventKind, FeedbackTheme, SafeguardingAbout, SafeguardingRaisedWith, SeriousIncidentCategory } from '../../../../shared/support/vocab.support';
import { FormError } from '../../components/FormError';
import { EventDialog, MaracDialog } from './EventDialog';
import { EpisodeLine, NoEpisode } from './EpisodeNote';
import { labelOf, shortDate } from './format';
import { useChannel, useReload } from './use-support';

/** The kind-specific facts of an event, in one line. */
function factsOf(e: SupportEvent): string {
  switch (e.kind) {
    case 'safeguarding':
      return `${labelOf(SafeguardingAbout.labels, e.about)}; raised with ${labelOf(SafeguardingRaisedWith.labels, e.raisedWith).toLowerCase()}${e.outcome ? `. Outcome: ${e.outcome}` : ''}`;
    case 'hrbp':
      return e.outcome ? `Outcome: ${e.outcome}` : 'No outcome yet';
    case 'serious_incident':
      return `${labelOf(SeriousIncidentCategory.labels, e.category)}; ${e.commissionerToldOn ? `commissioner told ${shortDate(e.commissionerToldOn)}` : 'commissioner not yet told'}`;
    case 'complaint':
      return `${labelOf(FeedbackTheme.labels, e.theme)}; ${e.resolvedOn ? `resolved ${shortDate(e.resolvedOn)}` : 'not yet resolved'}`;
    case 'compliment':
      return labelOf(FeedbackTheme.labels, e.theme);
  }
}

/** What still needs doing on an event, if anything. */
function openItem(e: SupportEvent): string | null {
  if (e.kind === 'serious_incident' && !e.commissionerToldOn) return 'Tell the commissioner';
  if (e.kind === 'complaint' && !e.resolvedOn) return 'Open';
  return null;
}

/**
 * The household's events: safeguarding concerns, High-Risk Behaviour Panel referrals, serious
 * incidents, complaints and compliments, with the MARAC referrals the case already holds.
 */
export function EventsLog({ householdId }: { householdId: number }) {
  const [reloadKey, reload] = useReload();
  const { value, error } = useChannel('support.events.list', { householdId }, reloadKey);
  const [editing, setEditing] = useState<SupportEvent | null>(null);
  const [adding, setAdding] = useState(false);
  const [marac, setMarac] = useState(false);

  if (error) return <FormError message={error} title="Events could not be shown" />;
  if (!value) return <Text c="dimmed">Loading events…</Text>;
  if (!value.episode) return <NoEpisode />;

  return (
    <Stack gap="lg">
      <EpisodeLine episode={value.episode} />
      <Group>
        <Button onClick={() => setAdding(true)}>Log an event…</Button>
        <Button variant="default" onClick={() => setMarac(true)}>
          Record a MARAC referral…
        </Button>
      </Group>
      <Table.ScrollContainer minWidth={720}>
        <Table striped verticalSpacing="xs" aria-label="Events">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Event</Table.Th>
              <Table.Th scope="col">Details</Table.Th>
              <Table.Th scope="col">
                <Text span size="sm" fw={700}>
                  Actions
                </Text>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.events.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={4}>
                  <Text c="dimmed">No events logged.</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {value.events.map((e) => {
              const open = openItem(e);
              return (
                <Table.Tr key={e.id}>
                  <Table.Td>{shortDate(e.eventOn)}</Table.Td>
                  <Table.Td>
                    {EventKind.labels[e.kind]}
                    {open && (
                      <Badge ml={6} size="sm" color="yellow" variant="light" c="var(--mantine-color-text)">
                        {open}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{factsOf(e)}</Text>
                    {e.details && (
                      <Text size="sm" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                        {e.details}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setEditing(e)} aria-label={`Update the ${EventKind.labels[e.kind].toLowerCase()} of ${shortDate(e.eventOn)}`}>
                      Update…
                    </Button>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Stack gap="xs">
        <Title order={3} size="h4">
          MARAC referrals
        </Title>
        {value.marac.length === 0 ? (
          <Text c="dimmed">No MARAC referrals recorded.</Text>
        ) : (
          <Table aria-label="MARAC referrals">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Referred</Table.Th>
                <Table.Th scope="col">Meeting</Table.Th>
                <Table.Th scope="col">Actions agreed</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.marac.map((m) => (
                <Table.Tr key={m.id}>
                  <Table.Td>{shortDate(m.referredOn)}</Table.Td>
                  <Table.Td>{shortDate(m.meetingOn)}</Table.Td>
                  <Table.Td>{m.actions}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        )}
      </Stack>
      <EventDialog householdId={householdId} opened={adding || editing !== null} event={editing} onClose={() => {
          setAdding(false);
          setEditing(null);
        }} onSaved={reload} />
      <MaracDialog householdId={householdId} opened={marac} onClose={() => setMarac(false)} onSaved={reload} />
    </Stack>
  );
}
