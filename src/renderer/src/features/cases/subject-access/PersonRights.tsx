import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useId, useRef, useState } from 'react';
import type { Person } from '../../../../../shared/cases/schemas/people';
import { FormError } from '../../../components/FormError';
import { PersonName } from '../../../components/PersonName';
import { useChannel, useReload } from '../../../components/use-channel';
import { CorrectDialog } from './CorrectDialog';
import { CorrectionHistory } from './CorrectionHistory';
import { ExportReady, useExportEverything } from './ExportEverything';

/** How a person is named here: their display name (an anonymous adult is "Anonymous"). */
export function labelOf(person: Person): string {
  return person.displayName || (person.kind === 'adult' ? 'Anonymous' : 'Child');
}

/**
 * One person's data rights: export everything held, correct a detail (with the history under it),
 * and for the household's adult the way to erasure. The section is named by its heading, so the
 * name follows discreet mode and is never held in an aria-label.
 */
export function PersonRights({ person, onChanged, onErase }: { person: Person; onChanged(): void; onErase?: () => void }) {
  const headingId = useId();
  const historyId = useId();
  const [correcting, setCorrecting] = useState(false);
  const [reloadKey, reloadHistory] = useReload();
  const history = useChannel('subjectAccess.corrections', { personId: person.id }, reloadKey);
  const exported = useExportEverything(person.id);
  const exportButton = useRef<HTMLButtonElement>(null);
  const label = labelOf(person);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group gap="sm">
          <Title order={3} size="h4" id={headingId}>
            <PersonName name={label} />
          </Title>
          <Badge variant="light" color={person.kind === 'adult' ? 'blue' : 'gray'}>
            {person.kind === 'adult' ? 'Adult' : 'Child'}
          </Badge>
        </Group>
        <Group gap="sm">
          <Button ref={exportButton} onClick={() => void exported.start()} loading={exported.busy}>
            Export everything held
          </Button>
          <Button variant="default" onClick={() => setCorrecting(true)}>
            Correct a detail
          </Button>
          {onErase && (
            <Button variant="outline" color="red" onClick={onErase}>
              Erase this person
            </Button>
          )}
        </Group>
        <FormError message={exported.error} title="Not exported" />
        {exported.result && (
          <ExportReady
            result={exported.result}
            onDone={() => {
              exported.clear();
              exportButton.current?.focus();
            }}
          />
        )}
        <Title order={4} size="h5" id={historyId}>
          Correction history
        </Title>
        <FormError message={history.error} title="The history could not be loaded" takeFocus={false} />
        {history.value ? <CorrectionHistory labelledBy={`${historyId} ${headingId}`} corrections={history.value} /> : !history.error && <Text c="dimmed">Loading…</Text>}
      </Stack>
      {correcting && (
        <CorrectDialog
          person={person}
          personLabel={label}
          onClose={() => setCorrecting(false)}
          onCorrected={() => {
            setCorrecting(false);
            reloadHistory();
            onChanged();
          }}
        />
      )}
    </Paper>
  );
}
