import { Group, Select, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { londonInstant } from '../../../../../shared/allocation/instants';
import type { BoardEntry, BoardUnit, Candidate } from '../../../../../shared/allocation/schemas/board.schema';
import { call } from '../../../api/client';
import { PersonName } from '../../../components/PersonName';
import { defaultHoldExpiry } from '../allocation-time';
import { unitKind } from '../labels';
import { useAction } from '../use-allocation';
import { ActionDialog } from './ActionDialog';
import type { DialogContext } from './dialog-state';

const override = (asked: boolean, text: string) => (asked && text.trim() ? { justification: text } : null);

/** Holds a unit for a household's expected arrival, until a time. */
export function HoldDialog({ ctx, unit, candidate }: { ctx: DialogContext; unit: BoardUnit; candidate: Candidate }) {
  const a = useAction();
  const expiry = defaultHoldExpiry(ctx.now);
  const [startDate, setStart] = useState(ctx.today);
  const [endDate, setEnd] = useState('');
  const [untilDate, setUntilDate] = useState(expiry.date);
  const [untilTime, setUntilTime] = useState(expiry.time);
  const [note, setNote] = useState('');
  const [why, setWhy] = useState('');
  const confirm = async () => {
    const r = await a.run(() =>
      call('allocation.hold', {
        unitId: unit.id,
        householdId: candidate.householdId,
        referralId: candidate.referralId,
        startDate,
        endDate: endDate || null,
        expiresAt: untilDate && untilTime ? londonInstant(untilDate, untilTime) : '',
        note,
        override: override(a.overrideAsked, why),
      }),
    );
    if (r) ctx.done(`${unit.code} is held${r.overridden ? ' (override recorded)' : ''}.`);
  };
  return (
    <ActionDialog
      title={`Hold ${unit.code}`}
      opened
      confirmLabel="Hold unit"
      busy={a.busy}
      error={a.error}
      overrideAsked={a.overrideAsked}
      justification={why}
      onJustification={setWhy}
      onConfirm={() => void confirm()}
      onClose={ctx.close}
    >
      <Text>
        Keep {unit.code} ({unitKind(unit)}) for <PersonName name={candidate.displayName} fw={700} /> until they arrive. Nobody else can be placed there while the hold lasts.
      </Text>
      <Group grow align="flex-start">
        <TextInput type="date" label="First night" required value={startDate} onChange={(e) => setStart(e.currentTarget.value)} data-autofocus />
        <TextInput type="date" label="Leaving morning (optional)" description="Leave empty if not known." value={endDate} onChange={(e) => setEnd(e.currentTarget.value)} />
      </Group>
      <Group grow align="flex-start">
        <TextInput type="date" label="Hold until (date)" required value={untilDate} onChange={(e) => setUntilDate(e.currentTarget.value)} />
        <TextInput type="time" label="Hold until (time)" description="London time. The unit is free again after this." required value={untilTime} onChange={(e) => setUntilTime(e.currentTarget.value)} />
      </Group>
      <Textarea label="Note (optional)" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
    </ActionDialog>
  );
}

/** The household has arrived: their stay starts (their hold, if any, becomes the stay). */
export function ArriveDialog({ ctx, unit, householdId, referralId, name }: { ctx: DialogContext; unit: BoardUnit; householdId: number; referralId: number | null; name: string }) {
  const a = useAction();
  const [startDate, setStart] = useState(ctx.today);
  const [expected, setExpected] = useState('');
  const [note, setNote] = useState('');
  const [why, setWhy] = useState('');
  const confirm = async () => {
    const r = await a.run(() =>
      call('allocation.arrive', { unitId: unit.id, householdId, referralId, startDate, expectedEndDate: expected || null, note, override: override(a.overrideAsked, why) }),
    );
    if (r) ctx.done(`Arrival in ${unit.code} recorded.`);
  };
  return (
    <ActionDialog
      title={`Confirm arrival in ${unit.code}`}
      opened
      confirmLabel="Confirm arrival"
      busy={a.busy}
      error={a.error}
      overrideAsked={a.overrideAsked}
      justification={why}
      onJustification={setWhy}
      onConfirm={() => void confirm()}
      onClose={ctx.close}
    >
      <Text>
        <PersonName name={name} fw={700} /> has arrived at {unit.code}. Their stay starts on the first night below and they leave the waiting list.
      </Text>
      <Group grow align="flex-start">
        <TextInput type="date" label="First night" description="Tonight, or up to a week ago if recorded late." required value={startDate} onChange={(e) => setStart(e.currentTarget.value)} data-autofocus />
        <TextInput type="date" label="Expected to leave (optional)" value={expected} onChange={(e) => setExpected(e.currentTarget.value)} />
      </Group>
      <Textarea label="Note (optional)" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
    </ActionDialog>
  );
}

/** Moves a resident household to another unit. */
export function MoveDialog({ ctx, stay }: { ctx: DialogContext; stay: BoardEntry }) {
  const a = useAction();
  const from = ctx.units.find((u) => u.id === stay.unitId);
  const [toUnit, setToUnit] = useState<string | null>(null);
  const [date, setDate] = useState(ctx.today);
  const [reason, setReason] = useState('');
  const [why, setWhy] = useState('');
  const confirm = async () => {
    const r = await a.run(() => call('allocation.move', { stayId: stay.id, toUnitId: Number(toUnit ?? 0), date, reason, override: override(a.overrideAsked, why) }));
    if (r) ctx.done('The move is recorded.');
  };
  return (
    <ActionDialog
      title={`Move from ${from?.code ?? 'this unit'}`}
      opened
      confirmLabel="Move"
      busy={a.busy}
      error={a.error}
      overrideAsked={a.overrideAsked}
      justification={why}
      onJustification={setWhy}
      onConfirm={() => void confirm()}
      onClose={ctx.close}
    >
      <Text>
        {stay.restricted ? 'This household' : <PersonName name={stay.displayName ?? 'This household'} fw={700} />} moves to another unit. Their stay continues there (one stay for the
        figures).
      </Text>
      <Select
        label="Move to"
        required
        searchable
        data-autofocus
        value={toUnit}
        onChange={setToUnit}
        data={ctx.units.filter((u) => u.id !== stay.unitId).map((u) => ({ value: String(u.id), label: `${u.code} — ${unitKind(u)}` }))}
      />
      <TextInput type="date" label="First night in the new unit" required value={date} onChange={(e) => setDate(e.currentTarget.value)} />
      <Textarea label="Why they are moving" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
    </ActionDialog>
  );
}
