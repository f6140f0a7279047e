import { Button, Group, Modal, Select, Stack, Text, TextInput, Textarea } from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { AccommodationUrgency } from '../../../../../shared/cases/vocab';
import { CloseReason } from '../../../../../shared/sanctuary/vocab.sanctuary';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { openCasesView } from '../../cases/cases-nav';
import { optionsOf, todayLondon } from '../format';
import { useSubmit } from '../use-channel';

/**
 * The home is no longer safe: one action refers the household to the safe-accommodation waiting
 * list as a new episode of the same household. Measures not yet fitted are recorded as not
 * fitted and the sanctuary case is closed; everything stays on the record.
 */
export function ReferOnDialog({ caseId, reference, onClose, onDone }: { caseId: number; reference: string; onClose(): void; onDone(): void }) {
  const [reason, setReason] = useState('');
  const [urgency, setUrgency] = useState<string | null>('unsafe_home');
  const [field, setField] = useState<string | undefined>();
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setField(undefined);
    const r = await run(
      () => call('sanctuary.referToWaitingList', { caseId, reason, urgency: (urgency ?? 'unsafe_home') as never }),
      (f) => {
        setField(f.reason);
        return Boolean(f.reason);
      },
    );
    if (r) {
      notify({
        color: 'green',
        title: 'Referred to safe accommodation',
        message: (
          <Stack gap={4}>
            <Text size="sm">
              {r.reference} is on the waiting list for a unit. Case {reference} is closed and kept.
            </Text>
            <Button size="xs" variant="default" onClick={() => openCasesView({ kind: 'waiting' })}>
              Open the waiting list
            </Button>
          </Stack>
        ),
        autoClose: 12_000,
      });
      onDone();
    }
  };
  return (
    <Modal opened onClose={onClose} title="Refer to safe accommodation" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="Refer to safe accommodation">
        <Stack>
          <Text>
            The household is referred to the waiting list for a unit as a new episode. Measures not yet fitted are recorded as not fitted, and this sanctuary case is closed.
            Nothing is deleted.
          </Text>
          <Textarea label="Why the home is no longer safe" required autosize minRows={3} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={field} />
          <Select label="How urgent" data={optionsOf(AccommodationUrgency)} value={urgency} onChange={setUrgency} allowDeselect={false} />
          <FormError message={error} title="Not referred" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button type="submit" color="red" loading={busy}>
              Refer to the waiting list
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}

/** Close a case once every measure is fitted or recorded as not fitted. */
export function CloseDialog({ caseId, onClose, onDone }: { caseId: number; onClose(): void; onDone(): void }) {
  const [closedOn, setClosedOn] = useState(todayLondon());
  const [reason, setReason] = useState<string | null>('completed');
  const [note, setNote] = useState('');
  const [fields, setFields] = useState<Record<string, string>>({});
  const { busy, error, run } = useSubmit();
  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setFields({});
    const r = await run(
      () => call('sanctuary.close', { caseId, closedOn, reason: (reason ?? 'completed') as never, note }),
      (f) => {
        setFields(f);
        return false;
      },
    );
    if (r) {
      notify({ color: 'green', title: 'Case closed', message: 'The sanctuary case is closed.' });
      onDone();
    }
  };
  return (
    <Modal opened onClose={onClose} title="Close the case" size="lg" centered closeButtonProps={{ 'aria-label': 'Close' }}>
      <form onSubmit={submit} noValidate aria-label="Close the case">
        <Stack>
          <TextInput type="date" label="Closed on" required value={closedOn} onChange={(e) => setClosedOn(e.currentTarget.value)} error={fields.closedOn} maw={260} />
          <Select label="Why" required data={optionsOf(CloseReason, ['moved_to_safe_accommodation'])} value={reason} onChange={setReason} allowDeselect={false} error={fields.reason} />
          <Textarea label="Note" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} />
          <FormError message={error} title="Not closed" />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose} data-autofocus>
              Cancel
            </Button>
            <Button type="submit" loading={busy}>
              Close the case
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
