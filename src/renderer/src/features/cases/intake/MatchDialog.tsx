import { Alert, Button, Group, Modal, Radio, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import type { z } from 'zod';
import type { PossibleMatchSchema } from '../../../../../shared/cases/schemas/referral';
import { dateTime } from '../../../components/format';
import { PersonName } from '../../../components/PersonName';

type Match = z.infer<typeof PossibleMatchSchema>;

/**
 * "This may be someone we already know": link the new episode to an earlier record, or make a new
 * one. A restricted earlier record only says that one exists.
 */
export function MatchDialog({ matches, busy, onChoose, onCancel }: { matches: Match[]; busy: boolean; onChoose: (householdId: number | null) => void; onCancel: () => void }) {
  const linkable = matches.filter((m) => !m.restricted);
  const [choice, setChoice] = useState<string>(linkable[0] ? String(linkable[0].householdId) : 'new');
  return (
    <Modal opened onClose={onCancel} title="This may be someone already known" size="lg">
      <Stack>
        <Text>An earlier record matches {matches[0]?.matchedOn === 'alias' ? 'this alias' : 'this name and date of birth'}. Linking keeps one record, so she tells her story once.</Text>
        {matches.some((m) => m.restricted) && (
          <Alert color="grape" variant="light" title="A restricted case matches">
            A restricted earlier record exists. Ask a manager before linking to it.
          </Alert>
        )}
        <Radio.Group value={choice} onChange={setChoice} label="Record this referral as" name="match-choice">
          <Stack gap="xs" mt="xs">
            {linkable.map((m) => (
              <Radio
                key={m.householdId}
                value={String(m.householdId)}
                label={
                  <>
                    Link to this earlier record: <PersonName name={m.displayName} /> ({m.references.join(', ')}
                    {m.dateOfBirth ? `, born ${m.dateOfBirth}` : ''}, last referred {dateTime(m.lastReceivedAt)})
                  </>
                }
              />
            ))}
            <Radio value="new" label="A new record" />
          </Stack>
        </Radio.Group>
        <Group justify="flex-end">
          <Button variant="default" onClick={onCancel}>
            Back to the form
          </Button>
          <Button loading={busy} onClick={() => onChoose(choice === 'new' ? null : Number(choice))}>
            Save referral
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
