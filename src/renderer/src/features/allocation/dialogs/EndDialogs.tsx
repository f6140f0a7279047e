import { Button, Group, Modal, Radio, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState } from 'react';
import { shortDay } from '../../../../../shared/allocation/nights';
import type { BoardEntry, BoardUnit } from '../../../../../shared/allocation/schemas/board.schema';
import { OutOfServiceReason, type OutOfServiceReasonCode } from '../../../../../shared/allocation/vocab.allocation';
import { roleMayCall } from '../../../../../shared/ipc/permissions';
import { call } from '../../../api/client';
import { useSession } from '../../../app/session';
import { PersonName } from '../../../components/PersonName';
import { openCasesView } from '../../cases/cases-nav';
import { useAction } from '../use-allocation';
import { ActionDialog } from './ActionDialog';
import type { DialogContext } from './dialog-state';

function Who({ entry }: { entry: BoardEntry }) {
  if (entry.restricted || !entry.displayName) return <>this household</>;
  return <PersonName name={entry.displayName} fw={700} />;
}

/**
 * Ends a stay, then hands over to the exit step: when they have left (today or earlier), the
 * dialog offers to open the household's case record on its exit form (why and where they went).
 */
export function EndStayDialog({ ctx, stay }: { ctx: DialogContext; stay: BoardEntry }) {
  const { session } = useSession();
  const a = useAction();
  const [endDate, setEnd] = useState(ctx.today);
  const [reason, setReason] = useState('');
  const [ended, setEnded] = useState<string | null>(null);
  const confirm = async () => {
    const r = await a.run(() => call('allocation.endStay', { stayId: stay.id, endDate, reason }));
    if (!r) return;
    const message = endDate === stay.start ? 'The stay was cancelled as recorded in error.' : `The stay ends on the morning of ${shortDay(endDate)}.`;
    // A stay recorded in error has no exit, a planned departure not yet; a restricted case is not the reader's to open.
    const handOver = endDate !== stay.start && endDate <= ctx.today && stay.householdId !== null && !stay.restricted && roleMayCall('exits.record', session.role);
    if (handOver) setEnded(message);
    else ctx.done(message);
  };
  if (ended !== null && stay.householdId !== null) {
    const householdId = stay.householdId;
    return (
      <Modal opened onClose={() => ctx.done(ended)} title="The stay has ended" centered size="lg" closeButtonProps={{ 'aria-label': 'Close' }}>
        <Stack>
          <Text role="status">{ended}</Text>
          <Text>
            Now record the exit for <Who entry={stay} />: planned or not, why support ended and where they went. It is the exit step of their case record.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => ctx.done(ended)}>
              Later
            </Button>
            <Button
              data-autofocus
              onClick={() => {
                ctx.done(ended);
                openCasesView({ kind: 'record', householdId, step: 'exit' });
              }}
            >
              Record the exit on the case
            </Button>
          </Group>
        </Stack>
      </Modal>
    );
  }
  return (
    <ActionDialog title="End the stay" opened confirmLabel="End stay" busy={a.busy} error={a.error} onConfirm={() => void confirm()} onClose={ctx.close}>
      <Text>
        The stay of <Who entry={stay} /> (from {shortDay(stay.start)}) ends on the morning below. A date ahead records a planned departure; the first night’s date cancels a
        stay recorded in error. The exit itself (planned or not, where they went) is recorded on the case next.
      </Text>
      <TextInput type="date" label="Leaving morning" required value={endDate} onChange={(e) => setEnd(e.currentTarget.value)} data-autofocus />
      <Textarea label="Reason" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} />
    </ActionDialog>
  );
}

/** Cancels an active hold. */
export function CancelHoldDialog({ ctx, hold }: { ctx: DialogContext; hold: BoardEntry }) {
  const a = useAction();
  const [reason, setReason] = useState('');
  const confirm = async () => {
    const r = await a.run(() => call('allocation.cancelHold', { holdId: hold.id, reason }));
    if (r) ctx.done('The hold is cancelled; the unit is free again.');
  };
  return (
    <ActionDialog title="Cancel the hold" opened confirmLabel="Cancel hold" danger busy={a.busy} error={a.error} onConfirm={() => void confirm()} onClose={ctx.close}>
      <Text>
        Release the unit held for <Who entry={hold} />.
      </Text>
      <Textarea label="Reason" required autosize minRows={2} value={reason} onChange={(e) => setReason(e.currentTarget.value)} data-autofocus />
    </ActionDialog>
  );
}

/** Takes a unit out of service. */
export function OutOfServiceDialog({ ctx, unit }: { ctx: DialogContext; unit: BoardUnit }) {
  const a = useAction();
  const [reason, setReason] = useState<OutOfServiceReasonCode>('repair');
  const [startDate, setStart] = useState(ctx.today);
  const [endDate, setEnd] = useState('');
  const [note, setNote] = useState('');
  const confirm = async () => {
    const r = await a.run(() => call('allocation.outOfService', { unitId: unit.id, reason, startDate, endDate: endDate || null, note }));
    if (r) ctx.done(`${unit.code} is out of service from ${shortDay(startDate)}.`);
  };
  return (
    <ActionDialog title={`Take ${unit.code} out of service`} opened confirmLabel="Take out of service" busy={a.busy} error={a.error} onConfirm={() => void confirm()} onClose={ctx.close}>
      <Radio.Group label="Why" required value={reason} onChange={(v) => setReason(v as OutOfServiceReasonCode)}>
        <Stack gap="xs" mt="xs">
          {OutOfServiceReason.codes.map((c) => (
            <Radio key={c} value={c} label={OutOfServiceReason.labels[c]} />
          ))}
        </Stack>
      </Radio.Group>
      <TextInput type="date" label="First night out of service" required value={startDate} onChange={(e) => setStart(e.currentTarget.value)} />
      <TextInput type="date" label="Back in service on (optional)" description="Leave empty if not known." value={endDate} onChange={(e) => setEnd(e.currentTarget.value)} />
      <Textarea label="Note (optional)" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
    </ActionDialog>
  );
}

/** Brings a unit back into service. */
export function EndOutOfServiceDialog({ ctx, period, unit }: { ctx: DialogContext; period: BoardEntry; unit: BoardUnit | undefined }) {
  const a = useAction();
  const [endDate, setEnd] = useState(ctx.today > period.start ? ctx.today : period.start);
  const confirm = async () => {
    const r = await a.run(() => call('allocation.endOutOfService', { periodId: period.id, endDate }));
    if (r) ctx.done(`${unit?.code ?? 'The unit'} is back in service.`);
  };
  return (
    <ActionDialog title={`Back in service: ${unit?.code ?? ''}`} opened confirmLabel="Back in service" busy={a.busy} error={a.error} onConfirm={() => void confirm()} onClose={ctx.close}>
      <Text>
        {period.reason ? OutOfServiceReason.labels[period.reason] : 'Out of service'} from {shortDay(period.start)}. The unit can be let from the night below (the first night’s
        date cancels the period).
      </Text>
      <TextInput type="date" label="Back in service from" required value={endDate} onChange={(e) => setEnd(e.currentTarget.value)} data-autofocus />
    </ActionDialog>
  );
}

