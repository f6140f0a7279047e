import { Stack, Text, Title } from '@mantine/core';
import type { Handover } from '../../../../shared/rota/schemas/handover.schema';
import { dateTime } from '../../components/format';
import { PersonName } from '../../components/PersonName';
import { HIDDEN_DETAILS } from './hidden-details';

/**
 * A handover as written: general notes, the notes per household or unit (with the case's
 * reference when linked), and who has read it. A note about a restricted case the reader is not
 * named on comes without its household, case or text, and says so.
 */
export function HandoverContent({ handover, headingLevel = 3 }: { handover: Handover; headingLevel?: 2 | 3 | 4 }) {
  return (
    <Stack gap="sm">
      <Text c="dimmed">
        Written by <PersonName name={handover.writtenByName} /> on {dateTime(handover.writtenAt)}.
      </Text>
      {handover.generalNotes.trim() && (
        <Stack gap={4}>
          <Title order={headingLevel} size="h5">
            General
          </Title>
          <Text className="wm-prewrap">{handover.generalNotes}</Text>
        </Stack>
      )}
      {handover.notes.length > 0 && (
        <Stack gap={4}>
          <Title order={headingLevel} size="h5">
            Households and units
          </Title>
          <dl className="wm-handover-notes">
            {handover.notes.map((n, i) =>
              n.hidden ? (
                <div key={i}>
                  <dt>Restricted case</dt>
                  <dd>
                    <Text span c="dimmed" fs="italic">
                      {HIDDEN_DETAILS}
                    </Text>
                  </dd>
                </div>
              ) : (
                <div key={i}>
                  <dt>
                    {n.targetLabel}
                    {n.caseId !== null && (
                      <Text span size="sm" c="dimmed">
                        {' '}
                        · {n.caseReference ?? 'a case no longer on record'}
                      </Text>
                    )}
                  </dt>
                  <dd className="wm-prewrap">{n.note}</dd>
                </div>
              ),
            )}
          </dl>
        </Stack>
      )}
      <Text size="sm" c="dimmed">
        {handover.acknowledgements.length === 0
          ? 'Nobody has acknowledged it yet.'
          : `Acknowledged by ${handover.acknowledgements.map((a) => `${a.name} (${dateTime(a.at)})`).join(', ')}.`}
      </Text>
    </Stack>
  );
}
