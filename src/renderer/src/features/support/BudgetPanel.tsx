import { Badge, Button, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Textarea, Title } from '@mantine/core';
import { notify } from '../../components/notify';
import { useState, type FormEvent } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import { formatPounds, parsePounds } from '../../../../shared/support/budget';
import { BudgetPurpose } from '../../../../shared/support/vocab.support';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { FormError } from '../../components/FormError';
import { EpisodeLine, NoEpisode } from './EpisodeNote';
import { labelOf, optionsOf, shortDate, todayLondon } from './format';
import { useChannel, useReload, useSubmit } from './use-support';

function Money({ label, pence, strong }: { label: string; pence: number; strong?: boolean }) {
  return (
    <Paper withBorder p="sm" radius="md">
      <Text size="sm" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size={strong ? 'xl' : 'lg'}>
        {formatPounds(pence)}
      </Text>
    </Paper>
  );
}

/** A manager sets (or changes) the allocation. */
function AllocationForm({ householdId, current, onSaved }: { householdId: number; current: number | null; onSaved(): void }) {
  const [amount, setAmount] = useState(current === null ? '' : (current / 100).toFixed(2));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pence = parsePounds(amount);
    if (pence === null) return setProblem('Enter an amount in pounds, such as 250 or 250.00.');
    setProblem(null);
    const r = await run(() => call('support.budget.allocate', { householdId, allocationPence: pence, note }));
    if (r) {
      notify({ color: 'green', title: 'Allocation saved', message: `${formatPounds(pence)} allocated.` });
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Personal budget allocation">
      <Group align="flex-end" wrap="wrap">
        <TextInput label={current === null ? 'Allocation (£)' : 'Change the allocation (£)'} required value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={problem} w={200} inputMode="decimal" />
        <TextInput label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} w={280} />
        <Button type="submit" loading={busy} variant={current === null ? 'filled' : 'default'}>
          {current === null ? 'Set allocation' : 'Change allocation'}
        </Button>
      </Group>
      <FormError message={error} title="Allocation not saved" />
    </form>
  );
}

