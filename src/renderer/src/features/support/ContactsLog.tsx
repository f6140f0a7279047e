import { Badge, Button, Grid, Group, NumberInput, Paper, SegmentedControl, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notify } from '../../components/notify';
import { useState, type FormEvent } from 'react';
import { formatDuration } from '../../../../shared/support/support-hours';
import { SupportType, type SupportTypeCode } from '../../../../shared/support/vocab.support';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { FormError } from '../../components/FormError';
import { PersonName } from '../../components/PersonName';
import { EpisodeLine, NoEpisode } from './EpisodeNote';
import { optionsOf, shortDate, todayLondon } from './format';
import { useChannel, useReload, useSubmit } from './use-support';

const VOLUNTEER = 'volunteer';

/** The form to log one contact. The worker defaults to the person signed in. */
function ContactForm({ householdId, workers, onSaved }: { householdId: number; workers: { id: number; name: string }[]; onSaved(): void }) {
  const { session } = useSession();
  const [contactOn, setContactOn] = useState(todayLondon());
  const [minutes, setMinutes] = useState<number | string>(60);
  const [worker, setWorker] = useState<string | null>(String(session.userId));
  const [volunteerName, setVolunteerName] = useState('');
  const [supportType, setSupportType] = useState<string | null>('general');
  const [notes, setNotes] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const volunteer = worker === VOLUNTEER;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const r = await run(
      () =>
        call('support.contacts.add', {
          householdId,
          contactOn,
          minutes: typeof minutes === 'number' ? minutes : Number(minutes),
          timeKind: volunteer ? 'unpaid' : 'paid',
          workerId: volunteer || !worker ? null : Number(worker),
          workerName: volunteer ? volunteerName : '',
          supportType: (supportType ?? 'general') as SupportTypeCode,
          notes,
        }),
      (f) => {
        setFields(f);
        return true;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Contact logged', message: `${formatDuration(Number(minutes))} on ${shortDate(contactOn)}.` });
      setNotes('');
      onSaved();
    }
  };

  return (
    <form onSubmit={submit} noValidate aria-label="Log a contact">
      <Stack>
        <Grid>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <TextInput type="date" label="Date" required value={contactOn} onChange={(e) => setContactOn(e.currentTarget.value)} error={fields.contactOn} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 2 }}>
            <NumberInput label="Minutes" required min={1} max={720} allowDecimal={false} allowNegative={false} value={minutes} onChange={setMinutes} error={fields.minutes} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 3 }}>
            <Select
              label="Worker"
              required
              data={[...workers.map((w) => ({ value: String(w.id), label: w.name })), { value: VOLUNTEER, label: 'A volunteer (unpaid time)' }]}
              value={worker}
              onChange={setWorker}
              allowDeselect={false}
              error={fields.workerId}
            />
          </Grid.Col>
          <Grid.Col span={{ base: 12, sm: 6, md: 4 }}>
            <Select label="Type of support" required data={optionsOf(SupportType)} value={supportType} onChange={setSupportType} allowDeselect={false} error={fields.supportType} />
          </Grid.Col>
        </Grid>
        {volunteer && <TextInput label="Volunteer’s name" required value={volunteerName} onChange={(e) => setVolunteerName(e.currentTarget.value)} error={fields.workerName} />}
        <Textarea label="Notes" autosize minRows={2} value={notes} onChange={(e) => setNotes(e.currentTarget.value)} error={fields.notes} />
        <FormError message={error} title="Contact not logged" />
        <Group>
          <Button type="submit" loading={busy}>
            Log contact
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

function Stat({ label, value }: { label: string; value: string }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="lg">
        {value}
      </Text>
    </Paper>
  );
}

/**
 * The contacts log of a household: log a contact (date, time spent, paid or volunteer, worker,
 * type of support, notes), see every contact, and the support-hours totals for any period.
 */
