import { Button, Group, Stack, Text } from '@mantine/core';
import type { Conflict, Gap } from '../../../../../shared/rota/schemas/resolved.schema';
import { useDiscreet } from '../../../components/discreet';
import { fullSpanLabel } from '../rota-dates';
import { conflictText } from './conflict-text';

/** The period's gaps (with "Fill" for managers) and conflicts, as a list that reads without colour. */
export function ProblemsPanel({ gaps, conflicts, names, canFill, onFill }: { gaps: Gap[]; conflicts: Conflict[]; names: Map<number, string>; canFill: boolean; onFill(g: Gap): void }) {
  const discreet = useDiscreet();
  return (
    <Stack gap="sm">
      {gaps.length === 0 && conflicts.length === 0 && <Text c="dimmed">No gaps and no conflicts in this period.</Text>}
      {gaps.length > 0 && (
        <ul className="wm-plain-list" aria-label="Gaps in cover">
          {gaps.map((g) => (
            <li key={`${g.requirementId}-${g.start}`} className="wm-problem" data-kind="gap">
              <Group justify="space-between" wrap="nowrap">
                <Stack gap={0}>
                  <Text fw={700}>Gap: {g.reason}</Text>
                  <Text size="sm">
                    {fullSpanLabel(g.startLocal, g.endLocal)} · {g.label}
                  </Text>
                </Stack>
                {canFill && (
                  <Button variant="light" onClick={() => onFill(g)} aria-label={`Fill the gap: ${g.reason}, ${fullSpanLabel(g.startLocal, g.endLocal)}`}>
                    Fill
                  </Button>
                )}
              </Group>
            </li>
          ))}
        </ul>
      )}
      {conflicts.length > 0 && (
        <ul className="wm-plain-list" aria-label="Conflicts">
          {conflicts.map((c, i) => (
            <li key={`${c.kind}-${c.staffId}-${c.start}-${i}`} className="wm-problem" data-kind="conflict">
              <Text fw={700}>⚠ {conflictText(c, names.get(c.staffId), discreet)}</Text>
              <Text size="sm">{fullSpanLabel(c.startLocal, c.endLocal)}</Text>
            </li>
          ))}
        </ul>
      )}
    </Stack>
  );
}
