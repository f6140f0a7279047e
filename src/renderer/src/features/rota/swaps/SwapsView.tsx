import { Button, Group, Loader, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { swapActionsFor } from '../../../../../shared/rota/swap-machine';
import type { Swap, SwapAction } from '../../../../../shared/rota/schemas/swap.schema';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { useSession } from '../../../app/session';
import { notify } from '../../../components/notify';
import { PersonName } from '../../../components/PersonName';
import { SWAP_STATE_LABELS } from '../labels';
import { fullSpanLabel } from '../rota-dates';
import { managesRota } from '../rota-roles';
import { useChannel } from '../use-channel';
import { useTopicReload } from '../use-reload';
import { ScrollTable } from '../ScrollTable';

const ACTION_LABELS: Record<SwapAction, string> = { accept: 'Accept', approve: 'Approve', decline: 'Decline', cancel: 'Cancel swap' };
const CHANNELS = { accept: 'rota.swaps.accept', approve: 'rota.swaps.approve', decline: 'rota.swaps.decline', cancel: 'rota.swaps.cancel' } as const;

/**
 * Swaps: one person asks, the colleague accepts, a manager approves. Each swap shows only the
 * buttons the person may press now (the shared swap rules decide; the router checks again).
 * Ask for a swap from a shift's options on the rota.
 */
export function SwapsView() {
  const { session } = useSession();
  const manager = managesRota(session.role);
  const { reloadKey, changed } = useTopicReload('rota');
  const swaps = useChannel('rota.swaps.list', {}, reloadKey);
  const staff = useChannel('rota.staff.list', { includeInactive: true }, reloadKey);
  const types = useChannel('rota.shiftTypes.list', {}, reloadKey);
  const [busy, setBusy] = useState<number | null>(null);
  const names = new Map((staff.value ?? []).map((s) => [s.id, s.name]));
  const typeNames = new Map((types.value ?? []).map((t) => [t.id, t.name]));
  const me = (staff.value ?? []).find((s) => s.userId === session.userId) ?? null;

  const act = async (s: Swap, a: SwapAction) => {
    setBusy(s.id);
    const r = await call(CHANNELS[a], { id: s.id });
    setBusy(null);
    if (!r.ok) {
      notify({ title: 'Nothing was changed', message: errorMessage(r.error), color: 'red' });
      return;
    }
    notify({ title: `Swap: ${SWAP_STATE_LABELS[r.value.state].toLowerCase()}`, message: r.value.state === 'approved' ? 'The rota now shows the swap.' : 'Saved.', color: 'green' });
    changed();
  };

  const list = [...(swaps.value ?? [])].sort((a, b) => {
    const open = (x: Swap) => (x.state === 'requested' || x.state === 'accepted' ? 0 : 1);
    return open(a) - open(b) || (a.requestedAt < b.requestedAt ? 1 : -1);
  });

  return (
    <Stack gap="md">
      <Text>To ask for a swap, open one of your shifts on the rota and choose “Ask for a swap”.</Text>
      {swaps.error && <Text c="var(--mantine-color-red-text)">{swaps.error}</Text>}
      {!swaps.value && !swaps.error && <Loader size="sm" aria-label="Loading swaps" />}
      {swaps.value && list.length === 0 && <Text c="dimmed">No swaps.</Text>}
      {list.length > 0 && (
        <ScrollTable label="Swaps" minWidth={820}>
          <Table verticalSpacing="sm" striped aria-label="Swaps">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Shift</Table.Th>
                <Table.Th scope="col">Asked by</Table.Th>
                <Table.Th scope="col">To</Table.Th>
                <Table.Th scope="col">Where it is</Table.Th>
                <Table.Th scope="col">
                  <span className="wm-visually-hidden">Actions</span>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {list.map((s) => {
                const who = { isRequester: me?.id === s.requesterStaffId, isCounterpart: me?.id === s.counterpartStaffId, isManager: manager };
                const actions = swapActionsFor(s.state, who);
                return (
                  <Table.Tr key={s.id}>
                    <Table.Td>
                      {typeNames.get(s.give.shiftTypeId) ?? 'Shift'}
                      <Text size="sm">{fullSpanLabel(s.give.start, s.give.end)}</Text>
                      {s.note && <Text size="sm" c="dimmed">“{s.note}”</Text>}
                    </Table.Td>
                    <Table.Td>
                      <PersonName name={names.get(s.requesterStaffId) ?? 'Someone'} />
                    </Table.Td>
                    <Table.Td>
                      <PersonName name={names.get(s.counterpartStaffId) ?? 'Someone'} />
                    </Table.Td>
                    <Table.Td>
                      <Text fw={700} className="wm-state" data-attention={s.state === 'requested' || s.state === 'accepted' || undefined}>
                        {SWAP_STATE_LABELS[s.state]}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      <Group gap="xs" wrap="nowrap">
                        {actions.map((a) => (
                          <Button key={a} variant={a === 'approve' || a === 'accept' ? 'filled' : 'default'} loading={busy === s.id} onClick={() => void act(s, a)}>
                            {ACTION_LABELS[a]}
                          </Button>
                        ))}
                      </Group>
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
    </Stack>
  );
}
