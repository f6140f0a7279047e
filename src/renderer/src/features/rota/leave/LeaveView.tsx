import { Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import type { Leave } from '../../../../../shared/rota/schemas/staff.schema';
import { dateOf, dayOf } from '../../../../../shared/rota/zone';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { ConfirmDialog } from '../../../components/ConfirmDialog';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { errorMessage } from '../../../app/error-messages';
import { LeaveDialog, type LeaveDraft } from '../dialogs/LeaveDialog';
import { LEAVE_TYPE_LABELS } from '../labels';
import { fullSpanLabel } from '../rota-dates';
import { managesRota } from '../rota-roles';
import { useChannel } from '../use-channel';
import { useTopicReload } from '../use-reload';

/** Leave and unavailability from a week ago to a year ahead; booking and cancelling. */
export function LeaveView({ today }: { today: string }) {
  const { session } = useSession();
  const manager = managesRota(session.role);
  const { reloadKey, changed } = useTopicReload('rota');
  const from = dateOf(dayOf(today) - 7);
  const to = dateOf(dayOf(today) + 365);
  const leave = useChannel('rota.leave.list', { from, to }, reloadKey);
  const staff = useChannel('rota.staff.list', { includeInactive: true }, reloadKey);
  const [draft, setDraft] = useState<LeaveDraft | null>(null);
  const [cancelling, setCancelling] = useState<Leave | null>(null);
  const [busy, setBusy] = useState(false);
  const [cancelError, setCancelError] = useState<string | null>(null);
  const staffList = staff.value ?? [];
  const me = staffList.find((s) => s.userId === session.userId) ?? null;
  const names = new Map(staffList.map((s) => [s.id, s.name]));

  const cancel = async () => {
    if (!cancelling) return;
    setBusy(true);
    const r = await call('rota.leave.remove', { id: cancelling.id });
    setBusy(false);
    if (!r.ok) {
      setCancelError(errorMessage(r.error));
      return;
    }
    notify({ title: 'Leave cancelled', message: 'The rota is updated.', color: 'green' });
    setCancelling(null);
    changed();
  };

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text>Leave and times people cannot work. The rota shows any gap it leaves.</Text>
        {(manager || me) && <Button onClick={() => setDraft({ staffId: manager ? null : (me?.id ?? null), from: today })}>Book leave</Button>}
      </Group>
      {!manager && !me && <Text c="dimmed">You are not in the staff directory yet, so you cannot book leave here. Ask a manager to add you.</Text>}
      {leave.error && <Text c="var(--mantine-color-red-text)">{leave.error}</Text>}
      {!leave.value && !leave.error && <Loader size="sm" aria-label="Loading leave" />}
      {leave.value && leave.value.length === 0 && <Text c="dimmed">No leave booked.</Text>}
      {leave.value && leave.value.length > 0 && (
        <Table verticalSpacing="sm" striped aria-label="Leave">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Who</Table.Th>
              <Table.Th scope="col">Type</Table.Th>
              <Table.Th scope="col">When</Table.Th>
              <Table.Th scope="col">
                <span className="wm-visually-hidden">Actions</span>
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {[...leave.value]
              .sort((a, b) => (a.start < b.start ? -1 : 1))
              .map((l) => (
                <Table.Tr key={l.id}>
                  <Table.Td>
                    <PersonName name={names.get(l.staffId) ?? 'Someone'} />
                  </Table.Td>
                  <Table.Td>{LEAVE_TYPE_LABELS[l.type]}</Table.Td>
                  <Table.Td>{fullSpanLabel(l.start, l.end)}</Table.Td>
                  <Table.Td>
                    {(manager || me?.id === l.staffId) && l.end > `${today}T00:00` && (
                      <Button variant="default" onClick={() => (setCancelError(null), setCancelling(l))} aria-label={`Cancel leave ${fullSpanLabel(l.start, l.end)}`}>
                        Cancel leave
                      </Button>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
          </Table.Tbody>
        </Table>
      )}
      <LeaveDialog draft={draft} staff={staffList} me={me} manager={manager} onClose={() => setDraft(null)} onSaved={changed} />
      <ConfirmDialog
        opened={cancelling !== null}
        title="Cancel this leave?"
        confirmLabel="Cancel leave"
        danger
        busy={busy}
        error={cancelError}
        onConfirm={() => void cancel()}
        onCancel={() => setCancelling(null)}
      >
        {cancelling ? `${LEAVE_TYPE_LABELS[cancelling.type]}, ${fullSpanLabel(cancelling.start, cancelling.end)}. The person counts as cover again.` : ''}
      </ConfirmDialog>
    </Stack>
  );
}
