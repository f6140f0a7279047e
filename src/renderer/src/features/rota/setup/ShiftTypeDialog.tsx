import { Checkbox, Group, Select, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { COVER_ROLES, SHIFT_KINDS, ShiftTypeAddInputSchema, shiftKindDefaults, type ShiftKind, type ShiftType } from '../../../../../shared/rota/schemas/shift-type.schema';
import { call } from '../../../api/client';
import { notify } from '../../../components/notify';
import { DialogFrame, fieldErrorsOf } from '../dialogs/DialogFrame';
import { COVER_ROLE_LABELS, SHIFT_KIND_LABELS } from '../labels';
import { useAction } from '../use-channel';

interface Form {
  name: string;
  kind: ShiftKind | null;
  defaultStart: string;
  defaultEnd: string;
  covers: string[];
  nightWork: boolean;
  countsAsWorkingTime: boolean;
  active: boolean;
}

const BLANK: Form = { name: '', kind: null, defaultStart: '', defaultEnd: '', covers: [], nightWork: false, countsAsWorkingTime: true, active: true };

/**
 * A shift type the service runs: its kind (which fills in sensible defaults), usual times, what it
 * covers for the "on now" panel, and whether it is night work and working time for the Working
 * Time Regulations (sleep-ins count; on call from home usually does not).
 */
export function ShiftTypeDialog({ mode, onClose, onSaved }: { mode: { kind: 'add' } | { kind: 'edit'; type: ShiftType } | null; onClose(): void; onSaved(): void }) {
  const [form, setForm] = useState<Form>(BLANK);
  const [fields, setFields] = useState<Record<string, string>>({});
  const action = useAction();
  const { reset } = action;
  useEffect(() => {
    if (!mode) return;
    setForm(mode.kind === 'edit' ? { ...mode.type, covers: [...mode.type.covers] } : BLANK);
    setFields({});
    reset();
  }, [mode, reset]);
  const set = (patch: Partial<Form>) => setForm((f) => ({ ...f, ...patch }));
  const editing = mode?.kind === 'edit';

  const chooseKind = (v: string | null) => {
    if (!v) return;
    const d = shiftKindDefaults(v as ShiftKind);
    set({ kind: v as ShiftKind, name: form.name || SHIFT_KIND_LABELS[v as ShiftKind], ...(editing ? {} : { ...d, covers: [...d.covers] }) });
  };

  const submit = async () => {
    const input = { name: form.name, kind: form.kind ?? undefined, defaultStart: form.defaultStart, defaultEnd: form.defaultEnd, covers: form.covers, nightWork: form.nightWork, countsAsWorkingTime: form.countsAsWorkingTime };
    const parsed = ShiftTypeAddInputSchema.safeParse(input);
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setFields({});
    const r = await action.run(() => (mode?.kind === 'edit' ? call('rota.shiftTypes.update', { id: mode.type.id, active: form.active, ...parsed.data }) : call('rota.shiftTypes.add', parsed.data)));
    if (!r) return;
    notify({ title: editing ? 'Shift type saved' : 'Shift type added', message: r.name, color: 'green' });
    onSaved();
    onClose();
  };

  return (
    <DialogFrame title={editing ? 'Change a shift type' : 'Add a shift type'} opened={mode !== null} onClose={onClose} confirmLabel={editing ? 'Save' : 'Add shift type'} busy={action.busy} error={action.error} onConfirm={() => void submit()}>
      <Select
        label="Kind"
        required
        description="Fills in the usual times and what it covers; change any of them."
        data={SHIFT_KINDS.map((k) => ({ value: k, label: SHIFT_KIND_LABELS[k] }))}
        value={form.kind}
        onChange={chooseKind}
        error={fields.kind}
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      <TextInput label="Name" required value={form.name} onChange={(e) => set({ name: e.currentTarget.value })} error={fields.name} />
      <SimpleGrid cols={2}>
        <TextInput type="time" label="Usually starts" required value={form.defaultStart} onChange={(e) => set({ defaultStart: e.currentTarget.value })} error={fields.defaultStart} />
        <TextInput type="time" label="Usually ends" required value={form.defaultEnd} onChange={(e) => set({ defaultEnd: e.currentTarget.value })} error={fields.defaultEnd} />
      </SimpleGrid>
      <Checkbox.Group label="Covers" description="What the person on it counts as in “On now”." required value={form.covers} onChange={(v) => set({ covers: v })} error={fields.covers}>
        <Group mt="xs">
          {COVER_ROLES.map((c) => (
            <Checkbox key={c} value={c} label={COVER_ROLE_LABELS[c]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Stack gap="xs">
        <Checkbox label="Night work (Working Time Regulations: the 8-hours-in-24 limit)" checked={form.nightWork} onChange={(e) => set({ nightWork: e.currentTarget.checked })} />
        <Checkbox label="Counts as working time (sleep-ins do; on call from home usually not)" checked={form.countsAsWorkingTime} onChange={(e) => set({ countsAsWorkingTime: e.currentTarget.checked })} />
        {editing && <Checkbox label="In use (untick to stop offering it)" checked={form.active} onChange={(e) => set({ active: e.currentTarget.checked })} />}
      </Stack>
    </DialogFrame>
  );
}
