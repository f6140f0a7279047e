import { Alert, Button, Fieldset, NativeSelect, Radio, Group, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { DecisionInputSchema } from '../../../../../shared/cases/schemas/referral';
import { AcceptedTo, NotSupportedReason } from '../../../../../shared/cases/vocab';
import { call } from '../../../api/client';
import { errorMessage } from '../../../app/error-messages';
import { dateTime } from '../../../components/format';
import { FormError } from '../../../components/FormError';
import { notify } from '../../../components/notify';
import { labelOf, optionsOf, statusLabel } from '../labels';

/** The decision that ends the referral: accepted to…, or not supported with the reason. */
export function DecisionTab({ record, onChanged }: { record: CaseRecord; onChanged: () => void }) {
  // Episodes come newest first: the forms act on the current one.
  const episode = record.episodes[0];
  const [outcome, setOutcome] = useState<'accepted' | 'not_supported'>('accepted');
  const [acceptedTo, setAcceptedTo] = useState('waiting_unit');
  const [reason, setReason] = useState('capacity');
  const [note, setNote] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [formError, setFormError] = useState<string | null>(null);
  if (!episode) return <Text c="dimmed">No referral on this record.</Text>;
  const decided = episode.status === 'accepted' || episode.status === 'not_supported' || episode.status === 'closed';
  const save = async () => {
    const input =
      outcome === 'accepted'
        ? { referralId: episode.id, outcome, acceptedTo, note }
        : { referralId: episode.id, outcome, reason, note, unitTypesFull: [] };
    const parsed = DecisionInputSchema.safeParse(input);
    if (!parsed.success) {
      setErrors(Object.fromEntries(parsed.error.issues.map((i) => [String(i.path[0]), i.message])));
      return;
    }
    const r = await call('referrals.decide', parsed.data);
    if (!r.ok) {
      if (r.error.fields) setErrors(r.error.fields);
      else setFormError(errorMessage(r.error));
      return;
    }
    notify({ title: 'Decision recorded', message: statusLabel(r.value.status), color: 'green' });
    onChanged();
  };
  return (
    <Stack gap="md">
      {decided && (
        <Alert color={episode.status === 'accepted' ? 'green' : 'gray'} variant="light" title={statusLabel(episode.status)}>
          {episode.acceptedTo && <Text>Accepted to: {labelOf(AcceptedTo.labels, episode.acceptedTo)}</Text>}
          {episode.notSupportedReason && <Text>Reason: {labelOf(NotSupportedReason.labels, episode.notSupportedReason)}</Text>}
          {episode.decisionNote && <Text style={{ whiteSpace: 'pre-wrap' }}>{episode.decisionNote}</Text>}
          {episode.decidedAt && (
            <Text size="sm">
              Decided {dateTime(episode.decidedAt)}
              {episode.decidedBy ? ` by ${episode.decidedBy}` : ''}.
            </Text>
          )}
        </Alert>
      )}
      {!decided && (
        <Fieldset legend={`Decision on ${episode.reference}`}>
          <Stack gap="sm">
            <Radio.Group label="Outcome" value={outcome} onChange={(v) => setOutcome(v as 'accepted')} name="decision-outcome">
              <Group mt={4}>
                <Radio value="accepted" label="Accepted" />
                <Radio value="not_supported" label="Not supported" />
              </Group>
            </Radio.Group>
            {outcome === 'accepted' ? (
              <NativeSelect label="Accepted to" data={optionsOf(AcceptedTo)} value={acceptedTo} onChange={(e) => setAcceptedTo(e.currentTarget.value)} error={errors.acceptedTo} />
            ) : (
              <NativeSelect label="Why not supported" data={optionsOf(NotSupportedReason)} value={reason} onChange={(e) => setReason(e.currentTarget.value)} error={errors.reason} />
            )}
            <Textarea label="Decision note" autosize minRows={2} value={note} onChange={(e) => setNote(e.currentTarget.value)} error={errors.note} />
            <FormError message={formError} />
            <Button w="fit-content" onClick={() => void save()}>
              Record decision
            </Button>
          </Stack>
        </Fieldset>
      )}
    </Stack>
  );
}
