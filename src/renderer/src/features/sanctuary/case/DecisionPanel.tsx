import { Button, Group, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { NotAcceptedReason } from '../../../../../shared/sanctuary/vocab.sanctuary';
import { call } from '../../../api/client';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { optionsOf } from '../format';
import { useSubmit } from '../use-channel';

/** Accept the referral onto the scheme, or record why not (recorded on the referral too). */
export function DecisionPanel({ caseId, onSaved }: { caseId: number; onSaved(): void }) {
  const [reason, setReason] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const [field, setField] = useState<string | undefined>();
  const { busy, error, run } = useSubmit();
  const decide = async (outcome: 'accepted' | 'not_accepted') => {
    if (outcome === 'not_accepted' && !reason) return setField('Choose the reason.');
    setField(undefined);
    const r = await run(() => call('sanctuary.decide', outcome === 'accepted' ? { caseId, outcome, note } : { caseId, outcome, reason: reason as never, note }));
    if (r) {
      notify({ color: 'green', title: outcome === 'accepted' ? 'Accepted onto the scheme' : 'Recorded as not accepted', message: 'The referral’s decision is recorded.' });
      onSaved();
    }
  };
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="wm-sanctuary-decision">
      <Stack gap="sm">
        <Title order={2} size="h4" id="wm-sanctuary-decision">
          Decision
        </Title>
        <Text size="sm" c="dimmed">
          Measures are requested once the referral is accepted onto the scheme.
        </Text>
        <Select label="Reason, if not accepted" data={optionsOf(NotAcceptedReason)} value={reason} onChange={setReason} error={field} clearable maw={520} />
        <Textarea label="Note" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} maw={720} />
        <FormError message={error} title="Decision not recorded" />
        <Group>
          <Button onClick={() => void decide('accepted')} loading={busy}>
            Accept onto the scheme
          </Button>
          <Button variant="default" onClick={() => void decide('not_accepted')} loading={busy}>
            Not accepted
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
