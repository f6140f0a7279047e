import { Checkbox, Group, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { Candidate } from '../../../../../shared/allocation/schemas/board.schema';
import { TurnAwayReason, UnitType, type TurnAwayReasonCode, type UnitTypeCode } from '../../../../../shared/allocation/vocab.allocation';
import { call } from '../../../api/client';
import { PersonName } from '../../../components/PersonName';
import { useAction } from '../use-allocation';
import { ActionDialog } from './ActionDialog';
import type { DialogContext } from './dialog-state';

/**
 * "No suitable unit": records the referral as not supported — for capacity, or for lack of a
 * suitable unit — with the unit types that were full. This is the turn-away figure.
 */
export function TurnAwayDialog({ ctx, candidate, suggestedReason, typesFull }: { ctx: DialogContext; candidate: Candidate; suggestedReason: TurnAwayReasonCode; typesFull: UnitTypeCode[] }) {
  const a = useAction();
  const [reason, setReason] = useState<TurnAwayReasonCode>(suggestedReason);
  const [types, setTypes] = useState<string[]>(typesFull);
  const [note, setNote] = useState('');
  const confirm = async () => {
    const r = await a.run(() => call('allocation.turnAway', { referralId: candidate.referralId, reason, unitTypesFull: types as UnitTypeCode[], note }));
    if (r) ctx.done('The turn-away is recorded: the referral is closed as not supported.');
  };
  return (
    <ActionDialog title="No suitable unit: record a turn-away" opened confirmLabel="Record turn-away" danger busy={a.busy} error={a.error} onConfirm={() => void confirm()} onClose={ctx.close}>
      <Text>
        The referral {candidate.reference} for <PersonName name={candidate.displayName} fw={700} /> is recorded as not supported. Give them other options (another refuge, the
        national helpline) before you close the call.
      </Text>
      <Radio.Group label="Why" required value={reason} onChange={(v) => setReason(v as TurnAwayReasonCode)}>
        <Stack gap="xs" mt="xs">
          {TurnAwayReason.codes.map((c) => (
            <Radio key={c} value={c} label={TurnAwayReason.labels[c]} />
          ))}
        </Stack>
      </Radio.Group>
      <Checkbox.Group label="Unit types that were full" description="Ticked from tonight’s board; change them if you know better." value={types} onChange={setTypes}>
        <Group mt="xs" gap="lg">
          {UnitType.codes.map((c) => (
            <Checkbox key={c} value={c} label={UnitType.labels[c]} />
          ))}
        </Group>
      </Checkbox.Group>
      <Textarea label="Note (optional)" description="Where you signposted them, for example." autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
    </ActionDialog>
  );
}
