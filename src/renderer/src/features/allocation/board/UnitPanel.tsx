import { Alert, Badge, Button, Divider, Drawer, Group, List, Stack, Text, Title } from '@mantine/core';
import { shortDay } from '../../../../../shared/allocation/nights';
import { londonShortInstant } from '../../../../../shared/allocation/instants';
import type { BoardEntry, BoardUnit, Candidate, RankedUnitOut } from '../../../../../shared/allocation/schemas/board.schema';
import { PersonName } from '../../../components/PersonName';
import type { DialogState } from '../dialogs/dialog-state';
import { BADGE, NIGHT_BADGE, sentenceCase, unitCapacity, unitKind } from '../labels';
import { entryLabel } from './UnitRow';
import { useDiscreet } from '../../../components/discreet';

/** Props for UnitPanel. */
export interface UnitPanelProps {
  unit: BoardUnit | null;
  entries: BoardEntry[];
  candidate: Candidate | null;
  verdict: RankedUnitOut | null;
  canWrite: boolean;
  onAction(d: DialogState): void;
  onClose(): void;
}

function EntryItem({ e, canWrite, unit, onAction }: { e: BoardEntry; canWrite: boolean; unit: BoardUnit; onAction(d: DialogState): void }) {
  const discreet = useDiscreet();
  const dates = `${shortDay(e.start)} → ${e.end ? shortDay(e.end) : 'no end date'}`;
  return (
    <Stack gap={4} component="li">
      <Group justify="space-between" wrap="nowrap" align="flex-start">
        <div>
          <Text fw={700}>
            {e.kind === 'out_of_service' ? entryLabel(e, discreet) : e.kind === 'hold' ? 'Hold' : 'Stay'}
            {e.kind !== 'out_of_service' && (
              <>
                {': '}
                {e.restricted || !e.displayName ? 'Restricted case' : <PersonName name={e.displayName} />}
              </>
            )}
          </Text>
          <Text size="sm">{dates}</Text>
          {e.kind === 'hold' && e.expiresAt && <Text size="sm">Hold lapses {londonShortInstant(e.expiresAt)}</Text>}
          {e.expectedEnd && <Text size="sm">Expected to leave {shortDay(e.expectedEnd)}</Text>}
          {e.overridden && (
            <Badge color={BADGE.orange} variant="filled" size="sm">
              Placed by override
            </Badge>
          )}
        </div>
      </Group>
      {canWrite && (
        <Group gap="xs">
          {e.kind === 'stay' && (
            <>
              <Button size="sm" variant="default" onClick={() => onAction({ kind: 'move', stay: e })}>
                Move
              </Button>
              <Button size="sm" variant="default" onClick={() => onAction({ kind: 'endStay', stay: e })}>
                End stay
              </Button>
            </>
          )}
          {e.kind === 'hold' && (
            <>
              <Button size="sm" onClick={() => onAction({ kind: 'arrive', unit, householdId: e.householdId!, referralId: e.referralId, name: e.displayName ?? 'This household' })}>
                Confirm arrival
              </Button>
              <Button size="sm" color={BADGE.red} onClick={() => onAction({ kind: 'cancelHold', hold: e })}>
                Cancel hold
              </Button>
            </>
          )}
          {e.kind === 'out_of_service' && (
            <Button size="sm" variant="default" onClick={() => onAction({ kind: 'endOutOfService', period: e })}>
              Back in service
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

/**
 * One unit, with everything that can be done to it: what it is, whether it suits the chosen
 * household (every reason), and each stay, hold and out-of-service period with its actions.
 */
export function UnitPanel({ unit, entries, candidate, verdict, canWrite, onAction, onClose }: UnitPanelProps) {
  if (!unit) return <Drawer opened={false} onClose={onClose} />;
  const night = NIGHT_BADGE[unit.tonight];
  return (
    <Drawer opened onClose={onClose} position="right" size="lg" title={`${unit.code}${unit.name ? ` — ${unit.name}` : ''}`} closeButtonProps={{ 'aria-label': 'Close' }}>
      <Stack>
        <Group gap="xs">
          <Badge color={night.color} variant="filled" size="lg">
            {night.label}
          </Badge>
          <Text>{unitKind(unit)}</Text>
        </Group>
        <Text>{sentenceCase(unitCapacity(unit))}</Text>
        {unit.locality && <Text c="dimmed">Area: {unit.locality}</Text>}

        {candidate && verdict && (
          <Alert
            color={verdict.suitable ? 'green' : verdict.available ? 'red' : 'gray'}
            title={
              <>
                {verdict.suitable ? 'Suits ' : 'Does not suit '}
                <PersonName name={candidate.displayName} />
                {verdict.suitable && !verdict.heldForHousehold ? ` (best fit #${verdict.rank})` : ''}
              </>
            }
          >
            {verdict.reasons.length > 0 && (
              <List size="sm">
                {verdict.reasons.map((r) => (
                  <List.Item key={r.text}>{sentenceCase(r.text)}</List.Item>
                ))}
              </List>
            )}
            {verdict.cautions.length > 0 && (
              <List size="sm" mt={4}>
                {verdict.cautions.map((c) => (
                  <List.Item key={c}>Check: {c}</List.Item>
                ))}
              </List>
            )}
            {verdict.suitable && verdict.reasons.length === 0 && verdict.cautions.length === 0 && <Text size="sm">Free for them and nothing about it is against their needs.</Text>}
            {!verdict.suitable && verdict.available && <Text size="sm" mt={4}>A manager may still place them here with a written justification.</Text>}
          </Alert>
        )}

        {canWrite && (
          <Group gap="sm">
            {candidate && !candidate.restricted && (
              <>
                <Button onClick={() => onAction({ kind: 'hold', unit, candidate })}>Hold for {candidate.displayName ? <PersonName name={candidate.displayName} ml={4} /> : 'them'}</Button>
                <Button variant="default" onClick={() => onAction({ kind: 'arrive', unit, householdId: candidate.householdId, referralId: candidate.referralId, name: candidate.displayName })}>
                  Arrived now
                </Button>
              </>
            )}
            <Button variant="default" onClick={() => onAction({ kind: 'outOfService', unit })}>
              Take out of service
            </Button>
          </Group>
        )}
        {!canWrite && <Text c="dimmed">Managers hold units, record arrivals and take units out of service.</Text>}

        <Divider />
        <Title order={3} size="h4">
          On the board
        </Title>
        {entries.length === 0 ? (
          <Text>Nothing booked in the weeks shown.</Text>
        ) : (
          <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {entries.map((e) => (
              <EntryItem key={`${e.kind}-${e.id}`} e={e} unit={unit} canWrite={canWrite} onAction={onAction} />
            ))}
          </Stack>
        )}
      </Stack>
    </Drawer>
  );
}
