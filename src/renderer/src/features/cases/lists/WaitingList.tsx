import { Button, Group, List, Modal, NumberInput, Select, Stack, Table, Text, Textarea } from '@mantine/core';
import { useCallback, useEffect, useState } from 'react';
import type { z } from 'zod';
import { LeaveWaitingListInputSchema, PriorityAdjustmentInputSchema, type WaitingEntrySchema } from '../../../../../shared/cases/schemas/referral';
import { LeftWaitingListReason } from '../../../../../shared/cases/vocab';
import { roleMayCall } from '../../../../../shared/ipc/permissions';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { useSession } from '../../../app/session';
import { dateTime } from '../../../components/format';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { RiskBadge } from '../RiskBadge';

type Entry = z.infer<typeof WaitingEntrySchema>;

/** The waiting list for units, in priority order, each priority explained by its parts. */
export function WaitingList({ onOpen }: { onOpen: (householdId: number) => void }) {
  const { session } = useSession();
  const mayAdjust = roleMayCall('waitingList.adjust', session.role);
  const [rows, setRows] = useState<Entry[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [adjusting, setAdjusting] = useState<Entry | null>(null);
  const [leaving, setLeaving] = useState<Entry | null>(null);

  const load = useCallback(() => {
    void call('waitingList.list', {}).then((r) => {
      if (r.ok) setRows(r.value);
      else setError(errorMessage(r.error));
    });
  }, []);
  useEffect(load, [load]);

  if (error) return <FormError message={error} takeFocus={false} />;
  if (!rows) return <Text c="dimmed">Loading…</Text>;
  if (rows.length === 0) return <Text c="dimmed">Nobody is waiting for a unit.</Text>;
  return (
    <>
      <Table aria-label="Waiting list" striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>#</Table.Th>
            <Table.Th>Household</Table.Th>
            <Table.Th>Risk</Table.Th>
            <Table.Th>Waiting since</Table.Th>
            <Table.Th>Priority and why</Table.Th>
            {mayAdjust && <Table.Th>Manage</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map((e, i) => (
            <Table.Tr key={e.referralId}>
              <Table.Td>{i + 1}</Table.Td>
              <Table.Td>
                {e.restricted ? (
                  <Text span fs="italic">Restricted case</Text>
                ) : (
                  <Button variant="subtle" size="compact-sm" onClick={() => onOpen(e.householdId)}>
                    <PersonName name={e.displayName} />
                  </Button>
                )}
                <Text size="xs" c="dimmed">
                  {e.reference} · {e.adults} adult{e.adults === 1 ? '' : 's'}, {e.children} child{e.children === 1 ? '' : 'ren'}
                </Text>
              </Table.Td>
              <Table.Td>
                <RiskBadge level={e.riskLevel} />
              </Table.Td>
              <Table.Td>{dateTime(e.waitingSince)}</Table.Td>
              <Table.Td>
                <Text fw={600}>{e.priority} points</Text>
                <List size="xs">
                  {e.parts.map((p) => (
                    <List.Item key={p.label}>
                      {p.label}: {p.points > 0 ? '+' : ''}
                      {p.points}
                    </List.Item>
                  ))}
                </List>
              </Table.Td>
              {mayAdjust && (
                <Table.Td>
                  <Group gap="xs">
                    <Button size="xs" variant="default" onClick={() => setAdjusting(e)} aria-label={`Adjust priority of ${e.reference}`}>
                      Adjust
                    </Button>
                    <Button size="xs" variant="default" onClick={() => setLeaving(e)} aria-label={`Take off list: ${e.reference}`}>
                      Take off list
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
      {adjusting && (
        <AdjustDialog
          entry={adjusting}
          onClose={() => setAdjusting(null)}
          onDone={() => {
            setAdjusting(null);
            load();
          }}
        />
      )}
      {leaving && (
        <LeaveDialog
          entry={leaving}
          onClose={() => setLeaving(null)}
          onDone={() => {
            setLeaving(null);
            load();
          }}
        />
      )}
    </>
  );
}

/** Takes a household off the list without a unit: the reason is recorded and their support ends that day. */
function LeaveDialog({ entry, onClose, onDone }: { entry: Entry; onClose: () => void; onDone: () => void }) {
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const submit = async () => {
    const parsed = LeaveWaitingListInputSchema.safeParse({ referralId: entry.referralId, reason, note });
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.path[0] === 'reason' ? 'Choose why they are leaving the list.' : i.message])));
      return;
    }
    const r = await call('waitingList.leave', parsed.data);
    if (r.ok) {
      notify({ title: 'Taken off the waiting list', message: `${entry.reference}: ${LeftWaitingListReason.labels[parsed.data.reason]}.`, color: 'green' });
      onDone();
    } else if (r.error.fields) setErrors(r.error.fields);
    else setFormError(errorMessage(r.error));
  };
  return (
    <Modal opened onClose={onClose} title={`Take ${entry.reference} off the waiting list`}>
      <Stack>
        <Text size="sm">Any hold on a unit for this household is released. Their support ends today unless you record an exit.</Text>
        <Select
          label="Why are they leaving the list?"
          required
          data={LeftWaitingListReason.codes.map((c) => ({ value: c, label: LeftWaitingListReason.labels[c] }))}
          value={reason}
          onChange={setReason}
          error={errors.reason}
        />
        <Textarea label="Note (optional)" value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} autosize minRows={2} />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" onClick={() => void submit()}>
            Take off the list
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function AdjustDialog({ entry, onClose, onDone }: { entry: Entry; onClose: () => void; onDone: () => void }) {
  const [points, setPoints] = useState<number>(0);
  const [reason, setReason] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  const submit = async () => {
    const input = { referralId: entry.referralId, points, reason };
    const parsed = PriorityAdjustmentInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    const r = await call('waitingList.adjust', parsed.data);
    if (r.ok) {
      notify({ title: 'Priority adjusted', message: `${entry.reference}: ${points > 0 ? '+' : ''}${points} points.`, color: 'green' });
      onDone();
    } else if (r.error.fields) setErrors(r.error.fields);
    else setFormError(errorMessage(r.error));
  };
  return (
    <Modal opened onClose={onClose} title={`Adjust priority of ${entry.reference}`}>
      <Stack>
        <NumberInput label="Points (+ raises, − lowers)" value={points} onChange={(v) => setPoints(Number(v) || 0)} min={-500} max={500} error={errors.points} />
        <Textarea label="Reason" required value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} autosize minRows={2} />
        <FormError message={formError} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button onClick={() => void submit()}>Save adjustment</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
