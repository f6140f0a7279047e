import { Select, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import type { Assignment } from '../../../../../shared/rota/schemas/resolved.schema';
import type { StaffMember } from '../../../../../shared/rota/schemas/staff.schema';
import { call } from '../../../api/client';
import { notify } from '../../../components/notify';
import { fullSpanLabel } from '../rota-dates';
import { useAction } from '../use-channel';
import { DialogFrame } from './DialogFrame';

/** The shift someone asks a colleague to take. */
export interface SwapDraft {
  assignment: Assignment;
  typeName: string;
  personName: string;
}

/**
 * Asking a colleague to take a shift: the colleague accepts, then a manager approves (Rota ›
 * Swaps). Nothing changes on the rota until the swap is approved.
 */
export function SwapDialog({ draft, staff, onClose, onSaved }: { draft: SwapDraft | null; staff: StaffMember[]; onClose(): void; onSaved(): void }) {
  const [counterpart, setCounterpart] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const action = useAction();
  const { reset } = action;
  useEffect(() => {
    setCounterpart(null);
    setNote('');
    setFieldError(null);
    reset();
  }, [draft, reset]);

  const submit = async () => {
    if (!draft) return;
    if (!counterpart) {
      setFieldError('Choose the colleague to ask.');
      return;
    }
    const a = draft.assignment;
    const r = await action.run(() =>
      call('rota.swaps.request', {
        requesterStaffId: a.staffId,
        counterpartStaffId: Number(counterpart),
        give: { shiftTypeId: a.shiftTypeId, start: a.startLocal, end: a.endLocal },
        take: null,
        note,
      }),
    );
    if (!r) return;
    notify({ title: 'Swap requested', message: 'The colleague accepts it, then a manager approves it (Rota › Swaps).', color: 'green' });
    onSaved();
    onClose();
  };

  const people = staff.filter((s) => s.active && s.id !== draft?.assignment.staffId).map((s) => ({ value: String(s.id), label: s.name }));
  return (
    <DialogFrame title="Ask for a swap" opened={draft !== null} onClose={onClose} confirmLabel="Ask" busy={action.busy} error={action.error} onConfirm={() => void submit()}>
      {draft && (
        <Text>
          {draft.personName}’s {draft.typeName}, {fullSpanLabel(draft.assignment.startLocal, draft.assignment.endLocal)}.
        </Text>
      )}
      <Select label="Colleague to take it" required searchable data={people} value={counterpart} onChange={setCounterpart} error={fieldError} comboboxProps={{ withinPortal: true }} data-autofocus />
      <Textarea label="Note (optional)" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
    </DialogFrame>
  );
}
