import { Checkbox, Group, NumberInput, SegmentedControl, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { RequirementAddInputSchema, type Requirement, type ShiftType } from '../../../../../shared/rota/schemas/shift-type.schema';
import { SUGGESTED_SKILLS } from '../../../../../shared/rota/schemas/staff.schema';
import { call } from '../../../api/client';
import { notify } from '../../../components/notify';
import { DialogFrame, fieldErrorsOf } from '../dialogs/DialogFrame';
import { WEEKDAY_SHORT } from '../labels';
import { useAction } from '../use-channel';

interface Form {
  label: string;
  shiftTypeId: string | null;
  from: string;
  to: string;
  daysOfWeek: string[];
  minPeople: number | string;
  requiredSkill: string | null;
  requiredSex: 'any' | 'female' | 'male';
  active: boolean;
}

const ALL_DAYS = ['1', '2', '3', '4', '5', '6', '7'];
const BLANK: Form = { label: '', shiftTypeId: null, from: '00:00', to: '00:00', daysOfWeek: ALL_DAYS, minPeople: 1, requiredSkill: null, requiredSex: 'any', active: true };

/**
 * A coverage requirement: in a daily window on chosen days, at least so many people on (on a
 * shift type, or on anything), with a skill or of a sex if asked. "A female worker reachable at
 * all times" is 00:00–00:00, every day, one person, female. Unmet requirements are the gaps.
 */
export function RequirementDialog({
  mode,
  shiftTypes,
  onClose,
  onSaved,
}: {
  mode: { kind: 'add' } | { kind: 'edit'; requirement: Requirement } | null;
  shiftTypes: ShiftType[];
  onClose(): void;
  onSaved(): void;
}) {
  const [form, setForm] = useState<Form>(BLANK);
  const [fields, setFields] = useState<Record<string, string>>({});
  const action = useAction();
  const { reset } = action;
  useEffect(() => {
    if (!mode) return;
    if (mode.kind === 'edit') {
      const r = mode.requirement;
      setForm({
        label: r.label,
        shiftTypeId: r.shiftTypeId === null ? null : String(r.shiftTypeId),
        from: r.from,
        to: r.to,
        daysOfWeek: r.daysOfWeek.map(String),
        minPeople: r.minPeople,
        requiredSkill: r.requiredSkill,
        requiredSex: r.requiredSex ?? 'any',
        active: r.active,
      });
    } else setForm(BLANK);
    setFields({});
    reset();
  }, [mode, reset]);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const editing = mode?.kind === 'edit';

  const submit = async () => {
    const input = {
      label: form.label,
      shiftTypeId: form.shiftTypeId ? Number(form.shiftTypeId) : null,
      from: form.from,
      to: form.to,
      daysOfWeek: form.daysOfWeek.map(Number).sort(),
      minPeople: typeof form.minPeople === 'number' ? form.minPeople : undefined,
      requiredSkill: form.requiredSkill,
      requiredSex: form.requiredSex === 'any' ? null : form.requiredSex,
    };
    const parsed = RequirementAddInputSchema.safeParse(input);
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setFields({});
    const r = await action.run(() =>
      mode?.kind === 'edit' ? call('rota.requirements.update', { id: mode.requirement.id, active: form.active, ...parsed.data }) : call('rota.requirements.add', parsed.data),
    );
    if (!r) return;
    notify({ title: editing ? 'Requirement saved' : 'Requirement added', message: 'The rota shows any gap against it.', color: 'green' });
    onSaved();
    onClose();
  };

  return (
    <DialogFrame title={editing ? 'Change a requirement' : 'Add a requirement'} opened={mode !== null} onClose={onClose} confirmLabel={editing ? 'Save' : 'Add requirement'} busy={action.busy} error={action.error} onConfirm={() => void submit()}>
      <TextInput label="Name" required description="For example: A female worker reachable at all times." value={form.label} onChange={(e) => set({ label: e.currentTarget.value })} error={fields.label} data-autofocus />
      <Select
        label="On shift type"
        description="Empty: anyone on any shift counts."
        clearable
        placeholder="Any shift"
        data={shiftTypes.filter((t) => t.active || String(t.id) === form.shiftTypeId).map((t) => ({ value: String(t.id), label: t.name }))}
        value={form.shiftTypeId}
        onChange={(v) => set({ shiftTypeId: v })}
        error={fields.shiftTypeId}
        comboboxProps={{ withinPortal: true }}
      />
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <TextInput type="time" label="From" required value={form.from} onChange={(e) => set({ from: e.currentTarget.value })} error={fields.from} />
        <TextInput type="time" label="To" required value={form.to} onChange={(e) => set({ to: e.currentTarget.value })} error={fields.to} />
        <NumberInput label="At least (people)" required min={1} max={50} allowDecimal={false} value={form.minPeople} onChange={(v) => set({ minPeople: v })} error={fields.minPeople} />
      </SimpleGrid>
      <Text size="sm" c="dimmed" mt={-8}>
        London time. An end at or before the start runs into the next day; 00:00 to 00:00 is all day.
      </Text>
      <Checkbox.Group label="Days of the week" required value={form.daysOfWeek} onChange={(v) => set({ daysOfWeek: v })} error={fields.daysOfWeek}>
        <Group mt="xs" gap="md">
          {WEEKDAY_SHORT.map((d, i) => (
            <Checkbox key={d} value={String(i + 1)} label={d} />
          ))}
        </Group>
      </Checkbox.Group>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Select
          label="With the skill"
          clearable
          placeholder="Any"
          data={SUGGESTED_SKILLS.map((s) => ({ value: s, label: s.replace(/_/g, ' ') }))}
          value={form.requiredSkill}
          onChange={(v) => set({ requiredSkill: v })}
          error={fields.requiredSkill}
          comboboxProps={{ withinPortal: true }}
        />
        <Stack gap={4}>
          <Text size="sm" fw={500} id="req-sex-label">
            Sex
          </Text>
          <SegmentedControl
            aria-labelledby="req-sex-label"
            value={form.requiredSex}
            onChange={(v) => set({ requiredSex: v as Form['requiredSex'] })}
            data={[
              { value: 'any', label: 'Any' },
              { value: 'female', label: 'Female' },
              { value: 'male', label: 'Male' },
            ]}
          />
        </Stack>
      </SimpleGrid>
      {editing && <Checkbox label="In force (untick to stop checking it)" checked={form.active} onChange={(e) => set({ active: e.currentTarget.checked })} />}
    </DialogFrame>
  );
}
