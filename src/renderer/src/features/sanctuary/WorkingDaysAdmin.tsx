import { ActionIcon, Button, Group, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { FormError } from '../../components/FormError';
import { notify } from '../../components/notify';
import { dayDate, todayLondon } from './format';
import { StatusBadge } from './StatusBadge';
import { useChannel, useReload, useSubmit } from './use-channel';

const SOURCE: Record<'shipped' | 'rule' | 'added', { label: string; color: 'gray' | 'blue' | 'green' }> = {
  shipped: { label: 'Listed', color: 'gray' },
  rule: { label: 'By rule', color: 'blue' },
  added: { label: 'Added here', color: 'green' },
};

function AddChange({ onSaved }: { onSaved(): void }) {
  const [date, setDate] = useState('');
  const [kind, setKind] = useState<string | null>('holiday');
  const [name, setName] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const r = await run(
      () => call('workingDays.add', { date, kind: (kind ?? 'holiday') as 'holiday' | 'working_day', name }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Calendar changed', message: `${dayDate(date)}: ${name}. Every due date now counts it.` });
      setDate('');
      setName('');
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Change the calendar">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <TextInput type="date" label="Date" required value={date} onChange={(e) => setDate(e.currentTarget.value)} error={fields.date} />
          <Select
            label="Change"
            required
            data={[
              { value: 'holiday', label: 'An extra bank holiday' },
              { value: 'working_day', label: 'A listed holiday that was moved (a working day)' },
            ]}
            value={kind}
            onChange={setKind}
            allowDeselect={false}
          />
          <TextInput label="Name" required value={name} onChange={(e) => setName(e.currentTarget.value)} error={fields.name} placeholder="e.g. Coronation bank holiday" />
        </SimpleGrid>
        <FormError message={error} title="The calendar was not changed" />
        <Group>
          <Button type="submit" loading={busy}>
            Save the change
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/**
 * The working-day calendar the sanctuary clocks count in: Monday to Friday except bank holidays in
 * England and Wales (the list Waymark ships, 2016–2030, worked out by rule after that). An
 * administrator adds a one-off holiday (a coronation, a state funeral) or marks a listed one that
 * was moved.
 */
export function WorkingDaysAdmin() {
  const { session } = useSession();
  const isAdmin = roleMayCall('workingDays.add', session.role);
  const [year, setYear] = useState(() => Number(todayLondon().slice(0, 4)));
  const [reloadKey, reload] = useReload();
  const { value, error } = useChannel('workingDays.calendar', { year }, reloadKey);
  const [removing, setRemoving] = useState<{ date: string; name: string } | null>(null);
  const remove = useSubmit();

  return (
    <Stack>
      <Text c="dimmed" maw={760}>
        Working days are Monday to Friday, except bank holidays in England and Wales. The risk assessment is due within 2 working days of a referral; the support and safety plan
        within 5 of the needs assessment; measures within 5 of approval.
      </Text>
      <Group align="flex-end">
        <Button variant="default" onClick={() => setYear((y) => y - 1)}>
          Previous year
        </Button>
        <Title order={3} size="h4" aria-live="polite">
          Bank holidays in {year}
        </Title>
        <Button variant="default" onClick={() => setYear((y) => y + 1)}>
          Next year
        </Button>
      </Group>
      {error && <FormError message={error} title="The calendar could not be shown" />}
      {value && (
        <>
          {(value.year < value.shipped.from || value.year > value.shipped.to) && (
            <Text size="sm">
              Waymark lists the bank holidays from {value.shipped.from} to {value.shipped.to}. For {value.year} the regular holidays are worked out by rule: add any one-off holiday
              here.
            </Text>
          )}
          <Table aria-label={`Bank holidays in ${value.year}`} verticalSpacing="xs" maw={760}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Holiday</Table.Th>
                <Table.Th scope="col">Source</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.holidays.map((h) => (
                <Table.Tr key={h.date}>
                  <Table.Td>{dayDate(h.date)}</Table.Td>
                  <Table.Td>{h.name}</Table.Td>
                  <Table.Td>
                    <StatusBadge color={SOURCE[h.source].color}>{SOURCE[h.source].label}</StatusBadge>
                  </Table.Td>
                </Table.Tr>
              ))}
              {value.workingDays.map((h) => (
                <Table.Tr key={`w-${h.date}`}>
                  <Table.Td>{dayDate(h.date)}</Table.Td>
                  <Table.Td>
                    <Text span td="line-through">
                      {h.name}
                    </Text>{' '}
                    (moved: a working day)
                  </Table.Td>
                  <Table.Td>
                    <StatusBadge color="green">Changed here</StatusBadge>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
          {value.overrides.length > 0 && (
            <Stack gap="xs">
              <Title order={3} size="h5">
                Changes made here
              </Title>
              <Table aria-label="Changes to the calendar" verticalSpacing="xs" maw={760}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">Date</Table.Th>
                    <Table.Th scope="col">Change</Table.Th>
                    <Table.Th scope="col">By</Table.Th>
                    {isAdmin && (
                      <Table.Th scope="col">
                        <Text span size="sm" fw={700}>
                          Remove
                        </Text>
                      </Table.Th>
                    )}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {value.overrides.map((o) => (
                    <Table.Tr key={o.date}>
                      <Table.Td>{dayDate(o.date)}</Table.Td>
                      <Table.Td>
                        {o.kind === 'holiday' ? 'Bank holiday' : 'Working day'}: {o.name}
                      </Table.Td>
                      <Table.Td>{o.addedBy ?? '—'}</Table.Td>
                      {isAdmin && (
                        <Table.Td>
                          <ActionIcon variant="default" aria-label={`Remove the change on ${dayDate(o.date)}`} onClick={() => setRemoving({ date: o.date, name: o.name })}>
                            ×
                          </ActionIcon>
                        </Table.Td>
                      )}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Stack>
          )}
        </>
      )}
      {isAdmin && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            Add a change
          </Title>
          <AddChange onSaved={reload} />
        </Stack>
      )}
      <ConfirmDialog
        opened={removing !== null}
        title="Remove this change?"
        confirmLabel="Remove"
        danger
        busy={remove.busy}
        error={remove.error}
        onCancel={() => setRemoving(null)}
        onConfirm={async () => {
          const r = await remove.run(() => call('workingDays.remove', { date: removing!.date }));
          if (r) {
            setRemoving(null);
            reload();
          }
        }}
      >
        {removing ? `${dayDate(removing.date)} (${removing.name}) goes back to how Waymark lists it. Due dates are worked out again.` : ''}
      </ConfirmDialog>
    </Stack>
  );
}
