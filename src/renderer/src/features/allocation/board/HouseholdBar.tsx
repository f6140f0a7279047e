import { Badge, Button, Group, Paper, Select, Stack, Text } from '@mantine/core';
import type { BoardUnit, Candidate, Match } from '../../../../../shared/allocation/schemas/board.schema';
import { useDiscreet } from '../../../components/discreet';
import { initialsOf } from '../../../components/initials';
import { PersonName } from '../../../components/PersonName';
import { BADGE } from '../labels';

/** Props for HouseholdBar. */
export interface HouseholdBarProps {
  candidates: Candidate[];
  selected: Candidate | null;
  match: Match | null;
  units: BoardUnit[];
  canWrite: boolean;
  onSelect(householdId: number | null): void;
  onOpenUnit(unitId: number): void;
  onNeeds(): void;
  onTurnAway(): void;
}

const RISK: Record<string, string> = { high: 'High risk', medium: 'Medium risk', standard: 'Standard risk' };

/**
 * Choosing the household on the phone (or first on the waiting list): the board then marks every
 * unit for them. Shows the best fits as buttons, their needs, and — when nothing suits — the
 * turn-away.
 */
export function HouseholdBar({ candidates, selected, match, units, canWrite, onSelect, onOpenUnit, onNeeds, onTurnAway }: HouseholdBarProps) {
  const discreet = useDiscreet();
  const name = (c: Candidate) => (discreet && !c.restricted ? initialsOf(c.displayName) : c.displayName);
  const group = (status: Candidate['status'], title: string) => ({
    group: title,
    items: candidates
      .filter((c) => c.status === status)
      .map((c) => ({ value: String(c.householdId), label: `${name(c)} — ${c.reference}${c.summary ? ` — ${c.summary}` : ''}`, disabled: c.restricted })),
  });
  const suitable = match ? match.units.filter((u) => u.suitable) : [];
  const codeOf = (unitId: number) => units.find((u) => u.id === unitId)?.code ?? String(unitId);

  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="sm">
        <Select
          label="Household needing a unit"
          description="Choose who you are placing: the board then marks every unit for them."
          placeholder={candidates.length ? 'Waiting list and new referrals' : 'Nobody is waiting for a unit'}
          searchable
          clearable
          size="md"
          nothingFoundMessage="Nobody by that name or reference"
          value={selected ? String(selected.householdId) : null}
          onChange={(v) => onSelect(v === null ? null : Number(v))}
          data={[group('waiting', 'Waiting list (highest priority first)'), group('undecided', 'New referrals asking for a place')].filter((g) => g.items.length > 0)}
        />
        {selected && (
          <Stack gap="xs">
            <Group gap="sm" wrap="wrap">
              <Text fw={700} size="lg">
                <PersonName name={selected.displayName} />
              </Text>
              <Text>{selected.summary}</Text>
              {selected.riskLevel && (
                <Badge color={selected.riskLevel === 'high' ? BADGE.red : selected.riskLevel === 'medium' ? BADGE.orange : BADGE.gray} variant="filled">
                  {RISK[selected.riskLevel]}
                </Badge>
              )}
              <Badge variant="outline">{selected.status === 'waiting' ? 'On the waiting list' : 'New referral'}</Badge>
            </Group>
            {match && (
              <Group gap="xs" wrap="wrap" aria-live="polite">
                {suitable.length === 0 ? (
                  <Text fw={700}>
                    No unit suits them for tonight.
                  </Text>
                ) : (
                  <>
                    <Text fw={600}>
                      {suitable.length} of {match.units.length} units suit them. Best fits:
                    </Text>
                    {suitable.slice(0, 5).map((u) => (
                      <Button key={u.unitId} size="sm" color={BADGE.green} onClick={() => onOpenUnit(u.unitId)}>
                        {codeOf(u.unitId)}
                        {u.heldForHousehold ? ' (held)' : ''}
                      </Button>
                    ))}
                  </>
                )}
              </Group>
            )}
            <Group gap="sm">
              <Button variant="default" onClick={onNeeds}>
                Access, pets and areas…
              </Button>
              {canWrite && selected.status === 'undecided' && (
                <Button color={BADGE.red} onClick={onTurnAway}>
                  No suitable unit: record turn-away
                </Button>
              )}
              {selected.status === 'waiting' && suitable.length === 0 && match && (
                <Text size="sm" c="dimmed">
                  They keep their place on the waiting list until a unit is free.
                </Text>
              )}
              <Button variant="subtle" onClick={() => onSelect(null)}>
                Clear
              </Button>
            </Group>
          </Stack>
        )}
      </Stack>
    </Paper>
  );
}