export function ContactsLog({ householdId }: { householdId: number }) {
  const [reloadKey, reload] = useReload();
  const [from, setFrom] = useState('');
  const [to, setTo] = useState('');
  const [view, setView] = useState<'all' | 'period'>('all');
  const period = view === 'period' ? { from: from || null, to: to || null } : { from: null, to: null };
  const { value, error } = useChannel('support.contacts.list', { householdId, ...period }, reloadKey);

  if (error) return <FormError message={error} title="The contacts could not be shown" />;
  if (!value) return <Text c="dimmed">Loading contacts…</Text>;
  if (!value.episode) return <NoEpisode />;
  const t = value.totals;
  const types = SupportType.codes.filter((c) => (t.byType[c] ?? 0) > 0);
  const canLog = value.episode.state !== 'ended';

  return (
    <Stack gap="lg">
      <EpisodeLine episode={value.episode} />
      {canLog ? (
        <ContactForm householdId={householdId} workers={value.workers} onSaved={reload} />
      ) : (
        <Text c="dimmed">Support for this episode has ended. Start move-on support on the Exit tab to log contacts after someone has left.</Text>
      )}
      <Stack gap="sm">
        <Group justify="space-between" align="flex-end" wrap="wrap">
          <Title order={3} size="h4">
            Support hours
          </Title>
          <Group gap="sm" align="flex-end">
            <SegmentedControl
              aria-label="Which contacts"
              value={view}
              onChange={(v) => setView(v as 'all' | 'period')}
              data={[
                { value: 'all', label: 'All' },
                { value: 'period', label: 'A period' },
              ]}
            />
            {view === 'period' && (
              <>
                <TextInput type="date" label="From" value={from} onChange={(e) => setFrom(e.currentTarget.value)} w={170} />
                <TextInput type="date" label="To" value={to} onChange={(e) => setTo(e.currentTarget.value)} w={170} />
              </>
            )}
          </Group>
        </Group>
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Stat label="Contacts" value={String(t.contacts)} />
          <Stat label="Paid (staff)" value={formatDuration(t.paidMinutes)} />
          <Stat label="Unpaid (volunteers)" value={formatDuration(t.unpaidMinutes)} />
          <Stat label="Total" value={formatDuration(t.totalMinutes)} />
        </SimpleGrid>
        {types.length > 0 && (
          <Group gap="xs" aria-label="Time by type of support" role="list">
            {types.map((c) => (
              <Badge key={c} variant="outline" role="listitem" tt="none" size="lg" fw={500} c="var(--mantine-color-text)">
                {SupportType.labels[c]}: {formatDuration(t.byType[c]!)}
              </Badge>
            ))}
          </Group>
        )}
      </Stack>
      <Table.ScrollContainer minWidth={760}>
        <Table striped verticalSpacing="xs" aria-label="Contacts">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Date</Table.Th>
              <Table.Th scope="col">Time</Table.Th>
              <Table.Th scope="col">Worker</Table.Th>
              <Table.Th scope="col">Type of support</Table.Th>
              <Table.Th scope="col">Notes</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.items.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text c="dimmed">No contacts {view === 'period' ? 'in this period' : 'logged yet'}.</Text>
                </Table.Td>
              </Table.Tr>
            )}
            {value.items.map((c) => (
              <Table.Tr key={c.id}>
                <Table.Td>{shortDate(c.contactOn)}</Table.Td>
                <Table.Td>
                  {formatDuration(c.minutes)}
                  {c.timeKind === 'unpaid' && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      (volunteer)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <PersonName name={c.worker} />
                </Table.Td>
                <Table.Td>
                  {SupportType.labels[c.supportType]}
                  {c.moveOn && (
                    <Badge ml={6} size="xs" variant="light" c="var(--mantine-color-text)">
                      Move-on
                    </Badge>
                  )}
                </Table.Td>
                <Table.Td style={{ whiteSpace: 'pre-wrap' }}>{c.notes}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
    </Stack>
  );
}
