import { Button, Group, Loader, Stack, Table, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Rotation } from '../../../../../shared/rota/schemas/rotation.schema';
import { dayOf } from '../../../../../shared/rota/zone';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { notify } from '../../../components/notify';
import { DialogFrame } from '../dialogs/DialogFrame';
import { WEEKDAY_SHORT } from '../labels';
import { shortDay } from '../rota-dates';
import { managesRota } from '../rota-roles';
import { useAction, useChannel } from '../use-channel';
import { useTopicReload } from '../use-reload';
import { RotationDialog, type RotationDialogMode } from './RotationDialog';
import { ScrollTable } from '../ScrollTable';

function daysLabel(days: number[]): string {
  if (days.length === 7) return 'Every day';
  if (days.join() === '1,2,3,4,5') return 'Mon–Fri';
  if (days.join() === '6,7') return 'Sat–Sun';
  return days.map((d) => WEEKDAY_SHORT[d - 1]).join(', ');
}

function EndDialog({ rotation, today, onClose, onDone }: { rotation: Rotation | null; today: string; onClose(): void; onDone(): void }) {
  const [lastDate, setLastDate] = useState(today);
  const action = useAction();
  const { reset } = action;
  useEffect(() => {
    setLastDate(today);
    reset();
  }, [rotation, today, reset]);
  const submit = async () => {
    if (!rotation) return;
    const r = await action.run(() => call('rota.rotations.end', { rotationId: rotation.id, lastDate }));
    if (!r) return;
    notify({ title: 'Rotation ended', message: `Its last shifts are on ${lastDate}.`, color: 'green' });
    onDone();
    onClose();
  };
  const name = rotation?.versions[rotation.versions.length - 1]?.name ?? '';
  return (
    <DialogFrame title={`End “${name}”`} opened={rotation !== null} onClose={onClose} confirmLabel="End rotation" danger busy={action.busy} error={action.error} onConfirm={() => void submit()}>
      <Text>Shifts up to and including the last day stay; nothing after it. Shifts already worked never change.</Text>
      <TextInput type="date" label="Last day with shifts" required value={lastDate} onChange={(e) => setLastDate(e.currentTarget.value)} data-autofocus />
    </DialogFrame>
  );
}

/** Rotations: the repeating patterns, each with its versions; managers create, change and end them. */
export function RotationsView({ today }: { today: string }) {
  const { session } = useSession();
  const manager = managesRota(session.role);
  const { reloadKey, changed } = useTopicReload('rota');
  const rotations = useChannel('rota.rotations.list', {}, reloadKey);
  const staff = useChannel('rota.staff.list', { includeInactive: true }, reloadKey);
  const types = useChannel('rota.shiftTypes.list', {}, reloadKey);
  const [dialog, setDialog] = useState<RotationDialogMode | null>(null);
  const [ending, setEnding] = useState<Rotation | null>(null);
  const names = new Map((staff.value ?? []).map((s) => [s.id, s.name]));
  const typeNames = new Map((types.value ?? []).map((t) => [t.id, t.name]));

  return (
    <Stack gap="md">
      <Group justify="space-between">
        <Text>Repeating patterns. A change takes effect from a date; shifts before it never move.</Text>
        {manager && <Button onClick={() => setDialog({ kind: 'add' })}>New rotation</Button>}
      </Group>
      {rotations.error && <Text c="var(--mantine-color-red-text)">{rotations.error}</Text>}
      {!rotations.value && !rotations.error && <Loader size="sm" aria-label="Loading rotations" />}
      {rotations.value && rotations.value.length === 0 && <Text c="dimmed">No rotations yet.</Text>}
      {rotations.value && rotations.value.length > 0 && (
        <ScrollTable label="Rotations" minWidth={900}>
          <Table verticalSpacing="sm" striped aria-label="Rotations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Rotation</Table.Th>
                <Table.Th scope="col">Shift</Table.Th>
                <Table.Th scope="col">Turns</Table.Th>
                <Table.Th scope="col">People in order</Table.Th>
                <Table.Th scope="col">Dates</Table.Th>
                {manager && (
                  <Table.Th scope="col">
                    <span className="wm-visually-hidden">Actions</span>
                  </Table.Th>
                )}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rotations.value.map((r) => {
                const v = r.versions[r.versions.length - 1]!;
                const ended = v.endDate !== null && v.endDate < today;
                return (
                  <Table.Tr key={r.id}>
                    <Table.Th scope="row">
                      <Text fw={600}>{v.name}</Text>
                      {r.versions.length > 1 && (
                        <Text size="sm" c="dimmed">
                          {r.versions.length} versions; this one from {shortDay(dayOf(v.effectiveFrom))}
                        </Text>
                      )}
                    </Table.Th>
                    <Table.Td>
                      {typeNames.get(v.shiftTypeId) ?? 'Shift'}
                      <Text size="sm">
                        {v.startTime}–{v.endTime}, {daysLabel(v.daysOfWeek)}
                      </Text>
                    </Table.Td>
                    <Table.Td>
                      {v.turnLengthDays === 1 ? '1 day' : `${v.turnLengthDays} days`} each
                      <Text size="sm">handover {v.handoverTime}</Text>
                    </Table.Td>
                    <Table.Td>{v.people.map((id) => names.get(id) ?? `Person ${id}`).join(' → ')}</Table.Td>
                    <Table.Td>
                      From {shortDay(dayOf(v.startDate))} {v.startDate.slice(0, 4)}
                      <Text size="sm">{v.endDate ? `${ended ? 'Ended' : 'Until'} ${shortDay(dayOf(v.endDate))} ${v.endDate.slice(0, 4)}` : 'No end date'}</Text>
                    </Table.Td>
                    {manager && (
                      <Table.Td>
                        {!ended && (
                          <Group gap="xs" wrap="nowrap">
                            <Button variant="default" onClick={() => setDialog({ kind: 'edit', rotation: r })} aria-label={`Change ${v.name}`}>
                              Change…
                            </Button>
                            <Button variant="default" onClick={() => setEnding(r)} aria-label={`End ${v.name}`}>
                              End…
                            </Button>
                          </Group>
                        )}
                      </Table.Td>
                    )}
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </ScrollTable>
      )}
      <RotationDialog mode={dialog} today={today} staff={staff.value ?? []} shiftTypes={types.value ?? []} onClose={() => setDialog(null)} onSaved={changed} />
      <EndDialog rotation={ending} today={today} onClose={() => setEnding(null)} onDone={changed} />
    </Stack>
  );
}
