import { Checkbox, Group, Select, Text, TextInput } from '@mantine/core';
import { useEffect, useState } from 'react';
import { LEAVE_TYPES, LeaveAddInputSchema, type StaffMember } from '../../../../../shared/rota/schemas/staff.schema';
import { dateOf, dayOf } from '../../../../../shared/rota/zone';
import { call } from '../../../api/client';
import { notify } from '../../../components/notify';
import { LEAVE_TYPE_LABELS } from '../labels';
import { useAction } from '../use-channel';
import { DialogFrame, fieldErrorsOf } from './DialogFrame';

/** What a leave dialog starts with. */
export interface LeaveDraft {
  staffId: number | null;
  /** The first day (YYYY-MM-DD). */
  from: string;
}

interface Form {
  staffId: string | null;
  type: (typeof LEAVE_TYPES)[number];
  allDay: boolean;
  fromDate: string;
  fromTime: string;
  toDate: string;
  toTime: string;
}

/**
 * Booking leave or unavailability. Whole days by default (the last day included); untick "Whole
 * days" for times, e.g. a night worker away from noon to noon. Workers book their own; managers
 * anyone's.
 */
export function LeaveDialog({ draft, staff, me, manager, onClose, onSaved }: { draft: LeaveDraft | null; staff: StaffMember[]; me: StaffMember | null; manager: boolean; onClose(): void; onSaved(): void }) {
  const [form, setForm] = useState<Form | null>(null);
  const [fields, setFields] = useState<Record<string, string>>({});
  const action = useAction();
  const { reset } = action;

  useEffect(() => {
    if (!draft) return;
    setForm({
      staffId: draft.staffId !== null ? String(draft.staffId) : me ? String(me.id) : null,
      type: 'annual',
      allDay: true,
      fromDate: draft.from,
      fromTime: '09:00',
      toDate: draft.from,
      toTime: '17:00',
    });
    setFields({});
    reset();
  }, [draft, me, reset]);

  // Mounted closed from the start, so the modal sees itself open and can return the focus.
  if (!form) return <DialogFrame title="" opened={false} onClose={onClose} />;
  const set = (patch: Partial<Form>) => setForm((f) => (f ? { ...f, ...patch } : f));
  const people = (manager ? staff.filter((s) => s.active) : me ? [me] : []).map((s) => ({ value: String(s.id), label: s.name }));

  const submit = async () => {
    const validDates = /^\d{4}-\d{2}-\d{2}$/.test(form.fromDate) && /^\d{4}-\d{2}-\d{2}$/.test(form.toDate);
    const input = {
      staffId: form.staffId ? Number(form.staffId) : undefined,
      type: form.type,
      start: form.allDay ? `${form.fromDate}T00:00` : `${form.fromDate}T${form.fromTime}`,
      // Whole days: the last day is included, so the leave ends at midnight after it.
      end: form.allDay ? (validDates ? `${dateOf(dayOf(form.toDate) + 1)}T00:00` : '') : `${form.toDate}T${form.toTime}`,
    };
    const parsed = LeaveAddInputSchema.safeParse(input);
    if (!parsed.success) {
      setFields(fieldErrorsOf(parsed.error));
      return;
    }
    setFields({});
    const r = await action.run(() => call('rota.leave.add', parsed.data));
    if (!r) return;
    notify({ title: 'Leave booked', message: 'The rota shows any gap it leaves.', color: 'green' });
    onSaved();
    onClose();
  };

  return (
    <DialogFrame title="Book leave" opened={draft !== null} onClose={onClose} confirmLabel="Book leave" busy={action.busy} error={action.error} onConfirm={() => void submit()}>
      <Select
        label="Who"
        required
        data={people}
        value={form.staffId}
        onChange={(v) => set({ staffId: v })}
        disabled={!manager}
        description={manager ? undefined : 'You book your own leave; a manager can book it for others.'}
        error={fields.staffId}
        comboboxProps={{ withinPortal: true }}
      />
      <Select
        label="Type"
        required
        data={LEAVE_TYPES.map((t) => ({ value: t, label: LEAVE_TYPE_LABELS[t] }))}
        value={form.type}
        onChange={(v) => v && set({ type: v as Form['type'] })}
        description="Colleagues see sick and parental leave only as “unavailable”."
        comboboxProps={{ withinPortal: true }}
      />
      <Checkbox label="Whole days" checked={form.allDay} onChange={(e) => set({ allDay: e.currentTarget.checked })} />
      <Group grow align="flex-start">
        <TextInput type="date" label={form.allDay ? 'First day' : 'From (date)'} required value={form.fromDate} onChange={(e) => set({ fromDate: e.currentTarget.value })} error={fields.start} data-autofocus />
        {!form.allDay && <TextInput type="time" label="From (time)" required value={form.fromTime} onChange={(e) => set({ fromTime: e.currentTarget.value })} />}
      </Group>
      <Group grow align="flex-start">
        <TextInput type="date" label={form.allDay ? 'Last day' : 'Until (date)'} required value={form.toDate} onChange={(e) => set({ toDate: e.currentTarget.value })} error={fields.end} />
        {!form.allDay && <TextInput type="time" label="Until (time)" required value={form.toTime} onChange={(e) => set({ toTime: e.currentTarget.value })} />}
      </Group>
      <Text size="sm" c="dimmed">
        London time.
      </Text>
    </DialogFrame>
  );
}
