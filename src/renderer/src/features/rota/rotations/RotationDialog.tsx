import { Checkbox, Group, NumberInput, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { RotationAddInputSchema, type Rotation } from '../../../../../shared/rota/schemas/rotation.schema';
import type { ShiftType } from '../../../../../shared/rota/schemas/shift-type.schema';
import type { StaffMember } from '../../../../../shared/rota/schemas/staff.schema';
import { dayOf } from '../../../../../shared/rota/zone';
import { call } from '../../../api/client';
import { notify } from '../../../components/notify';
import { DialogFrame, fieldErrorsOf } from '../dialogs/DialogFrame';
import { WEEKDAY_SHORT } from '../labels';
import { shortDay } from '../rota-dates';
import { useAction } from '../use-channel';
import { PeopleOrder } from './PeopleOrder';
import { turnsPreview } from './rotation-preview';

/** Adding a rotation, or changing one from a date. */
export type RotationDialogMode = { kind: 'add' } | { kind: 'edit'; rotation: Rotation };

interface Form {
  name: string;
  shiftTypeId: string | null;
  startDate: string;
  startTime: string;
  endTime: string;
  daysOfWeek: string[];
  turnLengthDays: number | string;
  handoverTime: string;
  people: number[];
  endDate: string;
  effectiveFrom: string;
}

const ALL_DAYS = ['1', '2', '3', '4', '5', '6', '7'];

function blank(today: string): Form {
  return { name: '', shiftTypeId: null, startDate: today, startTime: '', endTime: '', daysOfWeek: ALL_DAYS, turnLengthDays: 7, handoverTime: '', people: [], endDate: '', effectiveFrom: today };
}

function fromRotation(r: Rotation, today: string): Form {
  const v = r.versions[r.versions.length - 1]!;
  return {
    name: v.name,
    shiftTypeId: String(v.shiftTypeId),
    startDate: v.startDate,
    startTime: v.startTime,
    endTime: v.endTime,
    daysOfWeek: v.daysOfWeek.map(String),
    turnLengthDays: v.turnLengthDays,
    handoverTime: v.handoverTime === v.startTime ? '' : v.handoverTime,
    people: [...v.people],
    endDate: v.endDate ?? '',
    effectiveFrom: today > v.effectiveFrom ? today : v.effectiveFrom,
  };
}

/**
 * The rotation editor: a repeating pattern (shift type and times, days of the week, length of a
 * turn, people in order, handover time, first and last dates). Changing a rotation adds a version
 * from a date, today or later: shifts before it never move. A preview shows whose turn it is.
 */
export function RotationDialog({
  mode,
  today,
  staff,
  shiftTypes,
  onClose,
  onSaved,
}: {
  mode: RotationDialogMode | null;
  today: string;
  staff: StaffMember[];
  shiftTypes: ShiftType[];
  onClose(): void;
  onSaved(): void;
}) {
  const [form, setForm] = useState<Form>(() => blank(today));
  const [fields, setFields] = useState<Record<string, string>>({});
  const action = useAction();
  const { reset } = action;

  useEffect(() => {
    if (!mode) return;
    setForm(mode.kind === 'edit' ? fromRotation(mode.rotation, today) : blank(today));
    setFields({});
    reset();
  }, [mode, today, reset]);

  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const editing = mode?.kind === 'edit';

  const chooseType = (v: string | null) => {
    const t = shiftTypes.find((x) => String(x.id) === v);
    set({ shiftTypeId: v, startTime: form.startTime || t?.defaultStart || '', endTime: form.endTime || t?.defaultEnd || '', name: form.name || t?.name || '' });
  };

  const submit = async () => {
    const pattern = {
      name: form.name,
      shiftTypeId: form.shiftTypeId ? Number(form.shiftTypeId) : undefined,
      startDate: form.startDate,
      startTime: form.startTime,
      endTime: form.endTime,
      daysOfWeek: form.daysOfWeek.map(Number).sort(),
      turnLengthDays: typeof form.turnLengthDays === 'number' ? form.turnLengthDays : undefined,
      ...(form.handoverTime ? { handoverTime: form.handoverTime } : {}),
      people: form.people,
      endDate: form.endDate || null,
    };
    const parsed = RotationAddInputSchema.safeParse(pattern);
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    if (editing && !/^\d{4}-\d{2}-\d{2}$/.test(form.effectiveFrom)) {
      setFields({ effectiveFrom: 'Enter the date the change takes effect.' });
      return;
    }
    setFields({});
    const r = await action.run(() =>
      mode?.kind === 'edit' ? call('rota.rotations.edit', { rotationId: mode.rotation.id, effectiveFrom: form.effectiveFrom, ...parsed.data }) : call('rota.rotations.add', parsed.data),
    );
    if (!r) return;
    notify({ title: editing ? 'Rotation changed' : 'Rotation created', message: editing ? `From ${form.effectiveFrom}; earlier shifts are as they were.` : 'Its shifts are on the rota.', color: 'green' });
    onSaved();
    onClose();
  };

  const names = new Map(staff.map((s) => [s.id, s.name]));
  const turns = turnsPreview(
    { startDate: form.startDate, turnLengthDays: Number(form.turnLengthDays), people: form.people },
    Math.max(4, Math.min(8, form.people.length * 2)),
    editing ? form.effectiveFrom : form.startDate,
  );

  return (
    <DialogFrame
      title={editing ? 'Change a rotation' : 'New rotation'}
      opened={mode !== null}
      onClose={onClose}
      confirmLabel={editing ? 'Save the change' : 'Create rotation'}
      busy={action.busy}
      error={action.error}
      onConfirm={() => void submit()}
      size="xl"
    >
      {editing && (
        <TextInput
          type="date"
          label="Change takes effect from"
          description="Today or later. Shifts before this date stay exactly as they were; for tonight’s shift use an override."
          required
          value={form.effectiveFrom}
          onChange={(e) => set({ effectiveFrom: e.currentTarget.value })}
          error={fields.effectiveFrom}
        />
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="Shift type"
          required
          data={shiftTypes.filter((t) => t.active || String(t.id) === form.shiftTypeId).map((t) => ({ value: String(t.id), label: t.name }))}
          value={form.shiftTypeId}
          onChange={chooseType}
          error={fields.shiftTypeId}
          comboboxProps={{ withinPortal: true }}
          data-autofocus
        />
        <TextInput label="Name" required value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} error={fields.name} />
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="date" label="First day" required value={form.startDate} onChange={(e) => set({ startDate: e.currentTarget.value })} error={fields.startDate} />
        <TextInput type="time" label="Shift starts" required value={form.startTime} onChange={(e) => set({ startTime: e.currentTarget.value })} error={fields.startTime} />
        <TextInput
          type="time"
          label="Shift ends"
          required
          value={form.endTime}
          onChange={(e) => set({ endTime: e.currentTarget.value })}
          error={fields.endTime}
        />
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt={-8}>
        London time. A shift that ends at or before its start time ends the next day.
      </Text>
      <Checkbox.Group label="Days of the week" required value={form.daysOfWeek} onChange={(v) => set({ daysOfWeek: v })} error={fields.daysOfWeek}>
        <Group mt="xs" gap="md">
          {WEEKDAY_SHORT.map((d, i) => (
            <Checkbox key={d} value={String(i + 1)} label={d} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <NumberInput label="Length of a turn (days)" required min={1} max={366} allowDecimal={false} value={form.turnLengthDays} onChange={(v) => set({ turnLengthDays: v })} error={fields.turnLengthDays} />
        <TextInput
          type="time"
          label="Handover time (optional)"
          value={form.handoverTime}
          onChange={(e) => set({ handoverTime: e.currentTarget.value })}
          error={fields.handoverTime}
        />
        <TextInput type="date" label="Last day (optional)" value={form.endDate} onChange={(e) => set({ endDate: e.currentTarget.value })} error={fields.endDate} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt={-8}>
        The turn passes to the next person at the handover time (empty: when the shift starts). Without a last day the rotation carries on.
      </Text>
      <PeopleOrder value={form.people} onChange={(people) => set({ people })} staff={staff} error={fields.people} />
      {turns.length > 0 && (
        <Stack gap={2} role="group" aria-label="Whose turn">
          <Text fw={600}>Whose turn</Text>
          {turns.map((t) => (
            <Text key={t.from} size="sm">
              {shortDay(dayOf(t.from))} – {shortDay(dayOf(t.to))}: {names.get(t.staffId) ?? 'someone'}
            </Text>
          ))}
        </Stack>
      )}
    </DialogFrame>
  );
}
