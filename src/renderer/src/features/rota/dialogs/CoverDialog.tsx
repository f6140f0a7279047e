import { Group, Radio, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CoverAddInputSchema } from '../../../../../shared/rota/schemas/cover.schema';
import type { ShiftType } from '../../../../../shared/rota/schemas/shift-type.schema';
import type { StaffMember } from '../../../../../shared/rota/schemas/staff.schema';
import { dateOf, dayOf, minutesOf } from '../../../../../shared/rota/zone';
import { call } from '../../../api/client';
import { notify } from '../../../components/notify';
import { useAction } from '../use-channel';
import { DialogFrame, fieldErrorsOf } from './DialogFrame';

/** What a cover dialog starts with. */
export interface CoverDraft {
  layer: 'one_off' | 'override';
  shiftTypeId: number | null;
  staffId: number | null;
  replacesStaffId: number | null;
  /** London "YYYY-MM-DDTHH:mm", or a date alone (times then come from the shift type). */
  start: string;
  end: string;
  note: string;
  /** A sentence saying why the dialog opened ("Filling: no female worker reachable …"). */
  context?: string;
  title?: string;
}

interface Form {
  layer: 'one_off' | 'override';
  shiftTypeId: string | null;
  staffId: string | null;
  replacesStaffId: string | null;
  startDate: string;
  startTime: string;
  endDate: string;
  endTime: string;
  note: string;
  /** Empty, or the last day to repeat the same times on (every night of someone's leave). */
  repeatUntil: string;
}

/** The most days one repeated cover may span. */
const MAX_REPEAT_DAYS = 62;

/** The end date for a shift type's default times from a start date (next day when it ends at or before it starts). */
function defaultEndDate(startDate: string, t: ShiftType | undefined): string {
  if (!startDate || !t) return startDate;
  return minutesOf(t.defaultEnd) <= minutesOf(t.defaultStart) ? dateOf(dayOf(startDate) + 1) : startDate;
}

function formOf(d: CoverDraft, types: ShiftType[]): Form {
  const t = types.find((x) => x.id === d.shiftTypeId);
  const startDate = d.start.slice(0, 10);
  const hasTimes = d.start.length > 10;
  return {
    layer: d.layer,
    shiftTypeId: d.shiftTypeId === null ? null : String(d.shiftTypeId),
    staffId: d.staffId === null ? null : String(d.staffId),
    replacesStaffId: d.replacesStaffId === null ? null : String(d.replacesStaffId),
    startDate,
    startTime: hasTimes ? d.start.slice(11, 16) : (t?.defaultStart ?? ''),
    endDate: d.end ? d.end.slice(0, 10) : defaultEndDate(startDate, t),
    endTime: d.end.length > 10 ? d.end.slice(11, 16) : (t?.defaultEnd ?? ''),
    note: d.note,
    repeatUntil: '',
  };
}

/**
 * A one-off shift or an override: someone covers a shift type for a stretch of time, added on
 * top or replacing someone (cover on top of cover replaces the earlier cover). The rota is
 * resolved again afterwards; any working-time warning it causes shows on the rota.
 */
