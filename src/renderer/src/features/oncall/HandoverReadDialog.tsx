import { Button } from '@mantine/core';
import { useEffect } from 'react';
import type { Handover } from '../../../../shared/rota/schemas/handover.schema';
import { call } from '../../api/client';
import { notify } from '../../components/notify';
import { DialogFrame } from '../rota/dialogs/DialogFrame';
import { useAction } from '../rota/use-channel';
import { HandoverContent } from './HandoverContent';

/** Reading a handover, and acknowledging it (recorded with the time). */
export function HandoverReadDialog({ handover, onClose, onAcknowledged }: { handover: Handover | null; onClose(): void; onAcknowledged(): void }) {
  const action = useAction();
  const { reset } = action;
  useEffect(() => reset(), [handover, reset]);
  const acknowledge = async () => {
    if (!handover) return;
    const r = await action.run(() => call('handover.acknowledge', { id: handover.id }));
    if (!r) return;
    notify({ title: 'Handover acknowledged', message: 'Your acknowledgement is recorded.', color: 'green' });
    onAcknowledged();
    onClose();
  };
  const mine = handover?.acknowledgedByMe ?? true;
  return (
    <DialogFrame
      title="Handover"
      opened={handover !== null}
      onClose={onClose}
      cancelLabel={mine ? 'Close' : 'Later'}
      error={action.error}
      extraActions={
        !mine ? (
          <Button onClick={() => void acknowledge()} loading={action.busy}>
            I have read it: acknowledge
          </Button>
        ) : undefined
      }
      size="xl"
    >
      {handover && <HandoverContent handover={handover} headingLevel={2} />}
    </DialogFrame>
  );
}
