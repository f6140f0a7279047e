import { Alert, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { CaseRecord } from '../../../../../shared/cases/schemas/case-record';
import { EraseDialog } from './EraseDialog';
import { labelOf, PersonRights } from './PersonRights';

/**
 * The case record's "Data rights" tab (managers and administrators): for each person, export
 * everything held and correct a detail; for the household, erasure on request. The router checks
 * the role and the case's restriction on every call; this tab only keeps the actions out of the
 * way of those who cannot use them.
 */
export function DataRightsTab({ record, onChanged, onErased }: { record: CaseRecord; onChanged(): void; onErased(): void }) {
  const [erasing, setErasing] = useState(false);
  // Erasure removes the whole household, so it is offered once, on the person the case is about.
  const subject = record.people.find((p) => p.kind === 'adult') ?? record.people[0];
  const people = [...record.people].sort((a, b) => (a.kind === b.kind ? a.id - b.id : a.kind === 'adult' ? -1 : 1));
  return (
    <Stack gap="md">
      <Title order={2} size="h3">
        Data rights
      </Title>
      <Alert color="blue" variant="light" title="Every action here is audited" role="note">
        <Text size="sm">
          Exports, corrections and erasures are recorded in the audit log with who did them and when. The log keeps counts and the field changed, never the contents.
          An export holds everything recorded in this case, across every episode, including the other people in the household: check it before giving it out.
        </Text>
      </Alert>
      {people.map((p) => (
        <PersonRights key={p.id} person={p} onChanged={onChanged} onErase={p === subject ? () => setErasing(true) : undefined} />
      ))}
      {erasing && subject && (
        <EraseDialog
          record={record}
          personLabel={labelOf(subject)}
          onClose={() => setErasing(false)}
          onErased={() => {
            setErasing(false);
            onErased();
          }}
        />
      )}
    </Stack>
  );
}