export function CoverDialog({
  draft,
  staff,
  shiftTypes,
  onClose,
  onSaved,
}: {
  draft: CoverDraft | null;
  staff: StaffMember[];
  shiftTypes: ShiftType[];
  onClose(): void;
  onSaved(staffId: number): void;
}) {
  const [form, setForm] = useState<Form | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const action = useAction();
  const { reset } = action;

  useEffect(() => {
    if (!draft) return;
    setForm(formOf(draft, shiftTypes));
    setFields({});
    reset();
  }, [draft, shiftTypes, reset]);

  // Mounted closed from the start, so the modal sees itself open and can return the focus.
  if (!form) return <DialogFrame title="" opened={false} onClose={onClose} />;
  const set = (patch: Partial<Form>) => setForm((f) => (f ? { ...f, ...patch } : f));
  const people = staff.filter((s) => s.active).map((s) => ({ value: String(s.id), label: s.name }));
  const types = shiftTypes.filter((t) => t.active || String(t.id) === form.shiftTypeId).map((t) => ({ value: String(t.id), label: t.name }));

  const chooseType = (v: string | null) => {
    const t = shiftTypes.find((x) => String(x.id) === v);
    // Fill in the type's usual times only where none were given.
    set({
      shiftTypeId: v,
      startTime: form.startTime || t?.defaultStart || '',
      endTime: form.endTime || t?.defaultEnd || '',
      endDate: form.endDate && form.endTime ? form.endDate : defaultEndDate(form.startDate, t),
    });
  };

  const submit = async () => {
    const base = {
      shiftTypeId: form.shiftTypeId ? Number(form.shiftTypeId) : undefined,
      staffId: form.staffId ? Number(form.staffId) : undefined,
      replacesStaffId: form.replacesStaffId ? Number(form.replacesStaffId) : null,
      note: form.note,
    };
    const parsed = CoverAddInputSchema.safeParse({ ...base, start: `${form.startDate}T${form.startTime}`, end: `${form.endDate}T${form.endTime}` });
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    // The same times on each day up to "repeat until": one cover per day, so nights stay nights.
    let days = 1;
    if (form.repeatUntil) {
      days = /^\d{4}-\d{2}-\d{2}$/.test(form.repeatUntil) ? dayOf(form.repeatUntil) - dayOf(form.startDate) + 1 : 0;
      if (days < 1 || days > MAX_REPEAT_DAYS) {
        setFields({ repeatUntil: `Choose a day from the start date to ${MAX_REPEAT_DAYS} days after it.` });
        return;
      }
    }
    setFields({});
    const channel = form.layer === 'override' ? 'rota.overrides.add' : 'rota.oneOffs.add';
    const startDay = dayOf(form.startDate);
    const endDay = dayOf(form.endDate);
    let saved = 0;
    for (let i = 0; i < days; i++) {
      const input = { ...parsed.data, start: `${dateOf(startDay + i)}T${form.startTime}`, end: `${dateOf(endDay + i)}T${form.endTime}` };
      const r = await action.run(() => call(channel, input));
      if (!r) {
        if (saved > 0) {
          action.setError(`${saved} of ${days} were saved; the one starting ${input.start.replace('T', ' ')} was not. ${action.lastError() ?? ''}`.trim());
          onSaved(parsed.data.staffId);
        }
        return;
      }
      saved++;
    }
    const who = staff.find((x) => x.id === parsed.data.staffId)?.name ?? 'They';
    const what = form.layer === 'override' ? (saved > 1 ? `${saved} overrides saved` : 'Override saved') : saved > 1 ? `${saved} one-off shifts saved` : 'One-off shift saved';
    notify({ title: what, message: `${who} is on the rota for ${saved > 1 ? 'them' : 'it'}.`, color: 'green' });
    onSaved(parsed.data.staffId);
    onClose();
  };

  return (
    <DialogFrame
      title={draft?.title ?? (form.layer === 'override' ? 'Override' : 'One-off shift')}
      opened={draft !== null}
      onClose={onClose}
      confirmLabel={form.layer === 'override' ? 'Save override' : 'Save shift'}
      busy={action.busy}
      error={action.error}
      onConfirm={() => void submit()}
    >
      {draft?.context && <Text fw={600}>{draft.context}</Text>}
      <Radio.Group label="Kind" value={form.layer} onChange={(v) => set({ layer: v as Form['layer'] })}>
        <Stack gap="xs" mt="xs">
          <Radio value="override" label="Override" description="Cover on top of the rota (also cover on top of earlier cover)." />
          <Radio value="one_off" label="One-off shift" description="An extra shift that is not part of a rotation." />
        </Stack>
      </Radio.Group>
      <Select label="Shift type" required data={types} value={form.shiftTypeId} onChange={chooseType} error={fields.shiftTypeId} comboboxProps={{ withinPortal: true }} />
      <Select
        label="Who covers it"
        required
        searchable
        data={people}
        value={form.staffId}
        onChange={(v) => set({ staffId: v })}
        error={fields.staffId}
        comboboxProps={{ withinPortal: true }}
        data-autofocus
      />
      <Select
        label="Instead of"
        description="Leave empty to add them on top of whoever is already on."
        clearable
        searchable
        placeholder="Nobody: add on top"
        data={people.filter((x) => x.value !== form.staffId)}
        value={form.replacesStaffId}
        onChange={(v) => set({ replacesStaffId: v })}
        error={fields.replacesStaffId}
        comboboxProps={{ withinPortal: true }}
      />
      <Group grow align="flex-start">
        <TextInput type="date" label="Starts (date)" required value={form.startDate} onChange={(e) => set({ startDate: e.currentTarget.value })} error={fields.start} />
        <TextInput type="time" label="Starts (time)" required value={form.startTime} onChange={(e) => set({ startTime: e.currentTarget.value })} />
      </Group>
      <Group grow align="flex-start">
        <TextInput type="date" label="Ends (date)" required value={form.endDate} onChange={(e) => set({ endDate: e.currentTarget.value })} error={fields.end} />
        <TextInput type="time" label="Ends (time)" required value={form.endTime} onChange={(e) => set({ endTime: e.currentTarget.value })} />
      </Group>
      <Text size="sm" c="dimmed">
        London time. Across the clock change the shift lasts the real time (a 22:00–08:00 night is 11 hours in October, 9 in March).
      </Text>
      <TextInput
        type="date"
        label="Repeat each day until (optional)"
        description="The same times on every day up to this one: for example every night of someone’s leave."
        value={form.repeatUntil}
        onChange={(e) => set({ repeatUntil: e.currentTarget.value })}
        error={fields.repeatUntil}
      />
      <Textarea label="Note (optional)" autosize minRows={2} value={form.note} onChange={(e) => set({ note: e.currentTarget.value })} />
    </DialogFrame>
  );
}
