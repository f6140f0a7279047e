import { Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { CALLER_TYPE_LABELS, type PhoneCall } from '../../../../shared/rota/schemas/phone-log.schema';
import { call } from '../../api/client';
import { dateTime } from '../../components/format';
import { notify } from '../../components/notify';
import { DialogFrame } from '../rota/dialogs/DialogFrame';
import { useAction } from '../rota/use-channel';

/** Closing a follow-up, saying what was done. */
export function CloseFollowUpDialog({ followUp, onClose, onClosed }: { followUp: PhoneCall | null; onClose(): void; onClosed(): void }) {
  const [note, setNote] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const action = useAction();
  const { reset } = action;
  useEffect(() => {
    setNote('');
    setFieldError(null);
    reset();
  }, [followUp, reset]);

  const submit = async () => {
    if (!followUp) return;
    if (!note.trim()) {
      setFieldError('Say what was done to follow it up.');
      return;
    }
    const r = await action.run(() => call('phoneLog.closeFollowUp', { id: followUp.id, note }));
    if (!r) return;
    notify({ title: 'Follow-up closed', message: 'It is off the list; the call stays in the log.', color: 'green' });
    onClosed();
    onClose();
  };

  return (
    <DialogFrame title="Close a follow-up" opened={followUp !== null} onClose={onClose} confirmLabel="Close follow-up" busy={action.busy} error={action.error} onConfirm={() => void submit()}>
      {followUp && (
        <>
          <Text>
            {CALLER_TYPE_LABELS[followUp.callerType]} call, {dateTime(followUp.at)}, logged by {followUp.loggedByName}.
          </Text>
          <Text fw={600}>{followUp.followUpNote || followUp.actionTaken}</Text>
        </>
      )}
      <Textarea label="What was done" required autosize minRows={3} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={fieldError} data-autofocus />
    </DialogFrame>
  );
}
