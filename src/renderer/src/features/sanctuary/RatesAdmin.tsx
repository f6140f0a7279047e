import { Button, Checkbox, Group, Modal, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { roleMayCall } from '../../../../shared/ipc/permissions';
import type { Rate } from '../../../../shared/sanctuary/schemas/rates.schema';
import { MEASURE_KIND_LABELS, MEASURE_KINDS, MeasureLevel } from '../../../../shared/sanctuary/vocab.sanctuary';
import { call } from '../../api/client';
import { useSession } from '../../app/session';
import { FormError } from '../../components/FormError';
import { notify } from '../../components/notify';
import { penceText, perUnit, pounds, toPence } from './format';
import { StatusBadge } from './StatusBadge';
import { useChannel, useReload, useSubmit } from './use-channel';

type Draft = { id: number | null; kind: string; name: string; level: 'lower' | 'higher'; cost: string; unit: string; needsFireCheck: boolean; altersProperty: boolean; active: boolean };

function draftOf(r: Rate | null): Draft {
  return r
    ? { id: r.id, kind: r.kind, name: r.name, level: r.level, cost: penceText(r.unitCostPence), unit: r.unit, needsFireCheck: r.needsFireCheck, altersProperty: r.altersProperty, active: r.active }
    : { id: null, kind: 'other', name: '', level: 'lower', cost: '', unit: 'each', needsFireCheck: false, altersProperty: true, active: true };
}

function RateDialog({ rate, onClose, onSaved }: { rate: Draft; onClose(): void; onSaved(): void }) {
  const [d, setD] = useState(rate);
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const set = (p: Partial<Draft>) => setD((x) => ({ ...x, ...p }));
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pence = toPence(d.cost);
    if (pence === null) {
      setFields({ unitCostPence: 'Enter an amount in pounds, e.g. 45 or 12.50.' });
      return;
    }
    setFields({});
    const r = await run(
      () => call('sanctuary.rates.save', { id: d.id, kind: d.kind as never, name: d.name, level: d.level, unitCostPence: pence, unit: d.unit, needsFireCheck: d.needsFireCheck, altersProperty: d.altersProperty, active: d.active }),
      (f) => {
        setFields(f);
        return true;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Schedule of rates saved', message: `${d.name}: ${perUnit(pence, d.unit)}.` });
      onSaved();
    }
  };
  return (
    <Modal opened onClose={onClose} title={d.id === null ? 'Add a line to the schedule' : `Change ${rate.name}`} size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="Line of the schedule of rates">
        <Stack>
          <TextInput label="Measure" required value={d.name} onChange={(e) => set({ name: e.currentTarget.value })} error={fields.name} />
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Select label="Reported as" required data={MEASURE_KINDS.map((k) => ({ value: k.code, label: k.label }))} value={d.kind} onChange={(v) => set({ kind: v ?? 'other' })} allowDeselect={false} error={fields.kind} />
            <Select label="Level" required data={MeasureLevel.codes.map((c) => ({ value: c, label: MeasureLevel.labels[c] }))} value={d.level} onChange={(v) => set({ level: (v ?? 'lower') as Draft['level'] })} allowDeselect={false} error={fields.level} />
            <TextInput label="Unit cost (£)" required inputMode="decimal" value={d.cost} onChange={(e) => set({ cost: e.currentTarget.value })} error={fields.unitCostPence} />
            <TextInput label="Per" required value={d.unit} onChange={(e) => set({ unit: e.currentTarget.value })} error={fields.unit} description="each, window, metre…" />
          </SimpleGrid>
          <Checkbox label="Can restrict escape in a fire: needs the fire and rescue service’s check before fitting" checked={d.needsFireCheck} onChange={(e) => set({ needsFireCheck: e.currentTarget.checked })} />
          <Checkbox label="Alters the home: needs the landlord’s permission in a rented home" checked={d.altersProperty} onChange={(e) => set({ altersProperty: e.currentTarget.checked })} />
          <Checkbox label="Offered (untick to stop offering it; cases keep it)" checked={d.active} onChange={(e) => set({ active: e.currentTarget.checked })} />
          <FormError message={error} title="Not saved" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

function SupportRateForm({ hourlyPence, onSaved }: { hourlyPence: number; onSaved(): void }) {
  const [text, setText] = useState(penceText(hourlyPence));
  const [field, setField] = useState<string | undefined>();
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    const pence = toPence(text);
    if (pence === null) return setField('Enter an amount in pounds, e.g. 25.');
    setField(undefined);
    const r = await run(() => call('sanctuary.supportRate.save', { hourlyPence: pence }));
    if (r) {
      notify({ color: 'green', title: 'Support rate saved', message: `${pounds(pence)} an hour.` });
      onSaved();
    }
  };
  return (
    <form onSubmit={submit} noValidate aria-label="Support rate">
      <Group align="flex-end">
        <TextInput label="Cost of an hour of support (£)" inputMode="decimal" value={text} onChange={(e) => setText(e.currentTarget.value)} error={field} w={260} />
        <Button type="submit" variant="default" loading={busy}>
          Save rate
        </Button>
      </Group>
      <FormError message={error} title="Not saved" />
    </form>
  );
}

/**
 * The schedule of rates the service keeps: each measure's level and unit cost, whether it can
 * restrict escape in a fire and whether it alters the home. Everyone can read it; managers edit it.
 */
export function RatesAdmin() {
  const { session } = useSession();
  const canEdit = roleMayCall('sanctuary.rates.save', session.role);
  const [reloadKey, reload] = useReload();
  const { value, error } = useChannel('sanctuary.rates.list', {}, reloadKey);
  const [editing, setEditing] = useState<Draft | null>(null);
  if (error) return <FormError message={error} title="The schedule could not be shown" />;
  if (!value) return <Text c="dimmed">Loading…</Text>;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <Text c="dimmed" maw={720}>
          Lower-level measures need no extra approval unless the case’s measures total more than £100. Higher-level works always need the council’s written approval
          before they are fitted.
        </Text>
        {canEdit && <Button onClick={() => setEditing(draftOf(null))}>Add a line</Button>}
      </Group>
      <Table.ScrollContainer minWidth={860}>
        <Table striped aria-label="Schedule of rates" verticalSpacing="xs">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Measure</Table.Th>
              <Table.Th scope="col">Level</Table.Th>
              <Table.Th scope="col">Unit cost</Table.Th>
              <Table.Th scope="col">Fire check</Table.Th>
              <Table.Th scope="col">Alters the home</Table.Th>
              <Table.Th scope="col">Reported as</Table.Th>
              {canEdit && (
                <Table.Th scope="col">
                  <Text span size="sm" fw={700}>
                    Change
                  </Text>
                </Table.Th>
              )}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {value.rates.map((r) => (
              <Table.Tr key={r.id}>
                <Table.Td>
                  {r.name}
                  {!r.active && (
                    <Text span size="sm" c="dimmed">
                      {' '}
                      (no longer offered)
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>{r.level === 'higher' ? <StatusBadge color="orange">Higher level</StatusBadge> : <StatusBadge color="gray">Lower level</StatusBadge>}</Table.Td>
                <Table.Td>{perUnit(r.unitCostPence, r.unit)}</Table.Td>
                <Table.Td>{r.needsFireCheck ? 'Needed' : '—'}</Table.Td>
                <Table.Td>{r.altersProperty ? 'Yes' : 'No'}</Table.Td>
                <Table.Td>{MEASURE_KIND_LABELS[r.kind]}</Table.Td>
                {canEdit && (
                  <Table.Td>
                    <Button size="xs" variant="default" onClick={() => setEditing(draftOf(r))} aria-label={`Change ${r.name}`}>
                      Change
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      <Paper withBorder p="md" radius="md">
        <Stack gap="xs">
          <Title order={3} size="h5">
            Support time
          </Title>
          <Text size="sm" c="dimmed">
            Used for “cost per household, including support” in the quarterly outputs: paid support time on a sanctuary episode at this hourly cost.
          </Text>
          {canEdit ? <SupportRateForm key={value.supportHourlyPence} hourlyPence={value.supportHourlyPence} onSaved={reload} /> : <Text>{pounds(value.supportHourlyPence)} an hour</Text>}
        </Stack>
      </Paper>
      {editing && (
        <RateDialog
          rate={editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            reload();
          }}
        />
      )}
    </Stack>
  );
}