/** Record a spend; refused (with the balance) if it is more than what is left. */
function SpendForm({ householdId, onSaved }: { householdId: number; onSaved(): void }) {
  const [spentOn, setSpentOn] = useState(todayLondon());
  const [amount, setAmount] = useState('');
  const [purpose, setPurpose] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pence = parsePounds(amount);
    const local: Record<string, string> = {};
    if (pence === null || pence <= 0) local.amountPence = 'Enter an amount in pounds, such as 25 or 25.50.';
    if (!purpose) local.purpose = 'Choose what it was for.';
    setFields(local);
    if (Object.keys(local).length) return;
    const r = await run(() => call('support.budget.spend', { householdId, spentOn, amountPence: pence!, purpose: purpose as never, note }));
    if (r) {
      notify({ color: 'green', title: 'Spend recorded', message: `${formatPounds(pence!)} on ${labelOf(BudgetPurpose.labels, purpose).toLowerCase()}.` });
      setAmount('');
      setNote('');
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Record a spend">
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }}>
          <TextInput type="date" label="Date" required value={spentOn} onChange={(e) => setSpentOn(e.currentTarget.value)} error={fields.spentOn} />
          <TextInput label="Amount (£)" required value={amount} onChange={(e) => setAmount(e.currentTarget.value)} error={fields.amountPence} inputMode="decimal" />
          <Select label="What for" required data={optionsOf(BudgetPurpose)} value={purpose} onChange={setPurpose} error={fields.purpose} />
          <TextInput label="Note" value={note} onChange={(e) => setNote(e.currentTarget.value)} />
        </SimpleGrid>
        <FormError message={error} title="Spend not recorded" />
        <Group>
          <Button type="submit" loading={busy}>
            Record spend
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A manager voids a spend recorded in error, with a reason. */
function VoidDialog({ householdId, spend, onClose, onSaved }: { householdId: number; spend: { id: number; amountPence: number; spentOn: string } | null; onClose(): void; onSaved(): void }) {
  const [reason, setReason] = useState('');
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (!spend) return;
    const r = await run(() => call('support.budget.voidSpend', { householdId, spendId: spend.id, reason }));
    if (r) {
      setReason('');
      onSaved();
      onClose();
    }
  };
  return (
    <Modal opened={spend !== null} onClose={onClose} title="Void a spend" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="Void a spend">
        <Stack>
          <Text>
            {spend ? `${formatPounds(spend.amountPence)} on ${shortDate(spend.spentOn)}` : ''} will stay on the record, marked void, and no longer count against the budget.
          </Text>
          <Textarea label="Why" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
          <FormError message={error} title="Not voided" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={busy}>
              Void spend
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** The household's personal budget: the allocation, what was spent on what, and the balance. */
export function BudgetPanel({ householdId }: { householdId: number }) {
  const { session } = useSession();
  const [reloadKey, reload] = useReload();
  const { value, error } = useChannel('support.budget.get', { householdId }, reloadKey);
  const [voiding, setVoiding] = useState<{ id: number; amountPence: number; spentOn: string } | null>(null);
  const manager = roleMayCall('support.budget.allocate', session.role);

  if (error) return <FormError message={error} title="The budget could not be shown" />;
  if (!value) return <Text c="dimmed">Loading the budget…</Text>;
  if (!value.episode) return <NoEpisode />;
  const b = value.budget;
  const ended = value.episode.state === 'ended';

  return (
    <Stack gap="lg">
      <EpisodeLine episode={value.episode} />
      {b ? (
        <SimpleGrid cols={{ base: 1, sm: 3 }}>
          <Money label="Allocated" pence={b.allocatedPence} />
          <Money label="Spent" pence={b.spentPence} />
          <Money label="Left to spend" pence={b.balancePence} strong />
        </SimpleGrid>
      ) : (
        <Text c="dimmed">{manager ? 'No personal budget has been set for this household yet.' : 'No personal budget has been set for this household yet. A manager sets the allocation.'}</Text>
      )}
      {manager && !ended && <AllocationForm householdId={householdId} current={b?.allocatedPence ?? null} onSaved={reload} />}
      {b && !ended && (
        <Stack gap="xs">
          <Title order={3} size="h4">
            Record a spend
          </Title>
          <SpendForm householdId={householdId} onSaved={reload} />
        </Stack>
      )}
      {value.spends.length > 0 && (
        <Table.ScrollContainer minWidth={640}>
          <Table striped aria-label="Spends">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Amount</Table.Th>
                <Table.Th scope="col">What for</Table.Th>
                <Table.Th scope="col">Note</Table.Th>
                {manager && (
                  <Table.Th scope="col">
                    <Text span size="sm" fw={700}>
                      Actions
                    </Text>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {value.spends.map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Td>{shortDate(s.spentOn)}</Table.Td>
                  <Table.Td td={s.voided ? 'line-through' : undefined}>{formatPounds(s.amountPence)}</Table.Td>
                  <Table.Td>
                    {BudgetPurpose.labels[s.purpose]}
                    {s.voided && (
                      <Badge ml={6} size="sm" color="gray" variant="outline" c="var(--mantine-color-text)">
                        Void: {s.voidReason}
                      </Badge>
                    )}
                  </Table.Td>
                  <Table.Td>{s.note}</Table.Td>
                  {manager && (
                    <Table.Td>
                      {!s.voided && (
                        <Button size="xs" variant="default" onClick={() => setVoiding(s)} aria-label={`Void the spend of ${formatPounds(s.amountPence)} on ${shortDate(s.spentOn)}`}>
                          Void…
                        </Button>
                      )}
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      <VoidDialog householdId={householdId} spend={voiding} onClose={() => setVoiding(null)} onSaved={reload} />
    </Stack>
  );
}
